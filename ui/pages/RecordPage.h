#pragma once

#include "pages/Page.h"

class ColumnWidths;
class FoldingFilterProxy;
class QAbstractItemModel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

// A page that is a searchable, sortable list beside an editor of the selected record, with
// New, Duplicate and Delete. Subclasses supply the model, the editor and the record actions.
class RecordPage : public Page
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 102;

    RecordPage(Session& session, const QString& settingsKey, QWidget* parent = nullptr);
    ~RecordPage() override;

    QLineEdit* searchEdit() const { return m_search; }
    QTableView* listView() const { return m_view; }
    ColumnWidths* columnWidths() const { return m_widths; }
    qint64 currentId() const;
    // Selects the row of record `id` (after New, after a reload).
    void selectId(qint64 id);
    // Shows record `id` even when the list's filter hides it (a page may switch the fiscal
    // year to it), and selects it.
    virtual void reveal(qint64 id) { selectId(id); }
    bool shows(const EditTarget& target) const override { return target.kind == recordKind(); }
    void showTarget(const EditTarget& target) override { reveal(target.recordId()); }

protected:
    // The kind of record the page lists (for undo and redo to find the page).
    virtual EditTarget::Kind recordKind() const = 0;
    // Call once from the subclass constructor.
    void setUp(QAbstractItemModel* model, QWidget* editor);
    // How the width is shared between the list and the editor (3 : 2 unless set), after setUp.
    void setStretch(int list, int editor);
    virtual void showRecord(qint64 id) = 0; // 0: nothing selected
    virtual void newRecord() = 0;
    virtual void duplicateRecord(qint64 id) = 0;
    virtual void deleteRecord(qint64 id) = 0;
    // Reloads the model keeping the selection; showRecord() is called once afterwards.
    void reloadModel(const std::function<void()>& load);
    void hideEvent(QHideEvent* event) override;

private:
    void selectionChanged();
    // Filters the list; the current record stays current if it still matches, else the first
    // match becomes current.
    void search(const QString& text);

    QString m_settingsKey;
    QLineEdit* m_search;
    QTableView* m_view;
    FoldingFilterProxy* m_proxy;
    ColumnWidths* m_widths = nullptr;
    QSplitter* m_splitter;
    QPushButton* m_new;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    bool m_restored = false;
    bool m_reloading = false;
};
