#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// Reads a date the way people type it in a Japanese office: Gregorian (2024-12-12,
// 2024/1/5, 2024.12.12, 20241212, 2024年12月12日) or wareki (R6.12.12, r6/12/12,
// 令和6年12月12日, 令和元年5月1日, H31.4.30, ㋿6.12.12), in full- or half-width, with an
// optional weekday such as （木） that is checked but otherwise ignored.
// On failure it explains, in a translatable sentence naming the input, what is wrong.
class DateParser
{
    Q_DECLARE_TR_FUNCTIONS(DateParser)

public:
    static std::optional<QDate> parse(const QString& text, QString* error = nullptr);

    // NFKC plus the dash look-alikes an IME produces (ー, −, ‐), trimmed; shared with
    // FiscalYear so both read full-width input identically.
    static QString normalize(const QString& text);
    // "M/明治, T/大正, S/昭和, H/平成, R/令和" for error messages.
    static QString knownErasText();
};
