#include "date/JapaneseDate.h"

#include "util/TestEnvironment.h"

#include <QCoreApplication>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

// Wareki formatting and the ICU-derived era table. Everything compared here is
// independent of the system locale: ICU is always asked for ja_JP@calendar=japanese.
class TestJapaneseDate : public QObject
{
    Q_OBJECT

private slots:
    void eraTable_data();
    void eraTable();
    void formats_data();
    void formats();
    void unsupportedFallsBackToIso();
    void weekdays_data();
    void weekdays();
    void gregorianYear_data();
    void gregorianYear();
    void fromWareki_data();
    void fromWareki();
    void findEra_data();
    void findEra();
    void everyDayConsistent();
    void threadSafe();
};

void TestJapaneseDate::eraTable_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QDate>("lastDay");

    // ICU's Meiji start is the lunisolar date 明治元年9月8日 read as if Gregorian;
    // irrelevant here because wareki is only produced from 1873 on.
    QTest::addRow("meiji") << 0 << QStringLiteral(u"明治") << QStringLiteral("M") << QDate(1868, 9, 8)
                           << QDate(1912, 7, 29);
    QTest::addRow("taisho") << 1 << QStringLiteral(u"大正") << QStringLiteral("T") << QDate(1912, 7, 30)
                            << QDate(1926, 12, 24);
    QTest::addRow("showa") << 2 << QStringLiteral(u"昭和") << QStringLiteral("S") << QDate(1926, 12, 25)
                           << QDate(1989, 1, 7);
    QTest::addRow("heisei") << 3 << QStringLiteral(u"平成") << QStringLiteral("H") << QDate(1989, 1, 8)
                            << QDate(2019, 4, 30);
    QTest::addRow("reiwa") << 4 << QStringLiteral(u"令和") << QStringLiteral("R") << QDate(2019, 5, 1)
                           << QDate();
}

void TestJapaneseDate::eraTable()
{
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QString, letter);
    QFETCH(QDate, firstDay);
    QFETCH(QDate, lastDay);

    const QList<JapaneseDate::Era>& eras = JapaneseDate::eras();
    // A newer ICU may know a later era; the five modern ones must still be first.
    QVERIFY(eras.size() >= 5);
    const JapaneseDate::Era& era = eras.at(index);
    QCOMPARE(era.name, name);
    QCOMPARE(era.letter, letter);
    QCOMPARE(era.firstDay, firstDay);
    if (index < eras.size() - 1)
        QCOMPARE(era.lastDay, lastDay.isValid() ? lastDay : eras.at(index + 1).firstDay.addDays(-1));
    else
        QVERIFY(!era.lastDay.isValid());
}

void TestJapaneseDate::formats_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("longForm");
    QTest::addColumn<QString>("noWeekday");
    QTest::addColumn<QString>("shortForm");
    QTest::addColumn<QString>("eraYear");

    const auto row = [](const char* name, QDate d, const char16_t* longForm, const char16_t* noWeekday,
                        const char* shortForm, const char16_t* eraYear) {
        QTest::addRow("%s", name) << d << QString::fromUtf16(longForm) << QString::fromUtf16(noWeekday)
                                  << QString::fromLatin1(shortForm) << QString::fromUtf16(eraYear);
    };
    row("2024-12-12", QDate(2024, 12, 12), u"令和6年12月12日（木）", u"令和6年12月12日", "R6.12.12",
        u"令和6年");
    row("reiwa first day", QDate(2019, 5, 1), u"令和元年5月1日（水）", u"令和元年5月1日", "R1.5.1",
        u"令和元年");
    row("heisei last day", QDate(2019, 4, 30), u"平成31年4月30日（火）", u"平成31年4月30日", "H31.4.30",
        u"平成31年");
    row("reiwa 2 new year", QDate(2020, 1, 1), u"令和2年1月1日（水）", u"令和2年1月1日", "R2.1.1",
        u"令和2年");
    row("showa last day", QDate(1989, 1, 7), u"昭和64年1月7日（土）", u"昭和64年1月7日", "S64.1.7",
        u"昭和64年");
    row("heisei first day", QDate(1989, 1, 8), u"平成元年1月8日（日）", u"平成元年1月8日", "H1.1.8",
        u"平成元年");
    row("taisho last day", QDate(1926, 12, 24), u"大正15年12月24日（金）", u"大正15年12月24日", "T15.12.24",
        u"大正15年");
    row("showa first day", QDate(1926, 12, 25), u"昭和元年12月25日（土）", u"昭和元年12月25日", "S1.12.25",
        u"昭和元年");
    row("meiji last day", QDate(1912, 7, 29), u"明治45年7月29日（月）", u"明治45年7月29日", "M45.7.29",
        u"明治45年");
    row("taisho first day", QDate(1912, 7, 30), u"大正元年7月30日（火）", u"大正元年7月30日", "T1.7.30",
        u"大正元年");
    row("first supported", QDate(1873, 1, 1), u"明治6年1月1日（水）", u"明治6年1月1日", "M6.1.1", u"明治6年");
    row("year 1900", QDate(1900, 1, 1), u"明治33年1月1日（月）", u"明治33年1月1日", "M33.1.1", u"明治33年");
    row("leap day", QDate(2024, 2, 29), u"令和6年2月29日（木）", u"令和6年2月29日", "R6.2.29", u"令和6年");
    row("far future", QDate(2100, 12, 31), u"令和82年12月31日（金）", u"令和82年12月31日", "R82.12.31",
        u"令和82年");
}

void TestJapaneseDate::formats()
{
    QFETCH(QDate, date);
    QFETCH(QString, longForm);
    QFETCH(QString, noWeekday);
    QFETCH(QString, shortForm);
    QFETCH(QString, eraYear);

    QCOMPARE(JapaneseDate::formatLong(date), longForm);
    QCOMPARE(JapaneseDate::formatLongNoWeekday(date), noWeekday);
    QCOMPARE(JapaneseDate::formatShort(date), shortForm);
    QCOMPARE(JapaneseDate::eraYear(date), eraYear);
}

void TestJapaneseDate::unsupportedFallsBackToIso()
{
    const QDate before(1872, 12, 31);
    QVERIFY(!JapaneseDate::isSupported(before));
    QVERIFY(!JapaneseDate::toWareki(before));
    QCOMPARE(JapaneseDate::formatLong(before), QStringLiteral("1872-12-31"));
    QCOMPARE(JapaneseDate::formatLongNoWeekday(before), QStringLiteral("1872-12-31"));
    QCOMPARE(JapaneseDate::formatShort(before), QStringLiteral("1872-12-31"));
    QVERIFY(JapaneseDate::eraYear(before).isEmpty());

    QVERIFY(JapaneseDate::formatLong(QDate()).isEmpty());
    QVERIFY(JapaneseDate::formatShort(QDate()).isEmpty());
    QVERIFY(JapaneseDate::weekdayKanji(QDate()).isEmpty());
}

void TestJapaneseDate::weekdays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("kanji");
    const char16_t* const names[] = {u"月", u"火", u"水", u"木", u"金", u"土", u"日"};
    // 2024-12-09 was a Monday.
    for (int i = 0; i < 7; ++i)
        QTest::addRow("2024-12-%02d", 9 + i) << QDate(2024, 12, 9 + i) << QString::fromUtf16(names[i]);
}

void TestJapaneseDate::weekdays()
{
    QFETCH(QDate, date);
    QFETCH(QString, kanji);
    QCOMPARE(JapaneseDate::weekdayKanji(date), kanji);
    QCOMPARE(JapaneseDate::dayOfWeekFromKanji(kanji), date.dayOfWeek());
}

void TestJapaneseDate::gregorianYear_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<int>("eraYear");
    QTest::addColumn<int>("expected"); // 0 = nullopt

    QTest::addRow("R6") << QStringLiteral("R") << 6 << 2024;
    QTest::addRow("R1") << QStringLiteral("R") << 1 << 2019;
    QTest::addRow("H31") << QStringLiteral("H") << 31 << 2019;
    QTest::addRow("H32 (no range check)") << QStringLiteral("H") << 32 << 2020;
    QTest::addRow("S64") << QStringLiteral("S") << 64 << 1989;
    QTest::addRow("T1") << QStringLiteral("T") << 1 << 1912;
    QTest::addRow("M6") << QStringLiteral("M") << 6 << 1873;
    QTest::addRow("R0") << QStringLiteral("R") << 0 << 0;
    QTest::addRow("R-1") << QStringLiteral("R") << -1 << 0;
}

void TestJapaneseDate::gregorianYear()
{
    QFETCH(QString, era);
    QFETCH(int, eraYear);
    QFETCH(int, expected);
    const auto year = JapaneseDate::gregorianYear(JapaneseDate::findEra(era), eraYear);
    if (expected == 0) {
        QVERIFY(!year);
    } else {
        QVERIFY(year);
        QCOMPARE(*year, expected);
    }
}

void TestJapaneseDate::fromWareki_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("expected"); // invalid = rejected

    QTest::addRow("R6.12.12") << QStringLiteral("R") << 6 << 12 << 12 << QDate(2024, 12, 12);
    QTest::addRow("R1.5.1") << QStringLiteral("R") << 1 << 5 << 1 << QDate(2019, 5, 1);
    QTest::addRow("R1.4.30 before reiwa") << QStringLiteral("R") << 1 << 4 << 30 << QDate();
    QTest::addRow("H31.4.30") << QStringLiteral("H") << 31 << 4 << 30 << QDate(2019, 4, 30);
    QTest::addRow("H31.5.1 after heisei") << QStringLiteral("H") << 31 << 5 << 1 << QDate();
    QTest::addRow("H32.1.1 after heisei") << QStringLiteral("H") << 32 << 1 << 1 << QDate();
    QTest::addRow("S64.1.7") << QStringLiteral("S") << 64 << 1 << 7 << QDate(1989, 1, 7);
    QTest::addRow("S64.1.8 after showa") << QStringLiteral("S") << 64 << 1 << 8 << QDate();
    QTest::addRow("H1.1.7 before heisei") << QStringLiteral("H") << 1 << 1 << 7 << QDate();
    QTest::addRow("H1.1.8") << QStringLiteral("H") << 1 << 1 << 8 << QDate(1989, 1, 8);
    QTest::addRow("R6.2.30 no such day") << QStringLiteral("R") << 6 << 2 << 30 << QDate();
    QTest::addRow("R6.13.1 no such month") << QStringLiteral("R") << 6 << 13 << 1 << QDate();
    QTest::addRow("R0.5.1 year zero") << QStringLiteral("R") << 0 << 5 << 1 << QDate();
    QTest::addRow("M5.12.31 before 1873") << QStringLiteral("M") << 5 << 12 << 31 << QDate();
    QTest::addRow("M6.1.1") << QStringLiteral("M") << 6 << 1 << 1 << QDate(1873, 1, 1);
}

void TestJapaneseDate::fromWareki()
{
    QFETCH(QString, era);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, expected);
    QCOMPARE(JapaneseDate::fromWareki({JapaneseDate::findEra(era), year, month, day}), expected);
}

void TestJapaneseDate::findEra_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("index");
    QTest::addRow("M") << QStringLiteral("M") << 0;
    QTest::addRow("t") << QStringLiteral("t") << 1;
    QTest::addRow("showa") << QStringLiteral(u"昭和") << 2;
    QTest::addRow("h") << QStringLiteral("h") << 3;
    QTest::addRow("reiwa") << QStringLiteral(u"令和") << 4;
    QTest::addRow("R") << QStringLiteral("R") << 4;
    QTest::addRow("X") << QStringLiteral("X") << -1;
    QTest::addRow("empty") << QString() << -1;
    QTest::addRow("keio (pre-1873)") << QStringLiteral(u"慶応") << -1;
}

void TestJapaneseDate::findEra()
{
    QFETCH(QString, text);
    QFETCH(int, index);
    QCOMPARE(JapaneseDate::findEra(text), index);
}

// Every day from 1873 to 2100: ICU's answer agrees with the era table (which was itself
// derived from ICU, so this checks the derivation), and fromWareki inverts toWareki.
void TestJapaneseDate::everyDayConsistent()
{
    const QList<JapaneseDate::Era>& eras = JapaneseDate::eras();
    int expectedEra = 0;
    for (QDate d = JapaneseDate::firstSupportedDate(); d <= QDate(2100, 12, 31); d = d.addDays(1)) {
        while (expectedEra + 1 < eras.size() && d >= eras.at(expectedEra + 1).firstDay)
            ++expectedEra;
        const auto w = JapaneseDate::toWareki(d);
        QVERIFY2(w, qPrintable(d.toString(Qt::ISODate)));
        if (w->era != expectedEra || w->year != d.year() - eras.at(expectedEra).firstDay.year() + 1 ||
            w->month != d.month() || w->day != d.day()) {
            QFAIL(qPrintable(QStringLiteral("wrong wareki for ") + d.toString(Qt::ISODate)));
        }
        if (JapaneseDate::fromWareki(*w) != d)
            QFAIL(qPrintable(QStringLiteral("fromWareki does not invert toWareki for ") +
                             d.toString(Qt::ISODate)));
    }
}

// icu::Calendar is not thread-safe; JapaneseDate keeps one per thread. Several threads
// formatting at once must all get the same answers as the main thread.
void TestJapaneseDate::threadSafe()
{
    QStringList expected;
    for (QDate d(2018, 1, 1); d <= QDate(2020, 12, 31); d = d.addDays(1))
        expected << JapaneseDate::formatLong(d);
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&expected, &mismatches] {
            for (int round = 0; round < 5; ++round) {
                int i = 0;
                for (QDate d(2018, 1, 1); d <= QDate(2020, 12, 31); d = d.addDays(1), ++i) {
                    if (JapaneseDate::formatLong(d) != expected.at(i))
                        ++mismatches;
                }
            }
        });
    }
    for (std::thread& th : threads)
        th.join();
    QCOMPARE(mismatches.load(), 0);
}

RENKEI_TEST_MAIN(TestJapaneseDate)
#include "TestJapaneseDate.moc"
