#include "events/EventDetailsTab.h"

#include "common/CommitOnFocusOut.h"
#include "common/Dialogs.h"
#include "common/Session.h"
#include "common/UndoText.h"
#include "date/DateParser.h"
#include "date/JapaneseDate.h"
#include "events/PickLists.h"
#include "domain/Codes.h"
#include "service/BodyService.h"
#include "service/EventService.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>
#include <algorithm>

namespace {
constexpr int OrderRole = Qt::UserRole + 1; // the body's place in the list of bodies

// 19:00, 19時, 19時30分, 1900, full-width digits; empty is "no time".
std::optional<QTime> parseTime(const QString& text)
{
    const QString normalized = DateParser::normalize(text);
    if (normalized.isEmpty())
        return QTime();
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})(?:(?:[:.]|時)(\\d{1,2})?分?|(\\d{2}))?$"));
    const auto m = pattern.match(normalized);
    if (!m.hasMatch())
        return std::nullopt;
    const int minute = !m.captured(2).isEmpty() ? m.captured(2).toInt() : m.captured(3).toInt();
    const QTime t(m.captured(1).toInt(), minute);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

QString timeText(const QTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("H:mm")) : QString();
}

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

// A message under a field has its line kept free even when empty, so that a message appearing
// does not move the fields below while the user is typing; the full text is in the tooltip.
QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setWordWrap(false);
    label->setFixedHeight(label->fontMetrics().lineSpacing());
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    return label;
}

void showMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setToolTip(text);
}
} // namespace

EventDetailsTab::EventDetailsTab(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_kind(new QComboBox(this)), m_organiser(new QComboBox(this)),
      m_coOrganisers(new QListWidget(this)), m_series(new QLineEdit(this)),
      m_seriesCompleter(new QCompleter(new QStringListModel(this), this)), m_number(new QSpinBox(this)),
      m_date(new QLineEdit(this)), m_dateMessage(messageLabel(this)), m_start(new QLineEdit(this)),
      m_end(new QLineEdit(this)), m_timeMessage(messageLabel(this)), m_venue(new QLineEdit(this)),
      m_title(new QLineEdit(this)), m_titleMessage(messageLabel(this)), m_theme(new QLineEdit(this)),
      m_format(new QComboBox(this)), m_purpose(new QPlainTextEdit(this)),
      m_outcomes(new QPlainTextEdit(this)), m_minutes(new QPlainTextEdit(this)), m_note(new QPlainTextEdit(this))
{
    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Tit&le:"), m_title);
    form->addRow(QString(), m_titleMessage);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(QString(), m_dateMessage);
    auto* times = new QHBoxLayout;
    auto* endLabel = new QLabel(tr("to"), this);
    times->addWidget(m_start);
    times->addWidget(endLabel);
    times->addWidget(m_end);
    times->addStretch();
    auto* startLabel = new QLabel(tr("F&rom:"), this);
    startLabel->setBuddy(m_start);
    form->addRow(startLabel, times);
    form->addRow(QString(), m_timeMessage);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Or&ganiser:"), m_organiser);
    form->addRow(tr("&Co-organisers:"), m_coOrganisers);
    form->addRow(tr("&Series:"), m_series);
    form->addRow(tr("Num&ber:"), m_number);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("For&mat:"), m_format);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Outcomes:"), m_outcomes);
    form->addRow(tr("Minutes:"), m_minutes);
    form->addRow(tr("Note:"), m_note);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_date->setPlaceholderText(tr("e.g. R6.12.12, 2024/12/12, 令和6年12月12日"));
    // A hint, not something that looks like a time already entered.
    m_start->setPlaceholderText(tr("e.g. 19:00"));
    m_end->setPlaceholderText(tr("e.g. 20:30"));
    for (QLineEdit* e : {m_start, m_end})
        e->setMaximumWidth(std::max(e->fontMetrics().horizontalAdvance(QStringLiteral("000:000")),
                                    e->fontMetrics().horizontalAdvance(e->placeholderText())) +
                           24);
    m_number->setRange(0, 999);
    m_number->setSpecialValueText(tr("none"));
    m_number->setPrefix(tr("No. "));
    m_coOrganisers->setMaximumHeight(m_coOrganisers->fontMetrics().height() * 4 + 12);
    // A series is typed the same way every time: part of an existing name offers it.
    m_seriesCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_seriesCompleter->setFilterMode(Qt::MatchContains);
    m_series->setCompleter(m_seriesCompleter);
    for (QPlainTextEdit* e : {m_purpose, m_outcomes, m_minutes, m_note}) {
        e->setMinimumHeight(e->fontMetrics().height() * 4);
        CommitOnFocusOut::install(e, [this] { commit(); });
    }
    m_minutes->setMinimumHeight(m_minutes->fontMetrics().height() * 8);
    for (QLineEdit* e : {m_title, m_date, m_start, m_end, m_venue, m_theme, m_series})
        connect(e, &QLineEdit::editingFinished, this, &EventDetailsTab::commit);
    // Picking a name from the popup consumes Return, so editingFinished does not come.
    connect(m_seriesCompleter, qOverload<const QString&>(&QCompleter::activated), this, &EventDetailsTab::commit);
    connect(m_number, &QSpinBox::editingFinished, this, &EventDetailsTab::commit);
    for (QComboBox* c : {m_kind, m_organiser, m_format})
        connect(c, &QComboBox::activated, this, &EventDetailsTab::commit);
    connect(m_coOrganisers, &QListWidget::itemChanged, this, &EventDetailsTab::commit);
    setEvent(std::nullopt);
}

void EventDetailsTab::setLists()
{
    if (!m_session.isOpen()) {
        // No file: no other file's bodies, kinds or series stay in the lists.
        const QSignalBlocker blocker(m_coOrganisers);
        for (QComboBox* c : {m_kind, m_organiser, m_format})
            c->clear();
        m_coOrganisers->clear();
        static_cast<QStringListModel*>(m_seriesCompleter->model())->setStringList({});
        return;
    }
    Services& services = m_session.services();
    m_loading = true;
    // A list that cannot be read is shown as an error, not as an empty list.
    Status st = PickLists::fillCodes(m_kind, services, CodeList::EventKind);
    for (const Status& next : {PickLists::fillBodies(m_organiser, services, tr("(none)")),
                               PickLists::fillCodes(m_format, services, CodeList::EventFormat, tr("(none)"))})
        if (st && !next)
            st = next;
    const Result<QList<Body>> bodies = BodyService(services).bodies();
    if (st && !bodies)
        st = bodies.status();
    m_coOrganisers->clear();
    m_coOrganisersOf = -1;
    for (const Body& b : bodies.valueOr({})) {
        auto* item = new QListWidgetItem(b.name, m_coOrganisers);
        item->setData(Qt::UserRole, b.id);
        item->setData(OrderRole, m_coOrganisers->count() - 1);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    refreshSeries();
    m_loading = false;
    if (!st)
        Dialogs::showError(this, st);
}

void EventDetailsTab::refreshSeries()
{
    const Result<QStringList> names = EventService(m_session.services()).seriesNames();
    if (!names)
        Dialogs::showError(this, names.status());
    static_cast<QStringListModel*>(m_seriesCompleter->model())->setStringList(names.valueOr({}));
}

// The organiser is not offered as its own co-organiser, and the ticked co-organisers come first,
// so that none is hidden below the list's scroll.
void EventDetailsTab::showCoOrganisers(const Event& e)
{
    // The order is set when an event is shown, not under the mouse of the user ticking one.
    if (e.id == m_coOrganisersOf) {
        for (int i = 0; i < m_coOrganisers->count(); ++i) {
            QListWidgetItem* item = m_coOrganisers->item(i);
            const qint64 id = item->data(Qt::UserRole).toLongLong();
            item->setCheckState(e.coOrganiserIds.contains(id) && id != e.bodyId ? Qt::Checked : Qt::Unchecked);
            item->setHidden(id == e.bodyId && e.bodyId != 0);
        }
        return;
    }
    m_coOrganisersOf = e.id;
    QList<QListWidgetItem*> ticked, others;
    while (m_coOrganisers->count() > 0) {
        QListWidgetItem* item = m_coOrganisers->takeItem(0);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const bool checked = e.coOrganiserIds.contains(id) && id != e.bodyId;
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        item->setHidden(false);
        (checked ? ticked : others) << item;
    }
    const auto byOrder = [](QListWidgetItem* a, QListWidgetItem* b) {
        return a->data(OrderRole).toInt() < b->data(OrderRole).toInt();
    };
    std::sort(ticked.begin(), ticked.end(), byOrder);
    std::sort(others.begin(), others.end(), byOrder);
    for (QListWidgetItem* item : ticked + others) {
        m_coOrganisers->addItem(item);
        item->setHidden(item->data(Qt::UserRole).toLongLong() == e.bodyId && e.bodyId != 0);
    }
    m_coOrganisers->scrollToTop();
}

void EventDetailsTab::setEvent(const std::optional<Event>& event)
{
    m_loading = true;
    // A date that could not be read stays as typed, beside its explanation, until it is fixed.
    const bool keepDate = event && m_event && event->id == m_event->id && !m_dateMessage->text().isEmpty();
    m_event = event;
    const Event e = event.value_or(Event());
    setText(m_title, e.title);
    if (!keepDate) {
        setText(m_date, JapaneseDate::formatLong(e.date));
        showMessage(m_dateMessage, QString());
    }
    setText(m_start, timeText(e.startTime));
    setText(m_end, timeText(e.endTime));
    PickLists::select(m_kind, e.kindId);
    PickLists::select(m_organiser, e.bodyId);
    showCoOrganisers(e);
    setText(m_series, e.series);
    if (m_number->value() != e.number)
        m_number->setValue(e.number);
    setText(m_venue, e.venue);
    setText(m_theme, e.theme);
    PickLists::select(m_format, e.formatId);
    setText(m_purpose, e.purpose);
    setText(m_outcomes, e.outcomes);
    setText(m_minutes, e.minutes);
    setText(m_note, e.note);
    if (!event) {
        for (QLabel* l : {m_dateMessage, m_timeMessage, m_titleMessage})
            showMessage(l, QString());
    }
    setEnabled(event.has_value());
    m_loading = false;
}

std::optional<Event> EventDetailsTab::fromFields()
{
    Event e = *m_event;
    QString error;
    if (const auto date = DateParser::parse(m_date->text(), &error)) {
        e.date = *date;
        showMessage(m_dateMessage, QString());
    } else {
        showMessage(m_dateMessage, error);
    }
    const auto start = parseTime(m_start->text());
    const auto end = parseTime(m_end->text());
    if (start)
        e.startTime = *start;
    if (end)
        e.endTime = *end;
    showMessage(m_timeMessage, start && end ? QString()
                                            : tr("\"%1\" is not a time. Type it as 19:00 or 19時.")
                                                  .arg(start ? m_end->text() : m_start->text()));
    const QString title = m_title->text().trimmed();
    if (!title.isEmpty())
        e.title = title;
    showMessage(m_titleMessage, title.isEmpty() ? tr("An event needs a title.") : QString());
    e.kindId = m_kind->currentData().toLongLong();
    e.bodyId = m_organiser->currentData().toLongLong();
    e.coOrganiserIds.clear();
    for (int i = 0; i < m_coOrganisers->count(); ++i) {
        const qint64 id = m_coOrganisers->item(i)->data(Qt::UserRole).toLongLong();
        if (m_coOrganisers->item(i)->checkState() == Qt::Checked && id != e.bodyId)
            e.coOrganiserIds << id;
    }
    e.series = m_series->text().trimmed();
    e.number = m_number->value();
    e.venue = m_venue->text().trimmed();
    e.theme = m_theme->text().trimmed();
    e.formatId = m_format->currentData().toLongLong();
    e.purpose = m_purpose->toPlainText();
    e.outcomes = m_outcomes->toPlainText();
    e.minutes = m_minutes->toPlainText();
    e.note = m_note->toPlainText();
    return e;
}

QString EventDetailsTab::undoText(const Event& before, const Event& after)
{
    return UndoText::change(
        {{before.title != after.title, tr("title")},
         {before.date != after.date, tr("date")},
         {before.startTime != after.startTime || before.endTime != after.endTime, tr("time")},
         {before.kindId != after.kindId, tr("kind")},
         {before.bodyId != after.bodyId, tr("organiser")},
         {before.coOrganiserIds != after.coOrganiserIds, tr("co-organisers")},
         {before.series != after.series, tr("series")},
         {before.number != after.number, tr("number")},
         {before.venue != after.venue, tr("venue")},
         {before.theme != after.theme, tr("theme")},
         {before.formatId != after.formatId, tr("format")},
         {before.purpose != after.purpose, tr("purpose")},
         {before.outcomes != after.outcomes, tr("outcomes")},
         {before.minutes != after.minutes, tr("minutes")},
         {before.note != after.note, tr("note")}},
        UndoText::eventName(before));
}

void EventDetailsTab::commit()
{
    if (m_loading || !m_event)
        return;
    const Event before = *m_event;
    const Event after = *fromFields();
    // A date read correctly is shown back in wareki, whether or not it changed.
    if (m_dateMessage->text().isEmpty())
        setText(m_date, JapaneseDate::formatLong(after.date));
    if (after == before)
        return;
    m_event = after;
    Services& services = m_session.services();
    if (!m_session.edit(
            undoText(before, after), EditTarget::of(EditTarget::Kind::Event, after.id, EditTarget::Details),
            [&services, after] { return EventService(services).update(after); },
            [&services, before] { return EventService(services).update(before); })) {
        m_event = before;
        return;
    }
    if (after.date != before.date)
        emit dateChanged(after.id);
}
