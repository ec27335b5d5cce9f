#pragma once

#include "Result.h"
#include "model/Organisation.h"
#include "model/PersonListing.h"
#include "model/References.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Services;

// 団体・機関: every read and write of organisations. Each write is one transaction that
// announces what it changed (Change::Entity::Organisation); a rename changes what the people of
// the organisation show, which their lists apply from that change.
class OrganisationService
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationService)

public:
    explicit OrganisationService(Services& services);

    // None when there is no such organisation; a failure when the read failed.
    Result<std::optional<Organisation>> get(qint64 id) const;
    // Every organisation in 五十音順 (pick lists): one query.
    Result<QList<Organisation>> all() const;
    // Every organisation with its category label, in 五十音順: one query.
    Result<QList<OrganisationListing>> list() const;
    // The rows of these organisations (to apply changes to a list): one query.
    Result<QList<OrganisationListing>> rows(const QList<qint64>& ids) const;
    Result<QList<Organisation>> search(const QString& text, int limit = 200) const;
    // Organisations whose name folds like `name`.
    Result<QList<Organisation>> findByName(const QString& name) const;
    // What refers to the organisation (people, memberships, bodies, attendance).
    Result<References> references(qint64 id) const;

    // The new organisation's id.
    Result<qint64> add(const Organisation& org);
    Status update(const Organisation& org);
    Status remove(qint64 id);
    // Puts a removed organisation back with its own id (undo of a delete, redo of an add).
    Status restore(const Organisation& org);

private:
    Status insert(Organisation org, const QString& message, qint64* id);

    Services& m_services;
};
