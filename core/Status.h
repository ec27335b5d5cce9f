#pragma once

#include <QMetaType>
#include <QString>

// The outcome of a storage or I/O operation: success, or a translated message for the
// user plus the technical detail (SQLite's own words) for the curious. The core never
// shows messages itself; the UI and the CLI speak them.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(const QString& message, const QString& detail = QString())
    {
        Status s;
        s.m_ok = false;
        s.m_message = message;
        s.m_detail = detail;
        return s;
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& message() const { return m_message; }
    const QString& detail() const { return m_detail; }
    // Message and detail on two lines, for logs and the command line.
    QString fullText() const
    {
        return m_detail.isEmpty() ? m_message : m_message + u'\n' + m_detail;
    }

private:
    bool m_ok = true;
    QString m_message;
    QString m_detail;
};

Q_DECLARE_METATYPE(Status)
