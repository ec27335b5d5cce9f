#include "common/Dialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QList>
#include <QPushButton>
#include <QStandardPaths>

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
QString& lastFolderText()
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
    // A long message (e.g. many rows of an import) would make the box taller than the screen:
    // its first lines are shown, all of it is in the details, which scroll.
    constexpr int MostLines = 12;
    const QStringList lines = status.message().split(u'\n');
    QString text = status.message();
    QString detail = status.detail();
    if (lines.size() > MostLines) {
        text = lines.mid(0, MostLines).join(u'\n') + u'\n' +
               QCoreApplication::translate("Dialogs", "… and %n more line(s): see Show Details.", nullptr,
                                           int(lines.size()) - MostLines);
        detail = detail.isEmpty() ? status.message() : status.message() + QStringLiteral("\n\n") + detail;
    }
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Renkei"), text, QMessageBox::Ok, parent);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    box.exec();
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                     const QMap<QMessageBox::StandardButton, QString>& labels)
{
    // One way to show a question: the standard buttons asked for, in Qt's order, each with
    // its label if one is given (else Qt's own, translated, text).
    QList<Button> list;
    for (uint bit = QMessageBox::FirstButton; bit <= QMessageBox::LastButton; bit <<= 1) {
        const auto button = QMessageBox::StandardButton(bit);
        if (buttons.testFlag(button))
            list << Button{button, labels.value(button)};
    }
    return ask(parent, QMessageBox::Question, title, text, list, defaultButton);
}

QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                const QString& text, const QList<Button>& buttons,
                                QMessageBox::StandardButton defaultButton)
{
    QStringList labels;
    for (const Button& b : buttons)
        if (!b.label.isEmpty())
            labels << b.label;
    record(text, labels);
    if (!answers().isEmpty())
        return answers().takeFirst();
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    for (const Button& b : buttons) {
        QPushButton* added = box.addButton(b.button);
        if (!b.label.isEmpty())
            added->setText(b.label);
    }
    box.setDefaultButton(defaultButton);
    box.exec();
    return box.standardButton(box.clickedButton());
}

QString startFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    lastFilterText() = filter;
    lastFolderText() = dir;
    if (!fileNames().isEmpty())
        return fileNames().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    lastFilterText() = filter;
    lastFolderText() = dir;
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

QString lastFolder()
{
    return lastFolderText();
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
