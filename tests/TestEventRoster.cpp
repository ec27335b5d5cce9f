#include "attendance/EventRoster.h"
#include "db/Database.h"
#include "store/EventStore.h"
#include "store/ProgrammeStore.h"
#include "util/RosterFixture.h"
#include "util/TestEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

// The roster of an event, shared by the Attendance tab and the printed sign-in sheet: who is
// on it, with which organisation, and in which order.
class TestEventRoster : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_event = 0;
    qint64 m_council = 0;

    QStringList names(const EventRoster& roster)
    {
        QStringList list;
        for (const EventRoster::Entry& e : roster.entries())
            list << e.name;
        return list;
    }
    const EventRoster::Entry* entry(const EventRoster& roster, const QString& name)
    {
        for (const EventRoster::Entry& e : roster.entries())
            if (e.name == name)
                return &e;
        return nullptr;
    }

private slots:
    void init()
    {
        m_db.close();
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_db.open(path));
        const QList<Event> events = EventStore(m_db).findByDate(QDate(2024, 12, 12)).value();
        QCOMPARE(events.size(), 1);
        m_event = events.first().id;
        m_council = events.first().bodyId;
        QVERIFY(m_council);
    }

    void membersWhoseTermCoversTheEvent()
    {
        RosterFixture f(m_db);
        const qint64 ishikai = OrganisationStore(m_db).findByName(QStringLiteral("加賀市医師会"))->value(0).id;
        QVERIFY(ishikai);
        f.member(m_council, f.person(QStringLiteral("山田花子"), QStringLiteral("やまだ はなこ"), ishikai));
        f.member(m_council, f.person(QStringLiteral("任期中"), QStringLiteral("にんきちゅう"), ishikai),
                 QDate(2024, 4, 1), QDate(2026, 3, 31));
        f.member(m_council, f.person(QStringLiteral("前任者"), QStringLiteral("ぜんにんしゃ"), ishikai),
                 QDate(2022, 4, 1), QDate(2024, 3, 31));
        f.member(m_council, f.person(QStringLiteral("後任者"), QStringLiteral("こうにんしゃ"), ishikai),
                 QDate(2025, 4, 1));
        const EventRoster roster(m_db, m_event);
        QVERIFY(roster.event());
        // 白﨑直樹 lectures in the sample event's programme: on the roster, though no member.
        QCOMPARE(names(roster), (QStringList{QStringLiteral("任期中"), QStringLiteral("山田花子"),
                                             QStringLiteral("白﨑直樹")}));
        QVERIFY(entry(roster, QStringLiteral("山田花子"))->member);
        QVERIFY(!entry(roster, QStringLiteral("山田花子"))->attendance);
        QCOMPARE(entry(roster, QStringLiteral("山田花子"))->organisation, QStringLiteral("加賀市医師会"));
        QCOMPARE(entry(roster, QStringLiteral("山田花子"))->profession, QStringLiteral("Nurse"));
    }

    void attendanceRowsWithTheirOrganisationAsOfTheEvent()
    {
        RosterFixture f(m_db);
        const qint64 city = OrganisationStore(m_db).findByName(QStringLiteral("加賀市"))->value(0).id;
        const qint64 walkIn = f.person(QStringLiteral("来場者"), QStringLiteral("らいじょうしゃ"), 0);
        f.attend(m_event, walkIn, QStringLiteral("present"), city);
        const EventRoster roster(m_db, m_event);
        const EventRoster::Entry* e = entry(roster, QStringLiteral("来場者"));
        QVERIFY(e);
        QVERIFY(!e->member);
        QVERIFY(e->attendance);
        QCOMPARE(e->organisationId, city);
        QCOMPARE(e->organisation, QStringLiteral("加賀市"));
    }

    void proxyShownOnTheMembersEntry()
    {
        RosterFixture f(m_db);
        const qint64 member = f.person(QStringLiteral("委員本人"), QStringLiteral("いいんほんにん"), 0);
        f.member(m_council, member);
        const qint64 came = f.person(QStringLiteral("代理人"), QStringLiteral("だいりにん"), 0);
        f.proxy(m_event, member, came);
        const EventRoster roster(m_db, m_event);
        QCOMPARE(names(roster), (QStringList{QStringLiteral("白﨑直樹"), QStringLiteral("委員本人")}));
        const EventRoster::Entry* e = entry(roster, QStringLiteral("委員本人"));
        QCOMPARE(e->substitute, QStringLiteral("代理人"));
        QVERIFY(e->attendance);
        QCOMPARE(e->attendance->personId, came);
    }

    void groupedByOrganisationThenReading()
    {
        RosterFixture f(m_db);
        OrganisationStore organisations(m_db);
        const qint64 ishikai = organisations.findByName(QStringLiteral("加賀市医師会"))->value(0).id;
        const qint64 city = organisations.findByName(QStringLiteral("加賀市"))->value(0).id;
        const qint64 pharmacists = organisations.findByName(QStringLiteral("石川県薬剤師会加賀支部"))->value(0).id;
        // Two organisations of the same name stay two groups.
        const qint64 otherCity = f.organisation(QStringLiteral("加賀市"), QStringLiteral("かがし"));
        f.member(m_council, f.person(QStringLiteral("山田花子"), QStringLiteral("やまだ はなこ"), ishikai));
        f.member(m_council, f.person(QStringLiteral("伊藤一郎"), QStringLiteral("いとう いちろう"), ishikai));
        f.member(m_council, f.person(QStringLiteral("無所属"), QStringLiteral("あ"), 0));
        f.member(m_council, f.person(QStringLiteral("佐藤次郎"), QStringLiteral("さとう じろう"), pharmacists));
        f.member(m_council, f.person(QStringLiteral("別市職員"), QStringLiteral("あ"), otherCity));
        f.member(m_council, f.person(QStringLiteral("市職員"), QStringLiteral("し"), city));
        f.member(m_council, f.person(QStringLiteral("市職員二"), QStringLiteral("いち"), city));
        // 白﨑 works at the medical centre today; at the event he came for the city.
        const qint64 shirasaki = PersonStore(m_db).findByName(QStringLiteral("白﨑直樹"))->value(0).id;
        f.attend(m_event, shirasaki, QStringLiteral("present"), city);

        const EventRoster roster(m_db, m_event);
        QCOMPARE(names(roster), (QStringList{QStringLiteral("佐藤次郎"), // いしかわけん…
                                             QStringLiteral("市職員二"), // かがし (city)
                                             QStringLiteral("市職員"), QStringLiteral("白﨑直樹"),
                                             QStringLiteral("別市職員"), // かがし (the other one)
                                             QStringLiteral("伊藤一郎"), // かがしいしかい
                                             QStringLiteral("山田花子"),
                                             QStringLiteral("無所属")})); // no organisation: last
    }

    // A lecturer named in the programme is on the roster to be ticked, not only as a walk-in.
    void programmeLecturersOnTheRoster()
    {
        RosterFixture f(m_db);
        const qint64 lecturer = f.person(QStringLiteral("講師太郎"), QStringLiteral("こうし たろう"), 0);
        ProgrammeStore programme(m_db);
        ProgrammeItem item;
        item.eventId = m_event;
        item.title = QStringLiteral("講義");
        item.position = 99;
        item.lecturerIds = {lecturer};
        QVERIFY(programme.insert(item));
        const EventRoster roster(m_db, m_event);
        const EventRoster::Entry* e = entry(roster, QStringLiteral("講師太郎"));
        QVERIFY(e);
        QVERIFY(!e->member);
        QVERIFY(!e->attendance);
        QCOMPARE(names(roster).count(QStringLiteral("講師太郎")), 1);
    }

    void noEvent()
    {
        const EventRoster roster(m_db, 999999);
        QVERIFY(!roster.event());
        QVERIFY(roster.entries().isEmpty());
    }
};

RENKEI_TEST_MAIN(TestEventRoster)
#include "TestEventRoster.moc"
