#pragma once

#include <QPushButton>

class Session;

// 出席簿を印刷: the printable sign-in sheet of the shown event, saved as PDF or printed (through
// a preview, so the secretariat sees the pages before paper is spent). A push button with a
// menu: its size hint makes room for the menu arrow, so the arrow never covers the text.
class SignInSheetButton : public QPushButton
{
    Q_OBJECT

public:
    explicit SignInSheetButton(Session& session, QWidget* parent = nullptr);
    void setEvent(qint64 eventId);
    // Room for the text, the arrow and a margin on either side.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    // Asks for a file name (in the folder reports go to) and writes the PDF; says where it was
    // saved in the status bar. False if cancelled or failed.
    bool saveAsPdf();
    void printWithPreview();

signals:
    void saved(const QString& path);

private:
    QString suggestedFileName() const;

    Session& m_session;
    qint64 m_eventId = 0;
};
