#include "report/SignInSheet.h"

#include "date/JapaneseDate.h"
#include "report/FittedText.h"
#include "report/ReportFont.h"
#include "store/BodyStore.h"
#include "store/CodeListCache.h"

#include <QDir>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <iterator>

namespace {
// Millimetres inside the margins of an A4 portrait page.
constexpr qreal margin = 15;
constexpr qreal pageWidth = 210 - 2 * margin;
constexpr qreal pageHeight = 297 - 2 * margin;
constexpr qreal headerHeight = 33.5;
constexpr qreal tableHeaderHeight = 9;
constexpr qreal rowHeight = 9; // room to sign
constexpr qreal footerHeight = 6;
constexpr qreal padding = 1.2;
constexpr qreal thinLine = 0.2;
constexpr qreal thickLine = 0.4;
constexpr int rowsPerPage = int((pageHeight - headerHeight - tableHeaderHeight - footerHeight - 1) / rowHeight);

enum Column { NumberColumn, OrganisationColumn, ProfessionColumn, NameColumn, SignatureColumn, ProxyColumn };
constexpr qreal columnWidths[] = {9, 46, 24, 36, 37, 28};
constexpr int columnCount = int(std::size(columnWidths));

qreal columnLeft(int column)
{
    qreal x = 0;
    for (int i = 0; i < column; ++i)
        x += columnWidths[i];
    return x;
}

QFont sheetFont(qreal pointSize, bool bold = false)
{
    QFont font = ReportFont::body();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

FittedText::Style style(qreal pointSize, qreal minimum, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter,
                        bool wrap = false)
{
    return FittedText::Style{sheetFont(pointSize), alignment, minimum, wrap};
}

QString timeRange(const Event& event)
{
    if (!event.startTime.isValid())
        return QString();
    QString text = event.startTime.toString(QStringLiteral("H:mm")) + u'～';
    if (event.endTime.isValid())
        text += event.endTime.toString(QStringLiteral("H:mm"));
    return text;
}
} // namespace

SignInSheet::SignInSheet(const Database& db, qint64 eventId)
    : m_roster(db, eventId), m_status(m_roster.status()), m_printDate(QDate::currentDate())
{
    const auto& event = m_roster.event();
    if (!event)
        return;
    const Result<CodeListCache> codes = CodeListCache::load(db);
    if (!codes) {
        m_status = codes.status();
        return;
    }
    m_title = !event->title.isEmpty() ? event->title : codes->label(event->kindId);
    m_when = QString(JapaneseDate::formatLong(event->date) + u' ' + timeRange(*event)).trimmed();
    m_venue = event->venue;
    BodyStore bodies(db);
    QStringList organisers;
    for (qint64 id : QList<qint64>{event->bodyId} + event->coOrganiserIds)
        if (id) {
            const auto body = bodies.get(id);
            if (!body) {
                m_status = body.status();
                return;
            }
            if (*body)
                organisers << (*body)->name;
        }
    m_organiser = organisers.join(u'・');
}

QList<SignInSheet::Line> SignInSheet::lines() const
{
    QList<Line> out;
    int number = 0;
    const EventRoster::Entry* previous = nullptr;
    for (const EventRoster::Entry& e : m_roster.entries()) {
        const bool newGroup = !previous || previous->organisation != e.organisation ||
                              previous->organisationId != e.organisationId;
        out << Line{Line::Entry, ++number, &e, newGroup};
        previous = &e;
    }
    if (out.size() % rowsPerPage == rowsPerPage - 1)
        out << Line{}; // the heading starts the next page instead of ending this one
    out << Line{Line::WalkInHeading};
    const qsizetype filled = out.size() + minimumWalkInRows;
    const qsizetype blanks = minimumWalkInRows + (rowsPerPage - filled % rowsPerPage) % rowsPerPage;
    for (qsizetype i = 0; i < blanks; ++i)
        out << Line{Line::Blank, ++number};
    return out;
}

int SignInSheet::pageCount() const
{
    return int((lines().size() + rowsPerPage - 1) / rowsPerPage);
}

Status SignInSheet::print(QPagedPaintDevice* device) const
{
    if (!m_status)
        return m_status;
    if (!isValid())
        return Status::failure(tr("The event no longer exists."));
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(tr("The sign-in sheet could not be drawn."));
    const QList<Line> all = lines();
    const int pages = pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        QList<Line> page = all.mid(qsizetype(p) * rowsPerPage, rowsPerPage);
        for (Line& line : page) {
            if (line.kind == Line::Entry) {
                line.showOrganisation = true; // the first entry of a page names its organisation
                break;
            }
        }
        paintPage(painter, page, p + 1, pages);
    }
    painter.end();
    return Status::success();
}

Status SignInSheet::writePdf(const QString& path) const
{
    if (!m_status)
        return m_status;
    if (!isValid())
        return Status::failure(tr("The event no longer exists."));
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("The file \"%1\" could not be written.").arg(shown), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Sign-in sheet") + u' ' + m_title);
        writer.setCreator(QStringLiteral("Renkei"));
        if (Status st = print(&writer); !st) {
            file.cancelWriting();
            return st;
        }
    }
    if (!file.commit())
        return Status::failure(tr("The file \"%1\" could not be written.").arg(shown), file.errorString());
    return Status::success();
}

Status SignInSheet::writePdf(const Database& db, qint64 eventId, const QString& path)
{
    const SignInSheet sheet(db, eventId);
    if (!sheet.status())
        return sheet.status();
    if (!sheet.isValid())
        return Status::failure(tr("There is no event with the id %1.").arg(eventId));
    return sheet.writePdf(path);
}

void SignInSheet::paintPage(QPainter& painter, const QList<Line>& page, int pageNumber, int pages) const
{
    const qreal unit = painter.device()->logicalDpiX() / 25.4; // device pixels per millimetre
    const auto mm = [unit](qreal x, qreal y, qreal w, qreal h) { return QRectF(x * unit, y * unit, w * unit, h * unit); };
    const auto cell = [&](int column, qreal y, qreal h) {
        return mm(columnLeft(column) + padding, y + 0.4, columnWidths[column] - 2 * padding, h - 0.8);
    };
    const auto line = [&](qreal x1, qreal y1, qreal x2, qreal y2, qreal width) {
        painter.setPen(QPen(Qt::black, width * unit, Qt::SolidLine, Qt::SquareCap));
        painter.drawLine(QPointF(x1 * unit, y1 * unit), QPointF(x2 * unit, y2 * unit));
    };
    const Qt::Alignment centred = Qt::AlignCenter;
    painter.setPen(Qt::black);

    // The event, on every page.
    FittedText::draw(painter, mm(0, 0, pageWidth, 9), tr("Sign-in sheet"),
                     FittedText::Style{sheetFont(16, true), centred, 12, false});
    FittedText::draw(painter, mm(0, 9, pageWidth, 8), m_title, style(13, 8, centred));
    QStringList info;
    if (!m_when.isEmpty())
        info << tr("Date: %1").arg(m_when);
    if (!m_venue.isEmpty())
        info << tr("Venue: %1").arg(m_venue);
    if (!m_organiser.isEmpty())
        info << tr("Organiser: %1").arg(m_organiser);
    for (qsizetype i = 0; i < info.size(); ++i)
        FittedText::draw(painter, mm(0, 17.5 + 4.5 * qreal(i), pageWidth, 4.5), info.at(i), style(9.5, 7));

    // The table header, on every page.
    const qreal top = headerHeight;
    painter.fillRect(mm(0, top, pageWidth, tableHeaderHeight), QColor(0xe4, 0xe4, 0xe4));
    const QStringList headers{tr("No."),  tr("Organisation"), tr("Profession"),
                              tr("Name"), tr("Signature"),    tr("If attending for a member:\nname")};
    painter.setPen(Qt::black);
    for (int c = 0; c < columnCount; ++c)
        FittedText::draw(painter, cell(c, top, tableHeaderHeight), headers.at(c), style(8.5, 6, centred, true));
    for (int c = 1; c < columnCount; ++c)
        line(columnLeft(c), top, columnLeft(c), top + tableHeaderHeight, thinLine);

    qreal bottom = top + tableHeaderHeight;
    for (qsizetype i = 0; i < page.size(); ++i) {
        const Line& l = page.at(i);
        const qreal y = top + tableHeaderHeight + rowHeight * qreal(i);
        if (l.kind == Line::Empty)
            continue;
        bottom = y + rowHeight;
        if (l.kind == Line::WalkInHeading) {
            painter.fillRect(mm(0, y, pageWidth, rowHeight), QColor(0xf2, 0xf2, 0xf2));
            painter.setPen(Qt::black);
            FittedText::draw(painter, mm(padding, y, pageWidth - 2 * padding, rowHeight),
                             tr("Walk-ins: if your name is not listed above, please write it below"),
                             style(9, 6));
            line(0, bottom, pageWidth, bottom, thinLine);
            continue;
        }
        painter.setPen(Qt::black);
        FittedText::draw(painter, cell(NumberColumn, y, rowHeight), QString::number(l.number), style(8, 6, centred));
        if (const EventRoster::Entry* e = l.entry) {
            if (l.showOrganisation)
                FittedText::draw(painter, cell(OrganisationColumn, y, rowHeight), e->organisation,
                                 style(8.5, 6, Qt::AlignLeft | Qt::AlignVCenter, true));
            FittedText::draw(painter, cell(ProfessionColumn, y, rowHeight), e->profession,
                             style(8.5, 6, Qt::AlignLeft | Qt::AlignVCenter, true));
            FittedText::draw(painter, cell(NameColumn, y, rowHeight), e->name, style(11, 7));
            FittedText::draw(painter, cell(ProxyColumn, y, rowHeight), e->substitute, style(9, 6));
        }
        // An organisation's rows share one cell: no line across it until the group ends.
        const bool groupGoesOn = i + 1 < page.size() && page.at(i + 1).kind == Line::Entry &&
                                 !page.at(i + 1).showOrganisation;
        line(groupGoesOn ? columnLeft(ProfessionColumn) : 0, bottom, pageWidth, bottom, thinLine);
        if (groupGoesOn)
            line(0, bottom, columnLeft(OrganisationColumn), bottom, thinLine);
        for (int c = 1; c < columnCount; ++c)
            line(columnLeft(c), y, columnLeft(c), bottom, thinLine);
    }
    line(0, top + tableHeaderHeight, pageWidth, top + tableHeaderHeight, thickLine);
    painter.setPen(QPen(Qt::black, thickLine * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(mm(0, top, pageWidth, bottom - top));

    // The footer.
    painter.setPen(Qt::black);
    const QRectF footer = mm(0, pageHeight - footerHeight, pageWidth, footerHeight);
    FittedText::draw(painter, footer, tr("Printed: %1").arg(JapaneseDate::formatLongNoWeekday(m_printDate)),
                     style(8, 6, Qt::AlignLeft | Qt::AlignBottom));
    FittedText::draw(painter, footer, QStringLiteral("%1 / %2").arg(pageNumber).arg(pages),
                     style(9, 7, Qt::AlignHCenter | Qt::AlignBottom));
}
