#pragma once

#include "Result.h"
#include "Status.h"
#include "model/CodeItem.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The editable code lists: professions and their groups, categories, kinds, roles, statuses.
class CodeListStore
{
    Q_DECLARE_TR_FUNCTIONS(CodeListStore)

public:
    // List names, as stored in code.list.
    static const QString Profession;
    static const QString ProfessionGroup;
    static const QString OrganisationCategory;
    static const QString BodyKind;
    static const QString MembershipRole;
    static const QString AttendanceStatus;
    static const QString AttendanceRole;
    static const QString EventKind;
    static const QString ProgrammeItemKind;
    static const QString EventFormat;
    static QStringList allLists();
    // Codes the program itself relies on (counts, imports, the attendance tab): they may be
    // relabelled but not deleted or deactivated.
    static bool isReserved(const QString& list, const QString& code);

    explicit CodeListStore(const Database& db);

    // One list in its order; a failed query is a failure, an empty list a list without entries.
    Result<QList<CodeItem>> list(const QString& list) const;
    // Every entry of every list, in one query (CodeListCache, reports).
    Result<QList<CodeItem>> all() const;
    // The entry `id`: none when there is no such entry, a failure when it could not be read.
    Result<std::optional<CodeItem>> get(qint64 id) const;
    // The id of a code, 0 if there is none; a failure when the list could not be read. A batch
    // (an import, a report) holds a CodeListCache instead of asking entry by entry.
    Result<qint64> idOf(const QString& list, const QString& code) const;

    // True when any record (or a profession, for a group) refers to the entry; a failure when
    // that could not be read (never "not in use" on error).
    Result<bool> isInUse(qint64 id) const;

    // An id already set (undo of a delete) is kept; 0 lets SQLite choose.
    Status insert(CodeItem& item);
    Status update(const CodeItem& item);
    Status remove(qint64 id);

private:
    const Database& m_db;
};
