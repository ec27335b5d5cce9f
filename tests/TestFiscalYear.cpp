#include "date/FiscalYear.h"

#include "util/TestEnvironment.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

// The April–March fiscal year: boundaries, labels (令和元年度 for April 2019), parsing.
class TestFiscalYear : public QObject
{
    Q_OBJECT

private slots:
    void boundaries();
    void of_data();
    void of();
    void current();
    void labels_data();
    void labels();
    void ordering();
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void roundTrip();
    void choicesHaveNoGaps();
};

void TestFiscalYear::boundaries()
{
    const FiscalYear fy(2024);
    QCOMPARE(fy.startYear(), 2024);
    QCOMPARE(fy.firstDay(), QDate(2024, 4, 1));
    QCOMPARE(fy.lastDay(), QDate(2025, 3, 31));
    QVERIFY(fy.contains(QDate(2024, 4, 1)));
    QVERIFY(fy.contains(QDate(2025, 3, 31)));
    QVERIFY(fy.contains(QDate(2025, 1, 22))); // R7.1.22 belongs to 令和6年度
    QVERIFY(!fy.contains(QDate(2024, 3, 31)));
    QVERIFY(!fy.contains(QDate(2025, 4, 1)));
    QVERIFY(!fy.contains(QDate()));
    QCOMPARE(fy.previous(), FiscalYear(2023));
    QCOMPARE(fy.next(), FiscalYear(2025));
}

void TestFiscalYear::of_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("startYear");
    QTest::addRow("april 1") << QDate(2024, 4, 1) << 2024;
    QTest::addRow("march 31") << QDate(2025, 3, 31) << 2024;
    QTest::addRow("R7.1.22") << QDate(2025, 1, 22) << 2024;
    QTest::addRow("december 31") << QDate(2024, 12, 31) << 2024;
    QTest::addRow("january 1") << QDate(2024, 1, 1) << 2023;
    QTest::addRow("heisei last day") << QDate(2019, 4, 30) << 2019;
    QTest::addRow("march 2019") << QDate(2019, 3, 31) << 2018;
}

void TestFiscalYear::of()
{
    QFETCH(QDate, date);
    QFETCH(int, startYear);
    QCOMPARE(FiscalYear::of(date).startYear(), startYear);
    QVERIFY(FiscalYear::of(date).contains(date));
}

void TestFiscalYear::current()
{
    // Retry once in case the test runs across midnight of 31 March.
    const FiscalYear a = FiscalYear::current();
    const FiscalYear expected = FiscalYear::of(QDate::currentDate());
    QVERIFY(a == expected || FiscalYear::current() == expected);
    QVERIFY(FiscalYear::current().contains(QDate::currentDate()));
}

void TestFiscalYear::labels_data()
{
    QTest::addColumn<int>("startYear");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("shortLabel");
    const auto row = [](int year, const char16_t* label, const char16_t* shortLabel) {
        QTest::addRow("%d", year) << year << QString::fromUtf16(label) << QString::fromUtf16(shortLabel);
    };
    row(2024, u"令和6年度", u"R6年度");
    row(2020, u"令和2年度", u"R2年度");
    row(2019, u"令和元年度", u"R1年度");
    row(2018, u"平成30年度", u"H30年度");
    row(1989, u"平成元年度", u"H1年度");
    row(1988, u"昭和63年度", u"S63年度");
    row(1926, u"昭和元年度", u"S1年度");
    row(1925, u"大正14年度", u"T14年度");
    row(1912, u"大正元年度", u"T1年度");
    row(1900, u"明治33年度", u"M33年度");
    row(2200, u"令和182年度", u"R182年度");
}

void TestFiscalYear::labels()
{
    QFETCH(int, startYear);
    QFETCH(QString, label);
    QFETCH(QString, shortLabel);
    QCOMPARE(FiscalYear(startYear).label(), label);
    QCOMPARE(FiscalYear(startYear).shortLabel(), shortLabel);
}

void TestFiscalYear::ordering()
{
    QVERIFY(FiscalYear(2023) < FiscalYear(2024));
    QVERIFY(!(FiscalYear(2024) < FiscalYear(2024)));
    QVERIFY(FiscalYear(2024) == FiscalYear(2024));
    QVERIFY(FiscalYear(2024) != FiscalYear(2025));
    QVERIFY(FiscalYear(2025) > FiscalYear(2024));
    const QSet<FiscalYear> set{FiscalYear(2024), FiscalYear(2024), FiscalYear(2019)};
    QCOMPARE(set.size(), 2);
}

void TestFiscalYear::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("startYear");
    const auto row = [](const char* name, const char16_t* text, int year) {
        QTest::addRow("%s", name) << QString::fromUtf16(text) << year;
    };
    row("gregorian", u"2024", 2024);
    row("gregorian nendo", u"2024年度", 2024);
    row("gregorian nen", u"2024年", 2024);
    row("FY", u"FY2024", 2024);
    row("fy spaced", u"fy 2024", 2024);
    row("R6", u"R6", 2024);
    row("r6", u"r6", 2024);
    row("R6 nendo", u"R6年度", 2024);
    row("reiwa 6", u"令和6", 2024);
    row("reiwa 6 nendo", u"令和6年度", 2024);
    row("reiwa gan nendo", u"令和元年度", 2019);
    row("reiwa 1 nendo", u"令和1年度", 2019);
    row("R1", u"R1", 2019);
    row("H30", u"H30", 2018);
    row("heisei 30 nendo", u"平成30年度", 2018);
    row("heisei 31 nendo", u"平成31年度", 2019);
    row("H31", u"H31", 2019);
    row("heisei gan", u"平成元年度", 1989);
    row("showa 64", u"昭和64年度", 1989);
    row("showa 63", u"昭和63年度", 1988);
    row("meiji 33", u"明治33年度", 1900);
    row("full-width R6", u"Ｒ６", 2024);
    row("full-width reiwa", u"令和６年度", 2024);
    row("full-width gregorian", u"２０２４年度", 2024);
    row("spaces", u"  令和 6 年度 ", 2024);
    row("square glyph", u"㋿6年度", 2024);
    row("lower bound", u"1900", 1900);
    row("upper bound", u"2200", 2200);
}

void TestFiscalYear::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(int, startYear);
    QString error = QStringLiteral("stale");
    const auto fy = FiscalYear::parse(text, &error);
    QVERIFY2(fy, qPrintable(error));
    QCOMPARE(fy->startYear(), startYear);
    QVERIFY(error.isEmpty());
}

void TestFiscalYear::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustContain");
    const auto row = [](const char* name, const char16_t* text, QStringList parts) {
        QTest::addRow("%s", name) << QString::fromUtf16(text) << parts;
    };
    row("empty", u"", {QStringLiteral("No fiscal year")});
    row("junk", u"next year",
        {QStringLiteral("\"next year\" is not a fiscal year"), QStringLiteral("R6"),
         QStringLiteral(u"令和6年度")});
    row("date", u"2024-04-01", {QStringLiteral("not a fiscal year")});
    row("era year 0", u"令和0年度", {QStringLiteral(u"令和0年度"), QStringLiteral("year 0")});
    row("R0", u"R0", {QStringLiteral("year 0")});
    row("heisei 32", u"平成32年度",
        {QStringLiteral(u"平成32年度"), QStringLiteral("2019-04-30"), QStringLiteral("year 32")});
    row("H40", u"H40", {QStringLiteral("year 40")});
    row("showa 65", u"S65", {QStringLiteral("1989-01-07"), QStringLiteral("year 65")});
    row("unknown era", u"X6", {QStringLiteral("\"X\""), QStringLiteral("not a known era")});
    row("unknown kanji era", u"慶応3年度", {QStringLiteral(u"\"慶応\""), QStringLiteral("not a known era")});
    row("too early", u"1899", {QStringLiteral("1899"), QStringLiteral("1900"), QStringLiteral("2200")});
    row("too late", u"2201年度", {QStringLiteral("2201"), QStringLiteral("range")});
    row("meiji too early", u"明治5年度", {QStringLiteral("1872"), QStringLiteral("range")});
    row("short number", u"24", {QStringLiteral("\"24\""), QStringLiteral("range")});
}

void TestFiscalYear::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mustContain);
    QString error;
    const auto fy = FiscalYear::parse(text, &error);
    QVERIFY2(!fy, qPrintable(fy ? fy->label() : QString()));
    for (const QString& part : mustContain)
        QVERIFY2(error.contains(part),
                 qPrintable(QStringLiteral("\"") + part + QStringLiteral("\" missing in: ") + error));
}

void TestFiscalYear::roundTrip()
{
    for (int year = FiscalYear::MinimumStartYear; year <= FiscalYear::MaximumStartYear; ++year) {
        const FiscalYear fy(year);
        QCOMPARE(FiscalYear::of(fy.firstDay()), fy);
        QCOMPARE(FiscalYear::of(fy.lastDay()), fy);
        QCOMPARE(fy.firstDay(), fy.previous().lastDay().addDays(1));
        for (const QString& text : {fy.label(), fy.shortLabel(), QString::number(year)}) {
            QString error;
            const auto parsed = FiscalYear::parse(text, &error);
            QVERIFY2(parsed, qPrintable(text + QStringLiteral(": ") + error));
            QCOMPARE(*parsed, fy);
        }
    }
}

// The year selector's list: every year from the oldest event's to next year's, newest first,
// even years without events (令和7年度 between events of 令和6 and a today in 令和8).
void TestFiscalYear::choicesHaveNoGaps()
{
    const QDate today(2026, 11, 29); // 令和8年度
    const auto startYears = [](const QList<FiscalYear>& years) {
        QList<int> list;
        for (const FiscalYear& y : years)
            list << y.startYear();
        return list;
    };
    QCOMPARE(startYears(FiscalYear::choices(FiscalYear(2026), today)), (QList<int>{2027, 2026}));
    QCOMPARE(
        startYears(FiscalYear::choices(FiscalYear(2026), today, QDate(2024, 12, 12), QDate(2025, 1, 22))),
        (QList<int>{2027, 2026, 2025, 2024}));
    // An event dated in March belongs to the fiscal year before; one far ahead widens the list.
    QCOMPARE(startYears(FiscalYear::choices(FiscalYear(2026), today, QDate(2023, 3, 31), QDate(2029, 4, 1))),
             (QList<int>{2029, 2028, 2027, 2026, 2025, 2024, 2023, 2022}));
    // The selected year is always offered, even without events in it.
    QCOMPARE(startYears(FiscalYear::choices(FiscalYear(2020), today)),
             (QList<int>{2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020}));
}

RENKEI_TEST_MAIN(TestFiscalYear)
#include "TestFiscalYear.moc"
