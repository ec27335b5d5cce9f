#pragma once

#include "model/Event.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class Session;

// The details of an event: kind, organiser and co-organisers, series (completed from the series
// already used) and number (第N回), date typed in any form the core parses and shown back in
// wareki, times, venue, title, theme, format, purpose, outcomes, minutes and note. A field saves
// when it is left, as one undoable step; a date or time that cannot be read is explained beside
// the field and not saved.
class EventDetailsTab : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetailsTab(Session& session, QWidget* parent = nullptr);
    // Refills the pick lists (kinds, bodies, formats, series) from the open file; setEvent()
    // shows the event in them.
    void setLists();
    void setEvent(const std::optional<Event>& event);
    // Offers the series names events use now (after an event was saved).
    void refreshSeries();

    QLineEdit* dateEdit() const { return m_date; }
    QLabel* dateMessage() const { return m_dateMessage; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* organiserCombo() const { return m_organiser; }
    QListWidget* coOrganiserList() const { return m_coOrganisers; }
    QLineEdit* venueEdit() const { return m_venue; }
    QLineEdit* startEdit() const { return m_start; }
    QLineEdit* seriesEdit() const { return m_series; }
    QCompleter* seriesCompleter() const { return m_seriesCompleter; }
    QPlainTextEdit* noteEdit() const { return m_note; }

signals:
    // The event's date was changed and saved (it may have left the fiscal year shown).
    void dateChanged(qint64 eventId);

private:
    // The undo entry of an edit: the field it changed and the event.
    static QString undoText(const Event& before, const Event& after);
    void commit();
    std::optional<Event> fromFields();
    void showCoOrganisers(const Event& e);

    Session& m_session;
    std::optional<Event> m_event;
    QComboBox* m_kind;
    QComboBox* m_organiser;
    QListWidget* m_coOrganisers;
    QLineEdit* m_series;
    QCompleter* m_seriesCompleter;
    QSpinBox* m_number;
    QLineEdit* m_date;
    QLabel* m_dateMessage;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QLabel* m_timeMessage;
    QLineEdit* m_venue;
    QLineEdit* m_title;
    QLabel* m_titleMessage;
    QLineEdit* m_theme;
    QComboBox* m_format;
    QPlainTextEdit* m_purpose;
    QPlainTextEdit* m_outcomes;
    QPlainTextEdit* m_minutes;
    QPlainTextEdit* m_note;
    bool m_loading = false;
    qint64 m_coOrganisersOf = -1; // the event whose co-organisers are listed in their order
};
