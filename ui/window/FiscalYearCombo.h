#pragma once

#include <QComboBox>

class Session;

// The fiscal year selector (令和6年度 ▾) every page follows: every year from the oldest event's
// to next year's, newest first (EventStore::fiscalYearChoices).
class FiscalYearCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit FiscalYearCombo(Session& session, QWidget* parent = nullptr);
    void refill();

private:
    Session& m_session;
    bool m_filling = false;
};
