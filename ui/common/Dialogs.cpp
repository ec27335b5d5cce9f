#include "common/Dialogs.h"

#include <QFileDialog>
#include <QList>

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
QString& lastFilterText()
{
    static QString text;
    return text;
}
} // namespace

namespace Dialogs {

void showError(QWidget* parent, const Status& status)
{
    last() = status.message();
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
    last() = text;
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    lastFilterText() = filter;
    if (!fileNames().isEmpty())
        return fileNames().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    lastFilterText() = filter;
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

QString lastFilter()
{
    return lastFilterText();
}

} // namespace Dialogs
