#include "db/Database.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeStore.h"
#include "util/TestEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

// Programme items and their lecturers, read per event and per lecturer (a person's 講師歴).
class TestProgrammeStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_shirasaki = 0, m_hasegawa = 0;

    qint64 code(const QString& c) { return CodeListStore(m_db).idOf(CodeListStore::ProgrammeItemKind, c).value(); }

    qint64 addPerson(const QString& name)
    {
        Person p;
        p.name = name;
        [&] { QVERIFY(PersonStore(m_db).insert(p)); }();
        return p.id;
    }

    qint64 addEvent(const QDate& date, const QString& title)
    {
        Event e;
        e.kindId = CodeListStore(m_db).idOf(CodeListStore::EventKind, QStringLiteral("training")).value();
        e.date = date;
        e.title = title;
        [&] { QVERIFY(EventStore(m_db).insert(e)); }();
        return e.id;
    }

    qint64 addItem(qint64 eventId, int position, const QString& kind, const QString& title,
                   const QList<qint64>& lecturers)
    {
        ProgrammeItem item;
        item.eventId = eventId;
        item.position = position;
        item.kindId = code(kind);
        item.title = title;
        item.lecturerIds = lecturers;
        [&] { QVERIFY(ProgrammeStore(m_db).insert(item)); }();
        return item.id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("programme.sqlite"))));
        m_shirasaki = addPerson(QStringLiteral("白﨑直樹"));
        m_hasegawa = addPerson(QStringLiteral("長谷川英裕"));
    }

    void lecturesOfNewestFirstInProgrammeOrder()
    {
        const qint64 december = addEvent(QDate(2024, 12, 12), QStringLiteral("地域事例検討会（第1回）"));
        const qint64 january = addEvent(QDate(2025, 1, 22), QStringLiteral("地域事例検討会（第2回）"));
        addItem(december, 0, QStringLiteral("case"), QStringLiteral("事例"), {m_hasegawa});
        const qint64 mini = addItem(december, 1, QStringLiteral("mini-lecture"), QStringLiteral("レカネマブについて"),
                                    {m_shirasaki});
        // Added in reverse: the programme position orders them, not the id.
        const qint64 discussion =
            addItem(january, 2, QStringLiteral("discussion"), QStringLiteral("協議"), {m_hasegawa, m_shirasaki});
        const qint64 lecture =
            addItem(january, 1, QStringLiteral("lecture"), QStringLiteral("行動心理症状"), {m_shirasaki});

        const QList<Lecture> lectures = ProgrammeStore(m_db).lecturesOf(m_shirasaki).value();
        QCOMPARE(lectures.size(), 3);
        QCOMPARE(lectures.at(0).eventId, january);
        QCOMPARE(lectures.at(0).date, QDate(2025, 1, 22));
        QCOMPARE(lectures.at(0).eventTitle, QStringLiteral("地域事例検討会（第2回）"));
        QCOMPARE(lectures.at(0).itemId, lecture);
        QCOMPARE(lectures.at(0).itemTitle, QStringLiteral("行動心理症状"));
        QCOMPARE(lectures.at(0).kindId, code(QStringLiteral("lecture")));
        QCOMPARE(lectures.at(1).itemId, discussion);
        QCOMPARE(lectures.at(2).itemId, mini);
        QCOMPARE(lectures.at(2).kindId, code(QStringLiteral("mini-lecture")));

        QCOMPARE(ProgrammeStore(m_db).lecturesOf(m_hasegawa).value().size(), 2);
        QVERIFY(ProgrammeStore(m_db).lecturesOf(addPerson(QStringLiteral("山田花子"))).value().isEmpty());
    }

    void lecturesFollowEdits()
    {
        const qint64 event = addEvent(QDate(2025, 3, 1), QStringLiteral("研修会"));
        const qint64 item = addItem(event, 0, QStringLiteral("lecture"), QStringLiteral("講義"), {m_hasegawa});
        QCOMPARE(ProgrammeStore(m_db).lecturesOf(m_hasegawa).value().size(), 3);
        ProgrammeItem changed = ProgrammeStore(m_db).items(event).value().value(0);
        QCOMPARE(changed.id, item);
        changed.lecturerIds = {m_shirasaki};
        QVERIFY(ProgrammeStore(m_db).update(changed));
        QCOMPARE(ProgrammeStore(m_db).lecturesOf(m_hasegawa).value().size(), 2);
        QCOMPARE(ProgrammeStore(m_db).lecturesOf(m_shirasaki).value().first().itemId, item);
        QVERIFY(EventStore(m_db).remove(event));
        QCOMPARE(ProgrammeStore(m_db).lecturesOf(m_shirasaki).value().size(), 3);
    }
};

RENKEI_TEST_MAIN(TestProgrammeStore)
#include "TestProgrammeStore.moc"
