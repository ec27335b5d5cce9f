#include "model/CodeItem.h"

#include "Locale.h"

QString CodeItem::label() const
{
    if (Locale::isJapanese() || labelEn.isEmpty())
        return labelJa;
    return labelEn;
}
