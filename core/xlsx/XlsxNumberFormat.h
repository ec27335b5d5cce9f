#pragma once

#include <QString>

// Excel stores dates and times as numbers (days since 1900, or 1904 on old Macs) and tells them
// apart only by the cell's number format. This reads the format the way Excel shows the cell.
namespace XlsxNumberFormat {
enum class Kind { Plain, Date, Time, DateTime };

// The kind of a built-in format id (Plain for the ids that are not dates or times).
Kind builtIn(int id);
// The kind of a custom format code: quoted text, escapes, colours and locale tags ([Red],
// [$-411]) are not format codes; y/d/e/g mean a date, h/s a time, m alone a month.
Kind classify(const QString& code);
// The text a clerk sees: "2024-12-12", "19:00", "2024-12-12 19:30", "12" (not "12.0"), "3.5".
QString text(double value, Kind kind, bool date1904);
} // namespace XlsxNumberFormat
