#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Participant counts of one fiscal year, broken down one way.
struct CountTable
{
    enum class Breakdown { Event, Profession, ProfessionGroup, Organisation };

    struct Row
    {
        QString key;   // event id, profession or group code, organisation id ("" = unknown)
        QString label; // what a person reads
        QDate date;    // events only
        QString kind;  // events only: 研修会, 会議, …
        QString body;  // events only: the organising body ("" = none)
        std::optional<int> count; // events whose attendance was never recorded have none
        int distinctPersons = 0;  // 実人数 of the row: distinct named participants
    };

    int fiscalYear = 0;
    Breakdown by = Breakdown::Event;
    QList<Row> rows;
    int total = 0;           // 延べ人数: every participation, named and headcount
    int distinctPersons = 0; // 実人数: distinct named participants (headcounts cannot be told apart)

    static QString breakdownName(Breakdown by);
    static std::optional<Breakdown> breakdownFromName(const QString& name);
};
