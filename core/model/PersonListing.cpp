#include "model/PersonListing.h"

#include "model/CodeItem.h"

QString CodeLabel::text() const
{
    CodeItem item;
    item.labelJa = ja;
    item.labelEn = en;
    return item.label();
}
