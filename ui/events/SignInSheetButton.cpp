#include "events/SignInSheetButton.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "date/JapaneseDate.h"
#include "report/SignInSheet.h"
#include "store/EventStore.h"

#include <QDir>
#include <QMenu>
#include <QRegularExpression>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

SignInSheetButton::SignInSheetButton(Session& session, QWidget* parent) : QToolButton(parent), m_session(session)
{
    setText(tr("Print sign-in sheet…"));
    setToolTip(tr("The sheet participants sign at the door, in the order of the roster"));
    setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(this);
    menu->addAction(tr("&Save as PDF…"), this, &SignInSheetButton::saveAsPdf);
    menu->addAction(tr("&Print…"), this, &SignInSheetButton::printWithPreview);
    setMenu(menu);
    setEnabled(false);
}

void SignInSheetButton::setEvent(qint64 eventId)
{
    m_eventId = eventId;
    setEnabled(eventId != 0);
}

QString SignInSheetButton::suggestedFileName() const
{
    const auto event = EventStore(m_session.db()).get(m_eventId);
    QString name = tr("Sign-in sheet");
    if (event)
        name += u' ' + JapaneseDate::formatShort(event->date) + u' ' + event->title;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("_"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(name.trimmed() + QStringLiteral(".pdf"));
}

bool SignInSheetButton::saveAsPdf()
{
    if (!m_eventId)
        return false;
    QString path = Dialogs::saveFileName(this, tr("Save the sign-in sheet as PDF"), suggestedFileName(),
                                         tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status st = SignInSheet::writePdf(m_session.db(), m_eventId, path); !st) {
        Dialogs::showError(this, st);
        return false;
    }
    return true;
}

void SignInSheetButton::printWithPreview()
{
    const SignInSheet sheet(m_session.db(), m_eventId);
    if (!sheet.isValid())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Sign-in sheet"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        if (Status st = sheet.print(target); !st)
            Dialogs::showError(this, st);
    });
    preview.exec();
}
