#include "io/ImportField.h"

#include "Locale.h"

QString ImportField::label() const
{
    return Locale::isJapanese() && !aliases.isEmpty() ? aliases.first() : key;
}
