#include "people/OrganisationCombo.h"

#include "common/FoldingFilterProxy.h"
#include "db/SearchKeys.h"
#include "store/OrganisationStore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

OrganisationCombo::OrganisationCombo(QWidget* parent)
    : QComboBox(parent), m_matches(new FoldingFilterProxy(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    m_matches->setSourceModel(model());
    auto* completer = new QCompleter(m_matches, this);
    // The proxy does the (folded) filtering; the completer only shows what is left.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("type part of the name or reading"));
    connect(lineEdit(), &QLineEdit::textEdited, m_matches, &FoldingFilterProxy::setSearchText);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &OrganisationCombo::resolveTypedText);
    connect(this, &QComboBox::activated, this, &OrganisationCombo::choose);
}

void OrganisationCombo::load(const Database& db, qint64 keepId)
{
    QList<Organisation> shown;
    QString signature;
    for (const Organisation& o : OrganisationStore(db).all().valueOr({})) {
        if (!o.active && o.id != keepId)
            continue;
        shown << o;
        signature += QString::number(o.id) + u'\x1f' + o.name + u'\x1f' + o.reading + u'\x1f' +
                     QChar(o.active ? u'1' : u'0') + u'\x1e';
    }
    // Most reloads follow an edit of a person: the list is then left alone, so that an index the
    // completer is still handing over (Return in its popup) keeps pointing at the same entry.
    if (signature == m_signature && count() > 0)
        return;
    m_signature = signature;
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("(none)"), qint64(0));
    for (const Organisation& o : shown) {
        addItem(o.active ? o.name : tr("%1 (inactive)").arg(o.name), o.id);
        setItemData(count() - 1, SearchKeys::forOrganisation(o.name, o.reading),
                    FoldingFilterProxy::SearchKeyRole);
    }
    m_matches->setSearchText(QString());
    setOrganisationId(m_chosen);
}

qint64 OrganisationCombo::organisationId() const
{
    return m_chosen;
}

void OrganisationCombo::setOrganisationId(qint64 id)
{
    const QSignalBlocker blocker(this);
    const int index = findData(id);
    m_chosen = index > 0 ? id : 0;
    m_newName.clear();
    setCurrentIndex(std::max(0, index));
}

void OrganisationCombo::choose(int index)
{
    if (index < 0)
        index = 0;
    // The filter is left as it is: the completer may still map an index through it.
    const qint64 id = itemData(index).toLongLong();
    m_newName.clear();
    if (id == m_chosen) {
        setEditText(itemText(index));
        return;
    }
    m_chosen = id;
    emit organisationChosen(id);
}

// Tab while the completer's popup is open leaves without editingFinished: what was typed is
// resolved all the same, so that leaving the field always settles it.
void OrganisationCombo::focusOutEvent(QFocusEvent* event)
{
    QComboBox::focusOutEvent(event);
    if (!completer()->popup()->isVisible() && lineEdit()->text() != itemText(currentIndex()))
        resolveTypedText();
}

void OrganisationCombo::resolveTypedText()
{
    const QString text = lineEdit()->text().trimmed();
    int index = text.isEmpty() ? 0 : findText(text, Qt::MatchFixedString);
    if (index < 0) {
        m_matches->setSearchText(text);
        if (m_matches->rowCount() == 1)
            index = m_matches->mapToSource(m_matches->index(0, 0)).row();
    }
    if (index < 0 && m_newNamesAllowed && m_matches->rowCount() == 0) {
        m_chosen = 0;
        m_newName = text;
        emit newNameTyped(text);
        return;
    }
    if (index < 0) {
        // Ambiguous or unknown: keep the previous choice rather than guess.
        setOrganisationId(m_chosen);
        return;
    }
    {
        const QSignalBlocker blocker(this);
        setCurrentIndex(index);
    }
    choose(index);
}
