// Issue 9, point 2, in the event editor: a pick list (code lists, bodies) or a person search that
// cannot be read says so — through Dialogs, or in the search's list — and never shows an empty
// list as if there were nothing to pick; a search that failed creates nobody on Enter.
#include "common/Dialogs.h"
#include "common/Session.h"
#include "db/Database.h"
#include "events/EventDetailsTab.h"
#include "events/EventsPage.h"
#include "events/NewPersonForm.h"
#include "events/PersonSearch.h"
#include "events/ProgrammeTab.h"
#include "service/AttendanceService.h"
#include "util/TestEnvironment.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestEventPickListErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;

    void exec(const QString& sql)
    {
        QSqlQuery q(m_session.db().connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
    }

    void codeListsThatCannotBeReadAreErrors()
    {
        EventDetailsTab details(m_session);
        ProgrammeTab programme(m_session);
        const int shown = Dialogs::shownCount();
        details.setLists();
        programme.setLists();
        QCOMPARE(Dialogs::shownCount(), shown); // all read
        const int kinds = details.kindCombo()->count();
        QVERIFY(kinds > 0);

        exec(QStringLiteral("ALTER TABLE code RENAME TO code_gone"));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        details.setLists();
        QCOMPARE(Dialogs::shownCount(), shown + 1);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("could not be read")), qPrintable(Dialogs::lastMessage()));
        QCOMPARE(details.kindCombo()->count(), kinds); // left as it was, not emptied
        Dialogs::setNextAnswer(QMessageBox::Ok);
        programme.setLists();
        QCOMPARE(Dialogs::shownCount(), shown + 2);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("could not be read")), qPrintable(Dialogs::lastMessage()));
        // The roster's statuses and roles (its pick lists and keys 1–4) likewise.
        QVERIFY(!AttendanceService(m_session.services()).codes());
        NewPersonForm form(m_session, NewPersonForm::Basic);
        QVERIFY(!form.setServices(m_session.services()));
        exec(QStringLiteral("ALTER TABLE code_gone RENAME TO code"));
        QVERIFY(form.setServices(m_session.services()));
        QVERIFY(form.professionCombo()->count() > 0);
        const Result<AttendanceService::Codes> codes = AttendanceService(m_session.services()).codes();
        QVERIFY(codes);
        QCOMPARE(codes->keyed.size(), 4);
        QVERIFY(!codes->keyed.contains(0));
    }

    void bodiesThatCannotBeReadAreAnError()
    {
        EventDetailsTab details(m_session);
        exec(QStringLiteral("ALTER TABLE body RENAME TO body_gone"));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        const int shown = Dialogs::shownCount();
        details.setLists();
        exec(QStringLiteral("ALTER TABLE body_gone RENAME TO body"));
        QCOMPARE(Dialogs::shownCount(), shown + 1);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("could not be read")), qPrintable(Dialogs::lastMessage()));
    }

    // Revealing an event (after an undo, or from a person's history) whose read fails says so,
    // instead of leaving the list where it was as if the event were not there.
    void revealingAnEventThatCannotBeReadIsAnError()
    {
        EventsPage page(m_session, EventsPage::Trainings);
        QSqlQuery q(m_session.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM event ORDER BY id LIMIT 1")) && q.next());
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        exec(QStringLiteral("ALTER TABLE event RENAME TO event_gone"));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        const int shown = Dialogs::shownCount();
        page.reveal(id);
        exec(QStringLiteral("ALTER TABLE event_gone RENAME TO event"));
        QCOMPARE(Dialogs::shownCount(), shown + 1);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("could not be read")), qPrintable(Dialogs::lastMessage()));
    }

    void aSearchThatFailsSaysSoAndCreatesNobody()
    {
        PersonSearch search;
        search.setServices(&m_session.services());
        search.lineEdit()->setText(QStringLiteral("しらさき"));
        QVERIFY(search.matchList()->count() > 0); // 白﨑直樹
        QVERIFY(search.matchList()->item(0)->text().contains(QStringLiteral("白﨑")));

        exec(QStringLiteral("ALTER TABLE person RENAME TO person_gone"));
        search.lineEdit()->setText(QStringLiteral("しらさ"));
        exec(QStringLiteral("ALTER TABLE person_gone RENAME TO person"));
        QCOMPARE(search.matchList()->count(), 1);
        QVERIFY2(search.matchList()->item(0)->text().contains(QStringLiteral("could not")),
                 qPrintable(search.matchList()->item(0)->text()));
        QCOMPARE(search.matchList()->item(0)->flags(), Qt::NoItemFlags);
        QSignalSpy notFound(&search, &PersonSearch::notFound);
        QSignalSpy chosen(&search, &PersonSearch::chosen);
        QTest::keyClick(search.lineEdit(), Qt::Key_Return);
        QCOMPARE(notFound.count(), 0);
        QCOMPARE(chosen.count(), 0);
    }
};

RENKEI_GUI_TEST_MAIN(TestEventPickListErrors)
#include "TestEventPickListErrors.moc"
