#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHashFunctions>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

// A Japanese fiscal year (年度), April to March, identified by the Gregorian year in
// which it starts: FiscalYear(2024) = 令和6年度 = 2024-04-01 … 2025-03-31.
class FiscalYear
{
    Q_DECLARE_TR_FUNCTIONS(FiscalYear)

public:
    // The range parse() accepts; the constructor itself takes any year.
    static constexpr int MinimumStartYear = 1900;
    static constexpr int MaximumStartYear = 2200;

    explicit FiscalYear(int startYear) : m_startYear(startYear) {}

    int startYear() const { return m_startYear; }
    QDate firstDay() const { return QDate(m_startYear, 4, 1); }
    QDate lastDay() const { return QDate(m_startYear + 1, 3, 31); }
    bool contains(const QDate& date) const;

    static FiscalYear of(const QDate& date);
    static FiscalYear current();

    // 令和6年度; the fiscal year April 2019 – March 2020 is 令和元年度, as official
    // documents call it, so the era is taken from 31 December of the start year.
    // Falls back to "2024年度" if wareki is unavailable.
    QString label() const;
    // R6年度
    QString shortLabel() const;

    // The years a window offers to choose from: from the earliest of `oldestEvent`'s year,
    // `selected` and the year of `today` to the latest of `newestEvent`'s year, `selected` and
    // the year after `today`, newest first and without gaps. Invalid dates are left out.
    static QList<FiscalYear> choices(const FiscalYear& selected, const QDate& today,
                                     const QDate& oldestEvent = {}, const QDate& newestEvent = {});

    FiscalYear previous() const { return FiscalYear(m_startYear - 1); }
    FiscalYear next() const { return FiscalYear(m_startYear + 1); }

    // Accepts 2024, 2024年度, FY2024, R6, r6, R6年度, 令和6, 令和6年度, 令和元年度, H30,
    // 平成30年度, full-width forms. 平成31年度 is accepted as FY2019 (some documents
    // written before the era change use it) but 平成32年度 is not.
    static std::optional<FiscalYear> parse(const QString& text, QString* error = nullptr);

    friend bool operator==(const FiscalYear&, const FiscalYear&) = default;
    friend std::strong_ordering operator<=>(const FiscalYear&, const FiscalYear&) = default;
    friend size_t qHash(const FiscalYear& fy, size_t seed = 0) noexcept
    {
        return qHash(fy.m_startYear, seed);
    }

private:
    static QString outOfRange(const QString& input, int startYear);

    int m_startYear;
};
