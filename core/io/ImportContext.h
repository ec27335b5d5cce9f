#pragma once

#include "io/CodeLookup.h"
#include "io/ImportLookups.h"
#include "io/ImportReport.h"
#include "io/ImportTable.h"
#include "store/AttendanceStore.h"
#include "store/CodeListStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

class Database;

// What the row importers share: the table, the stores they write through (each statement
// prepared once), the report, and lookups read once (ImportLookups, CodeLookup) that turn a
// cell into an id or a located error without a query.
class ImportContext
{
    Q_DECLARE_TR_FUNCTIONS(ImportContext)

public:
    ImportContext(Database& db, const ImportTable& table, ImportReport& report);

    Database& db() { return m_db; }
    const ImportTable& table() const { return m_table; }
    QString value(int row, const QString& key) const { return m_table.value(row, key); }

    void error(int row, const QString& key, const QString& problem);
    void rowError(int row, const QString& problem);
    void added(int row, ImportReport::Record record, const QString& what);
    void updated(int row, const QString& what);
    void skipped(int row, const QString& what);
    bool storeFailed(int row, const Status& status);

    // A required cell: empty is an error.
    bool require(int row, const QString& key);
    // Entries of code lists by code or label; unknown values are errors; empty gives `fallback`.
    qint64 code(int row, const QString& key, const QString& list, const QString& fallbackCode = QString());
    std::optional<QDate> date(int row, const QString& key);
    // JapaneseDate::formatShort, once per date (the report names the event of every row).
    const QString& shortDate(const QDate& date);
    // The first and last date in column `key` (rows whose date is not valid left out); none
    // when no row has one. Read before the rows to load what those dates refer to.
    std::optional<std::pair<QDate, QDate>> dateRange(const QString& key);
    // 19:00, 19時, 19時30分, 1900; empty gives an invalid time.
    std::optional<QTime> time(int row, const QString& key);
    std::optional<int> number(int row, const QString& key);
    // The organisation named in the cell, created (and reported as added) if it does not exist.
    qint64 organisation(int row, const QString& key);
    // The person of that folded name (in `organisationId` when not 0): their id, 0 when there
    // is none, nullopt (and an error) when several people have that name and no organisation
    // tells them apart.
    std::optional<qint64> findPerson(int row, const QString& name, qint64 organisationId);

    // New attendance rows are written a batch at a time (AttendanceStore::insertAll); a save of
    // an existing row writes the batch first. finish() writes what is left; false when a write
    // failed (the error is in the report, at the first row of the batch).
    void addAttendance(int row, const Attendance& attendance);
    bool saveAttendance(int row, Attendance& attendance);
    bool finish();

    // The default role of a new attendance (AttendanceRules), from the lookups.
    qint64 defaultRole(qint64 eventId, qint64 personId);

    CodeLookup& codes() { return m_codes; }
    ImportLookups& lookups() { return m_lookups; }
    OrganisationStore& organisations() { return m_organisations; }
    PersonStore& people() { return m_people; }
    AttendanceStore& attendance() { return m_attendance; }

private:
    struct ParsedDate
    {
        std::optional<QDate> date;
        QString problem;
    };
    const ParsedDate& parsedDate(const QString& text);
    QString located(const QString& where, const QString& text) const;
    void note(ImportReport::Outcome outcome, QStringList& list, int row, const QString& key, const QString& text);

    Database& m_db;
    const ImportTable& m_table;
    ImportReport& m_report;
    CodeLookup m_codes;
    ImportLookups m_lookups;
    OrganisationStore m_organisations;
    PersonStore m_people;
    AttendanceStore m_attendance;
    const QString m_locatedFormat;
    QHash<QString, ParsedDate> m_dates; // cells as written -> parsed once
    QHash<QDate, QString> m_shortDates;
    QList<Attendance> m_newAttendance;  // not written yet
    int m_newAttendanceRow = -1;        // the row of the first of them
};
