#include "common/Dialogs.h"

#include <QFileDialog>
#include <QList>
#include <QPushButton>

namespace {
QList<QMessageBox::StandardButton>& answers()
{
    static QList<QMessageBox::StandardButton> list;
    return list;
}
QStringList& fileNames()
{
    static QStringList list;
    return list;
}
QString& last()
{
    static QString text;
    return text;
}
QStringList& lastLabels()
{
    static QStringList labels;
    return labels;
}
int& shown()
{
    static int count = 0;
    return count;
}
// Every message and question goes through here: it is counted, and its text kept for tests.
void record(const QString& text, const QStringList& labels)
{
    last() = text;
    lastLabels() = labels;
    ++shown();
}
} // namespace

namespace Dialogs {

void showError(QWidget* parent, const Status& status)
{
    record(status.message(), {});
    if (!answers().isEmpty()) {
        answers().removeFirst();
        return;
    }
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Renkei"), status.message(), QMessageBox::Ok, parent);
    if (!status.detail().isEmpty())
        box.setDetailedText(status.detail());
    box.exec();
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    record(text, {});
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                const QString& text, const QList<Button>& buttons,
                                QMessageBox::StandardButton defaultButton)
{
    QStringList labels;
    for (const Button& b : buttons)
        labels << b.label;
    record(text, labels);
    if (!answers().isEmpty())
        return answers().takeFirst();
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    for (const Button& b : buttons)
        box.addButton(b.button)->setText(b.label);
    box.setDefaultButton(defaultButton);
    box.exec();
    return box.standardButton(box.clickedButton());
}

QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (!fileNames().isEmpty())
        return fileNames().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (!fileNames().isEmpty())
        return fileNames().takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void setNextAnswer(QMessageBox::StandardButton button)
{
    answers() << button;
}

void setNextFileName(const QString& path)
{
    fileNames() << path;
}

QString lastMessage()
{
    return last();
}

QStringList lastButtons()
{
    return lastLabels();
}

int shownCount()
{
    return shown();
}

} // namespace Dialogs
