// Code lists through their service: one entry read tells "no such entry" from "the read
// failed", a free code is found in one query, several entries are saved all or none in one
// transaction announcing one change, and the reserved codes stay protected there too.
#include "db/Database.h"
#include "db/QueryCounter.h"
#include "domain/Codes.h"
#include "sample/SampleLoader.h"
#include "service/CodeListService.h"
#include "service/Services.h"
#include "store/CodeListStore.h"
#include "util/TestEnvironment.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCodeListService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Services> m_services;
    int m_file = 0;

    CodeItem entry(const QString& list, const QString& code)
    {
        const auto items = CodeListService(*m_services).list(list);
        for (const CodeItem& c : items.valueOr({}))
            if (c.code == code)
                return c;
        return CodeItem();
    }
    bool rename(const QString& from, const QString& to)
    {
        return QSqlQuery(m_db.connection()).exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
    }

private slots:
    void init()
    {
        m_services.reset();
        m_db.close();
        QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_file))));
        const Status st = SampleLoader::load(m_db, QStringLiteral("kaga"));
        QVERIFY2(st, qPrintable(st.fullText()));
        m_services = std::make_unique<Services>(m_db);
    }
    void cleanup() { m_services.reset(); }

    void getTellsNoneFromFailure()
    {
        const CodeListService codes(*m_services);
        const CodeItem doctor = entry(CodeList::Profession, QStringLiteral("doctor"));
        QVERIFY(doctor.id);
        const auto found = codes.get(doctor.id);
        QVERIFY(found && *found);
        QCOMPARE((*found)->labelJa, doctor.labelJa);
        const auto none = codes.get(999999);
        QVERIFY(none);
        QVERIFY(!*none);

        QVERIFY(rename(QStringLiteral("code"), QStringLiteral("code_gone")));
        const auto failed = codes.get(doctor.id);
        QVERIFY(!failed); // not "no such entry"
        QCOMPARE(failed.status().message(), CodeListStore::tr("The list entry %1 could not be read.").arg(doctor.id));
        const auto code = codes.unusedCode(CodeList::Profession, QStringLiteral("custom-"), 1);
        QVERIFY(!code);
        QCOMPARE(code.status().message(), CodeListStore::tr("The list \"%1\" could not be read.").arg(CodeList::Profession));
    }

    // The store's look-up of a code: 0 for a code the list lacks, a failure when the list could
    // not be read (a lecturer's role or a new event's kind is never taken from a failed query).
    void idOfTellsNoneFromFailure()
    {
        const CodeListStore store(m_db);
        const Result<qint64> doctor = store.idOf(CodeList::Profession, QStringLiteral("doctor"));
        QVERIFY(doctor && *doctor > 0);
        const Result<qint64> none = store.idOf(CodeList::Profession, QStringLiteral("no-such-code"));
        QVERIFY(none);
        QCOMPARE(*none, 0);
        QVERIFY(rename(QStringLiteral("code"), QStringLiteral("code_gone")));
        const Result<qint64> failed = store.idOf(CodeList::Profession, QStringLiteral("doctor"));
        QVERIFY(!failed);
        QCOMPARE(failed.status().message(), CodeListStore::tr("The list \"%1\" could not be read.").arg(CodeList::Profession));
    }

    void unusedCodeSkipsTakenOnesInOneQuery()
    {
        CodeListService codes(*m_services);
        CodeItem item;
        item.list = CodeList::Profession;
        item.code = QStringLiteral("custom-1");
        item.labelJa = QStringLiteral("歯科技工士");
        QVERIFY(codes.add(item));
        item.code = QStringLiteral("custom-2");
        QVERIFY(codes.add(item));
        QueryCounter counter(m_db.connection());
        QCOMPARE(codes.unusedCode(CodeList::Profession, QStringLiteral("custom-"), 1).value(), QStringLiteral("custom-3"));
        QCOMPARE(counter.reads(), 1);
        QCOMPARE(codes.unusedCode(CodeList::EventFormat, QStringLiteral("custom-"), 4).value(), QStringLiteral("custom-4"));
    }

    void severalEntriesAreSavedAllOrNone()
    {
        CodeListService codes(*m_services);
        QSignalSpy spy(&m_services->hub(), &ChangeHub::changed);
        CodeItem nurse = entry(CodeList::Profession, QStringLiteral("nurse"));
        CodeItem doctor = entry(CodeList::Profession, QStringLiteral("doctor"));
        QVERIFY(nurse.id && doctor.id);
        std::swap(nurse.sortOrder, doctor.sortOrder);
        QVERIFY(codes.update(QList<CodeItem>{nurse, doctor}));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).value<Changes>(),
                 (Changes{{Change::Entity::CodeItem, Change::Op::Updated, {nurse.id, doctor.id}}}));
        QCOMPARE(codes.get(nurse.id)->value().sortOrder, nurse.sortOrder);

        // A reserved entry deactivated in the batch: refused, and the other entry is not saved.
        CodeItem relabelled = entry(CodeList::Profession, QStringLiteral("nurse"));
        relabelled.labelEn = QStringLiteral("Registered nurse");
        CodeItem unknown = entry(CodeList::Profession, Code::UnknownProfession);
        QVERIFY(unknown.id);
        unknown.active = false;
        const Status st = codes.update(QList<CodeItem>{relabelled, unknown});
        QVERIFY(!st);
        QVERIFY(st.message().contains(unknown.labelJa));
        QVERIFY(codes.get(relabelled.id)->value().labelEn != QStringLiteral("Registered nurse"));
        QVERIFY(codes.get(unknown.id)->value().active);
        QCOMPARE(spy.count(), 1);
    }

    void removeFailsWhenTheEntryCannotBeRead()
    {
        CodeListService codes(*m_services);
        CodeItem item;
        item.list = CodeList::Profession;
        item.code = QStringLiteral("custom-1");
        item.labelJa = QStringLiteral("歯科技工士");
        const Result<qint64> id = codes.add(item);
        QVERIFY(id);
        QVERIFY(rename(QStringLiteral("code"), QStringLiteral("code_gone")));
        const Status st = codes.remove(*id);
        QVERIFY(!st);
        QCOMPARE(st.message(), CodeListStore::tr("The list entry %1 could not be read.").arg(*id));
        QVERIFY(rename(QStringLiteral("code_gone"), QStringLiteral("code")));
        QVERIFY(codes.get(*id)->has_value());
    }
};

RENKEI_TEST_MAIN(TestCodeListService)
#include "TestCodeListService.moc"
