#pragma once

#include "Status.h"

#include <QMap>
#include <QMessageBox>
#include <QString>

class QWidget;

// Every message box and file dialog of the window goes through here, so that a test can
// set the next answer instead of blocking on a modal dialog.
namespace Dialogs {
void showError(QWidget* parent, const Status& status);
// `labels` names buttons by what they do ("Keep both") instead of Yes and No.
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton,
                                     const QMap<QMessageBox::StandardButton, QString>& labels = {});
// A question with buttons of our own words (無効にする, キャンセル): each is a standard button (for its
// role, Escape and the tests' answers) with `label` as its text (empty: Qt's own). Returns the
// button chosen.
struct Button
{
    QMessageBox::StandardButton button;
    QString label;
};
QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                const QString& text, const QList<Button>& buttons,
                                QMessageBox::StandardButton defaultButton);
// Where a file dialog starts when nothing was chosen before: Documents, or the home folder when
// there is no Documents folder (never the program's working folder).
QString startFolder();
QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);

// For tests: the answers the next calls give (without showing anything), and the last message.
void setNextAnswer(QMessageBox::StandardButton button);
void setNextFileName(const QString& path);
QString lastMessage();
// The filter the last file dialog offered (also when a test answered it).
QString lastFilter();
// The folder or path the last file dialog started from (also when a test answered it).
QString lastFolder();
// The labels of the last question's buttons, and how many messages and questions were asked so far.
QStringList lastButtons();
int shownCount();
} // namespace Dialogs
