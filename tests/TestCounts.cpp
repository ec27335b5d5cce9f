#include "counts/CountTableWriter.h"
#include "counts/ParticipantCounts.h"
#include "db/Database.h"
#include "export/CountsExport.h"
#include "store/AttendanceStore.h"
#include "store/CodeListStore.h"
#include "store/EventStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "util/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Participant counts: who counts (status, role), headcounts, fiscal-year edges, breakdowns,
// profession and organisation as of the event.
class TestCounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_hospital = 0, m_clinic = 0;
    qint64 m_nurseA = 0, m_nurseB = 0, m_doctor = 0, m_lecturer = 0, m_staff = 0;
    qint64 m_eventJune = 0, m_eventMarch = 0, m_eventApril = 0, m_eventEmpty = 0;

    qint64 code(const QString& list, const QString& c) { return CodeListStore(m_db).idOf(list, c).value(); }

    qint64 addPerson(const QString& name, const QString& reading, const QString& profession, qint64 org)
    {
        Person p;
        p.name = name;
        p.reading = reading;
        p.professionId = code(CodeListStore::Profession, profession);
        p.organisationId = org;
        PersonStore(m_db).insert(p);
        return p.id;
    }
    qint64 addEvent(const QString& date, const QString& title)
    {
        Event e;
        e.kindId = code(CodeListStore::EventKind, QStringLiteral("training"));
        e.date = QDate::fromString(date, Qt::ISODate);
        e.title = title;
        const Status st = EventStore(m_db).insert(e);
        if (!st)
            qWarning() << st.fullText();
        return e.id;
    }
    void attend(qint64 event, qint64 person, const QString& status, const QString& role)
    {
        const Person p = PersonStore(m_db).get(person)->value();
        Attendance a;
        a.eventId = event;
        a.personId = person;
        a.statusId = code(CodeListStore::AttendanceStatus, status);
        a.roleId = code(CodeListStore::AttendanceRole, role);
        a.professionId = p.professionId;
        a.organisationId = p.organisationId;
        const Status st = AttendanceStore(m_db).save(a);
        QVERIFY2(st, qPrintable(st.fullText()));
    }
    void headcount(qint64 event, const QString& profession, int n)
    {
        QVERIFY(AttendanceStore(m_db).setHeadcount({event, code(CodeListStore::Profession, profession), n}));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("counts.sqlite"))));
        Organisation hospital;
        hospital.name = QStringLiteral("加賀市医療センター");
        hospital.reading = QStringLiteral("かがしいりょうせんたー");
        Organisation clinic;
        clinic.name = QStringLiteral("山代クリニック");
        clinic.reading = QStringLiteral("やましろくりにっく");
        QVERIFY(OrganisationStore(m_db).insert(hospital));
        QVERIFY(OrganisationStore(m_db).insert(clinic));
        m_hospital = hospital.id;
        m_clinic = clinic.id;
        m_nurseA = addPerson(QStringLiteral("看護 一郎"), QStringLiteral("かんご いちろう"), QStringLiteral("nurse"), m_hospital);
        m_nurseB = addPerson(QStringLiteral("看護 二郎"), QStringLiteral("かんご じろう"), QStringLiteral("nurse"), m_clinic);
        m_doctor = addPerson(QStringLiteral("医師 太郎"), QStringLiteral("いし たろう"), QStringLiteral("doctor"), m_clinic);
        m_lecturer = addPerson(QStringLiteral("講師 花子"), QStringLiteral("こうし はなこ"), QStringLiteral("doctor"), m_hospital);
        m_staff = addPerson(QStringLiteral("事務 局子"), QStringLiteral("じむ きょくこ"), QStringLiteral("government-officer"), 0);

        m_eventJune = addEvent(QStringLiteral("2024-06-10"), QStringLiteral("六月研修"));
        m_eventMarch = addEvent(QStringLiteral("2025-03-31"), QStringLiteral("三月研修"));
        m_eventApril = addEvent(QStringLiteral("2025-04-01"), QStringLiteral("翌年度の研修"));
        m_eventEmpty = addEvent(QStringLiteral("2024-09-01"), QStringLiteral("記録なし"));

        attend(m_eventJune, m_nurseA, QStringLiteral("present"), QStringLiteral("participant"));
        attend(m_eventJune, m_nurseB, QStringLiteral("proxy"), QStringLiteral("participant"));
        attend(m_eventJune, m_doctor, QStringLiteral("absent"), QStringLiteral("participant"));
        attend(m_eventJune, m_lecturer, QStringLiteral("present"), QStringLiteral("lecturer"));
        attend(m_eventJune, m_staff, QStringLiteral("present"), QStringLiteral("secretariat"));
        headcount(m_eventJune, QStringLiteral("nurse"), 5);
        headcount(m_eventJune, QStringLiteral("unknown"), 3);

        attend(m_eventMarch, m_nurseA, QStringLiteral("present"), QStringLiteral("participant"));
        attend(m_eventMarch, m_doctor, QStringLiteral("present"), QStringLiteral("participant"));
        attend(m_eventMarch, m_nurseB, QStringLiteral("no-reply"), QStringLiteral("participant"));

        attend(m_eventApril, m_nurseA, QStringLiteral("present"), QStringLiteral("participant"));
        headcount(m_eventApril, QStringLiteral("doctor"), 40);
    }

    void eventCounts()
    {
        ParticipantCounts counts(m_db);
        // 出席 + 代理出席 participants (2) + headcounts (5 + 3); not absent, lecturer or secretariat.
        QCOMPARE(counts.eventCount(m_eventJune), std::optional<int>(10));
        QCOMPARE(counts.eventCount(m_eventMarch), std::optional<int>(2));
        QCOMPARE(counts.eventCount(m_eventEmpty), std::optional<int>());
    }

    void breakdowns_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<int>>("values");
        QTest::addRow("event") << "event" << QStringList{"六月研修", "記録なし", "三月研修"} << QList<int>{10, -1, 2};
        QTest::addRow("profession") << "profession" << QStringList{"Doctor", "Nurse", "Unknown"} << QList<int>{1, 8, 3};
        QTest::addRow("profession-group") << "profession-group" << QStringList{"Doctor", "Nursing", "Unknown"} << QList<int>{1, 8, 3};
        QTest::addRow("organisation") << "organisation"
                                      << QStringList{"加賀市医療センター", "山代クリニック", "(affiliation unknown)"}
                                      << QList<int>{2, 2, 8};
    }

    void breakdowns()
    {
        QFETCH(QString, by);
        QFETCH(QStringList, labels);
        QFETCH(QList<int>, values);
        Status st;
        const auto table = ParticipantCounts(m_db).compute(FiscalYear(2024), *CountTable::breakdownFromName(by), &st);
        QVERIFY2(table, qPrintable(st.fullText()));
        QStringList gotLabels;
        QList<int> gotValues;
        for (const CountTable::Row& r : table->rows) {
            gotLabels << r.label;
            gotValues << r.count.value_or(-1);
        }
        QCOMPARE(gotLabels, labels);
        QCOMPARE(gotValues, values);
        QCOMPARE(table->total, 12);          // 延べ: 10 + 2; the April event is next year
        QCOMPARE(table->distinctPersons, 3); // 実人数: nurse A, nurse B, doctor
        int sum = 0;
        for (int v : values)
            sum += std::max(v, 0);
        QCOMPARE(sum, table->total);
    }

    void distinctPersonsPerRow()
    {
        // 延べ and 実人数 per row: nurse A came twice, nurse B once (by proxy), 5 nurses by headcount.
        Status st;
        const auto table = ParticipantCounts(m_db).compute(FiscalYear(2024), CountTable::Breakdown::Profession, &st);
        QVERIFY2(table, qPrintable(st.fullText()));
        QCOMPARE(table->rows.size(), 3);
        QCOMPARE(table->rows.at(1).count, std::optional<int>(8));
        QCOMPARE(table->rows.at(1).distinctPersons, 2);
        QCOMPARE(table->rows.at(0).distinctPersons, 1);
        QCOMPARE(table->rows.at(2).distinctPersons, 0); // headcounts cannot be told apart
        const auto events = ParticipantCounts(m_db).compute(FiscalYear(2024), CountTable::Breakdown::Event, &st);
        QCOMPARE(events->rows.first().distinctPersons, 2);
    }

    void nextFiscalYear()
    {
        Status st;
        const auto table = ParticipantCounts(m_db).compute(FiscalYear(2025), CountTable::Breakdown::Event, &st);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->total, 41);
        QCOMPARE(table->distinctPersons, 1);
    }

    void countsStayAsOfTheEvent()
    {
        // Nurse A becomes a care manager at another organisation: last year's counts must not move.
        Person p = PersonStore(m_db).get(m_nurseA)->value();
        p.professionId = code(CodeListStore::Profession, QStringLiteral("care-manager"));
        p.organisationId = m_clinic;
        QVERIFY(PersonStore(m_db).update(p));
        Status st;
        const auto table = ParticipantCounts(m_db).compute(FiscalYear(2024), CountTable::Breakdown::Profession, &st);
        QVERIFY(table);
        QCOMPARE(table->rows.at(1).label, QStringLiteral("Nurse"));
        QCOMPARE(table->rows.at(1).count, std::optional<int>(8));
    }

    void jsonShape()
    {
        Status st;
        const auto table = ParticipantCounts(m_db).compute(FiscalYear(2024), CountTable::Breakdown::Event, &st);
        QVERIFY(table);
        const QJsonObject root = QJsonDocument::fromJson(CountTableWriter::toJson(*table)).object();
        QCOMPARE(root.value(QStringLiteral("fiscal_year")).toInt(), 2024);
        QCOMPARE(root.value(QStringLiteral("by")).toString(), QStringLiteral("event"));
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 12);
        QCOMPARE(root.value(QStringLiteral("distinct_persons")).toInt(), 3);
        const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2024-06-10"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("count")).toInt(), 10);
        QVERIFY(rows.at(1).toObject().value(QStringLiteral("count")).isNull());
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("key")).toInteger(), m_eventJune);

        const auto byProfession = ParticipantCounts(m_db).compute(FiscalYear(2024), CountTable::Breakdown::Profession, &st);
        const QJsonObject p = QJsonDocument::fromJson(CountTableWriter::toJson(*byProfession)).object();
        const QJsonObject first = p.value(QStringLiteral("rows")).toArray().first().toObject();
        QVERIFY(!first.contains(QStringLiteral("date")));
        QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("doctor"));
    }

    void matrixAddsUpToTheBreakdowns()
    {
        Status st;
        const ParticipantCounts counts(m_db);
        const auto matrix = counts.computeMatrix(FiscalYear(2024), &st);
        QVERIFY2(matrix, qPrintable(st.fullText()));
        const auto events = counts.compute(FiscalYear(2024), CountTable::Breakdown::Event, &st);
        const auto professions = counts.compute(FiscalYear(2024), CountTable::Breakdown::Profession, &st);
        QVERIFY(events && professions);
        QCOMPARE(matrix->events.rows.size(), events->rows.size());
        QCOMPARE(matrix->professions.rows.size(), professions->rows.size());
        QCOMPARE(matrix->cells.size(), events->rows.size());
        int grandTotal = 0;
        for (qsizetype e = 0; e < events->rows.size(); ++e) {
            int rowSum = 0;
            for (qsizetype p = 0; p < professions->rows.size(); ++p)
                rowSum += matrix->cell(e, p);
            QCOMPARE(rowSum, events->rows.at(e).count.value_or(0));
            grandTotal += rowSum;
        }
        for (qsizetype p = 0; p < professions->rows.size(); ++p) {
            int columnSum = 0;
            for (qsizetype e = 0; e < events->rows.size(); ++e)
                columnSum += matrix->cell(e, p);
            QCOMPARE(columnSum, professions->rows.at(p).count.value_or(0));
        }
        QCOMPARE(grandTotal, events->total);
        QCOMPARE(matrix->events.total, 12);
        // June: nurses A and B (代理) plus a headcount of 5 nurses; 3 of unknown profession.
        QCOMPARE(matrix->events.rows.at(0).label, QStringLiteral("六月研修"));
        QCOMPARE(matrix->professions.rows.at(1).key, QStringLiteral("nurse"));
        QCOMPARE(matrix->cell(0, 1), 7);
        QCOMPARE(matrix->cell(0, 2), 3);
        QVERIFY(!matrix->events.rows.at(1).count); // 記録なし: never recorded, all cells 0
        QCOMPARE(matrix->cells.at(1), QList<int>(3, 0));
    }

    void csvHasTotals()
    {
        Status st;
        const auto bytes = CountsExport::toBytes(m_db, FiscalYear(2024), CountsExport::Kind::ProfessionGroup,
                                                 CountsExport::Format::CsvUtf8, &st);
        QVERIFY2(bytes, qPrintable(st.fullText()));
        const QStringList lines = QString::fromUtf8(bytes->mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3 + 2);
        QCOMPARE(lines.at(2), QStringLiteral("Nursing,8"));
        QCOMPARE(lines.at(4), QStringLiteral("Total (all participations),12"));
        QCOMPARE(lines.at(5), QStringLiteral("Distinct named participants,3"));
    }
};

RENKEI_TEST_MAIN(TestCounts)
#include "TestCounts.moc"
