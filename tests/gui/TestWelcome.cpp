#include "db/Database.h"
#include "AppPaths.h"
#include "common/Session.h"
#include "settings/CouncilSettingsForm.h"
#include "store/SettingsStore.h"
#include "util/TestEnvironment.h"
#include "util/TypeText.h"
#include "util/WelcomeAnswer.h"
#include "window/MainWindow.h"
#include "window/Startup.h"
#include "window/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

#include <functional>

// A first start from an empty home: the welcome, never the Kaga sample as the user's data.
class TestWelcome : public QObject
{
    Q_OBJECT

    static bool startWith(Session& session, const std::function<void(WelcomeDialog*)>& answer)
    {
        return startWithWelcome(session, answer);
    }

    static int rows(Session& session, const QString& table)
    {
        QSqlQuery q(session.db().connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static void removeStartFiles()
    {
        QSettings().remove(QStringLiteral("lastFile"));
        QFile::remove(AppPaths::defaultDatabasePath());
        QFile::remove(AppPaths::sampleDatabasePath());
    }

private slots:
    void init() { removeStartFiles(); }

    void closingTheWelcomeCreatesNothing()
    {
        Session session;
        QVERIFY(startWith(session, [](WelcomeDialog* w) { w->reject(); }));
        QVERIFY(!session.isOpen());
        QVERIFY(!QFile::exists(AppPaths::defaultDatabasePath()));
        QVERIFY(!QFile::exists(AppPaths::sampleDatabasePath()));
    }

    void createOurCouncil()
    {
        Session session;
        QVERIFY(startWith(session, [](WelcomeDialog* w) {
            w->createChoice()->click();
            CouncilSettingsForm* form = w->councilForm();
            QVERIFY(form->isVisible());
            QCOMPARE(QDir::fromNativeSeparators(w->fileEdit()->text()), AppPaths::defaultDatabasePath());
            // The name is required; the message appears without moving the buttons.
            const QPoint createAt = w->createButton()->mapTo(w, QPoint());
            w->createButton()->click();
            QVERIFY(!w->problemLabel()->text().isEmpty());
            QCOMPARE(w->createButton()->mapTo(w, QPoint()), createAt);
            QVERIFY(w->isVisible());
            // The municipality suggests the fields not typed by the user.
            QLineEdit* secretariat = form->field(SettingsStore::Secretariat);
            typeText(secretariat, QStringLiteral("小松市 長寿介護課"));
            typeText(form->field(SettingsStore::Municipality), QStringLiteral("小松市"));
            QCOMPARE(form->field(SettingsStore::CouncilName)->text(), QStringLiteral("小松市在宅医療連携推進協議会"));
            QCOMPARE(secretariat->text(), QStringLiteral("小松市 長寿介護課"));
            QCOMPARE(form->field(SettingsStore::ReportRecipient)->text(), QStringLiteral("小松市地域医療審議会"));
            w->createButton()->click();
        }));
        QVERIFY(session.isOpen());
        QCOMPARE(session.db().path(), QFileInfo(AppPaths::defaultDatabasePath()).absoluteFilePath());
        const SettingsStore settings(session.db());
        QCOMPARE(settings.value(SettingsStore::CouncilName).valueOr(QString()), QStringLiteral("小松市在宅医療連携推進協議会"));
        QCOMPARE(settings.value(SettingsStore::Municipality).valueOr(QString()), QStringLiteral("小松市"));
        QCOMPARE(settings.value(SettingsStore::Secretariat).valueOr(QString()), QStringLiteral("小松市 長寿介護課"));
        QCOMPARE(settings.value(SettingsStore::ReportRecipient).valueOr(QString()), QStringLiteral("小松市地域医療審議会"));
        QVERIFY(settings.value(SettingsStore::Sample).valueOr(QString()).isEmpty());
        for (const char* table : {"organisation", "person", "body", "event", "membership", "attendance"})
            QVERIFY2(rows(session, QString::fromLatin1(table)) == 0, table);
        QVERIFY(!QFile::exists(AppPaths::sampleDatabasePath()));

        MainWindow window(session);
        QVERIFY(!window.windowTitle().contains(QStringLiteral("Sample")));
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("sampleLabel"))->isVisibleTo(&window));

        // The next start opens the council's file without a welcome.
        Session next;
        QVERIFY(!startWith(next, [](WelcomeDialog*) {}));
        QCOMPARE(next.db().path(), session.db().path());
    }

    void theSampleIsAFileOfItsOwnAndLabelled()
    {
        Session session;
        QVERIFY(startWith(session, [](WelcomeDialog* w) { w->sampleChoice()->click(); }));
        QVERIFY(session.isOpen());
        QCOMPARE(session.db().path(), QFileInfo(AppPaths::sampleDatabasePath()).absoluteFilePath());
        QVERIFY(session.db().path() != QFileInfo(AppPaths::defaultDatabasePath()).absoluteFilePath());
        QVERIFY(!QFile::exists(AppPaths::defaultDatabasePath()));
        QCOMPARE(SettingsStore(session.db()).value(SettingsStore::Sample).valueOr(QString()), QStringLiteral("kaga"));
        QVERIFY(rows(session, QStringLiteral("event")) > 0);

        MainWindow window(session);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("Sample")), qPrintable(window.windowTitle()));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("sampleLabel"))->isVisibleTo(&window));
    }

    void aFileGivenOnTheCommandLineNeedsNoWelcome()
    {
        const QString path = TestEnvironment::root() + QStringLiteral("/given.renkei");
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        Session session;
        QVERIFY(!Startup::open(session, {QStringLiteral("renkei"), path}).message().size());
        QCOMPARE(session.db().path(), QFileInfo(path).absoluteFilePath());
    }
};

RENKEI_GUI_TEST_MAIN(TestWelcome)
#include "TestWelcome.moc"
