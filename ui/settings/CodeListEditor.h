#pragma once

#include "model/CodeItem.h"
#include "service/Change.h"

#include <QWidget>

class CodeListModel;
class QComboBox;
class QPushButton;
class QTableView;
class Session;

// The code lists (professions, categories, statuses …): pick a list, then edit its entries in
// place, add, reorder and delete them. Every change is one undoable step of the session.
class CodeListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CodeListEditor(Session& session, QWidget* parent = nullptr);
    // The lists in the order they are offered, and their names as a user reads them.
    static QStringList lists();
    static QString listTitle(const QString& list);

    void reload();
    // A committed change of code entries: only the rows it concerns change (CodeListModel::apply).
    void apply(const Change& change);
    void setList(const QString& list);
    QString currentList() const;
    QComboBox* listCombo() const { return m_listCombo; }
    QTableView* view() const { return m_view; }
    CodeListModel* model() const { return m_model; }
    qint64 currentId() const;
    void selectId(qint64 id);

    void addEntry();
    void moveCurrent(int step);
    void deleteCurrent();

private:
    // Saves several entries as one step (a reorder rewrites the order of both neighbours).
    bool save(const QString& text, const QList<CodeItem>& before, const QList<CodeItem>& after);
    void updateButtons();

    Session& m_session;
    CodeListModel* m_model;
    QComboBox* m_listCombo;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_delete;
};
