#include "cli/Cli.h"
#include "date/JapaneseDate.h"
#include "db/Database.h"
#include "report/SignInSheet.h"
#include "store/EventStore.h"
#include "util/PdfText.h"
#include "util/RosterFixture.h"
#include "util/TestEnvironment.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The printed sign-in sheet (出席簿) of a Kaga sample event, read back with pdftotext: the
// event header and the table header on every page, every expected person in the roster's order.
class TestSignInSheet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    qint64 m_event = 0;

    // The PDF's text, page by page.
    QStringList pdfPages(const QString& pdf)
    {
        QStringList pages = PdfText::extract(pdf).split(u'\f');
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        return pages;
    }
    static QStringList names(const SignInSheet& sheet)
    {
        QStringList list;
        for (const EventRoster::Entry& e : sheet.roster().entries())
            list << e.name;
        return list;
    }
    // Each of `expected` occurs in `text` after the one before it.
    static bool inOrder(const QString& text, const QStringList& expected)
    {
        qsizetype from = 0;
        for (const QString& s : expected) {
            const qsizetype at = text.indexOf(s, from);
            if (at < 0) {
                qWarning() << "not found in order:" << s;
                return false;
            }
            from = at + s.size();
        }
        return true;
    }
    // "1 / 3" (pdftotext may drop the spaces).
    static bool hasPageNumber(const QString& page, int number, int count)
    {
        return page.contains(QRegularExpression(QStringLiteral("\\b%1\\s*/\\s*%2\\b").arg(number).arg(count)));
    }
    int runCli(const QStringList& args, QByteArray* errors = nullptr)
    {
        QBuffer out, err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        const int code = Cli().run(QStringList{QStringLiteral("--db"), m_path} + args, out, err);
        if (errors)
            *errors = err.data();
        return code;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils, in .ci/packages.txt) is needed to read the PDFs back");
        m_path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(m_path));
        QVERIFY(m_db.open(m_path));
        const QList<Event> events = EventStore(m_db).findByDate(QDate(2024, 12, 12));
        QCOMPARE(events.size(), 1);
        m_event = events.first().id;

        // A few members of the council, one of whom sends a colleague, and a walk-in.
        RosterFixture f(m_db);
        OrganisationStore organisations(m_db);
        const qint64 ishikai = organisations.findByName(QStringLiteral("加賀市医師会")).value(0).id;
        const qint64 kmc = organisations.findByName(QStringLiteral("加賀市医療センター")).value(0).id;
        const qint64 council = events.first().bodyId;
        f.member(council, f.person(QStringLiteral("山田花子"), QStringLiteral("やまだ はなこ"), ishikai, QStringLiteral("doctor")));
        f.member(council, f.person(QStringLiteral("伊藤一郎"), QStringLiteral("いとう いちろう"), ishikai, QStringLiteral("doctor")));
        const qint64 sato = f.person(QStringLiteral("佐藤次郎"), QStringLiteral("さとう じろう"), kmc);
        f.member(council, sato);
        f.proxy(m_event, sato, f.person(QStringLiteral("鈴木三郎"), QStringLiteral("すずき さぶろう"), kmc));
        f.member(council, f.person(QStringLiteral("無所属太郎"), QStringLiteral("むしょぞく たろう"), 0));
        f.attend(m_event, PersonStore(m_db).findByName(QStringLiteral("長谷川英裕")).value(0).id,
                 QStringLiteral("present"), organisations.findByName(QStringLiteral("加賀温泉駅前こころクリニック")).value(0).id);
    }

    void onePageWithTheRosterInOrder()
    {
        SignInSheet sheet(m_db, m_event);
        QVERIFY(sheet.isValid());
        // 白﨑直樹 lectures in the event's programme, so he signs the sheet too.
        QCOMPARE(names(sheet), (QStringList{QStringLiteral("長谷川英裕"), QStringLiteral("伊藤一郎"),
                                            QStringLiteral("山田花子"), QStringLiteral("佐藤次郎"),
                                            QStringLiteral("白﨑直樹"), QStringLiteral("無所属太郎")}));
        QCOMPARE(sheet.pageCount(), 1);
        sheet.setPrintDate(QDate(2024, 12, 1));
        const QString pdf = m_dir.filePath(QStringLiteral("one.pdf"));
        QVERIFY(sheet.writePdf(pdf));
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), 1);
        const QString& text = pages.first();
        QVERIFY(inOrder(text, {QStringLiteral("Sign-in sheet"),
                               QStringLiteral("かかりつけ医等認知症対応力向上研修会"),
                               QStringLiteral("令和6年12月12日（木）"), QStringLiteral("加賀市在宅医療連携推進協議会"),
                               QStringLiteral("No."), QStringLiteral("Signature")}));
        QVERIFY(inOrder(text, names(sheet)));
        QVERIFY(text.contains(QStringLiteral("加賀市医師会")));
        QVERIFY(text.contains(QStringLiteral("鈴木三郎"))); // on 佐藤's row
        QVERIFY(inOrder(text, {QStringLiteral("無所属太郎"), QStringLiteral("Walk-ins")}));
        QVERIFY(hasPageNumber(text, 1, 1));
        QVERIFY(text.contains(QStringLiteral("令和6年12月1日")));
    }

    void manyMembersMakeSeveralPages()
    {
        RosterFixture f(m_db);
        const qint64 committee = BodyStore(m_db).find(QStringLiteral("幹事会"));
        QVERIFY(committee);
        Event e;
        e.kindId = f.code(CodeListStore::EventKind, QStringLiteral("meeting"));
        e.bodyId = committee;
        e.date = QDate(2025, 2, 5);
        e.title = QStringLiteral("幹事会");
        QVERIFY(EventStore(m_db).insert(e));
        const qint64 org = f.organisation(
            QStringLiteral("加賀市在宅医療・介護連携支援センター 訪問看護ステーション・居宅介護支援事業所"),
            QStringLiteral("かがしざいたくいりょうかいごれんけいしえんせんたー"));
        for (int i = 0; i < 60; ++i)
            f.member(committee, f.person(QStringLiteral("幹事%1").arg(i, 2, 10, QChar(u'0')),
                                         QStringLiteral("かんじ%1").arg(i, 2, 10, QChar(u'0')), i % 3 ? org : 0));
        SignInSheet sheet(m_db, e.id);
        QCOMPARE(sheet.roster().entries().size(), 60);
        QVERIFY(sheet.pageCount() >= 3);
        const QString pdf = m_dir.filePath(QStringLiteral("many.pdf"));
        QVERIFY(sheet.writePdf(pdf));
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), sheet.pageCount());
        for (int p = 0; p < pages.size(); ++p) {
            QVERIFY2(inOrder(pages.at(p), {QStringLiteral("Sign-in sheet"), QStringLiteral("幹事会"),
                                           QStringLiteral("令和7年2月5日（水）"), QStringLiteral("No."),
                                           QStringLiteral("Signature")}) &&
                         hasPageNumber(pages.at(p), p + 1, int(pages.size())),
                     qPrintable(QStringLiteral("page %1").arg(p + 1)));
        }
        QVERIFY(inOrder(pages.join(QString()), names(sheet)));
    }

    void commandLine()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        QCOMPARE(runCli({QStringLiteral("sign-in-sheet"), QStringLiteral("--event"), QString::number(m_event),
                         QStringLiteral("-o"), pdf}),
                 0);
        QVERIFY(inOrder(pdfPages(pdf).join(QString()), names(SignInSheet(m_db, m_event))));

        QByteArray errors;
        QCOMPARE(runCli({QStringLiteral("sign-in-sheet"), QStringLiteral("--event"), QStringLiteral("987654"),
                         QStringLiteral("-o"), m_dir.filePath(QStringLiteral("none.pdf"))},
                        &errors),
                 1);
        QVERIFY(errors.contains("987654"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
        QCOMPARE(runCli({QStringLiteral("sign-in-sheet"), QStringLiteral("--event"), QString::number(m_event)}), 2);
        QCOMPARE(runCli({QStringLiteral("sign-in-sheet"), QStringLiteral("-o"), pdf}), 2);

        const QString unwritable = m_dir.filePath(QStringLiteral("no-such-folder/sheet.pdf"));
        QCOMPARE(runCli({QStringLiteral("sign-in-sheet"), QStringLiteral("--event"), QString::number(m_event),
                         QStringLiteral("-o"), unwritable},
                        &errors),
                 1);
        QVERIFY(QString::fromUtf8(errors).contains(QDir::toNativeSeparators(unwritable)));
    }

    // Copying or searching the sheet gives the names' own code points: 長 is not the radical
    // ⻑ (U+2ED1), 山田 not ⼭⽥ (Kangxi radicals), 﨑 stays U+FA11. Runs last: it adds members.
    void textIsTheDataExactly()
    {
        RosterFixture f(m_db);
        const qint64 council = EventStore(m_db).get(m_event).valueOr(std::nullopt)->bodyId;
        f.member(council, f.person(QStringLiteral("氏家日出男"), QStringLiteral("うじいえ ひでお"), 0));
        f.member(council, f.person(QStringLiteral("宮﨑長子"), QStringLiteral("みやざき ちょうこ"), 0));
        const QString pdf = m_dir.filePath(QStringLiteral("exact.pdf"));
        QVERIFY(SignInSheet(m_db, m_event).writePdf(pdf));
        const QString text = pdfPages(pdf).join(QString());
        for (const QString& name : {QStringLiteral("長谷川英裕"), QStringLiteral("山田花子"), QStringLiteral("氏家日出男"),
                                    QStringLiteral("宮﨑長子"), QStringLiteral("令和6年12月12日（木）")})
            QVERIFY2(text.contains(name), qPrintable(name + QStringLiteral(" not in:\n") + text));
        QVERIFY2(!PdfText::hasRadicals(text), qPrintable(text));
    }
};

RENKEI_PAINT_TEST_MAIN(TestSignInSheet)
#include "TestSignInSheet.moc"
