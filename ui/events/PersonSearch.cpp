#include "events/PersonSearch.h"

#include "events/PickLists.h"
#include "store/CodeListStore.h"
#include "store/PersonStore.h"
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

void PersonSearch::setDatabase(const Database* db)
{
    m_db = db;
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
    if (!m_db || TextFolding::fold(m_edit->text()).isEmpty())
        return;
    CodeListStore codes(*m_db);
    for (const Person& p : PersonStore(*m_db).search(m_edit->text(), MaxMatches).valueOr({})) {
        QString text = PickLists::personWithAffiliation(*m_db, p);
        if (p.professionId)
            text += QStringLiteral(" ・ ") + codes.label(p.professionId);
        if (!p.active)
            continue;
        auto* item = new QListWidgetItem(text, m_matches);
        item->setData(IdRole, p.id);
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

void PersonSearch::choose()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
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
