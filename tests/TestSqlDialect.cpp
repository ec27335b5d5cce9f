// SQL ready for a second dialect: the expressions whose spelling differs between SQLite and
// PostgreSQL are written in one place (core/db/SqlDialect), and no other file spells them.
#include "config-renkei-tests.h"
#include "db/Database.h"
#include "db/SqlDialect.h"
#include "util/TestEnvironment.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSqlDialect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return QVariant(QStringLiteral("<failed>"));
        }
        return q.value(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("dialect.sqlite"))));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE item (owner INTEGER, pos INTEGER, name TEXT)")));
        // Inserted out of order: the list follows `orderBy`, not the order of insertion.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO item VALUES (1, 3, 'c'), (1, 1, 'a'), (1, 2, 'b'), (2, 1, 'z')")));
    }

    void listOfJoinsInTheGivenOrder()
    {
        const QString list = SqlDialect::listOf(m_db, QStringLiteral("i.name"),
                                                QStringLiteral("item i WHERE i.owner = o.id"), QStringLiteral("i.pos"));
        QCOMPARE(scalar(QStringLiteral("SELECT %1 FROM (SELECT 1 AS id) o").arg(list)).toString(), QStringLiteral("a,b,c"));
        const QString descending = SqlDialect::listOf(m_db, QStringLiteral("i.pos"),
                                                      QStringLiteral("item i WHERE i.owner = o.id"),
                                                      QStringLiteral("i.pos DESC"), QStringLiteral("、"));
        QCOMPARE(scalar(QStringLiteral("SELECT %1 FROM (SELECT 1 AS id) o").arg(descending)).toString(),
                 QStringLiteral("3、2、1"));
    }

    void listOfNothingIsNull()
    {
        const QString list = SqlDialect::listOf(m_db, QStringLiteral("i.name"),
                                                QStringLiteral("item i WHERE i.owner = o.id"), QStringLiteral("i.pos"));
        QVERIFY(scalar(QStringLiteral("SELECT %1 FROM (SELECT 7 AS id) o").arg(list)).isNull());
    }

    void aSeparatorWithAQuoteIsQuoted()
    {
        const QString list = SqlDialect::listOf(m_db, QStringLiteral("i.name"),
                                                QStringLiteral("item i WHERE i.owner = o.id"), QStringLiteral("i.pos"),
                                                QStringLiteral("'"));
        QCOMPARE(scalar(QStringLiteral("SELECT %1 FROM (SELECT 1 AS id) o").arg(list)).toString(), QStringLiteral("a'b'c"));
    }

    // Outside core/db no source spells a SQLite-only construct: group_concat, INSERT OR …,
    // lastInsertId(), strftime, julianday, PRAGMA, VACUUM (SQL keywords as Renkei writes them:
    // upper case).
    void noDialectSpecificSqlOutsideCoreDb()
    {
        const QString root = QStringLiteral(RENKEI_SOURCE_DIR);
        const QRegularExpression specific(
            QStringLiteral(R"(group_concat|string_agg|INSERT\s+OR\s|lastInsertId|strftime|julianday\(|PRAGMA|VACUUM)"));
        QStringList found;
        for (const QString& dir : {QStringLiteral("core"), QStringLiteral("cli"), QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(root + u'/' + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = path.mid(root.size() + 1);
                if (relative.startsWith(QLatin1String("core/db/")))
                    continue;
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                const QStringList lines = text.split(u'\n');
                for (int i = 0; i < lines.size(); ++i) {
                    const QString line = lines.at(i).trimmed();
                    if (line.startsWith(QLatin1String("//")))
                        continue; // comments may name what they avoid
                    if (specific.match(line).hasMatch())
                        found << QStringLiteral("%1:%2: %3").arg(relative).arg(i + 1).arg(line);
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

RENKEI_TEST_MAIN(TestSqlDialect)
#include "TestSqlDialect.moc"
