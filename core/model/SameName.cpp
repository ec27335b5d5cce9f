#include "model/SameName.h"

#include "text/TextFolding.h"

namespace SameName {

QString key(const QString& name)
{
    return TextFolding::fold(name);
}

bool isDuplicate(const Person& person, const Person& other)
{
    if (other.id == person.id && person.id != 0)
        return false;
    const QString name = key(person.name);
    return !name.isEmpty() && person.organisationId == other.organisationId && key(other.name) == name;
}

} // namespace SameName
