#include "date/DateParser.h"
#include "date/JapaneseDate.h"

#include "util/TestEnvironment.h"

#include <QCoreApplication>
#include <QTest>

// Every accepted spelling, every rejection (with a check that the message names the
// offending part), and a format→parse round trip over two centuries.
class TestDateParser : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void errorPointerOptional();
    void errorClearedOnSuccess();
    void roundTrip();
};

void TestDateParser::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");

    const QDate dec12(2024, 12, 12);
    const auto row = [](const char* name, const char16_t* text, QDate d) {
        QTest::addRow("%s", name) << QString::fromUtf16(text) << d;
    };
    // Gregorian
    row("iso", u"2024-12-12", dec12);
    row("slash", u"2024/12/12", dec12);
    row("slash short", u"2024/1/5", QDate(2024, 1, 5));
    row("dots", u"2024.12.12", dec12);
    row("compact", u"20241212", dec12);
    row("kanji", u"2024年12月12日", dec12);
    row("kanji no day mark", u"2024年12月12", dec12);
    row("kanji spaced", u"2024 年 12 月 12 日", dec12);
    row("seireki", u"西暦2024年12月12日", dec12);
    row("leap day", u"2024-02-29", QDate(2024, 2, 29));
    row("before 1873 gregorian", u"1850-06-01", QDate(1850, 6, 1));
    // Wareki, short
    row("R dots", u"R6.12.12", dec12);
    row("r slashes", u"r6/12/12", dec12);
    row("R dashes", u"R6-12-12", dec12);
    row("R spaced", u"R 6.12.12", dec12);
    row("R1", u"R1.5.1", QDate(2019, 5, 1));
    row("R gan", u"R元.5.1", QDate(2019, 5, 1));
    row("R padded", u"R06.01.05", QDate(2024, 1, 5));
    row("H31.4.30", u"H31.4.30", QDate(2019, 4, 30));
    row("h1.1.8", u"h1.1.8", QDate(1989, 1, 8));
    row("S64.1.7", u"S64.1.7", QDate(1989, 1, 7));
    row("S1.12.25", u"S1.12.25", QDate(1926, 12, 25));
    row("T15.12.24", u"T15.12.24", QDate(1926, 12, 24));
    row("M6.1.1", u"M6.1.1", QDate(1873, 1, 1));
    row("M45.7.29", u"M45.7.29", QDate(1912, 7, 29));
    // Wareki, kanji
    row("reiwa", u"令和6年12月12日", dec12);
    row("reiwa gan", u"令和元年5月1日", QDate(2019, 5, 1));
    row("reiwa 1", u"令和1年5月1日", QDate(2019, 5, 1));
    row("heisei last", u"平成31年4月30日", QDate(2019, 4, 30));
    row("heisei gan", u"平成元年1月8日", QDate(1989, 1, 8));
    row("showa 64", u"昭和64年1月7日", QDate(1989, 1, 7));
    row("taisho", u"大正元年7月30日", QDate(1912, 7, 30));
    row("meiji", u"明治33年1月1日", QDate(1900, 1, 1));
    row("reiwa spaced", u"令和 6 年 12 月 12 日", dec12);
    row("letter with kanji marks", u"R6年12月12日", dec12);
    row("reiwa square glyph", u"㋿6年12月12日", dec12);
    row("heisei square glyph", u"㍻31年4月30日", QDate(2019, 4, 30));
    // Weekday, correct
    row("weekday full-width parens", u"令和6年12月12日（木）", dec12);
    row("weekday ascii parens", u"令和6年12月12日(木)", dec12);
    row("weekday after short", u"R6.12.12(木)", dec12);
    row("weekday after iso", u"2024-12-12 (木)", dec12);
    row("weekday youbi", u"2024年12月12日（木曜日）", dec12);
    row("weekday youbi bare", u"2024年12月12日 木曜日", dec12);
    row("reiwa gan weekday", u"令和元年5月1日（水）", QDate(2019, 5, 1));
    // Spaces and full width
    row("surrounding spaces", u"  2024-12-12 \t", dec12);
    row("ideographic spaces", u"\u3000R6.12.12\u3000", dec12);
    row("full-width reiwa short", u"Ｒ６．１２．１２", dec12);
    row("full-width slash", u"２０２４／１２／１２", dec12);
    row("full-width hyphen", u"２０２４－１２－１２", dec12);
    row("full-width lower r", u"ｒ６／１２／１２", dec12);
    row("full-width kanji form", u"令和６年１２月１２日（木）", dec12);
    row("full-width compact", u"２０２４１２１２", dec12);
    row("katakana long mark as dash", u"2024ー12ー12", dec12);
    row("minus sign as dash", u"2024\u221212\u221212", dec12);
}

void TestDateParser::accepts()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QString error = QStringLiteral("stale");
    const auto date = DateParser::parse(text, &error);
    QVERIFY2(date, qPrintable(error));
    QCOMPARE(*date, expected);
    QVERIFY(error.isEmpty());
}

void TestDateParser::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustContain");

    const auto row = [](const char* name, const char16_t* text, QStringList parts) {
        QTest::addRow("%s", name) << QString::fromUtf16(text) << parts;
    };
    row("empty", u"", {QStringLiteral("No date")});
    row("blank", u"   ", {QStringLiteral("No date")});
    row("junk", u"tomorrow",
        {QStringLiteral("\"tomorrow\" is not a date"), QStringLiteral("2024-12-12"),
         QStringLiteral("R6.12.12"), QStringLiteral(u"令和6年12月12日")});
    row("two-digit year", u"24/12/12", {QStringLiteral("\"24/12/12\" is not a date")});
    row("mixed separators", u"2024/12-12", {QStringLiteral("2024/12-12"), QStringLiteral("not a date")});
    row("too many parts", u"2024-12-12-1", {QStringLiteral("not a date")});
    row("era without date", u"令和6年", {QStringLiteral(u"令和6年"), QStringLiteral("not a date")});
    row("impossible day short", u"R6.2.30",
        {QStringLiteral("\"R6.2.30\""), QStringLiteral("February 2024"), QStringLiteral("day 30")});
    row("impossible day iso", u"2023-02-29", {QStringLiteral("February 2023"), QStringLiteral("day 29")});
    row("impossible day kanji", u"令和6年4月31日", {QStringLiteral("April 2024"), QStringLiteral("day 31")});
    row("day zero", u"2024-12-00", {QStringLiteral("day 0")});
    row("month 13", u"2024-13-01", {QStringLiteral("\"2024-13-01\""), QStringLiteral("month 13")});
    row("month 13 wareki", u"R6.13.1", {QStringLiteral("month 13")});
    row("month 0", u"R6.0.1", {QStringLiteral("month 0")});
    row("era year 0 kanji", u"令和0年5月1日", {QStringLiteral(u"令和0年5月1日"), QStringLiteral("year 0")});
    row("era year 0 short", u"R0.5.1", {QStringLiteral("R0.5.1"), QStringLiteral("year 0")});
    row("heisei 32", u"平成32年1月1日",
        {QStringLiteral(u"平成32年1月1日"), QStringLiteral(u"平成"), QStringLiteral("2019-04-30"),
         QStringLiteral("end")});
    row("H31.5.1", u"H31.5.1",
        {QStringLiteral("H31.5.1"), QStringLiteral("2019-04-30"), QStringLiteral("end")});
    row("S64.1.8", u"S64.1.8", {QStringLiteral("1989-01-07"), QStringLiteral(u"昭和64年1月7日")});
    row("reiwa 1 april", u"令和1年4月1日",
        {QStringLiteral(u"令和1年4月1日"), QStringLiteral("start"), QStringLiteral("2019-05-01"),
         QStringLiteral(u"令和元年5月1日")});
    row("H1.1.7", u"H1.1.7", {QStringLiteral("start"), QStringLiteral("1989-01-08")});
    row("unknown era letter", u"X6.12.12",
        {QStringLiteral("\"X\""), QStringLiteral("not a known era"),
         QStringLiteral("R/") + QStringLiteral(u"令和")});
    row("unknown era kanji", u"慶応3年1月1日",
        {QStringLiteral(u"\"慶応\""), QStringLiteral("not a known era")});
    row("before 1873", u"明治5年12月31日",
        {QStringLiteral(u"明治5年12月31日"), QStringLiteral("1873-01-01")});
    row("wrong weekday", u"令和6年12月12日（水）",
        {QStringLiteral(u"令和6年12月12日（水）"), QStringLiteral("2024-12-12"), QStringLiteral("Thursday"),
         QStringLiteral("not a Wednesday")});
    row("wrong weekday short", u"R6.12.12(金)", {QStringLiteral("Thursday"), QStringLiteral("Friday")});
    row("not a weekday", u"2024-12-12(雨)", {QStringLiteral(u"\"雨\""), QStringLiteral("day of the week")});
    row("year out of range", u"0999-01-01", {QStringLiteral("999"), QStringLiteral("out of range")});
}

void TestDateParser::rejects()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mustContain);
    QString error;
    const auto date = DateParser::parse(text, &error);
    QVERIFY2(!date, qPrintable(date ? date->toString(Qt::ISODate) : QString()));
    QVERIFY(!error.isEmpty());
    for (const QString& part : mustContain)
        QVERIFY2(error.contains(part),
                 qPrintable(QStringLiteral("\"") + part + QStringLiteral("\" missing in: ") + error));
}

void TestDateParser::errorPointerOptional()
{
    QVERIFY(!DateParser::parse(QStringLiteral("nonsense")));
    QCOMPARE(DateParser::parse(QStringLiteral("R6.12.12")), std::optional<QDate>(QDate(2024, 12, 12)));
}

void TestDateParser::errorClearedOnSuccess()
{
    QString error;
    QVERIFY(!DateParser::parse(QStringLiteral("R6.2.30"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(DateParser::parse(QStringLiteral("R6.2.29"), &error));
    QVERIFY(error.isEmpty());
}

// Whatever JapaneseDate writes, DateParser reads back, for every day of two centuries
// (including the ISO fallback, which never triggers in this range but costs nothing).
void TestDateParser::roundTrip()
{
    for (QDate d(1900, 1, 1); d <= QDate(2100, 12, 31); d = d.addDays(1)) {
        for (const QString& text : {JapaneseDate::formatShort(d), JapaneseDate::formatLong(d),
                                    JapaneseDate::formatLongNoWeekday(d), d.toString(Qt::ISODate)}) {
            QString error;
            const auto parsed = DateParser::parse(text, &error);
            if (!parsed || *parsed != d)
                QFAIL(qPrintable(d.toString(Qt::ISODate) + QStringLiteral(": ") + text +
                                 QStringLiteral(" → ") + (parsed ? parsed->toString(Qt::ISODate) : error)));
        }
    }
}

RENKEI_TEST_MAIN(TestDateParser)
#include "TestDateParser.moc"
