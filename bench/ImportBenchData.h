#pragma once

#include "Status.h"

#include <QString>

// The data of the import benchmark: a new database whose only records are events (one a day),
// and a CSV sign-in record of those events that names people who are not in it yet, each with
// their organisation, reading and profession, so that the import creates every person and
// organisation and adds every attendance row. The same seed gives the same bytes.
namespace ImportBenchData {

struct Sizes
{
    int rows = 100000;
    int people = 20000;
    int organisations = 800;
    int attendeesPerEvent = 200; // events = rows / attendeesPerEvent
    quint64 seed = 1;
};

// Creates `path` (which must not exist or be empty) with the events the CSV refers to.
Status createDatabase(const QString& path, const Sizes& sizes);
// Writes the CSV (UTF-8, Japanese headers: 日付,表題,氏名,ふりがな,所属,職種,出欠).
Status writeCsv(const QString& path, const Sizes& sizes);

} // namespace ImportBenchData
