#include "io/ImportReportList.h"

#include <QColor>
#include <QStyle>

namespace {
constexpr int RowRole = Qt::UserRole;
constexpr int FieldRole = Qt::UserRole + 1;
constexpr int MaxLines = 2000; // per outcome; more would only slow the window down
const QColor ErrorColour(0xB0, 0x00, 0x20);

QString prefixed(ImportReport::Outcome outcome, const QString& text)
{
    switch (outcome) {
    case ImportReport::Outcome::Added:
        return ImportReportList::tr("Add: %1").arg(text);
    case ImportReport::Outcome::Updated:
        return ImportReportList::tr("Update: %1").arg(text);
    case ImportReport::Outcome::Skipped:
        return ImportReportList::tr("No change: %1").arg(text);
    case ImportReport::Outcome::Error:
        break;
    }
    return text;
}
} // namespace

ImportReportList::ImportReportList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("importReport"));
    setWordWrap(true);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) { choose(item); });
    connect(this, &QListWidget::itemClicked, this, &ImportReportList::choose);
}

QSet<int> ImportReportList::show(const ImportReport& report)
{
    clear();
    QSet<int> errorRows;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ImportReport::Outcome outcome : {ImportReport::Outcome::Error, ImportReport::Outcome::Added,
                                                ImportReport::Outcome::Updated, ImportReport::Outcome::Skipped}) {
        int shown = 0;
        int hidden = 0;
        for (const ImportReport::Line& line : report.lines) {
            if (line.outcome != outcome)
                continue;
            if (outcome == ImportReport::Outcome::Error && line.row >= 0)
                errorRows << line.row;
            if (shown >= MaxLines) {
                ++hidden;
                continue;
            }
            ++shown;
            auto* item = new QListWidgetItem(prefixed(outcome, line.text), this);
            item->setData(RowRole, line.row);
            item->setData(FieldRole, line.field);
            if (outcome == ImportReport::Outcome::Error) {
                item->setIcon(warning);
                item->setForeground(ErrorColour);
            }
        }
        if (hidden > 0)
            new QListWidgetItem(tr("… and %n more.", nullptr, hidden), this);
    }
    // Problems found before any row was read (a damaged file, a missing column) have no line.
    if (report.lines.isEmpty())
        for (const QString& e : report.errors)
            (new QListWidgetItem(warning, e, this))->setForeground(ErrorColour);
    return errorRows;
}

void ImportReportList::choose(QListWidgetItem* item)
{
    if (item && item->data(RowRole).isValid() && item->data(RowRole).toInt() >= 0)
        emit rowChosen(item->data(RowRole).toInt(), item->data(FieldRole).toString());
}
