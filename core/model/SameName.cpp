#include "model/SameName.h"

#include "text/TextFolding.h"

namespace SameName {

QString key(const QString& name)
{
    return TextFolding::fold(name);
}

bool samePerson(const Person& a, const Person& b)
{
    return a.organisationId == b.organisationId && key(a.name) == key(b.name);
}

bool isDuplicate(const Person& person, const Person& other)
{
    if (other.id == person.id && person.id != 0)
        return false;
    return !key(person.name).isEmpty() && samePerson(person, other);
}

} // namespace SameName
