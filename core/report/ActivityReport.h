#pragma once

#include "Result.h"
#include "Status.h"
#include "counts/CountTable.h"
#include "date/FiscalYear.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// 年度活動報告: what the council reports to the regional medical council for one fiscal year,
// gathered from the database; ReportHtml lays it out. Always in Japanese (labels of code lists
// too, whatever the UI language); text is as entered.
struct ActivityReport
{
    // 推進体制: a body and who sits on it during the year.
    struct Seat
    {
        QString role;         // 会長, 委員…
        QString organisation; // the member organisation, or the person's
        QString person;       // empty for a seat held by an organisation
        QString profession;   // the seat's, else the named member's own 職種
    };
    struct BodyEntry
    {
        QString name;
        QString kind;
        QString parent;
        QList<Seat> seats;
    };
    // 会議の開催状況.
    struct Meeting
    {
        QDate date;
        QString body; // the body's 略称 when it has one (it is for reports), else its name
        int number = 0;
        QString title;
        QStringList agenda; // programme items, else the theme
        QString summary;    // outcomes, else minutes
        std::optional<int> attendees;
    };
    // A lecturer as the seed writes one: 所属 役職 氏名 先生. The name is kept apart so that a
    // layout never breaks a line inside it.
    struct Lecturer
    {
        QString affiliation; // 所属 部署 役職, may be empty
        QString name;        // 氏名 先生
        QString line() const { return affiliation.isEmpty() ? name : affiliation + u' ' + name; }
        bool operator==(const Lecturer&) const = default;
    };
    // 研修会の実施状況: one row of the seed's table.
    struct Training
    {
        QDate date;
        int number = 0;
        QString title;
        QString theme; // 「独居生活者を地域で支援しよう」
        QString venue;
        QList<QPair<QString, QStringList>> programme; // kind label → item titles, in programme order
        QString format;
        std::optional<int> participants;
        QList<Lecturer> lecturers;
    };
    // One fiscal year's totals, for the comparison of three years.
    struct YearSummary
    {
        FiscalYear year{0};
        int meetings = 0;
        int trainings = 0;
        int participants = 0;   // 延べ
        int distinctPersons = 0; // 実人数
        CountTable byGroup;
    };

    FiscalYear year{0};
    QDate issued;
    QString councilName;
    QString secretariat;
    QString recipient;
    QList<BodyEntry> bodies;
    QList<Meeting> meetings;
    QList<Training> trainings;
    CountTable byProfession;
    CountTable byGroup;
    CountTable byOrganisation;
    QList<YearSummary> years; // the year two before, the previous one, this one

    // Gathers the report of `year`, issued on `issued`, in a number of queries that does not grow
    // with the year's events, items or seats; a failure when any read failed.
    static Result<ActivityReport> build(const Database& db, const FiscalYear& year, const QDate& issued);
    static std::optional<ActivityReport> build(const Database& db, const FiscalYear& year, const QDate& issued,
                                               Status* status);
    // 「theme」: in corner brackets unless already quoted.
    static QString quotedTheme(const QString& theme);
    // "R6.12.12（第1回）" as the seed writes it; without the number when there is none.
    static QString trainingDateLabel(const QDate& date, int number);
};
