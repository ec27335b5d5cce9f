#include "Locale.h"
#include "counts/ParticipantCounts.h"
#include "db/Database.h"
#include "io/Importer.h"
#include "sample/SampleLoader.h"
#include "store/CodeListStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "util/DatabaseDump.h"
#include "util/TestEnvironment.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using Checks = QList<std::pair<QString, QString>>; // SQL returning one value -> expected text
Q_DECLARE_METATYPE(Checks)

// Import is how member lists and sign-in sheets arrive from other offices' Excel files. Every
// fixture in tests/data/import/ is a real file (UTF-8 with and without BOM, CP932 written by
// Python's cp932 codec); the sample is the Kaga council (11 organisations, 2 people, 3 events,
// no named attendance). Errors must be located (file, row, column) and must write nothing.
class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importFile_data();
    void importFile();
    void reimportSkipsEverything_data();
    void reimportSkipsEverything();
    void errors_data();
    void errors();
    void attendanceCountsTowardsEvent();
    void attendanceKeepsProfessionAndOrganisationAsOfEvent();
    void dryRunOfNewPersonAndOrganisation();
    void eventHeadcountChangeIsReported();

private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
};

namespace {

const QString Utf8 = QStringLiteral("UTF-8");
const QString Cp932 = QStringLiteral("CP932 (Shift_JIS)");
const QString Shirasaki = QStringLiteral("白\uFA11直樹"); // as the seed writes it: 﨑 is U+FA11

QString fixture(const QString& name)
{
    return TestEnvironment::dataFile(QStringLiteral("import/") + name);
}

QString scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return QStringLiteral("<SQL error: %1>").arg(sql);
    if (!q.next())
        return QStringLiteral("<no row>");
    const QString first = q.value(0).isNull() ? QStringLiteral("<null>") : q.value(0).toString();
    if (q.next())
        return QStringLiteral("<more than one row: %1>").arg(sql);
    return first;
}

int count(const Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

using DatabaseDump::dump;

// "status/role/profession/organisation" of one named attendance.
QString attendanceOf(const QString& date, const QString& name)
{
    return QStringLiteral(
               "SELECT s.code || '/' || r.code || '/' || coalesce(p.code, '') || '/' || coalesce(o.name, '')"
               " FROM attendance a JOIN person pe ON pe.id = a.person_id JOIN event e ON e.id = a.event_id"
               " JOIN code s ON s.id = a.status_id JOIN code r ON r.id = a.role_id"
               " LEFT JOIN code p ON p.id = a.profession_id LEFT JOIN organisation o ON o.id = "
               "a.organisation_id"
               " WHERE e.date = '%1' AND pe.name = '%2'")
        .arg(date, name);
}

QString personField(const QString& name, const QString& column)
{
    return QStringLiteral("SELECT %2 FROM person WHERE name = '%1'").arg(name, column);
}

QString personProfession(const QString& name)
{
    return QStringLiteral(
               "SELECT c.code FROM person p JOIN code c ON c.id = p.profession_id WHERE p.name = '%1'")
        .arg(name);
}

QString personOrganisation(const QString& name)
{
    return QStringLiteral("SELECT o.name FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE "
                          "p.name = '%1'")
        .arg(name);
}

QString organisationCategory(const QString& name)
{
    return QStringLiteral(
               "SELECT c.code FROM organisation o JOIN code c ON c.id = o.category_id WHERE o.name = '%1'")
        .arg(name);
}

QString eventField(const QString& date, const QString& expression)
{
    return QStringLiteral("SELECT %2 FROM event e WHERE e.date = '%1'").arg(date, expression);
}

QString unknownHeadcount(const QString& date)
{
    return QStringLiteral("SELECT h.count FROM headcount h JOIN event e ON e.id = h.event_id"
                          " JOIN code p ON p.id = h.profession_id WHERE e.date = '%1' AND p.code = 'unknown'")
        .arg(date);
}

QString errorText(const ImportReport& report, const Status& status)
{
    return u"errors:\n  " + report.errors.join(QStringLiteral("\n  ")) + u"\nstatus: " + status.fullText();
}

QString reportText(const ImportReport& report)
{
    return u"added:\n  " + report.added.join(QStringLiteral("\n  ")) + u"\nupdated:\n  " +
           report.updated.join(QStringLiteral("\n  ")) + u"\nskipped:\n  " +
           report.skipped.join(QStringLiteral("\n  ")) + u"\nerrors:\n  " +
           report.errors.join(QStringLiteral("\n  "));
}

} // namespace

void TestImport::initTestCase()
{
    // Messages and code labels in English whatever the machine's locale, so that the
    // assertions below ("row 5", "column") mean the same everywhere.
    Locale::installTranslations(*QCoreApplication::instance(),
                                QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(fixture(QStringLiteral("people_en.csv"))));
}

// A fresh database holding the Kaga sample.
#define KAGA_DATABASE(db)                                                                                    \
    Database db;                                                                                             \
    {                                                                                                        \
        const QString path = m_dir.filePath(QStringLiteral("kaga-%1.sqlite").arg(++m_dbCounter));            \
        const Status created = db.create(path);                                                              \
        QVERIFY2(created.ok(), qPrintable(created.fullText()));                                              \
        const Status loaded = SampleLoader::load(db, QStringLiteral("kaga"));                                \
        QVERIFY2(loaded.ok(), qPrintable(loaded.fullText()));                                                \
        QCOMPARE(count(db, QStringLiteral("organisation")), 11);                                             \
        QCOMPARE(count(db, QStringLiteral("person")), 2);                                                    \
        QCOMPARE(count(db, QStringLiteral("event")), 3);                                                     \
        QCOMPARE(count(db, QStringLiteral("attendance")), 0);                                                \
    }

// Imports "kind:file" fixtures that must succeed (the state a test case starts from).
#define IMPORT_SETUP(db, setup)                                                                              \
    for (const QString& step : setup) {                                                                      \
        const auto setupKind = Importer::kindFromName(step.section(u':', 0, 0));                             \
        QVERIFY2(setupKind.has_value(), qPrintable(step));                                                   \
        ImportReport setupReport;                                                                            \
        const Status st = Importer(db).run(*setupKind, fixture(step.section(u':', 1)), false, &setupReport); \
        QVERIFY2(st.ok(), qPrintable(step + u'\n' + errorText(setupReport, st)));                            \
    }

void TestImport::importFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("updated");   // -1: "updated or skipped" (see unchanged)
    QTest::addColumn<int>("unchanged"); // updated + skipped
    QTest::addColumn<QStringList>("addedMentions");
    QTest::addColumn<Checks>("checks");

    // ---- organisations
    QTest::addRow("organisations, English headers, UTF-8")
        << QStringLiteral("organisations") << QStringLiteral("organisations_en.csv") << QStringList() << Utf8
        << 1 << 1 << 2 << QStringList{QStringLiteral("さくら訪問看護ステーション")}
        << Checks{{QStringLiteral("SELECT count(*) FROM organisation"), QStringLiteral("12")},
                  {organisationCategory(QStringLiteral("さくら訪問看護ステーション")),
                   QStringLiteral("visiting-nursing")},
                  {QStringLiteral(
                       "SELECT reading || '|' || address || '|' || phone FROM organisation WHERE name = "
                       "'さくら訪問看護ステーション'"),
                   QStringLiteral("さくらほうもんかんごすてーしょん|加賀市大聖寺1-1|0761-00-0001")},
                  // an empty cell keeps what is stored; a filled one replaces it
                  {QStringLiteral("SELECT address FROM organisation WHERE name = '加賀市医師会'"),
                   QStringLiteral("加賀市大聖寺南町1")},
                  {organisationCategory(QStringLiteral("加賀市医師会")), QStringLiteral("association")},
                  {organisationCategory(QStringLiteral("加賀市医療センター")), QStringLiteral("hospital")}};
    QTest::addRow("organisations, Japanese headers in another order, UTF-8 with BOM, CRLF")
        << QStringLiteral("organisations") << QStringLiteral("organisations_ja_bom.csv") << QStringList()
        << Utf8 << 1 << 0 << 0 << QStringList{QStringLiteral("ひまわり薬局")}
        << Checks{{QStringLiteral("SELECT count(*) FROM organisation"), QStringLiteral("12")},
                  {organisationCategory(QStringLiteral("ひまわり薬局")), QStringLiteral("pharmacy")},
                  {QStringLiteral(
                       "SELECT reading || '|' || address || '|' || phone || '|' || note FROM organisation "
                       "WHERE name = 'ひまわり薬局'"),
                   QStringLiteral("ひまわりやっきょく|加賀市山代温泉|0761-00-0002|①訪問薬剤管理")}};
    QTest::addRow("organisations, CP932 with 髙 ① 﨑")
        << QStringLiteral("organisations") << QStringLiteral("organisations_cp932.csv") << QStringList()
        << Cp932 << 2 << 0 << 0
        << QStringList{QStringLiteral("髙橋内科クリニック"), QStringLiteral("山\uFA11歯科医院")}
        << Checks{
               {QStringLiteral("SELECT count(*) FROM organisation"), QStringLiteral("13")},
               {QStringLiteral("SELECT note FROM organisation WHERE name = '髙橋内科クリニック'"),
                QStringLiteral("①訪問診療 ②往診")},
               {organisationCategory(QStringLiteral("髙橋内科クリニック")), QStringLiteral("clinic")},
               {QStringLiteral("SELECT name FROM organisation WHERE reading = 'やまざきしかいいん'"),
                QStringLiteral("山\uFA11歯科医院")},
               {organisationCategory(QStringLiteral("山\uFA11歯科医院")), QStringLiteral("dental-clinic")}};

    // ---- people
    QTest::addRow("people, English headers, new organisation created")
        << QStringLiteral("people") << QStringLiteral("people_en.csv") << QStringList() << Utf8 << 2 << 0 << 1
        << QStringList{QStringLiteral("山田花子"), QStringLiteral("さくら訪問看護ステーション")}
        << Checks{
               {QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("3")},
               {QStringLiteral("SELECT count(*) FROM organisation"), QStringLiteral("12")},
               {personProfession(QStringLiteral("山田花子")), QStringLiteral("nurse")},
               {personOrganisation(QStringLiteral("山田花子")), QStringLiteral("さくら訪問看護ステーション")},
               {personField(QStringLiteral("山田花子"),
                            QStringLiteral("reading || '|' || title || '|' || email")),
                QStringLiteral("やまだ はなこ|管理者|hanako@example.jp")},
               {personField(QStringLiteral("長谷川英裕"), QStringLiteral("title")), QStringLiteral("院長")}};
    QTest::addRow("people, Japanese headers in another order, UTF-8 with BOM")
        << QStringLiteral("people") << QStringLiteral("people_ja_bom.csv") << QStringList() << Utf8 << 2 << 0
        << 0 << QStringList{QStringLiteral("佐藤健"), QStringLiteral("鈴木一郎")}
        << Checks{{QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("4")},
                  {QStringLiteral("SELECT count(*) FROM organisation"), QStringLiteral("11")},
                  {personField(QStringLiteral("佐藤健"),
                               QStringLiteral("reading || '|' || department || '|' || title")),
                   QStringLiteral("さとう けん|長寿課|主査")},
                  {personProfession(QStringLiteral("佐藤健")), QStringLiteral("government-officer")},
                  {personOrganisation(QStringLiteral("佐藤健")), QStringLiteral("加賀市")},
                  {personProfession(QStringLiteral("鈴木一郎")), QStringLiteral("social-worker")},
                  {personOrganisation(QStringLiteral("鈴木一郎")), QStringLiteral("加賀市社会福祉協議会")}};
    QTest::addRow("people, Japanese headers, UTF-8 without BOM")
        << QStringLiteral("people") << QStringLiteral("people_ja_nobom.csv") << QStringList() << Utf8 << 1
        << 0 << 0 << QStringList{QStringLiteral("井上愛")}
        << Checks{{personProfession(QStringLiteral("井上愛")), QStringLiteral("physiotherapist")},
                  {personOrganisation(QStringLiteral("井上愛")), QStringLiteral("加賀市医療センター")},
                  {personField(QStringLiteral("井上愛"), QStringLiteral("reading")),
                   QStringLiteral("いのうえ あい")}};
    QTest::addRow("people, CP932 with 髙 ① 﨑")
        << QStringLiteral("people") << QStringLiteral("people_cp932.csv") << QStringList() << Cp932 << 2 << 0
        << 0 << QStringList{QStringLiteral("髙木美咲"), QStringLiteral("山\uFA11太郎")}
        << Checks{{QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("4")},
                  {personField(QStringLiteral("髙木美咲"), QStringLiteral("reading || '|' || note")),
                   QStringLiteral("たかぎ みさき|①在宅担当")},
                  {personProfession(QStringLiteral("髙木美咲")), QStringLiteral("pharmacist")},
                  {personOrganisation(QStringLiteral("髙木美咲")), QStringLiteral("石川県薬剤師会加賀支部")},
                  {QStringLiteral("SELECT name FROM person WHERE reading = 'やまざき たろう'"),
                   QStringLiteral("山\uFA11太郎")},
                  {personProfession(QStringLiteral("山\uFA11太郎")), QStringLiteral("dentist")}};
    QTest::addRow("people, 白崎直樹 ｼﾗｻｷ ﾅｵｷ at 加賀市医療センター is the existing 白﨑直樹")
        << QStringLiteral("people") << QStringLiteral("people_shirasaki.csv") << QStringList() << Utf8 << 0
        << -1 << 1 << QStringList()
        << Checks{{QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("2")},
                  {QStringLiteral("SELECT count(*) FROM organisation"), QStringLiteral("11")},
                  {QStringLiteral("SELECT name FROM person WHERE organisation_id = "
                                  "(SELECT id FROM organisation WHERE name = '加賀市医療センター')"),
                   Shirasaki},
                  {personProfession(Shirasaki), QStringLiteral("doctor")},
                  {personField(Shirasaki, QStringLiteral("department || '|' || title")),
                   QStringLiteral("地域連携センター|センター長")}};
    QTest::addRow(
        "people, 白崎 直樹 at 加賀市医療ｾﾝﾀｰ (half-width) is the existing 白﨑直樹, nothing changes")
        << QStringLiteral("people") << QStringLiteral("people_shirasaki_folded.csv") << QStringList() << Utf8
        << 0 << 0 << 1 << QStringList()
        << Checks{{QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("2")},
                  {QStringLiteral("SELECT count(*) FROM organisation"), QStringLiteral("11")},
                  {personField(Shirasaki, QStringLiteral("reading")), QStringLiteral("しらさき なおき")}};
    QTest::addRow("people, 白﨑直樹 in CP932 is the existing person, nothing changes")
        << QStringLiteral("people") << QStringLiteral("people_shirasaki_cp932.csv") << QStringList() << Cp932
        << 0 << 0 << 1 << QStringList()
        << Checks{{QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("2")}};

    // ---- events
    QTest::addRow("events, English headers, times, body by short name, co-organiser, headcount")
        << QStringLiteral("events") << QStringLiteral("events_en.csv") << QStringList() << Utf8 << 2 << 0 << 0
        << QStringList{QStringLiteral("医療と介護の連携ワーキング"), QStringLiteral("多職種連携研修会")}
        << Checks{{QStringLiteral("SELECT count(*) FROM event"), QStringLiteral("5")},
                  {eventField(QStringLiteral("2024-06-20"), QStringLiteral("start_time || '-' || end_time")),
                   QStringLiteral("14:00-15:30")},
                  {eventField(QStringLiteral("2024-06-20"), QStringLiteral("number")), QStringLiteral("1")},
                  {eventField(QStringLiteral("2024-06-20"), QStringLiteral("venue || '|' || purpose")),
                   QStringLiteral("加賀市役所 201会議室|ACPについて")},
                  {eventField(QStringLiteral("2024-06-20"),
                              QStringLiteral("(SELECT code FROM code WHERE id = e.kind_id)")),
                   QStringLiteral("meeting")},
                  {eventField(QStringLiteral("2024-06-20"),
                              QStringLiteral("(SELECT code FROM code WHERE id = e.format_id)")),
                   QStringLiteral("in-person")},
                  {eventField(QStringLiteral("2024-06-20"),
                              QStringLiteral("(SELECT name FROM body WHERE id = e.body_id)")),
                   QStringLiteral("医療と介護の連携ワーキング")},
                  {unknownHeadcount(QStringLiteral("2024-06-20")), QStringLiteral("12")},
                  {eventField(QStringLiteral("2024-09-05"), QStringLiteral("start_time || '-' || end_time")),
                   QStringLiteral("19:00-20:30")},
                  {eventField(QStringLiteral("2024-09-05"),
                              QStringLiteral("(SELECT code FROM code WHERE id = e.kind_id)")),
                   QStringLiteral("training")},
                  {eventField(QStringLiteral("2024-09-05"),
                              QStringLiteral("(SELECT code FROM code WHERE id = e.format_id)")),
                   QStringLiteral("lecture")},
                  {eventField(QStringLiteral("2024-09-05"),
                              QStringLiteral("(SELECT name FROM body WHERE id = e.body_id)")),
                   QStringLiteral("加賀市在宅医療連携推進協議会")},
                  {eventField(
                       QStringLiteral("2024-09-05"),
                       QStringLiteral("(SELECT group_concat(b.name) FROM event_co_organiser c JOIN body b "
                                      "ON b.id = c.body_id WHERE c.event_id = e.id)")),
                   QStringLiteral("加賀脳卒中地域連携協議会")},
                  {eventField(QStringLiteral("2024-09-05"),
                              QStringLiteral("(SELECT count(*) FROM headcount h WHERE h.event_id = e.id)")),
                   QStringLiteral("0")}};
    QTest::addRow("events, Japanese headers in another order, wareki, 8名, 第2回, UTF-8 with BOM")
        << QStringLiteral("events") << QStringLiteral("events_ja_bom.csv") << QStringList() << Utf8 << 1 << 0
        << 0 << QStringList{QStringLiteral("幹事会")}
        << Checks{{eventField(QStringLiteral("2024-11-07"), QStringLiteral("title")),
                   QStringLiteral("令和6年度 第2回 幹事会")},
                  {eventField(QStringLiteral("2024-11-07"),
                              QStringLiteral("number || '|' || start_time || '|' || venue")),
                   QStringLiteral("2|13:30|加賀市役所")},
                  {eventField(QStringLiteral("2024-11-07"),
                              QStringLiteral("(SELECT name FROM body WHERE id = e.body_id)")),
                   QStringLiteral("加賀市在宅医療連携推進協議会 幹事会")},
                  {unknownHeadcount(QStringLiteral("2024-11-07")), QStringLiteral("8")}};
    QTest::addRow("events, CP932, テーマ as title, full-width wareki date")
        << QStringLiteral("events") << QStringLiteral("events_cp932.csv") << QStringList() << Cp932 << 1 << 0
        << 0 << QStringList{QStringLiteral("①ACPと意思決定支援")}
        << Checks{{eventField(QStringLiteral("2024-10-03"),
                              QStringLiteral("title || '|' || venue || '|' || purpose")),
                   QStringLiteral("①ACPと意思決定支援|髙松公民館|在宅療養の支援体制")},
                  {eventField(QStringLiteral("2024-10-03"),
                              QStringLiteral("(SELECT code FROM code WHERE id = e.kind_id)")),
                   QStringLiteral("training")}};
    QTest::addRow("events, existing event matched by date and title is updated, not added")
        << QStringLiteral("events") << QStringLiteral("events_update.csv") << QStringList() << Utf8 << 0 << 1
        << 1 << QStringList()
        << Checks{{QStringLiteral("SELECT count(*) FROM event"), QStringLiteral("3")},
                  {eventField(QStringLiteral("2024-12-12"), QStringLiteral("venue")),
                   QStringLiteral("加賀市医療センター")},
                  {eventField(QStringLiteral("2024-12-12"), QStringLiteral("number")), QStringLiteral("1")},
                  {eventField(QStringLiteral("2024-12-12"), QStringLiteral("purpose <> ''")),
                   QStringLiteral("1")},
                  {unknownHeadcount(QStringLiteral("2024-12-12")), QStringLiteral("22")}};

    // ---- attendance
    QTest::addRow("attendance, English headers, defaults, new person and organisation")
        << QStringLiteral("attendance") << QStringLiteral("attendance_en.csv") << QStringList() << Utf8 << 5
        << 0 << 0
        << QStringList{QStringLiteral("山田花子"), QStringLiteral("さくら訪問看護ステーション"),
                       QStringLiteral("長谷川英裕")}
        << Checks{
               {QStringLiteral("SELECT count(*) FROM attendance"), QStringLiteral("3")},
               {QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("3")},
               {QStringLiteral("SELECT count(*) FROM organisation"), QStringLiteral("12")},
               // status empty -> 出席; profession and organisation from the person when the sheet is silent
               {attendanceOf(QStringLiteral("2024-12-12"), Shirasaki),
                QStringLiteral("present/lecturer/doctor/加賀市医療センター")},
               // status and role empty -> 出席, 参加者
               {attendanceOf(QStringLiteral("2024-12-12"), QStringLiteral("山田花子")),
                QStringLiteral("present/participant/nurse/さくら訪問看護ステーション")},
               {attendanceOf(QStringLiteral("2025-01-22"), QStringLiteral("長谷川英裕")),
                QStringLiteral("present/lecturer/doctor/加賀温泉駅前こころクリニック")},
               {personProfession(QStringLiteral("山田花子")), QStringLiteral("nurse")},
               {personOrganisation(QStringLiteral("山田花子")), QStringLiteral("さくら訪問看護ステーション")},
               {personField(QStringLiteral("山田花子"), QStringLiteral("reading")),
                QStringLiteral("やまだ はなこ")}};
    QTest::addRow("attendance, Japanese headers in another order, wareki, UTF-8 with BOM")
        << QStringLiteral("attendance") << QStringLiteral("attendance_ja_bom.csv") << QStringList() << Utf8
        << 3 << 0 << 0 << QStringList{QStringLiteral("佐々木恵")}
        << Checks{{QStringLiteral("SELECT count(*) FROM attendance"), QStringLiteral("2")},
                  {QStringLiteral("SELECT count(*) FROM person"), QStringLiteral("3")},
                  {attendanceOf(QStringLiteral("2025-01-30"), QStringLiteral("佐々木恵")),
                   QStringLiteral("absent/participant/social-worker/加賀市社会福祉協議会")},
                  {attendanceOf(QStringLiteral("2025-01-30"), Shirasaki),
                   QStringLiteral("proxy/participant/doctor/加賀市医療センター")}};
    QTest::addRow("attendance, CP932 with 髙 and 﨑")
        << QStringLiteral("attendance") << QStringLiteral("attendance_cp932.csv") << QStringList() << Cp932
        << 3 << 0 << 0 << QStringList{QStringLiteral("髙田和子"), QStringLiteral("山\uFA11内科医院")}
        << Checks{{attendanceOf(QStringLiteral("2024-12-12"), QStringLiteral("髙田和子")),
                   QStringLiteral("present/participant/nurse/山\uFA11内科医院")},
                  {personField(QStringLiteral("髙田和子"), QStringLiteral("reading")),
                   QStringLiteral("たかだ かずこ")}};
    QTest::addRow("attendance, the event named by title among two on one day")
        << QStringLiteral("attendance") << QStringLiteral("attendance_titled.csv")
        << QStringList{QStringLiteral("events:events_same_day.csv")} << Utf8 << 1 << 0 << 0
        << QStringList{Shirasaki}
        << Checks{{QStringLiteral("SELECT count(*) FROM attendance"), QStringLiteral("1")},
                  {QStringLiteral("SELECT e.title FROM attendance a JOIN event e ON e.id = a.event_id"),
                   QStringLiteral("令和6年度 第2回 医療と介護の連携ワーキング")}};
}

void TestImport::importFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QStringList, setup);
    QFETCH(QString, encoding);
    QFETCH(int, added);
    QFETCH(int, updated);
    QFETCH(int, unchanged);
    QFETCH(QStringList, addedMentions);
    QFETCH(Checks, checks);

    KAGA_DATABASE(db);
    IMPORT_SETUP(db, setup);
    const auto importKind = Importer::kindFromName(kind);
    QVERIFY(importKind.has_value());

    // A dry run reports exactly what the real run will do, and writes nothing.
    const QString before = dump(db);
    ImportReport dry;
    const Status dryStatus = Importer(db).run(*importKind, fixture(file), true, &dry);
    QVERIFY2(dryStatus.ok(), qPrintable(errorText(dry, dryStatus)));
    QCOMPARE(dump(db), before);

    ImportReport report;
    const Status st = Importer(db).run(*importKind, fixture(file), false, &report);
    QVERIFY2(st.ok(), qPrintable(errorText(report, st)));
    QVERIFY2(report.errors.isEmpty(), qPrintable(reportText(report)));
    QCOMPARE(report.encoding, encoding);
    QVERIFY2(report.added.size() == added, qPrintable(reportText(report)));
    if (updated >= 0)
        QVERIFY2(report.updated.size() == updated, qPrintable(reportText(report)));
    QVERIFY2(report.updated.size() + report.skipped.size() == unchanged, qPrintable(reportText(report)));
    for (const QString& mention : addedMentions)
        QVERIFY2(report.added.join(u'\n').contains(mention),
                 qPrintable(mention + u'\n' + reportText(report)));
    // Every line of the report says where it came from.
    for (const QString& line : report.added + report.updated + report.skipped)
        QVERIFY2(line.startsWith(file + QStringLiteral(", row ")), qPrintable(line));

    QCOMPARE(dry.added.size(), report.added.size());
    QCOMPARE(dry.updated.size(), report.updated.size());
    QCOMPARE(dry.skipped.size(), report.skipped.size());
    QCOMPARE(dry.added, report.added);

    for (const auto& [sql, expected] : checks)
        QVERIFY2(
            scalar(db, sql) == expected,
            qPrintable(
                QStringLiteral("%1\n  expected: %2\n  actual:   %3").arg(sql, expected, scalar(db, sql))));
    QStringList problems;
    const Status checked = db.check(&problems);
    QVERIFY2(checked.ok(), qPrintable(checked.fullText()));
}

void TestImport::reimportSkipsEverything_data()
{
    importFile_data();
}

// Importing the same file a second time changes nothing and says so row by row.
void TestImport::reimportSkipsEverything()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QStringList, setup);

    KAGA_DATABASE(db);
    IMPORT_SETUP(db, setup);
    const auto importKind = Importer::kindFromName(kind);
    QVERIFY(importKind.has_value());
    ImportReport first;
    const Status st = Importer(db).run(*importKind, fixture(file), false, &first);
    QVERIFY2(st.ok(), qPrintable(errorText(first, st)));

    const QString before = dump(db);
    ImportReport again;
    const Status st2 = Importer(db).run(*importKind, fixture(file), false, &again);
    QVERIFY2(st2.ok(), qPrintable(errorText(again, st2)));
    QVERIFY2(again.added.isEmpty() && again.updated.isEmpty(), qPrintable(reportText(again)));
    QVERIFY2(again.skipped.size() == again.rows,
             qPrintable(QStringLiteral("%1 rows\n").arg(again.rows) + reportText(again)));
    QCOMPARE(dump(db), before);
}

void TestImport::errors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<int>("row");         // 0: the error is about the whole file
    QTest::addColumn<QString>("column");  // regular expression for the column named; empty: none expected
    QTest::addColumn<QString>("problem"); // text the message must quote; empty: none

    const QString people = QStringLiteral("people");
    const QString events = QStringLiteral("events");
    const QString attendance = QStringLiteral("attendance");

    QTest::addRow("unknown column, named")
        << people << QStringLiteral("err_unknown_column.csv") << QStringList() << 1
        << QStringLiteral("血液型") << QStringLiteral("血液型");
    QTest::addRow("missing required column")
        << people << QStringLiteral("err_missing_required.csv") << QStringList() << 1
        << QStringLiteral("氏名|\\bname\\b") << QString();
    QTest::addRow("impossible date R6.2.30")
        << events << QStringLiteral("err_impossible_date.csv") << QStringList() << 2 << QStringLiteral("日付")
        << QStringLiteral("R6.2.30");
    QTest::addRow("unknown profession")
        << people << QStringLiteral("err_unknown_profession.csv") << QStringList() << 2
        << QStringLiteral("職種") << QStringLiteral("宇宙飛行士");
    QTest::addRow("bad time") << events << QStringLiteral("err_bad_time.csv") << QStringList() << 2
                              << QStringLiteral("\\bstart\\b") << QStringLiteral("25:00");
    QTest::addRow("negative headcount")
        << events << QStringLiteral("err_negative_headcount.csv") << QStringList() << 2
        << QStringLiteral("参加者数") << QStringLiteral("-3");
    QTest::addRow("unknown body") << events << QStringLiteral("err_unknown_body.csv") << QStringList() << 2
                                  << QStringLiteral("\\bbody\\b") << QStringLiteral("存在しない会");
    QTest::addRow("attendance on a date with no event")
        << attendance << QStringLiteral("err_attendance_no_event.csv") << QStringList() << 2
        << QStringLiteral("日付") << QStringLiteral("12月13日");
    QTest::addRow("attendance on a date with two events, no title column")
        << attendance << QStringLiteral("err_attendance_two_events.csv")
        << QStringList{QStringLiteral("events:events_same_day.csv")} << 2
        << QStringLiteral("表題|\\bevent\\b") << QString();
    QTest::addRow("attendance on a date with two events, title empty")
        << attendance << QStringLiteral("err_attendance_two_events_empty_title.csv")
        << QStringList{QStringLiteral("events:events_same_day.csv")} << 2 << QStringLiteral("表題")
        << QString();
    QTest::addRow("attendance, ambiguous name without organisation")
        << attendance << QStringLiteral("err_ambiguous_person.csv")
        << QStringList{QStringLiteral("people:people_same_name.csv")} << 2 << QStringLiteral("氏名|所属")
        << QStringLiteral("田中一郎");
    QTest::addRow("people, ambiguous name without organisation")
        << people << QStringLiteral("err_ambiguous_person_people.csv")
        << QStringList{QStringLiteral("people:people_same_name.csv")} << 2 << QStringLiteral("氏名|所属")
        << QStringLiteral("田中一郎");
    QTest::addRow("more values than the header")
        << people << QStringLiteral("err_too_many_values.csv") << QStringList() << 2
        << QStringLiteral("\\bcolumn\\W{0,3}3\\b") << QString();
    QTest::addRow("unterminated quote")
        << people << QStringLiteral("err_unterminated_quote.csv") << QStringList() << 3
        << QStringLiteral("\\bcolumn 1\\b") << QString();
    QTest::addRow("bytes neither UTF-8 nor CP932")
        << people << QStringLiteral("err_invalid_cp932.csv") << QStringList() << 2 << QString() << QString();
    QTest::addRow("UTF-8 with BOM and invalid bytes") << people << QStringLiteral("err_invalid_utf8_bom.csv")
                                                      << QStringList() << 2 << QString() << QString();
    QTest::addRow("empty file") << people << QStringLiteral("err_empty.csv") << QStringList() << 0
                                << QString() << QString();
    QTest::addRow("file does not exist")
        << people << QStringLiteral("does_not_exist.csv") << QStringList() << 0 << QString() << QString();
    QTest::addRow("all or nothing: organisations, 3 good rows and 1 bad")
        << QStringLiteral("organisations") << QStringLiteral("err_organisations_all_or_nothing.csv")
        << QStringList() << 5 << QStringLiteral("種別") << QStringLiteral("存在しない種別");
    QTest::addRow("all or nothing: people, 3 good rows (one with a new organisation) and 1 bad")
        << people << QStringLiteral("err_people_all_or_nothing.csv") << QStringList() << 5
        << QStringLiteral("職種") << QStringLiteral("魔法使い");
    QTest::addRow("all or nothing: events, 3 good rows and 1 bad")
        << events << QStringLiteral("err_events_all_or_nothing.csv") << QStringList() << 5
        << QStringLiteral("参加者数") << QStringLiteral("abc");
    QTest::addRow("all or nothing: attendance, 3 good rows and 1 bad")
        << attendance << QStringLiteral("err_attendance_all_or_nothing.csv") << QStringList() << 5
        << QStringLiteral("日付") << QString();
}

void TestImport::errors()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QStringList, setup);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, problem);

    KAGA_DATABASE(db);
    IMPORT_SETUP(db, setup);
    const auto importKind = Importer::kindFromName(kind);
    QVERIFY(importKind.has_value());

    const QString before = dump(db);
    for (const bool dryRun : {true, false}) {
        ImportReport report;
        const Status st = Importer(db).run(*importKind, fixture(file), dryRun, &report);
        QVERIFY(!st.ok());
        QVERIFY2(!report.errors.isEmpty(), qPrintable(st.fullText()));
        QVERIFY2(st.message().contains(file), qPrintable(st.fullText()));
        QCOMPARE(dump(db), before);

        // One message says all of it: the file, the row, the column and the offending value.
        const QRegularExpression rowPattern(QStringLiteral("\\b(row|line) %1\\b").arg(row),
                                            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression columnPattern(column, QRegularExpression::CaseInsensitiveOption);
        bool found = false;
        for (const QString& e : report.errors) {
            if (!e.contains(file))
                continue;
            if (row > 0 && !rowPattern.match(e).hasMatch())
                continue;
            if (!column.isEmpty() && !columnPattern.match(e).hasMatch())
                continue;
            if (!problem.isEmpty() && !e.contains(problem))
                continue;
            found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("wanted file %1, row %2, column /%3/, problem \"%4\"\n")
                                       .arg(file)
                                       .arg(row)
                                       .arg(column, problem) +
                                   errorText(report, st)));
        // Columns are counted from 1: "(0)" would point at a column the file does not have.
        for (const QString& e : report.errors)
            QVERIFY2(!e.contains(QLatin1String("(0)")), qPrintable(e));
    }

    // The failed import left the database usable: the next import commits.
    ImportReport next;
    const Status st = Importer(db).run(Importer::Kind::People, fixture(QStringLiteral("people_ja_nobom.csv")),
                                       false, &next);
    QVERIFY2(st.ok(), qPrintable(errorText(next, st)));
    QCOMPARE(scalar(db, personProfession(QStringLiteral("井上愛"))), QStringLiteral("physiotherapist"));
}

// Named participants add to the headcount; lecturers do not count.
void TestImport::attendanceCountsTowardsEvent()
{
    KAGA_DATABASE(db);
    const qint64 firstEvent =
        scalar(db, eventField(QStringLiteral("2024-12-12"), QStringLiteral("id"))).toLongLong();
    const qint64 secondEvent =
        scalar(db, eventField(QStringLiteral("2025-01-22"), QStringLiteral("id"))).toLongLong();
    QCOMPARE(ParticipantCounts(db).eventCount(firstEvent), std::optional<int>(22));

    ImportReport report;
    const Status st = Importer(db).run(Importer::Kind::Attendance,
                                       fixture(QStringLiteral("attendance_en.csv")), false, &report);
    QVERIFY2(st.ok(), qPrintable(errorText(report, st)));
    // 22 without names + 山田花子 (参加者); 白﨑直樹 is the lecturer.
    QCOMPARE(ParticipantCounts(db).eventCount(firstEvent), std::optional<int>(23));
    // 長谷川英裕 lectured on 2025-01-22: still 22.
    QCOMPARE(ParticipantCounts(db).eventCount(secondEvent), std::optional<int>(22));
}

// Profession and organisation are stored as of the event: a later change of job does not
// rewrite old attendance, not even when the same sign-in sheet is imported again.
void TestImport::attendanceKeepsProfessionAndOrganisationAsOfEvent()
{
    KAGA_DATABASE(db);
    ImportReport report;
    Status st = Importer(db).run(Importer::Kind::Attendance, fixture(QStringLiteral("attendance_en.csv")),
                                 false, &report);
    QVERIFY2(st.ok(), qPrintable(errorText(report, st)));
    const QString hasegawa = QStringLiteral("長谷川英裕");
    QCOMPARE(scalar(db, attendanceOf(QStringLiteral("2025-01-22"), hasegawa)),
             QStringLiteral("present/lecturer/doctor/加賀温泉駅前こころクリニック"));

    // 長谷川英裕 changes job.
    PersonStore people(db);
    const auto found = *people.findByName(hasegawa);
    QCOMPARE(found.size(), 1);
    Person p = found.first();
    p.professionId = CodeListStore(db).idOf(CodeListStore::Profession, QStringLiteral("other")).value();
    p.organisationId = OrganisationStore(db).findByName(QStringLiteral("加賀市医師会"))->value(0).id;
    QVERIFY(p.professionId > 0 && p.organisationId > 0);
    st = people.update(p);
    QVERIFY2(st.ok(), qPrintable(st.fullText()));
    QCOMPARE(scalar(db, attendanceOf(QStringLiteral("2025-01-22"), hasegawa)),
             QStringLiteral("present/lecturer/doctor/加賀温泉駅前こころクリニック"));

    // The same sheet again (its row for 長谷川英裕 names neither profession nor organisation).
    ImportReport again;
    st = Importer(db).run(Importer::Kind::Attendance, fixture(QStringLiteral("attendance_en.csv")), false,
                          &again);
    QVERIFY2(st.ok(), qPrintable(errorText(again, st)));
    QCOMPARE(scalar(db, attendanceOf(QStringLiteral("2025-01-22"), hasegawa)),
             QStringLiteral("present/lecturer/doctor/加賀温泉駅前こころクリニック"));
    QVERIFY2(again.updated.isEmpty(), qPrintable(reportText(again)));

    // A sheet that states a profession records it for that event only, not on the person.
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("sheet.csv"));
    QFile f(sheet);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        QStringLiteral("日付,氏名,所属,職種\n2025-01-30,%1,加賀市医師会,薬剤師\n").arg(hasegawa).toUtf8());
    f.close();
    ImportReport third;
    st = Importer(db).run(Importer::Kind::Attendance, sheet, false, &third);
    QVERIFY2(st.ok(), qPrintable(errorText(third, st)));
    QCOMPARE(scalar(db, attendanceOf(QStringLiteral("2025-01-30"), hasegawa)),
             QStringLiteral("present/participant/pharmacist/加賀市医師会"));
    QCOMPARE(scalar(db, personProfession(hasegawa)), QStringLiteral("other"));
    QCOMPARE(count(db, QStringLiteral("person")), 3); // 白﨑, 長谷川, 山田: nobody duplicated
}

// A dry run that would create an organisation and a person reports both and writes neither.
void TestImport::dryRunOfNewPersonAndOrganisation()
{
    KAGA_DATABASE(db);
    const int organisations = count(db, QStringLiteral("organisation"));
    const int people = count(db, QStringLiteral("person"));
    ImportReport report;
    const Status st =
        Importer(db).run(Importer::Kind::People, fixture(QStringLiteral("people_en.csv")), true, &report);
    QVERIFY2(st.ok(), qPrintable(errorText(report, st)));
    QCOMPARE(report.added.size(), 2);
    QVERIFY(report.added.join(u'\n').contains(QStringLiteral("さくら訪問看護ステーション")));
    QVERIFY(report.added.join(u'\n').contains(QStringLiteral("山田花子")));
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(count(db, QStringLiteral("organisation")), organisations);
    QCOMPARE(count(db, QStringLiteral("person")), people);
    QVERIFY(OrganisationStore(db).findByName(QStringLiteral("さくら訪問看護ステーション"))->isEmpty());
    QVERIFY(PersonStore(db).findByName(QStringLiteral("山田花子"))->isEmpty());
}

// An existing event whose only change is its headcount: the row is reported as updated.
void TestImport::eventHeadcountChangeIsReported()
{
    KAGA_DATABASE(db);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("headcount.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("日付,区分,表題,参加者数\n"
                           "2024-12-12,事例検討会,かかりつけ医等認知症対応力向上研修会 地域事例検討会,25\n")
                .toUtf8());
    f.close();
    ImportReport report;
    const Status st = Importer(db).run(Importer::Kind::Events, path, false, &report);
    QVERIFY2(st.ok(), qPrintable(errorText(report, st)));
    QCOMPARE(scalar(db, unknownHeadcount(QStringLiteral("2024-12-12"))), QStringLiteral("25"));
    QCOMPARE(count(db, QStringLiteral("event")), 3);
    QVERIFY2(report.added.isEmpty() && report.updated.size() == 1 && report.skipped.isEmpty(),
             qPrintable(reportText(report)));
}

RENKEI_TEST_MAIN(TestImport)
#include "TestImport.moc"
