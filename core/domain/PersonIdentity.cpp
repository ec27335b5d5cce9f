#include "domain/PersonIdentity.h"

#include "text/TextFolding.h"

namespace PersonIdentity {

QString key(const QString& name, qint64 organisationId)
{
    return QString::number(organisationId) + u'\x1f' + TextFolding::fold(name);
}

bool isDuplicate(const Person& person, const Person& other)
{
    if (other.id == person.id && person.id != 0)
        return false;
    const QString folded = TextFolding::fold(person.name);
    return !folded.isEmpty() && person.organisationId == other.organisationId &&
           TextFolding::fold(other.name) == folded;
}

} // namespace PersonIdentity
