#include "common/Dialogs.h"
#include "common/Session.h"
#include "events/SignInSheetButton.h"
#include "store/EventStore.h"
#include "util/TestEnvironment.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

// 出席簿を印刷…: saving the sheet says where it went (in the status bar, as reports do) and uses
// the folder reports go to; the button is wide enough for its text and its menu arrow.
class TestSignInSheetButton : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    QMainWindow m_window;
    SignInSheetButton* m_button = nullptr;

    QAction* action(const QString& text)
    {
        for (QAction* a : m_button->menu()->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        QVERIFY(m_session.open(path));
        const QList<Event> events = EventStore(m_session.db()).findByDate(QDate(2024, 12, 12)).value();
        QCOMPARE(events.size(), 1);
        m_button = new SignInSheetButton(m_session, &m_window);
        m_window.setCentralWidget(m_button);
        m_button->setEvent(events.first().id);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }

    void savingConfirmsAndUsesTheReportsFolder()
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("papers"));
        const QString folder = m_dir.filePath(QStringLiteral("papers"));
        QAction* save = action(QStringLiteral("&Save as PDF…"));
        QVERIFY(save);
        Dialogs::setNextFileName(QDir(folder).filePath(QStringLiteral("sheet"))); // ".pdf" is added
        save->trigger();
        QFile pdf(QDir(folder).filePath(QStringLiteral("sheet.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // Said where, as a saved report is.
        const QString message = m_window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("sheet.pdf")) && message.contains(QDir::toNativeSeparators(folder)),
                 qPrintable(message));
        // The next report (or sheet) is offered in the same folder.
        QCOMPARE(QSettings().value(QStringLiteral("reports/lastFolder")).toString(), folder);
    }

    void cancelSavesNothingAndSaysNothing()
    {
        m_window.statusBar()->clearMessage();
        Dialogs::setNextFileName(QString());
        QVERIFY(!m_button->saveAsPdf());
        QVERIFY(m_window.statusBar()->currentMessage().isEmpty());
    }

    // The menu arrow never covers the text, in English or Japanese: drawn at the size the
    // button asks for, every pixel of the arrow is right of every pixel of the text.
    void arrowHasRoom_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("en") << QStringLiteral("Print sign-in sheet…");
        QTest::addRow("ja") << QStringLiteral("出席簿を印刷…");
    }

    void arrowHasRoom()
    {
        QFETCH(QString, text);
        QMenu* menu = m_button->menu();
        m_button->setText(text);
        m_button->setFixedSize(m_button->sizeHint());
        const QImage full = m_button->grab().toImage();
        // To look at it: RENKEI_SCREENSHOT_DIR=folder saves the button as drawn.
        if (const QString dir = qEnvironmentVariable("RENKEI_SCREENSHOT_DIR"); !dir.isEmpty())
            full.save(QDir(dir).filePath(QStringLiteral("sign-in-sheet-button-%1.png").arg(QTest::currentDataTag())));
        m_button->setText(QString());
        const QImage arrowOnly = m_button->grab().toImage();
        m_button->setMenu(nullptr);
        const QImage bare = m_button->grab().toImage();
        m_button->setMenu(menu);
        m_button->setText(text);
        m_button->setMinimumSize(0, 0);
        m_button->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);

        // Where two pictures differ.
        const auto changed = [](const QImage& a, const QImage& b) {
            QRect box;
            for (int y = 0; y < a.height(); ++y)
                for (int x = 0; x < a.width(); ++x) {
                    const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
                    if (std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) + std::abs(p.blue() - q.blue()) > 60)
                        box |= QRect(x, y, 1, 1);
                }
            return box;
        };
        const QRect textBox = changed(full, arrowOnly);
        const QRect arrowBox = changed(arrowOnly, bare);
        QVERIFY(!textBox.isEmpty());
        QVERIFY(!arrowBox.isEmpty());
        // The arrow is right of the text, with a gap, not under its last character.
        QVERIFY2(arrowBox.left() > textBox.right() + 2, qPrintable(QStringLiteral("text %1,%2 %3x%4 meets arrow %5,%6 %7x%8")
                                                               .arg(textBox.x()).arg(textBox.y()).arg(textBox.width())
                                                               .arg(textBox.height()).arg(arrowBox.x()).arg(arrowBox.y())
                                                               .arg(arrowBox.width()).arg(arrowBox.height())));
    }
};

RENKEI_GUI_TEST_MAIN(TestSignInSheetButton)
#include "TestSignInSheetButton.moc"
