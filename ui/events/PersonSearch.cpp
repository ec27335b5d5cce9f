#include "events/PersonSearch.h"

#include "events/PickLists.h"
#include "service/PeopleService.h"
#include "text/TextFolding.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
constexpr int MaxMatches = 8;
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

PersonSearch::PersonSearch(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_matches(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_matches);
    m_edit->setClearButtonEnabled(true);
    m_matches->setFocusPolicy(Qt::ClickFocus);
    m_matches->setFixedHeight(m_matches->fontMetrics().height() * 5 + 8);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &PersonSearch::refresh);
    connect(m_edit, &QLineEdit::returnPressed, this, &PersonSearch::choose);
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit chosen(item->data(IdRole).toLongLong()); });
}

void PersonSearch::setServices(Services* services)
{
    m_services = services;
    refresh();
}

void PersonSearch::clear()
{
    m_edit->clear();
    refresh();
}

void PersonSearch::refresh()
{
    m_matches->clear();
    if (!m_services || TextFolding::fold(m_edit->text()).isEmpty())
        return;
    PeopleService people(*m_services);
    const Result<QList<Person>> found = people.search(m_edit->text(), MaxMatches);
    QList<qint64> ids;
    for (const Person& p : found.valueOr({}))
        if (p.active)
            ids << p.id;
    // With their profession and organisation, read in one query for all matches.
    const Result<QList<PersonListing>> rows = found ? people.rows(ids) : Result<QList<PersonListing>>(found.status());
    if (!rows) {
        auto* item = new QListWidgetItem(rows.status().message(), m_matches);
        item->setFlags(Qt::NoItemFlags);
        item->setToolTip(rows.status().detail());
        return;
    }
    QHash<qint64, const PersonListing*> byId;
    for (const PersonListing& l : *rows)
        byId.insert(l.person.id, &l);
    for (const qint64 id : ids) { // in the search's order
        const PersonListing* l = byId.value(id);
        if (!l)
            continue;
        QString text = PickLists::personWithAffiliation(l->person, l->organisation);
        if (l->person.professionId)
            text += QStringLiteral(" ・ ") + l->profession.text();
        auto* item = new QListWidgetItem(text, m_matches);
        item->setData(IdRole, id);
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

void PersonSearch::choose()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    // The search failed (its message is listed): nobody can be picked, and nobody is created
    // who may well exist.
    if (m_matches->count() > 0 && !m_matches->item(0)->data(IdRole).isValid())
        return;
    if (QListWidgetItem* item = m_matches->currentItem())
        emit chosen(item->data(IdRole).toLongLong());
    else
        emit notFound(text);
}

bool PersonSearch::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape) {
            clear();
            emit escaped();
            return true;
        }
        if (m_matches->count() > 0 && (key == Qt::Key_Down || key == Qt::Key_Up)) {
            const int row = m_matches->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            m_matches->setCurrentRow(std::clamp(row, 0, m_matches->count() - 1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
