#pragma once

#include <QTableView>

// The roster table, driven by the keyboard as a sign-in sheet is read: arrows move, space
// toggles 出席/欠席, 1–4 pick a status, and typing a name (or an input method's text) goes
// to the walk-in search.
class RosterView : public QTableView
{
    Q_OBJECT

public:
    explicit RosterView(QWidget* parent = nullptr);

signals:
    void toggleRequested(const QModelIndex& index);
    void statusKeyPressed(const QModelIndex& index, int number); // 1–4
    void typingStarted(const QString& text);
    void inputMethodStarted(QInputMethodEvent* event);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
};
