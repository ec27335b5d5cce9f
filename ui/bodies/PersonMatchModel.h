#pragma once

#include "model/Person.h"

#include <QAbstractListModel>
#include <QHash>

class Database;

// The people a typed text finds (PersonStore::search, folded: 白崎 finds 白﨑), for a completer.
// The popup shows the name with the affiliation; the completion put into the field is the name.
class PersonMatchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 102;

    explicit PersonMatchModel(QObject* parent = nullptr);
    void setDatabase(const Database* db);
    // Active people matching `text`; nobody for an empty text.
    void search(const QString& text);
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const Database* m_db = nullptr;
    QHash<qint64, QString> m_organisations;
    QList<Person> m_people;
};
