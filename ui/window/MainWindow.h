#pragma once

#include <QMainWindow>

class FiscalYearCombo;
class QLabel;
class Page;
class QListWidget;
class QMenu;
class QStackedWidget;
class Session;
struct EditTarget;

// Renkei's main window: a navigation list of pages beside the current page, the fiscal year
// every page follows, the File and Edit menus. It owns no data: the Session does.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    FiscalYearCombo* fiscalYearCombo() const { return m_fiscalYear; }
    QListWidget* navigation() const { return m_navigation; }
    Page* page(int index) const;
    int pageCount() const;
    void showPage(int index);

    // The file dialogs' filter: every extension Renkei gives its databases.
    static QString databaseFileFilter();

    // File actions, also for tests.
    bool openFile(const QString& path);
    bool newFile(const QString& path);
    bool saveCopy(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    // Shows the page and record an undone or redone edit changed.
    void showTarget(const EditTarget& target);
    void buildMenus();
    void updateTitle();
    void rememberFile(const QString& path);
    void fillRecentMenu();

    Session& m_session;
    FiscalYearCombo* m_fiscalYear;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QMenu* m_recent = nullptr;
    QLabel* m_sampleLabel; // shown while the open file is a bundled sample
};
