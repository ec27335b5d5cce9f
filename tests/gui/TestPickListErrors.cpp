// The pick lists and names the forms read through the services: when a table is gone under a
// live connection, the read's failure reaches the user (a message box, Session::failed or a
// returned Status naming what could not be read) instead of an empty pick list, and nothing is
// opened or saved on the strength of a list that could not be read.
#include "bodies/BodiesPage.h"
#include "bodies/BodyEditor.h"
#include "bodies/MembershipDialog.h"
#include "bodies/MembershipPanel.h"
#include "bodies/PersonPicker.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/UndoText.h"
#include "db/Database.h"
#include "domain/Codes.h"
#include "model/Event.h"
#include "organisations/OrganisationEditor.h"
#include "people/PersonEditor.h"
#include "service/BodyService.h"
#include "service/EventService.h"
#include "settings/CodeListEditor.h"
#include "settings/CodeListModel.h"
#include "settings/SettingsPage.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestPickListErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    Session m_session;
    qint64 m_shingikai = 0;

    bool rename(const QString& from, const QString& to)
    {
        return QSqlQuery(m_session.db().connection())
            .exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
    }
    static QString listMessage(const QString& list)
    {
        return CodeListStore::tr("The list \"%1\" could not be read.").arg(list);
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga%1.sqlite").arg(++m_file));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_shingikai = BodyService(m_session.services()).find(QStringLiteral("加賀市地域医療審議会")).value();
        QVERIFY(m_shingikai);
    }
    void cleanup() { m_session.close(); }

    void bodyFormSaysItsListsCouldNotBeRead()
    {
        BodyEditor editor;
        QVERIFY(editor.setLists(&m_session.services()));
        QVERIFY(editor.kindCombo()->count() > 0);
        QVERIFY(rename(QStringLiteral("code"), QStringLiteral("code_gone")));
        const Status st = editor.setLists(&m_session.services());
        QVERIFY(!st);
        QCOMPARE(st.message(), listMessage(CodeList::BodyKind));

        // The page says so too, instead of showing a form without kinds.
        BodiesPage page(m_session);
        QSignalSpy failed(&m_session, &Session::failed);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(failed.count() > 0);
        QCOMPARE(failed.first().at(0).value<Status>().message(), listMessage(CodeList::BodyKind));
    }

    void memberDialogIsNotOpenedWithoutItsLists()
    {
        BodiesPage page(m_session);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.members()->showBody(m_shingikai, QStringLiteral("加賀市地域医療審議会"));
        QVERIFY(rename(QStringLiteral("organisation"), QStringLiteral("organisation_gone")));
        const int shown = Dialogs::shownCount();
        Dialogs::setNextAnswer(QMessageBox::Ok);
        page.members()->addButton()->click();
        QCOMPARE(Dialogs::shownCount(), shown + 1);
        QCOMPARE(Dialogs::lastMessage(), OrganisationStore::tr("The organisations could not be read."));
        QTRY_VERIFY(!page.members()->findChild<MembershipDialog*>());

        MembershipDialog dialog(m_session.services(), Membership());
        QCOMPARE(dialog.loaded().message(), OrganisationStore::tr("The organisations could not be read."));
    }

    void personPickerShowsAFailedSearch()
    {
        PersonPicker picker;
        QVERIFY(picker.setServices(&m_session.services()));
        QVERIFY(rename(QStringLiteral("person"), QStringLiteral("person_gone")));
        picker.setText(QStringLiteral("白崎"));
        const int shown = Dialogs::shownCount();
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!picker.resolveTyped());
        QCOMPARE(Dialogs::shownCount(), shown + 1);
        QCOMPARE(Dialogs::lastMessage(), PersonStore::tr("The people could not be read."));
        QVERIFY(!picker.setPerson(1));
    }

    void personAndOrganisationFormsSayTheirListsCouldNotBeRead()
    {
        QVERIFY(rename(QStringLiteral("code"), QStringLiteral("code_gone")));
        PersonEditor person;
        const int shown = Dialogs::shownCount();
        // Two failures, each said: the professions, then the organisations (with their categories).
        Dialogs::setNextAnswer(QMessageBox::Ok);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        person.setServices(&m_session.services());
        QCOMPARE(Dialogs::shownCount(), shown + 2);
        QCOMPARE(Dialogs::lastMessage(), OrganisationStore::tr("The organisations could not be read."));

        OrganisationEditor organisation;
        const Status st = organisation.setCategories(m_session.services());
        QVERIFY(!st);
        QCOMPARE(st.message(), listMessage(CodeList::OrganisationCategory));
    }

    void codeListEditorSaysTheListCouldNotBeRead()
    {
        SettingsPage page(m_session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.codeLists()->model()->rowCount() > 0);
        QVERIFY(rename(QStringLiteral("code"), QStringLiteral("code_gone")));
        QSignalSpy failed(&m_session, &Session::failed);
        page.codeLists()->reload();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Status>().message(), listMessage(page.codeLists()->currentList()));

        // Adding an entry needs a free code, read from the list: nothing is added.
        const int shown = Dialogs::shownCount();
        Dialogs::setNextAnswer(QMessageBox::Ok);
        page.codeLists()->addEntry();
        QCOMPARE(Dialogs::shownCount(), shown + 1);
        QCOMPARE(Dialogs::lastMessage(), listMessage(page.codeLists()->currentList()));
        QCOMPARE(m_session.undoStack()->count(), 0);
    }

    void undoTextReadsTheEventThroughItsService()
    {
        const auto events = EventService(m_session.services()).list(QDate(2000, 1, 1), QDate(2100, 1, 1));
        QVERIFY(events && !events->isEmpty());
        const qint64 id = events->first().event.id;
        const Result<QString> text = UndoText::atEvent(QStringLiteral("出席"), m_session.services(), id);
        QVERIFY(text);
        QCOMPARE(*text, UndoText::tr("%1 (%2)", "what changed, the event")
                            .arg(QStringLiteral("出席"), UndoText::eventName(events->first().event)));
        QCOMPARE(UndoText::atEvent(QStringLiteral("出席"), m_session.services(), 999999).value(), QStringLiteral("出席"));

        QVERIFY(rename(QStringLiteral("event"), QStringLiteral("event_gone")));
        const Result<QString> failed = UndoText::atEvent(QStringLiteral("出席"), m_session.services(), id);
        QVERIFY(!failed); // not the bare text, as if there were no such event
        QCOMPARE(failed.status().message(), EventStore::tr("The events could not be read."));
    }
};

RENKEI_GUI_TEST_MAIN(TestPickListErrors)
#include "TestPickListErrors.moc"
