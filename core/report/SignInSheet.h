#pragma once

#include "Status.h"
#include "attendance/EventRoster.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;
class QPagedPaintDevice;
class QPainter;

// 出席簿: the printed A4 sheet that participants sign at the door. It lists the event's roster
// (EventRoster, so the secretariat types attendance back in the same order), grouped by
// organisation, with columns for the signature and for whoever comes in a member's place,
// then blank rows for walk-ins to the end of the last page. Every page repeats the event
// header and the table header; no row is ever split across pages.
class SignInSheet
{
    Q_DECLARE_TR_FUNCTIONS(SignInSheet)

public:
    static constexpr int minimumWalkInRows = 10;

    SignInSheet(const Database& db, qint64 eventId);
    // The event exists and everything on the sheet was read; else status() says why not.
    bool isValid() const { return m_status && m_roster.event().has_value(); }
    const Status& status() const { return m_status; }
    const EventRoster& roster() const { return m_roster; }
    // The date printed in the footer (today unless set).
    void setPrintDate(const QDate& date) { m_printDate = date; }
    int pageCount() const;

    // Draws every page on `device` (a QPdfWriter or a QPrinter), setting A4 portrait on it.
    Status print(QPagedPaintDevice* device) const;
    // Writes the sheet as PDF to `path`, replacing it only once it is complete.
    Status writePdf(const QString& path) const;
    static Status writePdf(const Database& db, qint64 eventId, const QString& path);

private:
    // One slot of the table: an entry of the roster, the walk-in heading, a blank walk-in row,
    // or nothing (the slot a heading left to start on the next page).
    struct Line
    {
        enum Kind { Entry, WalkInHeading, Blank, Empty } kind = Empty;
        int number = 0;
        const EventRoster::Entry* entry = nullptr;
        bool showOrganisation = false;
    };
    QList<Line> lines() const;
    void paintPage(QPainter& painter, const QList<Line>& page, int pageNumber, int pages) const;

    EventRoster m_roster;
    Status m_status;
    QString m_title;
    QString m_when;
    QString m_venue;
    QString m_organiser;
    QDate m_printDate;
};
