#include "pages/RecordPage.h"

#include "common/ColumnWidths.h"
#include "common/FoldingFilterProxy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

RecordPage::RecordPage(Session& session, const QString& settingsKey, QWidget* parent)
    : Page(session, parent), m_settingsKey(settingsKey), m_search(new QLineEdit(this)), m_view(new QTableView(this)),
      m_proxy(new FoldingFilterProxy(this)), m_splitter(new QSplitter(this)), m_new(new QPushButton(tr("&New"), this)),
      m_duplicate(new QPushButton(tr("D&uplicate"), this)), m_delete(new QPushButton(tr("&Delete"), this))
{
    m_search->setPlaceholderText(tr("Search (kanji, kana, half-width all match)"));
    m_search->setClearButtonEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_proxy);
    // What was typed to search belongs to the file being closed: left there it would show a
    // name from that file and filter the next file's list down to nothing.
    connect(&session, &Session::aboutToClose, m_search, &QLineEdit::clear);
}

RecordPage::~RecordPage() = default;

void RecordPage::setUp(QAbstractItemModel* model, QWidget* editor)
{
    m_proxy->setSourceModel(model);
    m_widths = new ColumnWidths(m_view, m_settingsKey + QStringLiteral("/columnWidths"));
    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    m_splitter->addWidget(left);
    m_splitter->addWidget(editor);
    setStretch(3, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_search, &QLineEdit::textChanged, this, &RecordPage::search);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordPage::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &RecordPage::newRecord);
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (currentId())
            duplicateRecord(currentId());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (currentId())
            deleteRecord(currentId());
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* insert = new QShortcut(QKeySequence::New, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, &RecordPage::newRecord);
    auto* remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_delete, &QPushButton::click);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    selectionChanged();
}

void RecordPage::setStretch(int list, int editor)
{
    m_splitter->setStretchFactor(0, list);
    m_splitter->setStretchFactor(1, editor);
}

qint64 RecordPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(IdRole).toLongLong() : 0;
}

void RecordPage::selectId(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
}

void RecordPage::reloadModel(const std::function<void()>& load)
{
    const qint64 id = currentId();
    // Selecting the row again must not show the record a second time: the editor would reload
    // twice after every save.
    m_reloading = true;
    load();
    if (!m_restored) {
        m_restored = true;
        QSettings settings;
        if (!m_splitter->restoreState(settings.value(m_settingsKey + QStringLiteral("/splitter")).toByteArray()))
            m_splitter->setSizes({m_splitter->width() / 2, m_splitter->width() / 2});
        m_widths->restore();
        const QVariant sortColumn = settings.value(m_settingsKey + QStringLiteral("/sortColumn"));
        if (sortColumn.isValid() && sortColumn.toInt() < m_proxy->columnCount())
            m_view->sortByColumn(sortColumn.toInt(),
                                 Qt::SortOrder(settings.value(m_settingsKey + QStringLiteral("/sortOrder")).toInt()));
    }
    if (id)
        selectId(id);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_reloading = false;
    selectionChanged();
}

void RecordPage::search(const QString& text)
{
    const qint64 id = currentId();
    const QPersistentModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
    m_reloading = true;
    m_proxy->setSearchText(text);
    const QModelIndex again = source.isValid() ? m_proxy->mapFromSource(source) : QModelIndex();
    if (again.isValid())
        m_view->setCurrentIndex(again);
    else if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    if (m_view->currentIndex().isValid())
        m_view->scrollTo(m_view->currentIndex());
    m_reloading = false;
    if (currentId() != id)
        selectionChanged();
}

void RecordPage::hideEvent(QHideEvent* event)
{
    QSettings settings;
    settings.setValue(m_settingsKey + QStringLiteral("/splitter"), m_splitter->saveState());
    m_widths->save();
    settings.setValue(m_settingsKey + QStringLiteral("/sortColumn"), m_view->horizontalHeader()->sortIndicatorSection());
    settings.setValue(m_settingsKey + QStringLiteral("/sortOrder"), int(m_view->horizontalHeader()->sortIndicatorOrder()));
    Page::hideEvent(event);
}

void RecordPage::selectionChanged()
{
    if (m_reloading)
        return;
    const qint64 id = currentId();
    m_duplicate->setEnabled(id != 0);
    m_delete->setEnabled(id != 0);
    showRecord(id);
}
