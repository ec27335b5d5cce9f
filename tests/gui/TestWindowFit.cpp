#include "bodies/EndTermDialog.h"
#include "bodies/MembershipDialog.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "date/FiscalYear.h"
#include "events/SignInSheetButton.h"
#include "reports/ActivityReportPanel.h"
#include "reports/ReportsPage.h"
#include "store/BodyStore.h"
#include "store/EventStore.h"
#include "util/TestEnvironment.h"
#include "window/MainWindow.h"
#include "window/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// Every window and dialog fits a 1366×768 screen (the print preview was 900×1000).
class TestWindowFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Session m_session;

    static QRect available() { return QApplication::primaryScreen()->availableGeometry(); }

    static void verifyFits(QWidget* window)
    {
        const QRect frame = window->frameGeometry();
        QVERIFY2(available().contains(frame),
                 qPrintable(QStringLiteral("%1 \"%2\": %3,%4 %5×%6 is not inside the screen's %7×%8")
                                .arg(QString::fromLatin1(window->metaObject()->className()), window->windowTitle())
                                .arg(frame.x())
                                .arg(frame.y())
                                .arg(frame.width())
                                .arg(frame.height())
                                .arg(available().width())
                                .arg(available().height())));
    }

    // Runs `open` (which shows a modal dialog) and checks the dialog once it is up; true if one was.
    static bool verifyModal(const std::function<void()>& open)
    {
        bool seen = false;
        QTimer timer; // dies with this call, so it never fires into a later test
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            seen = true;
            verifyFits(modal);
            modal->close();
        });
        timer.start();
        open();
        return seen;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(available().size(), QSize(1366, 768));
        m_path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(m_path));
        QVERIFY(m_session.open(m_path));
        m_session.setFiscalYear(FiscalYear(2024));
    }

    void mainWindowAndEveryPage()
    {
        MainWindow window(m_session);
        window.resize(1600, 1000); // e.g. saved on a larger screen
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        verifyFits(&window);
        for (int page = 0; page < window.pageCount(); ++page) {
            window.showPage(page);
            const QSize least = window.minimumSizeHint();
            QVERIFY2(least.width() <= available().width() && least.height() <= available().height(),
                     qPrintable(QStringLiteral("page %1 needs %2×%3").arg(page).arg(least.width()).arg(least.height())));
        }
    }

    void welcome()
    {
        Session session;
        WelcomeDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        verifyFits(&dialog);
        dialog.createChoice()->click();
        verifyFits(&dialog);
    }

    void reportPreviewAndPrintDialogs()
    {
        MainWindow window(m_session);
        window.show();
        ReportsPage* reports = nullptr;
        for (int i = 0; i < window.pageCount() && !reports; ++i)
            reports = qobject_cast<ReportsPage*>(window.page(i));
        QVERIFY(reports);
        ActivityReportPanel* panel = reports->activityReport();
        for (QPushButton* b : panel->findChildren<QPushButton*>())
            QVERIFY2(verifyModal([b] { b->click(); }) || b->text().contains(QStringLiteral("Save")),
                     qPrintable(b->text()));
    }

    void signInSheetPreview()
    {
        const auto events = EventStore(m_session.db()).between(FiscalYear(2024).firstDay(), FiscalYear(2024).lastDay()).value();
        QVERIFY(!events.isEmpty());
        SignInSheetButton button(m_session);
        button.setEvent(events.first().id);
        QVERIFY(verifyModal([&button] { button.printWithPreview(); }));
    }

    void recordDialogs()
    {
        Membership m;
        m.bodyId = BodyStore(m_session.db()).find(QStringLiteral("協議会")).value();
        MembershipDialog membership(m_session.services(), m);
        QVERIFY(verifyModal([&membership] { membership.exec(); }));
        EndTermDialog endTerm(QStringLiteral("白﨑直樹"), QDate(2024, 4, 1), QDate(2025, 3, 31));
        QVERIFY(verifyModal([&endTerm] { endTerm.exec(); }));
    }

    void messageWithALongDetail()
    {
        MainWindow window(m_session);
        QStringList lines;
        for (int i = 0; i < 200; ++i)
            lines << QStringLiteral("行 %1: 所属「加賀市医療センター 地域連携センター」が見つかりません。").arg(i);
        QVERIFY(verifyModal([&] {
            Dialogs::showError(&window, Status::failure(lines.mid(0, 60).join(u'\n'), lines.join(u'\n')));
        }));
    }
};

RENKEI_GUI_TEST_MAIN_1366x768(TestWindowFit)
#include "TestWindowFit.moc"
