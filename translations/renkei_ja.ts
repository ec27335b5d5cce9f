<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttendanceImporter</name>
    <message>
        <source>there is no event on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no event &quot;%1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events take place on %1; give the event&apos;s title to choose one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance of %1 at %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>The attendance could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headcount could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a consistent copy of the database to FILE (a new file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyStore</name>
    <message>
        <source>The body &quot;%1&quot; could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This body still organises events or is referred to by other bodies; deactivate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check integrity, references and data version; exit 0 only if all hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK (data version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: renkei-cli [--db FILE] COMMAND ...
FILE defaults to the window&apos;s database (%1); the environment variable RENKEI_DB overrides it.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit status: 0 success, 1 data or validation error, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;renkei-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeListStore</name>
    <message>
        <source>The entry &quot;%1&quot; could not be added to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is still in use and cannot be deleted; deactivate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Usage: renkei-cli [--db FILE] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This command takes %n argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountTableWriter</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (all participations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct named participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsCommand</name>
    <message>
        <source>Participant counts of a fiscal year (2024, R6, 令和6年度).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fiscal-year is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown breakdown &quot;%1&quot;; use event, profession, profession-group or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2: the quoted field that starts here is never closed (a closing &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: unexpected character after a closing quote; a quoted field must be followed by a comma or the end of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote (&quot;) inside a field that does not start with a quote. Put the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is too large to be a spreadsheet (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not a text file. If it is an Excel workbook, save it from Excel as “CSV” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read as text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not valid CSV: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty; it is not a Renkei database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a Renkei database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is an SQLite database of another application, not a Renkei database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written by a newer version of Renkei (data version %2; this program reads up to %3). Please update Renkei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists and is not empty; Renkei will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is read-only. Open it read-only, or copy it to a folder where you may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; uses an older data version (%2) and must be upgraded before it can be read; open it for writing once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is locked by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be prepared for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign key check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference: table %1, row %2 refers to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s application identifier is not Renkei&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version %1 differs from this program&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database &quot;%1&quot; has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message>
        <source>January %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: there is no month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: %2 has no day %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: the year %2 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: &quot;%2&quot; is not a known era. Use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: era years start at 1 (元年); there is no year 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before 1873-01-01 (明治6年1月1日), when Japan adopted the Gregorian calendar; earlier Japanese dates are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before the start of the %2 era, which began on %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is after the end of the %2 era, which ended on %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Use a form such as 2024-12-12, R6.12.12 or 令和6年12月12日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: &quot;%2&quot; is not a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong day of the week: %2 is a %3, not a %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventImporter</name>
    <message>
        <source>there is no body called &quot;%1&quot;. Known bodies: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>%1 (No. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>The series &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export records as CSV (UTF-8 with BOM, for Excel) or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiscalYear</name>
    <message>
        <source>&quot;%1&quot; is not a valid fiscal year: the year %2 is outside the supported range %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fiscal year was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fiscal year: &quot;%2&quot; is not a known era. Use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fiscal year: era years start at 1 (元年); there is no year 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fiscal year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fiscal year: the %2 era ended on %3 (%4), so it has no year %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal year. Use a form such as 2024, R6 or 令和6年度.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a CSV file (UTF-8 or CP932); --dry-run reports without writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would skip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read (%2): %3 added, %4 updated, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportContext</name>
    <message>
        <source>a value is required here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list. Known values: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as 19:00 or 19時30分.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people are called %1; give their organisation to tell them apart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <source>%1: the file is empty; the first row must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: the columns &quot;%3&quot; and &quot;%4&quot; both mean &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: unknown column(s) %3. Known columns: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: the required column &quot;%3&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3 values, but the header has only %4 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column &quot;%3&quot; (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file &quot;%1&quot; was not imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new database (refuses an existing non-empty file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with a sample council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sample called &quot;%1&quot;. Available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the sample &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Renkei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s), %2 participation(s) in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>No upgrade to data version %1 is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade script for data version %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the data to version %1 failed; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationImporter</name>
    <message>
        <source>organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation %1 (no change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationStore</name>
    <message>
        <source>The organisation &quot;%1&quot; could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation is still referred to by people, memberships or attendance; deactivate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantCounts</name>
    <message>
        <source>The participant counts could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(affiliation unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonImporter</name>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1 (no change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>The person &quot;%1&quot; could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is still referred to by attendance, memberships or programmes; deactivate them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeStore</name>
    <message>
        <source>The programme item &quot;%1&quot; could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme item &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme item could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleLoader</name>
    <message>
        <source>There is no sample called &quot;%1&quot;. Available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Find people, organisations and events (kana, width and variant kanji folded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchKeys</name>
    <message>
        <source>The search index could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The setting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCodec</name>
    <message>
        <source>The text is in UTF-16, which cannot be read here. Save it as UTF-8 or as CSV (Shift_JIS) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 converter is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is marked as UTF-8 but contains invalid bytes (%1) at byte offset %2, line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor CP932 (Shift_JIS): invalid bytes (%1) at byte offset %2, line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2 contains a broken character (unpaired surrogate U+%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character “%1” (U+%2) on line %3, column %4 cannot be written in %5. Replace it, or save as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
