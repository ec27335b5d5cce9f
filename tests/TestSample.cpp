#include "db/Database.h"
#include "sample/SampleLoader.h"
#include "store/AttendanceStore.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeStore.h"
#include "store/SettingsStore.h"
#include "util/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The bundled Kaga sample holds what the council's own slides say, and nothing invented.
class TestSample : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    int count(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(SampleLoader::availableSamples().contains(QStringLiteral("kaga")));
        QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("kaga.sqlite"))));
        const Status st = SampleLoader::load(m_db, QStringLiteral("kaga"));
        QVERIFY2(st, qPrintable(st.fullText()));
        QStringList problems;
        QVERIFY2(m_db.check(&problems), qPrintable(problems.join(u'\n')));
    }

    void settings()
    {
        SettingsStore s(m_db);
        QCOMPARE(s.value(SettingsStore::CouncilName).value(), QStringLiteral("加賀市在宅医療連携推進協議会"));
        QCOMPARE(s.value(SettingsStore::ReportRecipient).value(), QStringLiteral("加賀市地域医療審議会"));
    }

    void onlyThePeopleTheSeedNames()
    {
        const QList<Person> people = *PersonStore(m_db).all();
        QCOMPARE(people.size(), 2);
        OrganisationStore orgs(m_db);
        const Person shirasaki = PersonStore(m_db).findByName(QStringLiteral("白崎直樹"))->first();
        QCOMPARE(shirasaki.name, QStringLiteral("白﨑直樹"));
        QCOMPARE(orgs.get(shirasaki.organisationId)->value().name, QStringLiteral("加賀市医療センター"));
        QCOMPARE(shirasaki.department, QStringLiteral("地域連携センター"));
        QCOMPARE(shirasaki.title, QStringLiteral("センター長"));
        const Person hasegawa = PersonStore(m_db).findByName(QStringLiteral("長谷川英裕"))->first();
        QCOMPARE(orgs.get(hasegawa.organisationId)->value().name, QStringLiteral("加賀温泉駅前こころクリニック"));
        QCOMPARE(hasegawa.title, QStringLiteral("院長"));
    }

    void searchOrganisations()
    {
        OrganisationStore orgs(m_db);
        const QList<Organisation> found = *orgs.search(QStringLiteral("ｲﾘｮｳｾﾝﾀｰ"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().name, QStringLiteral("加賀市医療センター"));
        QCOMPARE(orgs.search(QStringLiteral("加賀"), 3)->size(), 3);
        QCOMPARE(orgs.search(QString())->size(), 11);
    }

    void regionalMedicalCouncilMembers()
    {
        BodyStore bodies(m_db);
        const qint64 shingikai = bodies.find(QStringLiteral("加賀市地域医療審議会")).value();
        QVERIFY(shingikai);
        QStringList names;
        for (const Membership& m : bodies.memberships(shingikai).value())
            names << OrganisationStore(m_db).get(m.organisationId)->value().name;
        QCOMPARE(names.size(), 9);
        for (const char* n : {"加賀市医師会", "加賀市介護サービス事業者協議会", "加賀歯科医師会", "病院", "石川県薬剤師会加賀支部",
                              "加賀市社会福祉協議会", "石川県南加賀保健福祉センター", "加賀市各種団体女性連絡協議会", "加賀市"})
            QVERIFY2(names.contains(QString::fromUtf8(n)), n);
        const qint64 council = bodies.find(QStringLiteral("協議会")).value();
        QCOMPARE(bodies.get(council).value()->reportsToId, shingikai);
    }

    void workingGroupComposition()
    {
        BodyStore bodies(m_db);
        CodeListStore codes(m_db);
        const qint64 wg = bodies.find(QStringLiteral("医療と介護の連携ワーキング")).value();
        QVERIFY(wg);
        QStringList professions;
        for (const Membership& m : bodies.memberships(wg).value()) {
            QCOMPARE(m.personId, 0); // composition by profession: no invented people
            professions << codes.get(m.professionId).value()->code;
        }
        QCOMPARE(professions, (QStringList{"doctor", "dentist", "pharmacist", "nurse", "nurse", "chief-care-manager", "care-worker"}));
    }

    void fiscalYear2024Events()
    {
        const QList<Event> events = EventStore(m_db).between(QDate(2024, 4, 1), QDate(2025, 3, 31)).value();
        QCOMPARE(events.size(), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), 3);
        CodeListStore codes(m_db);
        AttendanceStore attendance(m_db);
        ProgrammeStore programme(m_db);
        PersonStore people(m_db);

        const Event& first = events.at(0);
        QCOMPARE(first.date, QDate(2024, 12, 12));
        QCOMPARE(first.number, 1);
        QCOMPARE(first.series, QStringLiteral("かかりつけ医等認知症対応力向上研修会 地域事例検討会"));
        QCOMPARE(EventStore(m_db).seriesNames().value(), QStringList{first.series});
        QCOMPARE(codes.get(first.formatId).value()->labelJa, QStringLiteral("グループワーク"));
        QVERIFY(first.purpose.startsWith(QStringLiteral("①医療機関の主治医等")));
        QVERIFY(first.outcomes.contains(QStringLiteral("顔の見える関係の広がり")));
        const QList<ProgrammeItem> items = programme.items(first.id).value();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).title, QStringLiteral("初期認知症の方の受け入れと家族支援に関わるケース"));
        QCOMPARE(codes.get(items.at(1).kindId).value()->labelJa, QStringLiteral("ミニレクチャー"));
        QCOMPARE(items.at(1).lecturerIds.size(), 1);
        QCOMPARE(people.get(items.at(1).lecturerIds.first())->value().name, QStringLiteral("白﨑直樹"));
        QCOMPARE(attendance.headcounts(first.id).value().size(), 1);
        QCOMPARE(attendance.headcounts(first.id).value().first().count, 22);

        const Event& second = events.at(1);
        QCOMPARE(second.date, QDate(2025, 1, 22));
        QCOMPARE(second.number, 2);
        QCOMPARE(attendance.headcounts(second.id).value().first().count, 22);
        QCOMPARE(people.get(programme.items(second.id).value().at(1).lecturerIds.first())->value().name, QStringLiteral("長谷川英裕"));

        const Event& joint = events.at(2);
        QCOMPARE(joint.date, QDate(2025, 1, 30));
        QCOMPARE(joint.startTime, QTime(19, 0));
        QCOMPARE(joint.theme, QStringLiteral("独居生活者を地域で支援しよう"));
        QCOMPARE(joint.venue, QStringLiteral("加賀市医療センター KMCホール"));
        QCOMPARE(codes.get(joint.kindId).value()->code, QStringLiteral("joint-training"));
        QCOMPARE(joint.coOrganiserIds.size(), 1);
        QCOMPARE(BodyStore(m_db).get(joint.coOrganiserIds.first()).value()->name, QStringLiteral("加賀脳卒中地域連携協議会"));
        QCOMPARE(programme.items(joint.id).value().size(), 3);
        QVERIFY(attendance.headcounts(joint.id).value().isEmpty()); // the seed gives no count
    }

    void brokenSampleWritesNothing()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.create(dir.filePath(QStringLiteral("broken.sqlite"))));
        QJsonObject root;
        root.insert(QStringLiteral("organisations"),
                    QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("a")}, {QStringLiteral("name"), QStringLiteral("甲")}}});
        root.insert(QStringLiteral("people"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("乙")}, {QStringLiteral("profession"), QStringLiteral("astronaut")}}});
        const Status st = SampleLoader::loadDocument(db, root);
        QVERIFY(!st);
        QVERIFY(st.detail().contains(QStringLiteral("astronaut")));
        QCOMPARE(OrganisationStore(db).all()->size(), 0);
        QCOMPARE(SampleLoader::load(db, QStringLiteral("nowhere")).ok(), false);
    }
};

RENKEI_TEST_MAIN(TestSample)
#include "TestSample.moc"
