#pragma once

#include "Status.h"
#include "model/Person.h"

#include <QAbstractListModel>
#include <QHash>

class Services;

// The people a typed text finds (PeopleService::search, folded: 白崎 finds 白﨑), for a completer.
// The popup shows the name with the affiliation; the completion put into the field is the name.
class PersonMatchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 102;

    explicit PersonMatchModel(QObject* parent = nullptr);
    // Reads the organisations' names once (null: no council open); a failure when that failed.
    Status setServices(Services* services);
    // Active people matching `text`; nobody for an empty text, and nobody with a failure when
    // the search failed.
    Status search(const QString& text);
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    Services* m_services = nullptr;
    QHash<qint64, QString> m_organisations;
    QList<Person> m_people;
};
