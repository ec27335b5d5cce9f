#pragma once

#include <QMainWindow>

class Database;
class EventListModel;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// Renkei's main window: the events of the chosen fiscal year (the current one by default).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    QComboBox* fiscalYearCombo() const { return m_fiscalYearCombo; }
    QTableView* eventView() const { return m_eventView; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void fillFiscalYears();
    void showFiscalYear();

    Database& m_db;
    QComboBox* m_fiscalYearCombo;
    QTableView* m_eventView;
    EventListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_summary;
};
