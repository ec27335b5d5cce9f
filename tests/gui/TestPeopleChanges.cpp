// A committed edit touches only the rows it changed: one field of one person changes one row of
// the People list (no reset, no insert), an organisation renamed updates its people's rows, the
// models stay consistent (QAbstractItemModelTester) while changes are applied, the folded search
// keeps working on changed rows, a failed read reaches the user as an error, and the person's
// history reads with a number of queries that does not grow with its rows.
#include "common/Dialogs.h"
#include "common/FoldingFilterProxy.h"
#include "common/Session.h"
#include "db/Database.h"
#include "db/QueryCounter.h"
#include "domain/Codes.h"
#include "organisations/OrganisationListModel.h"
#include "organisations/OrganisationsPage.h"
#include "people/PeoplePage.h"
#include "people/PersonAttendanceModel.h"
#include "people/PersonLectureModel.h"
#include "people/PersonListModel.h"
#include "people/PersonMembershipModel.h"
#include "service/OrganisationService.h"
#include "service/PeopleService.h"
#include "store/AttendanceStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestPeopleChanges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    Session m_session;

    Person named(const QString& name)
    {
        return PeopleService(m_session.services()).findByName(name)->value(0);
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga%1.sqlite").arg(++m_file));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_session.setFiscalYear(FiscalYear(2024));
    }
    void cleanup() { m_session.close(); }

    void oneFieldChangesOneRow()
    {
        PersonListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FoldingFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PersonListModel::NameColumn);
        QVERIFY(model.load(&m_session.services()));
        connect(&m_session, &Session::changes, &model, [&](const Changes& changes) {
            for (const Change& c : changes)
                QVERIFY(model.apply(m_session.services(), c));
        });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Person hasegawa = named(QStringLiteral("長谷川英裕"));
        const int row = model.indexOf(hasegawa.id);
        hasegawa.department = QStringLiteral("在宅医療部");
        QVERIFY(PeopleService(m_session.services()).update(hasegawa));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(model.index(row, PersonListModel::DepartmentColumn).data().toString(), QStringLiteral("在宅医療部"));

        // Renamed: the proxy sorts and finds it by its new name (its kept keys were updated).
        hasegawa.name = QStringLiteral("相川英裕");
        hasegawa.reading = QStringLiteral("あいかわ ひでひろ");
        QVERIFY(PeopleService(m_session.services()).update(hasegawa));
        QCOMPARE(proxy.index(0, PersonListModel::NameColumn).data().toString(), QStringLiteral("相川英裕"));
        proxy.setSearchText(QStringLiteral("ｱｲｶﾜ"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QString());

        // Added and removed: one row in, one row out, no reset.
        Person added;
        added.name = QStringLiteral("青木一郎");
        added.reading = QStringLiteral("あおき いちろう");
        const Result<qint64> id = PeopleService(m_session.services()).add(added);
        QVERIFY(id);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(proxy.index(0, PersonListModel::NameColumn).data().toString(), QStringLiteral("相川英裕"));
        QCOMPARE(proxy.index(1, PersonListModel::NameColumn).data().toString(), QStringLiteral("青木一郎"));
        proxy.setSearchText(QStringLiteral("あおき"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QString());
        QVERIFY(PeopleService(m_session.services()).remove(*id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.indexOf(*id), -1);
        QCOMPARE(reset.count(), 0);
    }

    void anOrganisationRenameUpdatesItsPeoplesRows()
    {
        PersonListModel people;
        QAbstractItemModelTester tester(&people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(people.load(&m_session.services()));
        OrganisationListModel organisations;
        QAbstractItemModelTester orgTester(&organisations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(organisations.load(&m_session.services()));
        connect(&m_session, &Session::changes, this, [&](const Changes& changes) {
            for (const Change& c : changes) {
                QVERIFY(people.apply(m_session.services(), c));
                QVERIFY(organisations.apply(m_session.services(), c));
            }
        });
        QSignalSpy reset(&people, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&people, &QAbstractItemModel::dataChanged);
        const Person shirasaki = named(QStringLiteral("白﨑直樹"));
        Organisation kmc = OrganisationService(m_session.services()).get(shirasaki.organisationId)->value();
        kmc.name = QStringLiteral("加賀市民病院");
        QueryCounter counter(m_session.db().connection());
        QVERIFY(OrganisationService(m_session.services()).update(kmc));
        QCOMPARE(people.index(people.indexOf(shirasaki.id), PersonListModel::OrganisationColumn).data().toString(),
                 QStringLiteral("加賀市民病院"));
        QCOMPARE(organisations.index(organisations.indexOf(kmc.id), OrganisationListModel::NameColumn).data().toString(),
                 QStringLiteral("加賀市民病院"));
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        // The write (begin, update, commit, data version) and one read per list.
        QVERIFY2(counter.count() <= 6, qPrintable(QString::number(counter.count())));
    }

    void theHistoryReadsWithAFixedNumberOfQueries()
    {
        // 白﨑直樹 attends one event, then many: the history's query count stays the same.
        const Person shirasaki = named(QStringLiteral("白﨑直樹"));
        Services& services = m_session.services();
        const auto count = [&] {
            PersonAttendanceModel attendance;
            PersonLectureModel lectures;
            PersonMembershipModel memberships;
            QueryCounter counter(m_session.db().connection());
            [&] {
                QVERIFY(attendance.load(&services, shirasaki.id));
                QVERIFY(lectures.load(&services, shirasaki.id));
                QVERIFY(memberships.load(&services, shirasaki.id));
            }();
            return std::pair<qint64, int>(counter.count(), attendance.rowCount());
        };
        const auto few = count();
        // More attendance, with a substitute, another organisation and profession each.
        const Database& db = m_session.db();
        CodeListStore codes(db);
        const qint64 present = codes.idOf(CodeListStore::AttendanceStatus, Code::Present).value();
        const qint64 participant = codes.idOf(CodeListStore::AttendanceRole, Code::Participant).value();
        const Person hasegawa = named(QStringLiteral("長谷川英裕"));
        int added = 0;
        for (const Event& e : EventStore(db).between(QDate(2000, 1, 1), QDate(2100, 1, 1)).value()) {
            if (AttendanceStore(db).find(e.id, shirasaki.id).value())
                continue;
            Attendance a;
            a.eventId = e.id;
            a.personId = shirasaki.id;
            a.statusId = present;
            a.roleId = participant;
            a.substituteForId = hasegawa.id;
            a.organisationId = shirasaki.organisationId;
            a.professionId = shirasaki.professionId;
            QVERIFY(AttendanceStore(db).save(a));
            ++added;
        }
        QVERIFY(added >= 3);
        const auto many = count();
        QCOMPARE(many.second, few.second + added);
        QCOMPARE(many.first, few.first);
        QCOMPARE(few.first, qint64(3));
    }

    void aFailedReadReachesTheUser()
    {
        PeoplePage page(m_session);
        page.resize(1000, 700);
        QVERIFY(QSqlQuery(m_session.db().connection()).exec(QStringLiteral("ALTER TABLE person RENAME TO person_gone")));
        const int shown = Dialogs::shownCount();
        Dialogs::setNextAnswer(QMessageBox::Ok);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(Dialogs::shownCount() > shown);
        QVERIFY2(Dialogs::lastMessage().contains(PersonStore::tr("The people could not be read.")),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(QSqlQuery(m_session.db().connection()).exec(QStringLiteral("ALTER TABLE person_gone RENAME TO person")));
    }
};

RENKEI_GUI_TEST_MAIN(TestPeopleChanges)
#include "TestPeopleChanges.moc"
