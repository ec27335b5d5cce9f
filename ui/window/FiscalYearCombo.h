#pragma once

#include <QComboBox>

class Session;

// The fiscal year selector (令和6年度 ▾) every page follows: the years that have events, the
// current one and the next, newest first.
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
