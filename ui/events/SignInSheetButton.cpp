#include "events/SignInSheetButton.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "date/JapaneseDate.h"
#include "reports/SaveLocation.h"
#include "service/EventService.h"
#include "service/ReportService.h"

#include <QMenu>
#include <QRegularExpression>
#include <QPrintPreviewDialog>
#include <QPrinter>

SignInSheetButton::SignInSheetButton(Session& session, QWidget* parent) : QPushButton(parent), m_session(session)
{
    setText(tr("Print sign-in sheet…"));
    setToolTip(tr("The sheet participants sign at the door, in the order of the roster"));
    setAutoDefault(false);
    auto* menu = new QMenu(this);
    menu->addAction(tr("&Save as PDF…"), this, &SignInSheetButton::saveAsPdf);
    menu->addAction(tr("&Print…"), this, &SignInSheetButton::printWithPreview);
    setMenu(menu);
    setEnabled(false);
}

QSize SignInSheetButton::sizeHint() const
{
    QSize size = QPushButton::sizeHint();
    size.rwidth() += fontMetrics().averageCharWidth() * 2;
    return size;
}

void SignInSheetButton::setEvent(qint64 eventId)
{
    m_eventId = eventId;
    setEnabled(eventId != 0);
}

QString SignInSheetButton::suggestedFileName() const
{
    const auto event = EventService(m_session.services()).get(m_eventId).valueOr(std::nullopt);
    QString name = tr("Sign-in sheet");
    if (event)
        name += u' ' + JapaneseDate::formatShort(event->date) + u' ' + event->title;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("_"));
    return name.trimmed() + QStringLiteral(".pdf");
}

bool SignInSheetButton::saveAsPdf()
{
    if (!m_eventId)
        return false;
    // The folder reports go to: the secretariat finds every paper of the council in one place.
    QString path = SaveLocation::ask(this, tr("Save the sign-in sheet as PDF"), suggestedFileName(),
                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status st = ReportService(m_session.services()).writeSignInSheet(m_eventId, path); !st) {
        Dialogs::showError(this, st);
        return false;
    }
    SaveLocation::announce(this, path);
    emit saved(path);
    return true;
}

void SignInSheetButton::printWithPreview()
{
    const Result<SignInSheet> read = ReportService(m_session.services()).signInSheet(m_eventId);
    if (!read) {
        Dialogs::showError(this, read.status());
        return;
    }
    const SignInSheet& sheet = *read;
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
