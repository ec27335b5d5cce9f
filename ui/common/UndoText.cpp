#include "common/UndoText.h"

#include <QStringList>

QString UndoText::change(const QList<Field>& fields, const QString& record)
{
    QStringList changed;
    for (const Field& f : fields)
        if (f.changed)
            changed << f.name;
    const QString what = changed.size() == 1 ? changed.first() : tr("details");
    return tr("Change of %1 (%2)", "the field, the record").arg(what, record);
}
