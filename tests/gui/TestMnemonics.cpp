#include "Locale.h"
#include "bodies/EndTermDialog.h"
#include "bodies/MembershipDialog.h"
#include "common/Session.h"
#include "config-renkei-tests.h"
#include "events/AttendanceTab.h"
#include "events/EventEditor.h"
#include "events/EventsPage.h"
#include "events/NewPersonForm.h"
#include "events/PersonSearch.h"
#include "organisations/OrganisationEditor.h"
#include "organisations/OrganisationsPage.h"
#include "pages/RecordPage.h"
#include "store/OrganisationStore.h"
#include "util/KeyBindings.h"
#include "util/TestEnvironment.h"
#include "window/FiscalYearCombo.h"
#include "window/MainWindow.h"
#include "window/WelcomeDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>
#include <functional>

// Every Alt+letter and every shortcut of every window is unique where it is live, in English and
// in Japanese (the translation loaded as the app loads it). A clash makes Qt move the focus
// instead of acting: on 団体・機関 Alt+N went to the name field, and three "New" became one record.
class TestMnemonics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_problems;         // of the window or dialog being checked
    QSet<QString> m_dialogsThisRun; // in the current language
    QSet<QString> m_openedByWalk;   // of those, opened by pressing buttons and menu items
    int m_newPersonForms = 0;       // inline new-person forms the walk brought up

    // The app's dialog classes: every `class X : public QDialog` (or QWizard) under ui/.
    static QMap<QString, QString> appDialogClasses()
    {
        QMap<QString, QString> classes;
        const QString ui = QStringLiteral(RENKEI_TEST_DATA_DIR "/../../ui");
        static const QRegularExpression declaration(
            QStringLiteral(R"(class\s+(\w+)\s*(?:final\s*)?:\s*public\s+(?:QDialog|QWizard)\b)"));
        QDirIterator it(ui, {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            for (const auto& m : declaration.globalMatch(text))
                classes.insert(m.captured(1), QDir(ui).relativeFilePath(file));
        }
        return classes;
    }

    // Dialogs built directly, for those a walk of the pages does not open. A new dialog class in
    // ui/ that is neither reached nor listed here fails everyWindowHasUniqueKeys(), naming it.
    static QList<std::function<QDialog*(Session&)>> dialogFactories()
    {
        return {
            [](Session& s) {
                Membership m;
                m.bodyId = 1;
                return new MembershipDialog(s.services(), m);
            },
            [](Session&) {
                return new EndTermDialog(QStringLiteral("白崎 太郎"), QDate(2024, 4, 1), QDate(2025, 1, 1));
            },
            // Both its pages (the three choices, our council's settings) are checked: the
            // stacked pages' keys are checked one page at a time with the keys they share.
            [](Session& s) { return new WelcomeDialog(s); },
        };
    }

    static void useLanguage(const QString& language)
    {
        for (QTranslator* t : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        if (language == QLatin1String("ja"))
            QVERIFY(Locale::installTranslations(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
        else
            Locale::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void checkWindow(QWidget* window, const QString& where)
    {
        const QStringList found = KeyBindings::clashes(window) + KeyBindings::menuClashes(window) +
                                  KeyBindings::labelsWithoutBuddy(window);
        for (const QString& p : found)
            m_problems << where + QStringLiteral(": ") + p;
    }

    bool isAppDialog(const QWidget* w) const
    {
        static const QMap<QString, QString> classes = appDialogClasses();
        return classes.contains(QString::fromLatin1(w->metaObject()->className()));
    }

    void checkDialog(QDialog* dialog, const QString& how)
    {
        const QString cls = QString::fromLatin1(dialog->metaObject()->className());
        dialog->show();
        checkWindow(dialog, QStringLiteral("dialog %1 (%2)").arg(cls, how));
        m_dialogsThisRun.insert(cls);
        if (how == QLatin1String(OpenedByWalk))
            m_openedByWalk.insert(cls);
    }

    // While buttons and menu items that open dialogs are pressed: checks every dialog of the app
    // that comes up, then closes it; closes Qt's own (file, print, message) and popup menus.
    QTimer* startDialogCloser()
    {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            if (QWidget* popup = QApplication::activePopupWidget()) {
                if (auto* menu = qobject_cast<QMenu*>(popup))
                    checkWindow(menu, QStringLiteral("popup menu"));
                popup->close();
                return;
            }
            QWidget* modal = QApplication::activeModalWidget();
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<QDialog*>(w);
                if (!dialog || !dialog->isVisible())
                    continue;
                if (isAppDialog(dialog))
                    checkDialog(dialog, QString::fromLatin1(OpenedByWalk));
                dialog->reject();
            }
            if (modal && modal->isVisible() && !qobject_cast<QMainWindow*>(modal))
                modal->close();
        });
        timer->start(30);
        return timer;
    }

    // At the size of the smallest screen Renkei must fit, active so that shortcuts reach it.
    static bool showOnSmallScreen(QWidget& window)
    {
        window.resize(1366, 768);
        window.show();
        return QTest::qWaitForWindowActive(&window);
    }

    static constexpr const char* OpenedByWalk = "opened from the window";

    static bool opensDialog(const QString& text)
    {
        return text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026));
    }

    // Presses every enabled button (and every item of its menu) on the current page whose text
    // ends in an ellipsis: by convention it opens a dialog.
    void openDialogsFrom(QWidget* page)
    {
        for (QPushButton* button : page->findChildren<QPushButton*>()) {
            if (!button->isVisible() || !button->isEnabled())
                continue;
            if (QMenu* menu = button->menu()) {
                for (QAction* a : menu->actions())
                    if (a->isEnabled() && opensDialog(a->text()))
                        a->trigger();
            } else if (opensDialog(button->text())) {
                button->click();
            }
            QTest::qWait(100);
        }
    }

    // Shows every page and every tab, selects a row where a list has none (so that the buttons
    // that need one are enabled), opens the inline new-person form and the dialogs.
    void walk(MainWindow& window)
    {
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            QApplication::processEvents();
            QWidget* page = window.page(i);
            for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
                if (view->isVisible() && view->model() && view->model()->rowCount() > 0 &&
                    !view->currentIndex().isValid())
                    view->setCurrentIndex(view->model()->index(0, 0));
            }
            for (QTabWidget* tabs : page->findChildren<QTabWidget*>()) {
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    QApplication::processEvents();
                }
                tabs->setCurrentIndex(0);
            }
            if (auto* events = qobject_cast<EventsPage*>(page);
                events && events->view()->model()->rowCount() > 0) {
                events->editor()->setCurrentWidget(events->editor()->attendance());
                AttendanceTab* attendance = events->editor()->attendance();
                QLineEdit* search = attendance->walkInSearch()->lineEdit();
                search->setFocus();
                search->setText(QStringLiteral("存在しない人物"));
                QTest::keyClick(search, Qt::Key_Return);
                QTRY_VERIFY(attendance->newPersonForm()->isVisible());
                ++m_newPersonForms;
            }
            openDialogsFrom(page);
        }
        for (QAction* menuTitle : window.menuBar()->actions())
            if (QMenu* menu = menuTitle->menu())
                for (QAction* a : menu->actions())
                    if (a->isEnabled() && opensDialog(a->text()))
                        a->trigger();
        QTest::qWait(100);
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(m_path));
        QVERIFY(!appDialogClasses().isEmpty());
    }

    void cleanup() { useLanguage(QStringLiteral("en")); }

    void everyWindowHasUniqueKeys_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Japanese") << QStringLiteral("ja");
    }

    void everyWindowHasUniqueKeys()
    {
        QFETCH(QString, language);
        useLanguage(language);
        m_problems.clear();
        m_dialogsThisRun.clear();
        m_openedByWalk.clear();
        m_newPersonForms = 0;
        Session session;
        QVERIFY(session.open(m_path));
        {
            MainWindow window(session);
            QVERIFY(showOnSmallScreen(window));
            // 令和6年度, the year of the sample's events, so that an event is open on the event pages.
            QComboBox* years = window.fiscalYearCombo();
            int r6 = -1;
            for (int i = 0; i < years->count() && r6 < 0; ++i)
                if (years->itemData(i).toInt() == 2024 ||
                    years->itemText(i).contains(QStringLiteral("令和6")))
                    r6 = i;
            QVERIFY2(r6 >= 0,
                     "The fiscal year list has no 令和6年度 (2024), the year of the Kaga sample's events");
            years->setCurrentIndex(r6);
            QTimer* closer = startDialogCloser();
            walk(window);
            delete closer;
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(m_newPersonForms > 0,
                     "The walk opened no event's attendance tab with its new-person form");
            // The walk does reach dialogs (Bodies › members › Add Member… and the others).
            QVERIFY2(m_openedByWalk.contains(QStringLiteral("MembershipDialog")),
                     qPrintable(QStringList(m_openedByWalk.values()).join(QLatin1Char(' '))));
            checkWindow(&window, QStringLiteral("main window"));
        }
        for (const auto& make : dialogFactories()) {
            std::unique_ptr<QDialog> dialog(make(session));
            checkDialog(dialog.get(), QStringLiteral("built directly"));
        }
        // The walk reaches dialogs only through buttons and menu items; the others need a factory.
        QStringList missing;
        const QMap<QString, QString> classes = appDialogClasses();
        for (auto it = classes.cbegin(); it != classes.cend(); ++it)
            if (!m_dialogsThisRun.contains(it.key()))
                missing << QStringLiteral("%1 (ui/%2)").arg(it.key(), it.value());
        if (!missing.isEmpty())
            m_problems << QStringLiteral(
                              "These dialogs were neither opened by the walk of the window nor built by "
                              "dialogFactories() in tests/gui/TestMnemonics.cpp, so their keys are "
                              "unchecked; add a factory for each: ") +
                              missing.join(QStringLiteral(", "));
        if (!m_problems.isEmpty())
            QFAIL(
                qPrintable(QStringLiteral("%1 key problem(s) in %2:\n").arg(m_problems.size()).arg(language) +
                           m_problems.join(QLatin1Char('\n'))));
    }

    // The checker itself: it finds each kind of clash, and none where Qt would not see one.
    void checkerSeesClashes()
    {
        QMainWindow window;
        QMenu* file = window.menuBar()->addMenu(QStringLiteral("&File"));
        file->addAction(QStringLiteral("&Open"), QKeySequence(Qt::CTRL | Qt::Key_S), [] {});
        file->addAction(QStringLiteral("&Options"));
        auto* central = new QWidget;
        auto* layout = new QVBoxLayout(central);
        auto* pages = new QStackedWidget;
        pages->addWidget(new QPushButton(QStringLiteral("&Apply")));
        pages->addWidget(new QPushButton(QStringLiteral("&Apply"))); // another page: no clash
        layout->addWidget(pages);
        auto* hidden = new QPushButton(QStringLiteral("&Find")); // hidden now, shown at times
        hidden->hide();
        layout->addWidget(hidden);
        auto* list = new QListWidget;
        auto* other = new QListWidget;
        layout->addWidget(list);
        layout->addWidget(other);
        new QShortcut(QKeySequence::Delete, list, nullptr, nullptr, Qt::WidgetShortcut);
        new QShortcut(QKeySequence::Delete, other, nullptr, nullptr,
                      Qt::WidgetShortcut); // other widget: no clash
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), list, nullptr, nullptr, Qt::WidgetShortcut);
        layout->addWidget(new QLabel(QStringLiteral("&Note:")));
        window.setCentralWidget(central);

        const QStringList clashes = KeyBindings::clashes(&window);
        QCOMPARE(clashes.size(), 2);
        QVERIFY(clashes.filter(QStringLiteral("Alt+F")).size() == 1 &&
                clashes.filter(QStringLiteral("“&Find”")).size() == 1);
        QVERIFY(clashes.filter(QStringLiteral("hidden now")).size() == 1);
        QVERIFY(clashes.filter(QStringLiteral("Ctrl+S")).size() == 1 &&
                clashes.filter(QStringLiteral("“&Open”")).size() == 1);
        const QStringList menus = KeyBindings::menuClashes(&window);
        QCOMPARE(menus.size(), 1);
        QVERIFY(menus.first().contains(QStringLiteral("“&Options”")));
        const QStringList labels = KeyBindings::labelsWithoutBuddy(&window);
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels.first().contains(QStringLiteral("“&Note:”")));
    }

    // Every list page's New mnemonic (新規(&N)) adds a record there, in the shown fiscal year.
    void newWorksOnEveryListPage()
    {
        const QString path = m_dir.filePath(QStringLiteral("new-everywhere.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        Session session;
        QVERIFY(session.open(path));
        MainWindow window(session);
        QVERIFY(showOnSmallScreen(window));
        int pages = 0;
        for (int i = 0; i < window.pageCount(); ++i) {
            auto* page = qobject_cast<RecordPage*>(window.page(i));
            if (!page)
                continue;
            ++pages;
            window.showPage(i);
            QApplication::processEvents();
            const int before = page->listView()->model()->rowCount();
            QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
            QVERIFY2(
                QTest::qWaitFor([&] { return page->listView()->model()->rowCount() == before + 1; }, 2000),
                qPrintable(QStringLiteral("Alt+N on page “%1” added no record").arg(page->title())));
            QTest::qWait(150);
        }
        QCOMPARE(pages, 5);
    }

    void newCreatesEveryTime_data() { everyWindowHasUniqueKeys_data(); }

    // Alt+N (New) three times on 団体・機関: three new organisations, each selected with its name
    // field focused and selected, ready to be typed over.
    void newCreatesEveryTime()
    {
        QFETCH(QString, language);
        useLanguage(language);
        const QString path = m_dir.filePath(QStringLiteral("new-%1.sqlite").arg(language));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        Session session;
        QVERIFY(session.open(path));
        MainWindow window(session);
        QVERIFY(showOnSmallScreen(window));
        int index = -1;
        for (int i = 0; i < window.pageCount(); ++i)
            if (qobject_cast<OrganisationsPage*>(window.page(i)))
                index = i;
        QVERIFY(index >= 0);
        window.showPage(index);
        auto* page = qobject_cast<OrganisationsPage*>(window.page(index));
        QLineEdit* name = page->editor()->nameEdit();
        const int before = int(OrganisationStore(session.db()).all()->size());
        const QString newName = OrganisationsPage::tr("New organisation");
        for (int n = 1; n <= 3; ++n) {
            QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
            QTRY_COMPARE(int(OrganisationStore(session.db()).all()->size()), before + n);
            QTRY_VERIFY(name->hasFocus());
            QCOMPARE(name->text(), newName);
            QCOMPARE(name->selectedText(), newName);
            qint64 newest = 0;
            for (const Organisation& o : OrganisationStore(session.db()).all().valueOr({}))
                newest = std::max(newest, o.id);
            QCOMPARE(page->currentId(), newest);
            QTest::qWait(150); // a button pressed by its mnemonic is released after 100 ms
        }
        int named = 0;
        for (const Organisation& o : OrganisationStore(session.db()).all().valueOr({}))
            named += o.name == newName;
        QCOMPARE(named, 3);
    }
};

RENKEI_GUI_TEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
