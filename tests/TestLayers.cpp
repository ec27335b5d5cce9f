// The layers hold: the window (ui/) and the command line (cli/) reach the data only through
// core's services. No file in ui/ includes a store or a db/ header, runs SQL, holds a connection
// or a transaction, or takes the open database from the session or the services to hand it to
// core code itself. No file in cli/ does either (it may name where the records are, a
// ConnectionSpec), nor runs a workflow (export, counts, reports, import) past its service.
#include "config-renkei-tests.h"
#include "util/TestEnvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayers : public QObject
{
    Q_OBJECT

private:
    using Rules = QList<std::pair<QRegularExpression, QString>>;

    // What no front end does: include a store or core/db (`dbInclude`), use Qt Sql, open
    // a transaction, hold a connection, take the database (`takesDatabase`) or run SQL.
    static Rules dataRules(const QString& dbInclude, const QString& takesDatabase)
    {
        return {
            {QRegularExpression(QStringLiteral("#include \"store/")), QStringLiteral("includes a store")},
            {QRegularExpression(dbInclude), QStringLiteral("includes core/db")},
            {QRegularExpression(QStringLiteral("\\bQSql(Query|Database|Error|Record)\\b")), QStringLiteral("uses Qt Sql")},
            {QRegularExpression(QStringLiteral("\\bTransactionGuard\\b")), QStringLiteral("opens a transaction")},
            {QRegularExpression(QStringLiteral("\\.connection\\(\\)")), QStringLiteral("holds a connection")},
            {QRegularExpression(takesDatabase), QStringLiteral("takes the database")},
            {QRegularExpression(QStringLiteral("\\b(PRAGMA|strftime|SELECT|INSERT INTO|UPDATE \\w+ SET|DELETE FROM)\\b")),
             QStringLiteral("runs SQL")},
        };
    }

    static QStringList breaches(const QString& text)
    {
        static const Rules rules =
            dataRules(QStringLiteral("#include \"db/"), QStringLiteral("(\\.|->)db\\(\\)"));
        return matching(rules, text);
    }

    // The command line's rules: those of the window, except that a command names where the
    // records are (db/ConnectionSpec.h); it takes no Database at all, and runs no workflow of
    // core past its service.
    static QStringList cliBreaches(const QString& text)
    {
        static const Rules rules = [] {
            Rules r = dataRules(QStringLiteral("#include \"db/(?!ConnectionSpec\\.h\")"),
                                QStringLiteral("(\\.|->)(db|database)\\(\\)|\\bDatabase\\s*[&*]"));
            r.append({QRegularExpression(QStringLiteral("\\b(Exporter|Importer|ParticipantCounts|SignInSheet)\\s*[({]|"
                                                        "\\b(RecordExport|CountsExport|ActivityReport|SignInSheet|"
                                                        "YearFigures|SampleLoader)::"
                                                        "(?!tr\\b|Format\\b|Kind\\b|availableSamples\\b)\\w+")),
                      QStringLiteral("runs a workflow past its service")});
            return r;
        }();
        return matching(rules, text);
    }

    static QStringList matching(const Rules& rules, const QString& text)
    {
        QStringList found;
        for (const auto& [pattern, what] : rules)
            if (pattern.match(text).hasMatch())
                found << what;
        return found;
    }

    // Every source file under `folder` that breaks a rule, with what it breaks.
    static QStringList problemsIn(const QString& folder, QStringList (*check)(const QString&))
    {
        const QString root = QStringLiteral(RENKEI_SOURCE_DIR);
        QStringList problems;
        QDirIterator it(root + u'/' + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() + 1);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                problems << relative + QStringLiteral(": cannot be read");
                continue;
            }
            const QStringList found = check(QString::fromUtf8(file.readAll()));
            if (!found.isEmpty())
                problems << relative + QStringLiteral(": ") + found.join(QStringLiteral(", "));
        }
        return problems;
    }

private slots:
    void windowReachesDataOnlyThroughServices()
    {
        const QStringList problems = problemsIn(QStringLiteral("ui"), &breaches);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void commandLineReachesDataOnlyThroughServices()
    {
        const QStringList problems = problemsIn(QStringLiteral("cli"), &cliBreaches);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The scan saw the commands (a moved folder would pass it unseen).
        QVERIFY(QFile::exists(QStringLiteral(RENKEI_SOURCE_DIR "/cli/SearchCommand.cpp")));
    }

    void theCommandLineCheckFindsEachBreach()
    {
        const auto only = [](const QString& what) { return QStringList{what}; };
        QCOMPARE(cliBreaches(QStringLiteral("#include \"store/PersonStore.h\"")), only(QStringLiteral("includes a store")));
        QCOMPARE(cliBreaches(QStringLiteral("#include \"db/Database.h\"")), only(QStringLiteral("includes core/db")));
        QVERIFY(cliBreaches(QStringLiteral("#include \"db/ConnectionSpec.h\"")).isEmpty());
        QCOMPARE(cliBreaches(QStringLiteral("QSqlQuery q(db);")), only(QStringLiteral("uses Qt Sql")));
        QCOMPARE(cliBreaches(QStringLiteral("TransactionGuard tx(c);")), only(QStringLiteral("opens a transaction")));
        QCOMPARE(cliBreaches(QStringLiteral("q.exec(\"SELECT 1\")")), only(QStringLiteral("runs SQL")));
        QCOMPARE(cliBreaches(QStringLiteral("council->database()")), only(QStringLiteral("takes the database")));
        QCOMPARE(cliBreaches(QStringLiteral("[](Database& created) {}")), only(QStringLiteral("takes the database")));
        const QString workflow = QStringLiteral("runs a workflow past its service");
        for (const char* call : {"Importer(council).run(kind, path, false, &report)", "Exporter(x).table(kind)",
                                 "ParticipantCounts(x).compute(year, by, &st)", "RecordExport::toBytes(x, kind, f, &st)",
                                 "CountsExport::write(x, year, kind, f, path)", "ActivityReport::build(x, year, today)",
                                 "SignInSheet::writePdf(x, id, path)", "SampleLoader::load(x, name)"})
            QCOMPARE(cliBreaches(QString::fromLatin1(call)), only(workflow));
        // What a command may do: name kinds and formats, and call services.
        QVERIFY(cliBreaches(QStringLiteral("Importer::kindFromName(name); Importer::Options options; "
                                           "RecordExport::Format::Xlsx; CountsExport::Kind k; "
                                           "SampleLoader::availableSamples();"))
                    .isEmpty());
        QVERIFY(cliBreaches(QStringLiteral("ImportService(council->services()).run(kind, path, sheet, options, &report);"))
                    .isEmpty());
    }

    void theCheckFindsEachBreach()
    {
        QCOMPARE(breaches(QStringLiteral("#include \"store/PersonStore.h\"")), QStringList{QStringLiteral("includes a store")});
        QCOMPARE(breaches(QStringLiteral("QSqlQuery q(db);")), QStringList{QStringLiteral("uses Qt Sql")});
        QCOMPARE(breaches(QStringLiteral("TransactionGuard tx(c);")), QStringList{QStringLiteral("opens a transaction")});
        QCOMPARE(breaches(QStringLiteral("q.exec(\"PRAGMA data_version\")")), QStringList{QStringLiteral("runs SQL")});
        QCOMPARE(breaches(QStringLiteral("m_session.db().connection()")),
                 (QStringList{QStringLiteral("holds a connection"), QStringLiteral("takes the database")}));
        QCOMPARE(breaches(QStringLiteral("Exporter(m_session.services().db())")),
                 QStringList{QStringLiteral("takes the database")});
        QVERIFY(breaches(QStringLiteral("PeopleService(m_session.services()).update(before, after);")).isEmpty());
    }
};

RENKEI_TEST_MAIN(TestLayers)
#include "TestLayers.moc"
