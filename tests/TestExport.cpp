#include "Locale.h"
#include "csv/CsvReader.h"
#include "db/Database.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "sample/SampleLoader.h"
#include "store/BodyStore.h"
#include "store/OrganisationStore.h"
#include "text/TextCodec.h"
#include "util/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Export writes the same columns the importer reads: for Excel (CSV, formula-safe, numbers as
// numbers) and for scripts (JSON). The Kaga sample: 11 organisations, 2 people, 3 events.
class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kagaOrganisations();
    void kagaPeople();
    void kagaEvents();
    void attendance();
    void csvIsFormulaSafe_data();
    void csvIsFormulaSafe();
    void numbersStayNumbers();
    void roundTrip();
    void roundTripKeepsTextThatLooksLikeAFormula();
    void japaneseHeadersAndLabels(); // last: switches the export language to Japanese

private:
    QString newPath();
    QTemporaryDir m_dir;
    int m_counter = 0;
};

namespace {

QString fixture(const QString& name)
{
    return TestEnvironment::dataFile(QStringLiteral("import/") + name);
}

QStringList texts(const QVariantList& row)
{
    QStringList out;
    for (const QVariant& v : row)
        out << v.toString();
    return out;
}

bool isNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QString failure(const ImportReport& report, const Status& st)
{
    return report.errors.join(u'\n') + u'\n' + st.fullText();
}

// Writes a table as the CLI does (UTF-8 with BOM) and returns the path.
QString writeCsv(const DataTable& table, const QString& path)
{
    const auto bytes = TextCodec::encode(table.toCsv(), TextCodec::Encoding::Utf8, true, nullptr);
    QFile f(path);
    if (!bytes || !f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size())
        return QString();
    return path;
}

const QList<std::pair<Importer::Kind, QString>> AllKinds{
    {Importer::Kind::Organisations, QStringLiteral("organisations")},
    {Importer::Kind::People, QStringLiteral("people")},
    {Importer::Kind::Events, QStringLiteral("events")},
    {Importer::Kind::Attendance, QStringLiteral("attendance")},
};

} // namespace

#define KAGA_DATABASE(db)                                                                                    \
    Database db;                                                                                             \
    {                                                                                                        \
        const Status created = db.create(newPath());                                                         \
        QVERIFY2(created.ok(), qPrintable(created.fullText()));                                              \
        const Status loaded = SampleLoader::load(db, QStringLiteral("kaga"));                                \
        QVERIFY2(loaded.ok(), qPrintable(loaded.fullText()));                                                \
    }

#define IMPORT_OK(db, kind, path)                                                                            \
    {                                                                                                        \
        ImportReport importReport;                                                                           \
        const Status importStatus = Importer(db).run(kind, path, false, &importReport);                      \
        QVERIFY2(importStatus.ok(),                                                                          \
                 qPrintable(QString(path) + u'\n' + failure(importReport, importStatus)));                   \
    }

QString TestExport::newPath()
{
    return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter));
}

void TestExport::initTestCase()
{
    Locale::installTranslations(*QCoreApplication::instance(),
                                QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestExport::kagaOrganisations()
{
    KAGA_DATABASE(db);
    const DataTable t = Exporter(db).table(Importer::Kind::Organisations).value();
    const QStringList keys{QStringLiteral("name"),    QStringLiteral("reading"), QStringLiteral("category"),
                           QStringLiteral("address"), QStringLiteral("phone"),   QStringLiteral("note")};
    QCOMPARE(t.keys, keys);
    QCOMPARE(t.headers, keys);
    QStringList names;
    for (const QVariantList& row : t.rows) {
        QCOMPARE(row.size(), keys.size());
        names << row.at(0).toString();
    }
    // 五十音順 by reading.
    QCOMPARE(
        names,
        (QStringList{QStringLiteral("石川県南加賀保健福祉センター"), QStringLiteral("石川県薬剤師会加賀支部"),
                     QStringLiteral("加賀温泉駅前こころクリニック"), QStringLiteral("加賀市"),
                     QStringLiteral("加賀市医師会"), QStringLiteral("加賀市医療センター"),
                     QStringLiteral("加賀市介護サービス事業者協議会"), QStringLiteral("加賀歯科医師会"),
                     QStringLiteral("加賀市各種団体女性連絡協議会"), QStringLiteral("加賀市社会福祉協議会"),
                     QStringLiteral("病院")}));
    QCOMPARE(texts(t.rows.at(3)), (QStringList{QStringLiteral("加賀市"), QStringLiteral("かがし"),
                                               QStringLiteral("Government agency"), QString(), QString(),
                                               QStringLiteral("行政")}));
    QCOMPARE(texts(t.rows.at(10)).mid(0, 3),
             (QStringList{QStringLiteral("病院"), QStringLiteral("びょういん"), QStringLiteral("Hospital")}));

    const QString csv = t.toCsv();
    QVERIFY(csv.startsWith(QStringLiteral("name,reading,category,address,phone,note\r\n")));
    QVERIFY(csv.contains(QStringLiteral("\r\n加賀市,かがし,Government agency,,,行政\r\n")));
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 12);

    const QJsonArray json = QJsonDocument::fromJson(t.toJson()).array();
    QCOMPARE(json.size(), 11);
    QCOMPARE(json.at(3).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("加賀市"));
    QCOMPARE(json.at(3).toObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("Government agency"));
    QCOMPARE(json.at(3).toObject().keys().size(), keys.size());
}

void TestExport::kagaPeople()
{
    KAGA_DATABASE(db);
    const DataTable t = Exporter(db).table(Importer::Kind::People).value();
    QCOMPARE(t.keys, (QStringList{QStringLiteral("name"), QStringLiteral("reading"),
                                  QStringLiteral("profession"), QStringLiteral("organisation"),
                                  QStringLiteral("department"), QStringLiteral("title"),
                                  QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("note")}));
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(texts(t.rows.at(0)),
             (QStringList{QStringLiteral("白\uFA11直樹"), QStringLiteral("しらさき なおき"),
                          QStringLiteral("Doctor"), QStringLiteral("加賀市医療センター"),
                          QStringLiteral("地域連携センター"), QStringLiteral("センター長"), QString(),
                          QString(), QString()}));
    QCOMPARE(texts(t.rows.at(1)),
             (QStringList{QStringLiteral("長谷川英裕"), QStringLiteral("はせがわ ひでひろ"),
                          QStringLiteral("Doctor"), QStringLiteral("加賀温泉駅前こころクリニック"), QString(),
                          QStringLiteral("院長"), QString(), QString(), QString()}));
}

void TestExport::kagaEvents()
{
    KAGA_DATABASE(db);
    const DataTable t = Exporter(db).table(Importer::Kind::Events).value();
    const QStringList keys{
        QStringLiteral("kind"),     QStringLiteral("date"),          QStringLiteral("start"),
        QStringLiteral("end"),      QStringLiteral("title"), QStringLiteral("theme"), QStringLiteral("series"),
        QStringLiteral("number"),   QStringLiteral("body"),          QStringLiteral("venue"),
        QStringLiteral("format"),   QStringLiteral("co_organisers"), QStringLiteral("purpose"),
        QStringLiteral("outcomes"), QStringLiteral("headcount")};
    QCOMPARE(t.keys, keys);
    QCOMPARE(t.rows.size(), 3);
    const QString series = QStringLiteral("かかりつけ医等認知症対応力向上研修会 地域事例検討会");
    const QString council = QStringLiteral("加賀市在宅医療連携推進協議会");

    const QStringList first = texts(t.rows.at(0));
    QCOMPARE(first.mid(0, 12),
             (QStringList{QStringLiteral("Case-study meeting"), QStringLiteral("2024-12-12"), QString(),
                          QString(), series, QString(), series, QStringLiteral("1"), council, QString(),
                          QStringLiteral("Group work"), QString()}));
    QVERIFY(first.at(12).startsWith(QStringLiteral("①医療機関の主治医等")));
    QVERIFY(first.at(13).contains(QStringLiteral("\n・本人の意向に寄り添った支援")));
    QCOMPARE(first.at(14), QStringLiteral("22"));
    QCOMPARE(texts(t.rows.at(1)).mid(0, 2),
             (QStringList{QStringLiteral("Case-study meeting"), QStringLiteral("2025-01-22")}));
    QCOMPARE(texts(t.rows.at(1)).at(7), QStringLiteral("2"));
    QCOMPARE(texts(t.rows.at(1)).at(14), QStringLiteral("22"));

    const QStringList joint = texts(t.rows.at(2));
    QCOMPARE(
        joint.mid(0, 12),
        (QStringList{QStringLiteral("Joint training"), QStringLiteral("2025-01-30"), QStringLiteral("19:00"),
                     QString(), QStringLiteral("脳卒中地域連携・コラボ研修会"), QStringLiteral("独居生活者を地域で支援しよう"),
                     QString(), QString(), council,
                     QStringLiteral("加賀市医療センター KMCホール"), QStringLiteral("Lecture and group work"),
                     QStringLiteral("加賀脳卒中地域連携協議会")}));
    QCOMPARE(joint.at(14), QString()); // no headcount in the seed
}

void TestExport::attendance()
{
    KAGA_DATABASE(db);
    DataTable t = Exporter(db).table(Importer::Kind::Attendance).value();
    QCOMPARE(t.keys,
             (QStringList{QStringLiteral("date"), QStringLiteral("event"), QStringLiteral("name"),
                          QStringLiteral("reading"), QStringLiteral("organisation"),
                          QStringLiteral("profession"), QStringLiteral("status"), QStringLiteral("role")}));
    QVERIFY(t.rows.isEmpty());
    QCOMPARE(t.toCsv(), QStringLiteral("date,event,name,reading,organisation,profession,status,role\r\n"));
    QCOMPARE(QJsonDocument::fromJson(t.toJson()).array().size(), 0);

    IMPORT_OK(db, Importer::Kind::Attendance, fixture(QStringLiteral("attendance_en.csv")));
    t = Exporter(db).table(Importer::Kind::Attendance).value();
    QCOMPARE(t.rows.size(), 3);
    const QString title = QStringLiteral("かかりつけ医等認知症対応力向上研修会 地域事例検討会");
    // By date, then reading: しらさき before やまだ.
    QCOMPARE(texts(t.rows.at(0)),
             (QStringList{QStringLiteral("2024-12-12"), title, QStringLiteral("白\uFA11直樹"),
                          QStringLiteral("しらさき なおき"), QStringLiteral("加賀市医療センター"),
                          QStringLiteral("Doctor"), QStringLiteral("Present"), QStringLiteral("Lecturer")}));
    QCOMPARE(
        texts(t.rows.at(1)),
        (QStringList{QStringLiteral("2024-12-12"), title, QStringLiteral("山田花子"),
                     QStringLiteral("やまだ はなこ"), QStringLiteral("さくら訪問看護ステーション"),
                     QStringLiteral("Nurse"), QStringLiteral("Present"), QStringLiteral("Participant")}));
    QCOMPARE(texts(t.rows.at(2)).mid(0, 3),
             (QStringList{QStringLiteral("2025-01-22"), title, QStringLiteral("長谷川英裕")}));
}

void TestExport::csvIsFormulaSafe_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written"); // the cell as it must appear in the CSV text
    QTest::addRow("=HYPERLINK") << QStringLiteral("=HYPERLINK(\"x\")")
                                << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::addRow("+1") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::addRow("-1") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::addRow("@x") << QStringLiteral("@x") << QStringLiteral("'@x");
    QTest::addRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::addRow("CR") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::addRow("harmless") << QStringLiteral("a=1") << QStringLiteral("a=1");
}

// An organisation's name (and any other text) that Excel would run as a formula gets a leading '.
void TestExport::csvIsFormulaSafe()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    KAGA_DATABASE(db);
    OrganisationStore store(db);
    Organisation inNote;
    inNote.name = QStringLiteral("危険な備考");
    inNote.note = value;
    Status st = store.insert(inNote);
    QVERIFY2(st.ok(), qPrintable(st.fullText()));
    const bool nameKeepsValue = value.trimmed() == value; // names are trimmed when stored
    if (nameKeepsValue) {
        Organisation named;
        named.name = value;
        st = store.insert(named);
        QVERIFY2(st.ok(), qPrintable(st.fullText()));
    }

    const QString csv = Exporter(db).table(Importer::Kind::Organisations).value().toCsv();
    QVERIFY2(csv.contains(QStringLiteral("\r\n危険な備考,,,,,") + written + QStringLiteral("\r\n")),
             qPrintable(csv));
    if (nameKeepsValue)
        QVERIFY2(csv.contains(QStringLiteral("\r\n") + written + QStringLiteral(",,,,,\r\n")),
                 qPrintable(csv));
    // JSON is not for Excel: values exactly as stored.
    const QJsonArray json =
        QJsonDocument::fromJson(Exporter(db).table(Importer::Kind::Organisations).value().toJson()).array();
    bool found = false;
    for (const QJsonValue& v : json)
        if (v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("危険な備考"))
            found = v.toObject().value(QStringLiteral("note")).toString() == value;
    QVERIFY(found);
}

// Headcounts and numbers are numbers: unquoted, never neutralised in CSV; JSON numbers.
void TestExport::numbersStayNumbers()
{
    KAGA_DATABASE(db);
    const DataTable t = Exporter(db).table(Importer::Kind::Events).value();
    const int number = int(t.keys.indexOf(QStringLiteral("number")));
    const int headcount = int(t.keys.indexOf(QStringLiteral("headcount")));
    QVERIFY(isNumber(t.rows.at(0).at(headcount)));
    QVERIFY(isNumber(t.rows.at(0).at(number)));

    const QString csv = t.toCsv();
    QString error;
    const auto records = CsvReader::parse(csv, &error);
    QVERIFY2(records.has_value(), qPrintable(error));
    QCOMPARE(records->size(), 4);
    QCOMPARE(records->at(1).fields.at(headcount), QStringLiteral("22"));
    QCOMPARE(records->at(1).fields.at(number), QStringLiteral("1"));
    QVERIFY(csv.contains(QStringLiteral(",22\r\n")));
    QVERIFY(!csv.contains(QStringLiteral("'22")));

    const QJsonArray json = QJsonDocument::fromJson(t.toJson()).array();
    QCOMPARE(json.size(), 3);
    const QJsonObject first = json.at(0).toObject();
    QVERIFY(first.value(QStringLiteral("headcount")).isDouble());
    QCOMPARE(first.value(QStringLiteral("headcount")).toInt(), 22);
    QVERIFY(first.value(QStringLiteral("number")).isDouble());
    QCOMPARE(first.value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2024-12-12"));
    // The joint training has no headcount and no number: null, not the text "".
    const QJsonObject joint = json.at(2).toObject();
    QVERIFY2(joint.value(QStringLiteral("headcount")).isNull(),
             qPrintable(QString::fromUtf8(QJsonDocument(joint).toJson(QJsonDocument::Compact))));
    QVERIFY2(joint.value(QStringLiteral("number")).isNull(),
             qPrintable(QString::fromUtf8(QJsonDocument(joint).toJson(QJsonDocument::Compact))));
}

// Export everything to CSV, import it into a new database, export again: the same files.
void TestExport::roundTrip()
{
    KAGA_DATABASE(source);
    for (const QString& f :
         {QStringLiteral("organisations_en.csv"), QStringLiteral("organisations_cp932.csv")})
        IMPORT_OK(source, Importer::Kind::Organisations, fixture(f));
    for (const QString& f : {QStringLiteral("people_en.csv"), QStringLiteral("people_cp932.csv"),
                             QStringLiteral("people_ja_bom.csv")})
        IMPORT_OK(source, Importer::Kind::People, fixture(f));
    for (const QString& f : {QStringLiteral("events_en.csv"), QStringLiteral("events_ja_bom.csv"),
                             QStringLiteral("events_cp932.csv")})
        IMPORT_OK(source, Importer::Kind::Events, fixture(f));
    for (const QString& f : {QStringLiteral("attendance_en.csv"), QStringLiteral("attendance_ja_bom.csv"),
                             QStringLiteral("attendance_cp932.csv")})
        IMPORT_OK(source, Importer::Kind::Attendance, fixture(f));

    QTemporaryDir out;
    QMap<Importer::Kind, QString> exported;
    for (const auto& [kind, name] : AllKinds) {
        const DataTable t = Exporter(source).table(kind).value();
        QVERIFY2(!t.rows.isEmpty(), qPrintable(name));
        exported.insert(kind, t.toCsv());
        QVERIFY(!writeCsv(t, out.filePath(name + QStringLiteral(".csv"))).isEmpty());
    }

    Database fresh;
    Status st = fresh.create(newPath());
    QVERIFY2(st.ok(), qPrintable(st.fullText()));
    // Bodies are not an import kind; the events refer to them by name.
    BodyStore freshBodies(fresh);
    for (const Body& b : BodyStore(source).all().value()) {
        Body copy;
        copy.name = b.name;
        copy.shortName = b.shortName;
        copy.kindId = b.kindId;
        st = freshBodies.insert(copy);
        QVERIFY2(st.ok(), qPrintable(st.fullText()));
    }
    for (const auto& [kind, name] : AllKinds)
        IMPORT_OK(fresh, kind, out.filePath(name + QStringLiteral(".csv")));

    for (const auto& [kind, name] : AllKinds) {
        const QStringList again = Exporter(fresh).table(kind).value().toCsv().split(QStringLiteral("\r\n"));
        const QStringList before = exported.value(kind).split(QStringLiteral("\r\n"));
        if (again != before)
            qWarning().noquote() << name << "before:\n"
                                 << before.join(u'\n') << "\nafter:\n"
                                 << again.join(u'\n');
        QCOMPARE(again, before);
    }
    QStringList problems;
    st = fresh.check(&problems);
    QVERIFY2(st.ok(), qPrintable(st.fullText()));
}

// A phone number written +81-…, a note starting with - or @: exported with a protective ',
// and read back as they were (the ' is the export's, not the data's).
void TestExport::roundTripKeepsTextThatLooksLikeAFormula()
{
    KAGA_DATABASE(source);
    OrganisationStore store(source);
    Organisation org;
    org.name = QStringLiteral("ひまわり薬局");
    org.reading = QStringLiteral("ひまわりやっきょく");
    org.phone = QStringLiteral("+81-761-72-1234");
    org.note = QStringLiteral("-以下余白");
    Status st = store.insert(org);
    QVERIFY2(st.ok(), qPrintable(st.fullText()));

    QTemporaryDir out;
    const DataTable t = Exporter(source).table(Importer::Kind::Organisations).value();
    const QString csv = t.toCsv();
    QVERIFY(csv.contains(QStringLiteral("'+81-761-72-1234")));
    const QString path = writeCsv(t, out.filePath(QStringLiteral("organisations.csv")));
    QVERIFY(!path.isEmpty());

    Database fresh;
    st = fresh.create(newPath());
    QVERIFY2(st.ok(), qPrintable(st.fullText()));
    IMPORT_OK(fresh, Importer::Kind::Organisations, path);
    const QList<Organisation> back = *OrganisationStore(fresh).findByName(QStringLiteral("ひまわり薬局"));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().phone, QStringLiteral("+81-761-72-1234"));
    QCOMPARE(back.first().note, QStringLiteral("-以下余白"));

    // Importing the export into the database it came from changes nothing.
    ImportReport again;
    st = Importer(source).run(Importer::Kind::Organisations, path, false, &again);
    QVERIFY2(st.ok(), qPrintable(failure(again, st)));
    QVERIFY2(again.updated.isEmpty(), qPrintable(again.updated.join(u'\n')));
}

// Under a Japanese locale the headers are the Japanese aliases the importer reads, the code
// labels Japanese; JSON keys stay English. Such a file imports back unchanged.
void TestExport::japaneseHeadersAndLabels()
{
    Locale::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Japanese, QLocale::Japan));
    QVERIFY(Locale::isJapanese());
    KAGA_DATABASE(db);
    const Exporter exporter(db);
    QCOMPARE(exporter.table(Importer::Kind::Organisations).value().headers,
             (QStringList{QStringLiteral("名称"), QStringLiteral("ふりがな"), QStringLiteral("種別"),
                          QStringLiteral("住所"), QStringLiteral("電話"), QStringLiteral("備考")}));
    QCOMPARE(exporter.table(Importer::Kind::People).value().headers,
             (QStringList{QStringLiteral("氏名"), QStringLiteral("ふりがな"), QStringLiteral("職種"),
                          QStringLiteral("所属"), QStringLiteral("部署"), QStringLiteral("役職"),
                          QStringLiteral("メール"), QStringLiteral("電話"), QStringLiteral("備考")}));
    QCOMPARE(exporter.table(Importer::Kind::Attendance).value().headers,
             (QStringList{QStringLiteral("日付"), QStringLiteral("表題"), QStringLiteral("氏名"),
                          QStringLiteral("ふりがな"), QStringLiteral("所属"), QStringLiteral("職種"),
                          QStringLiteral("出欠"), QStringLiteral("役割")}));
    const DataTable events = exporter.table(Importer::Kind::Events).value();
    QCOMPARE(events.headers.mid(0, 5),
             (QStringList{QStringLiteral("区分"), QStringLiteral("日付"), QStringLiteral("開始"),
                          QStringLiteral("終了"), QStringLiteral("表題")}));
    QCOMPARE(events.headers.last(), QStringLiteral("参加者数"));
    QCOMPARE(events.rows.at(0).at(0).toString(), QStringLiteral("事例検討会"));
    const DataTable people = exporter.table(Importer::Kind::People).value();
    QCOMPARE(people.rows.at(0).at(2).toString(), QStringLiteral("医師"));
    QCOMPARE(QJsonDocument::fromJson(people.toJson())
                 .array()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("profession"))
                 .toString(),
             QStringLiteral("医師"));
    QVERIFY(
        QJsonDocument::fromJson(people.toJson()).array().at(0).toObject().contains(QStringLiteral("name")));

    QTemporaryDir out;
    for (const auto& [kind, name] : AllKinds) {
        if (kind == Importer::Kind::Attendance)
            continue; // none in the sample
        const QString path = writeCsv(exporter.table(kind).value(), out.filePath(name + QStringLiteral(".csv")));
        ImportReport report;
        const Status st = Importer(db).run(kind, path, false, &report);
        QVERIFY2(st.ok(), qPrintable(name + u'\n' + failure(report, st)));
        QVERIFY2(report.added.isEmpty() && report.updated.isEmpty(),
                 qPrintable(name + u'\n' + report.added.join(u'\n') + u'\n' + report.updated.join(u'\n')));
    }
    Locale::installTranslations(*QCoreApplication::instance(),
                                QLocale(QLocale::English, QLocale::UnitedStates));
}

RENKEI_TEST_MAIN(TestExport)
#include "TestExport.moc"
