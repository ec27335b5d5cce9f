#include "bodies/PersonPicker.h"

#include "bodies/PersonMatchModel.h"
#include "common/Dialogs.h"
#include "service/PeopleService.h"

#include <QAbstractItemView>
#include <QCompleter>

PersonPicker::PersonPicker(QWidget* parent)
    : QLineEdit(parent), m_matches(new PersonMatchModel(this)), m_completer(new QCompleter(m_matches, this))
{
    // The model already holds the folded matches; the completer must not filter them again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    setPlaceholderText(tr("Type part of a name or reading"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textEdited, this, &PersonPicker::textWasEdited);
    connect(m_completer, QOverload<const QModelIndex&>::of(&QCompleter::activated), this,
            &PersonPicker::choose);
}

Status PersonPicker::setServices(Services* services)
{
    m_services = services;
    return m_matches->setServices(services);
}

Status PersonPicker::setPerson(qint64 id)
{
    m_personId = id;
    if (!m_services || !id) {
        setText(QString());
        return Status::success();
    }
    const Result<std::optional<Person>> person = PeopleService(*m_services).get(id);
    setText(person && *person ? (*person)->name : QString());
    return person ? Status::success() : person.status();
}

void PersonPicker::report(const Status& status)
{
    if (!status)
        Dialogs::showError(this, status);
}

bool PersonPicker::resolveTyped()
{
    if (m_personId)
        return true;
    if (const Status st = m_matches->search(text()); !st) {
        report(st);
        return false;
    }
    if (m_matches->rowCount() != 1)
        return false;
    m_personId = m_matches->idAt(0);
    setText(m_matches->index(0).data(Qt::EditRole).toString());
    emit personChosen(m_personId);
    return true;
}

void PersonPicker::textWasEdited(const QString& text)
{
    m_personId = 0;
    report(m_matches->search(text));
    if (m_matches->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void PersonPicker::choose(const QModelIndex& index)
{
    m_personId = index.data(PersonMatchModel::IdRole).toLongLong();
    setText(index.data(Qt::EditRole).toString());
    emit personChosen(m_personId);
}
