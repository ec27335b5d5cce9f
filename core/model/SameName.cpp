#include "model/SameName.h"

#include "text/TextFolding.h"

namespace SameName {

QString key(const QString& name)
{
    return TextFolding::fold(name);
}

} // namespace SameName
