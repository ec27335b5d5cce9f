#include "common/ColumnWidths.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

ColumnWidths::ColumnWidths(QTableView* view, const QString& settingsKey)
    : QObject(view), m_view(view), m_settingsKey(settingsKey)
{
    Q_ASSERT(view->model());
    QHeaderView* header = view->horizontalHeader();
    // Content is measured on at most this many rows, so that a list of 50,000 stays quick.
    header->setResizeContentsPrecision(200);
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &ColumnWidths::fit);
    QAbstractItemModel* model = view->model();
    const auto later = [this] { m_later.start(); };
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::headerDataChanged, this, later);
    connect(header, &QHeaderView::sectionResized, this, &ColumnWidths::sectionResized);
    header->viewport()->installEventFilter(this);
    m_later.start();
}

void ColumnWidths::setMaximumWidth(int column, int width)
{
    m_maximum.insert(column, width);
    m_later.start();
}

int ColumnWidths::maximumWidth(int column) const
{
    if (m_maximum.contains(column))
        return m_maximum.value(column);
    return m_view->fontMetrics().horizontalAdvance(QString(24, QChar(0x6F22))); // 漢 × 24
}

int ColumnWidths::emptyWidth() const
{
    return m_view->fontMetrics().horizontalAdvance(QString(5, QChar(0x6F22))); // 漢 × 5
}

void ColumnWidths::restore()
{
    if (!m_settingsKey.isEmpty()) {
        const QByteArray state = QSettings().value(m_settingsKey).toByteArray();
        m_fitting = true;
        if (!state.isEmpty() && m_view->horizontalHeader()->restoreState(state))
            m_userSized = true;
        m_fitting = false;
    }
    fit();
}

void ColumnWidths::save()
{
    if (m_settingsKey.isEmpty())
        return;
    QSettings settings;
    if (m_userSized)
        settings.setValue(m_settingsKey, m_view->horizontalHeader()->saveState());
    else
        settings.remove(m_settingsKey);
}

void ColumnWidths::fit()
{
    m_later.stop();
    QHeaderView* header = m_view->horizontalHeader();
    const int count = header->count();
    m_fitting = true;
    for (int column = 0; column < count; ++column) {
        if (header->isSectionHidden(column))
            continue;
        if (header->stretchLastSection() && header->visualIndex(column) == count - 1)
            continue; // it takes the rest of the width
        if (header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue; // Stretch and ResizeToContents size themselves
        const int least = header->sectionSizeHint(column);
        int width = header->sectionSize(column);
        if (m_userSized)
            width = std::max(width, least);
        else if (m_view->model()->rowCount() == 0)
            width = std::max(least, emptyWidth()); // a table waiting for names, not slivers
        else
            width = std::max(least, std::min(static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(column), std::max(least, maximumWidth(column))));
        if (width != header->sectionSize(column))
            header->resizeSection(column, width);
    }
    m_fitting = false;
}

bool ColumnWidths::eventFilter(QObject*, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
        m_headerPressed = true;
    else if (event->type() == QEvent::MouseButtonRelease)
        m_headerPressed = false;
    return false;
}

void ColumnWidths::sectionResized(int column, int, int)
{
    // Only a drag (or double click) on the header is the user's choice; fitting, stretching
    // the last section as the view changes size and restoring are not, even while a mouse
    // button is down elsewhere (a click on a tab shows the view and lays it out).
    const QHeaderView* header = m_view->horizontalHeader();
    if (m_fitting || !m_headerPressed || QGuiApplication::mouseButtons() == Qt::NoButton)
        return;
    if (header->stretchLastSection() && header->visualIndex(column) == header->count() - 1)
        return;
    m_userSized = true;
    save();
}
