#include "people/PersonListModel.h"

#include "db/SearchKeys.h"
#include "store/CodeListStore.h"
#include "store/OrganisationStore.h"
#include "store/PersonStore.h"
#include "text/TextFolding.h"

#include <QHash>

namespace {
struct Named
{
    QString label;
    QString sortKey;
    QString folded;
};
} // namespace

PersonListModel::PersonListModel(QObject* parent) : RecordListModel(ColumnCount, ActiveColumn, parent) {}

void PersonListModel::load(const Database* db)
{
    beginResetModel();
    m_rows.clear();
    if (db) {
        // Labels and keys are computed once per profession and organisation, not once per person.
        QHash<qint64, Named> professions;
        for (const CodeItem& c : CodeListStore(*db).items(CodeListStore::Profession))
            professions.insert(
                c.id, {c.label(), QStringLiteral("%1").arg(c.sortOrder, 8, 10, QLatin1Char('0')), QString()});
        QHash<qint64, Named> organisations;
        for (const Organisation& o : OrganisationStore(*db).all().valueOr({}))
            organisations.insert(
                o.id, {o.name, TextFolding::sortKey(o.reading, o.name), TextFolding::fold(o.name)});
        const QList<Person> people = PersonStore(*db).all().valueOr({});
        m_rows.reserve(people.size());
        for (const Person& p : people) {
            const Named profession = professions.value(p.professionId);
            const Named org = organisations.value(p.organisationId);
            QString key = SearchKeys::forPerson(p.name, p.reading);
            if (!org.folded.isEmpty())
                key += TextFolding::searchKeySeparator() + org.folded;
            m_rows << Row{p,
                          profession.label,
                          profession.sortKey,
                          org.label,
                          org.sortKey,
                          key,
                          TextFolding::sortKey(p.reading, p.name)};
        }
    }
    endResetModel();
}

const Person* PersonListModel::person(qint64 id) const
{
    for (const Row& r : m_rows)
        if (r.person.id == id)
            return &r.person;
    return nullptr;
}

int PersonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PersonListModel::sortKey(int row, int column) const
{
    // Ties (same profession, same organisation) fall back to the person's 五十音順.
    const Row& r = m_rows.at(row);
    switch (column) {
    case NameColumn:
    case ReadingColumn:
        return r.sortKey;
    case ProfessionColumn:
        return QString((r.professionSortKey.isEmpty() ? QStringLiteral("~") : r.professionSortKey) + r.sortKey);
    case OrganisationColumn:
        return QString((r.organisationSortKey.isEmpty() ? QString(QChar(0xFFFF)) : r.organisationSortKey) +
                       QChar(0x1F) + r.sortKey);
    case ActiveColumn:
        return QString(QChar(r.person.active ? u'0' : u'1') + r.sortKey);
    }
    return RecordListModel::sortKey(row, column);
}

QVariant PersonListModel::display(int row, int column) const
{
    const Person& p = m_rows.at(row).person;
    switch (column) {
    case NameColumn:
        return p.name;
    case ReadingColumn:
        return p.reading;
    case ProfessionColumn:
        return m_rows.at(row).profession;
    case OrganisationColumn:
        return m_rows.at(row).organisation;
    case DepartmentColumn:
        return p.department;
    case TitleColumn:
        return p.title;
    }
    return QVariant();
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReadingColumn:
        return tr("Reading");
    case ProfessionColumn:
        return tr("Profession");
    case OrganisationColumn:
        return tr("Organisation");
    case DepartmentColumn:
        return tr("Department");
    case TitleColumn:
        return tr("Title");
    case ActiveColumn:
        return tr("Status");
    }
    return QVariant();
}
