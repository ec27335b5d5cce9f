#include "common/Dialogs.h"
#include "common/Session.h"
#include "domain/Codes.h"
#include "date/FiscalYear.h"
#include "events/AttendanceTab.h"
#include "events/EventDetailsTab.h"
#include "events/EventEditor.h"
#include "events/EventsPage.h"
#include "events/NewPersonForm.h"
#include "events/PersonSearch.h"
#include "people/OrganisationCombo.h"
#include "people/PeoplePage.h"
#include "people/PersonEditor.h"
#include "reports/CountsExportPanel.h"
#include "store/BodyStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"
#include "util/TypeText.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

// The smaller things on a clerk's daily path (issue 8, A.11).
class TestFormDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    qint64 m_eventId = 0;

    EventsPage* showTrainings(MainWindow& window)
    {
        window.showPage(2);
        auto* page = qobject_cast<EventsPage*>(window.page(2));
        page->selectId(m_eventId);
        return page;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        m_session.setFiscalYear(FiscalYear(2024));
        const auto events = EventStore(m_session.db()).between(QDate(2024, 4, 1), QDate(2025, 3, 31)).value();
        QVERIFY(!events.isEmpty());
        m_eventId = events.first().id;
    }

    // Tab leaves every multi-line field (備考 and the event's texts) instead of typing a tab.
    void tabLeavesNotes()
    {
        MainWindow window(m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int checked = 0;
        for (int index = 0; index < window.pageCount(); ++index) {
            window.showPage(index);
            if (index == 2)
                showTrainings(window);
            for (QPlainTextEdit* edit : window.page(index)->findChildren<QPlainTextEdit*>()) {
                if (!edit->isVisible() || !edit->isEnabled())
                    continue;
                edit->setFocus();
                QVERIFY(edit->hasFocus());
                QTest::keyClick(edit, Qt::Key_Tab);
                QVERIFY2(!edit->hasFocus(), qPrintable(edit->objectName()));
                QVERIFY(!edit->toPlainText().contains(u'\t'));
                ++checked;
            }
        }
        QVERIFY(checked >= 4); // the event's purpose, outcomes, minutes and note at least
    }

    // The inline new person: 不明 once in the professions and chosen by default; the
    // organisation found by typing, or added when it is not in the list yet.
    void newPersonFormProfessionsAndOrganisation()
    {
        MainWindow window(m_session);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        EventsPage* page = showTrainings(window);
        page->editor()->setCurrentIndex(2);
        AttendanceTab* tab = page->editor()->attendance();
        NewPersonForm* form = tab->newPersonForm();
        form->start(QStringLiteral("新井 一郎"));
        QVERIFY(form->isVisible());

        QComboBox* jobs = form->professionCombo();
        QStringList labels;
        for (int i = 0; i < jobs->count(); ++i)
            labels << jobs->itemText(i);
        const QString unknown = CodeListStore(m_session.db()).get(
            CodeListStore(m_session.db()).idOf(CodeListStore::Profession, Code::UnknownProfession).value()).value()->label();
        QCOMPARE(labels.count(unknown), 1);
        QVERIFY2(!labels.contains(QStringLiteral("(unknown)")), qPrintable(labels.join(u',')));
        QCOMPARE(jobs->currentText(), unknown);

        OrganisationCombo* org = form->organisationCombo();
        QVERIFY(org->isEditable());
        QLineEdit* edit = org->lineEdit();
        edit->setFocus();
        typeText(edit, QStringLiteral("ｶｶﾞｼｲﾘｮｳｾﾝ"));
        pressKey(org->lineEdit(), Qt::Key_Tab); // the one match is taken
        const qint64 kmc = OrganisationStore(m_session.db()).findByName(QStringLiteral("加賀市医療センター"))->value(0).id;
        QCOMPARE(org->organisationId(), kmc);

        edit->setFocus();
        edit->selectAll();
        typeText(edit, QStringLiteral("やまなか温泉薬局"));
        pressKey(org->lineEdit(), Qt::Key_Tab);
        QVERIFY(form->messageLabel()->text().contains(QStringLiteral("やまなか温泉薬局")));
        form->addButton()->click();
        const auto added = *OrganisationStore(m_session.db()).findByName(QStringLiteral("やまなか温泉薬局"));
        QCOMPARE(added.size(), 1);
        const auto people = *PersonStore(m_session.db()).findByName(QStringLiteral("新井 一郎"));
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().organisationId, added.first().id);
    }

    // Empty 開始/終了 show a hint, not what looks like a time already entered; a date that
    // cannot be read is explained without moving the fields below it.
    void timeHintsAndAnInvalidDate()
    {
        MainWindow window(m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EventsPage* page = showTrainings(window);
        page->editor()->setCurrentIndex(0);
        EventDetailsTab* details = page->editor()->details();
        static const QRegularExpression looksLikeATime(QStringLiteral("^\\s*\\d{1,2}:\\d{2}\\s*$"));
        QVERIFY(!looksLikeATime.match(details->startEdit()->placeholderText()).hasMatch());
        QVERIFY(!details->startEdit()->placeholderText().isEmpty());

        QLineEdit* venue = details->venueEdit();
        const QPoint before = venue->mapTo(details, QPoint());
        QLineEdit* date = details->dateEdit();
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("R6.13.40"));
        QTest::keyClick(date, Qt::Key_Return);
        QVERIFY(!details->dateMessage()->text().isEmpty());
        QApplication::processEvents();
        QCOMPARE(venue->mapTo(details, QPoint()), before);
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("R6.12.12"));
        QTest::keyClick(date, Qt::Key_Return);
        QVERIFY(details->dateMessage()->text().isEmpty());
    }

    // 共催 never offers the organiser itself, and lists the ticked co-organisers first.
    void coOrganisers()
    {
        Event e = *EventStore(m_session.db()).get(m_eventId).value();
        const QList<Body> bodies = BodyStore(m_session.db()).all().value();
        QVERIFY(bodies.size() >= 4);
        const qint64 last = bodies.last().id != e.bodyId ? bodies.last().id : bodies.at(bodies.size() - 2).id;
        e.coOrganiserIds = {last};
        QVERIFY(EventStore(m_session.db()).update(e));
        m_session.notifyChanged();
        MainWindow window(m_session);
        window.show();
        EventsPage* page = showTrainings(window);
        QListWidget* list = page->editor()->details()->coOrganiserList();
        QVERIFY(e.bodyId);
        int shown = 0;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            if (item->data(Qt::UserRole).toLongLong() == e.bodyId)
                QVERIFY(item->isHidden());
            else
                ++shown;
        }
        QCOMPARE(shown, bodies.size() - 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), last);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    }

    // The duplicate warning's default (Enter) keeps the registered person: no second record.
    void duplicatePersonDefaultsToTheRegisteredOne()
    {
        PeoplePage page(m_session);
        page.resize(1200, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        const int before = PersonStore(m_session.db()).all()->size();
        QTest::keyClick(page.listView(), Qt::Key_N, Qt::ControlModifier);
        PersonEditor* editor = page.editor();
        typeText(editor->nameEdit(), QStringLiteral("白崎直樹"));
        QTest::keyClick(editor->nameEdit(), Qt::Key_Tab);
        QString defaultText;
        QTimer timer;
        timer.setInterval(20);
        connect(&timer, &QTimer::timeout, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer.stop();
            defaultText = box->defaultButton() ? box->defaultButton()->text() : QString();
            QTest::keyClick(box, Qt::Key_Return);
        });
        timer.start();
        QLineEdit* orgEdit = editor->organisationCombo()->lineEdit();
        orgEdit->setFocus();
        orgEdit->selectAll();
        typeText(orgEdit, QStringLiteral("加賀市医療センター"));
        pressKey(editor->organisationCombo()->lineEdit(), Qt::Key_Tab);
        QVERIFY2(defaultText.contains(QStringLiteral("registered")), qPrintable(defaultText));
        QCOMPARE(PersonStore(m_session.db()).all()->size(), before);
    }

    // Help texts speak of what the clerk sees, not of formulas made harmless.
    void countsHelpIsPlain()
    {
        CountsExportPanel panel(m_session);
        panel.reload();
        for (QLabel* label : panel.findChildren<QLabel*>())
            for (const char* word : {"formula", "harmless"})
                QVERIFY2(!label->text().contains(QString::fromLatin1(word)), qPrintable(label->text()));
    }
};

RENKEI_GUI_TEST_MAIN_1366x768(TestFormDetails)
#include "TestFormDetails.moc"
