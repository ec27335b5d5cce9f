#include "common/Session.h"
#include "date/FiscalYear.h"
#include "events/EventEditor.h"
#include "events/EventsPage.h"
#include "pages/Page.h"
#include "pages/RecordPage.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// A.8 of issue 8: after File > Close no page shows anything of the closed file — lists, editors,
// the home figures, the reports page — whether the page was shown at the time or not.
class TestCloseClearsPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Every text a user can see on `page`: labels, fields, the current entry of pick lists, and
    // every cell of every list and table.
    static QStringList visibleTexts(QWidget* page)
    {
        QStringList texts;
        for (QLabel* l : page->findChildren<QLabel*>())
            if (l->isVisibleTo(page))
                texts << l->text();
        for (QLineEdit* e : page->findChildren<QLineEdit*>())
            if (e->isVisibleTo(page))
                texts << e->text();
        for (QGroupBox* g : page->findChildren<QGroupBox*>())
            if (g->isVisibleTo(page))
                texts << g->title();
        for (QPlainTextEdit* e : page->findChildren<QPlainTextEdit*>())
            if (e->isVisibleTo(page))
                texts << e->toPlainText();
        for (QComboBox* c : page->findChildren<QComboBox*>())
            if (c->isVisibleTo(page))
                texts << c->currentText();
        for (QAbstractItemView* v : page->findChildren<QAbstractItemView*>()) {
            const QAbstractItemModel* m = v->model();
            if (!m || !v->isVisibleTo(page) || v->inherits("QComboBoxListView"))
                continue;
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    texts << m->index(r, c).data().toString();
        }
        return texts;
    }

private slots:
    void everyPageIsEmptyAfterClose()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaga.sqlite"));
        QVERIFY(TestEnvironment::createKagaDatabase(path));
        Session session;
        QVERIFY(session.open(path));
        session.setFiscalYear(FiscalYear(2024));
        MainWindow window(session);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Every page shows the file's records; a training's attendance and a person are open.
        const QStringList markers{QStringLiteral("加賀"), QStringLiteral("白﨑"),
                                  QStringLiteral("かかりつけ医"), QStringLiteral("協議会"),
                                  QStringLiteral("令和6年12月12日")};
        const auto showsMarkers = [&markers](const QStringList& texts) {
            for (const QString& t : texts)
                for (const QString& m : markers)
                    if (t.contains(m))
                        return true;
            return false;
        };
        for (int i = 0; i < window.pageCount(); ++i)
            window.showPage(i);
        auto* trainings = qobject_cast<EventsPage*>(window.page(2));
        QVERIFY(trainings);
        window.showPage(2);
        QVERIFY(trainings->currentId());
        trainings->editor()->setCurrentIndex(2);
        QVERIFY(showsMarkers(visibleTexts(trainings)));
        window.showPage(3);
        qobject_cast<RecordPage*>(window.page(3))
            ->selectId(PersonStore(session.db()).findByName(QStringLiteral("白﨑直樹"))->first().id);
        QVERIFY(showsMarkers(visibleTexts(window.page(3))));
        // A search typed on the page is the closed file's too: a name left there would also
        // filter the next file's list down to nothing.
        auto* people = qobject_cast<RecordPage*>(window.page(3));
        people->searchEdit()->setText(QStringLiteral("白﨑"));
        QCOMPARE(people->listView()->model()->rowCount(), 1);

        QAction* close = nullptr;
        for (QAction* a : window.menuBar()->actions().first()->menu()->actions())
            if (a->shortcut() == QKeySequence(QKeySequence::Close))
                close = a;
        QVERIFY(close);
        close->trigger();
        QVERIFY(!session.isOpen());

        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            QWidget* page = window.page(i);
            const QStringList texts = visibleTexts(page);
            for (const QString& t : texts)
                for (const QString& m : markers)
                    QVERIFY2(
                        !t.contains(m),
                        qPrintable(QStringLiteral("%1 still shows \"%2\"").arg(window.page(i)->title(), t)));
            if (auto* records = qobject_cast<RecordPage*>(page)) {
                QCOMPARE(records->listView()->model()->rowCount(), 0);
                QCOMPARE(records->currentId(), 0);
            }
        }
        QCOMPARE(window.windowTitle(), QStringLiteral("Renkei"));

        // Opened again, the pages fill again.
        QVERIFY(window.openFile(path));
        window.showPage(2);
        QCOMPARE(trainings->listView()->model()->rowCount(), 3);
        window.showPage(3);
        QVERIFY(people->searchEdit()->text().isEmpty());
        QVERIFY(people->listView()->model()->rowCount() > 1);
    }
};

RENKEI_GUI_TEST_MAIN(TestCloseClearsPages)
#include "TestCloseClearsPages.moc"
