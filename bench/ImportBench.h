#pragma once

#include "ImportBenchData.h"

#include <QList>

class QTextStream;

// The import benchmark (issue 9): a generated CSV of attendance imported into a new database
// through the real importer, beside `sqlite3 FILE ".import --csv …"` of the same CSV into a bare
// table, in one run. Each import runs in a child process (this program again, with
// --import-child), so that its peak memory is its own and no other step counts.
namespace ImportBench {

// Measures each size (median of `runs`) and prints a Markdown table to `out`; false when a
// step failed (the reason is on standard error).
bool run(const QList<ImportBenchData::Sizes>& sizes, int runs, QTextStream& out);

// The child: imports `csv` into `database` and prints one line "ms reads writes peak-KiB rows
// people organisations attendance cpu-ms" to standard output. Returns the exit status.
int child(const QString& csv, const QString& database);

} // namespace ImportBench
