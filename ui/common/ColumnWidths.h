#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

class QTableView;

// Keeps every column of a table readable, the one mechanism for all of the window's tables.
// A column is never narrower than its header. Until the user sizes columns with the mouse,
// each column also fits its content (up to a cap, so that one long name does not push the
// others out of view) and is fitted again whenever rows arrive or change: a list that opened
// empty widens as it fills instead of keeping the widths of an empty list. The widths the user
// sets are remembered under `settingsKey` (none: not remembered); widths never set by the user
// are not saved, so that an accident of the first start is not kept forever.
class ColumnWidths : public QObject
{
    Q_OBJECT

public:
    // The view must have its model. With stretchLastSection the last section takes the rest.
    explicit ColumnWidths(QTableView* view, const QString& settingsKey = QString());

    // A column's widest fitted width (pixels); the default cap is about 24 kanji.
    void setMaximumWidth(int column, int width);
    int maximumWidth(int column) const;
    // The width of every column while the table is empty (about 5 kanji, at least the header),
    // so that an empty roster shows columns to fill rather than slivers beside a wide last one.
    int emptyWidth() const;
    // The user's remembered widths, if any, then fit. Call once the model has its columns.
    void restore();
    // Stores the user's widths (none when the user never set one); called on hide as well.
    void save();
    // Fits now (it also happens by itself, right after the model changes).
    void fit();
    bool userSized() const { return m_userSized; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void sectionResized(int column, int oldSize, int newSize);

    QTableView* m_view;
    QString m_settingsKey;
    QHash<int, int> m_maximum;
    QTimer m_later;
    bool m_fitting = false;
    bool m_headerPressed = false; // a mouse button is down on the header
    bool m_userSized = false;
};
