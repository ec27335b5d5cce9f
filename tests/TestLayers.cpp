// The layers hold: the window (ui/) reaches the data only through core's services. No file in
// ui/ includes a store or a db/ header, runs SQL, holds a connection or a transaction, or takes
// the open database from the session or the services to hand it to core code itself.
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
    static QStringList breaches(const QString& text)
    {
        static const QList<std::pair<QRegularExpression, QString>> rules{
            {QRegularExpression(QStringLiteral("#include \"store/")), QStringLiteral("includes a store")},
            {QRegularExpression(QStringLiteral("#include \"db/")), QStringLiteral("includes core/db")},
            {QRegularExpression(QStringLiteral("\\bQSql(Query|Database|Error|Record)\\b")), QStringLiteral("uses Qt Sql")},
            {QRegularExpression(QStringLiteral("\\bTransactionGuard\\b")), QStringLiteral("opens a transaction")},
            {QRegularExpression(QStringLiteral("\\.connection\\(\\)")), QStringLiteral("holds a connection")},
            {QRegularExpression(QStringLiteral("(\\.|->)db\\(\\)")), QStringLiteral("takes the database")},
            {QRegularExpression(QStringLiteral("\\b(PRAGMA|strftime|SELECT|INSERT INTO|UPDATE \\w+ SET|DELETE FROM)\\b")),
             QStringLiteral("runs SQL")},
        };
        QStringList found;
        for (const auto& [pattern, what] : rules)
            if (pattern.match(text).hasMatch())
                found << what;
        return found;
    }

private slots:
    void windowReachesDataOnlyThroughServices()
    {
        const QString root = QStringLiteral(RENKEI_SOURCE_DIR);
        QStringList problems;
        QDirIterator it(root + QStringLiteral("/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() + 1);
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QStringList found = breaches(QString::fromUtf8(file.readAll()));
            if (!found.isEmpty())
                problems << relative + QStringLiteral(": ") + found.join(QStringLiteral(", "));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
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
