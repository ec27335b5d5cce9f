#pragma once

#include <QToolButton>

class Session;

// 出席簿を印刷: the printable sign-in sheet of the shown event, saved as PDF or printed (through
// a preview, so the secretariat sees the pages before paper is spent).
class SignInSheetButton : public QToolButton
{
    Q_OBJECT

public:
    explicit SignInSheetButton(Session& session, QWidget* parent = nullptr);
    void setEvent(qint64 eventId);

    // Asks for a file name (Dialogs) and writes the PDF; false if cancelled or failed.
    bool saveAsPdf();
    void printWithPreview();

private:
    QString suggestedFileName() const;

    Session& m_session;
    qint64 m_eventId = 0;
};
