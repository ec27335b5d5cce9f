#include "window/FiscalYearCombo.h"

#include "common/Session.h"
#include "service/ReportService.h"

FiscalYearCombo::FiscalYearCombo(Session& session, QWidget* parent) : QComboBox(parent), m_session(session)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && currentIndex() >= 0)
            m_session.setFiscalYear(FiscalYear(currentData().toInt()));
    });
    connect(&session, &Session::changed, this, &FiscalYearCombo::refill);
    connect(&session, &Session::fiscalYearChanged, this, [this](const FiscalYear& y) {
        const int i = findData(y.startYear());
        if (i >= 0)
            setCurrentIndex(i);
        else
            refill(); // a year outside the list (an event moved there): the list grows to it
    });
    refill();
}

void FiscalYearCombo::refill()
{
    const FiscalYear selected = m_session.fiscalYear();
    const QDate today = QDate::currentDate();
    QList<FiscalYear> years;
    if (m_session.isOpen()) {
        const auto choices = ReportService(m_session.services()).fiscalYearChoices(selected, today);
        if (choices)
            years = *choices;
        else {
            emit m_session.failed(choices.status());
            years = FiscalYear::choices(selected, today); // at least the years around today
        }
    } else {
        years = FiscalYear::choices(selected, today);
    }
    m_filling = true;
    clear();
    for (const FiscalYear& y : years)
        addItem(y.label(), y.startYear());
    setCurrentIndex(findData(selected.startYear()));
    m_filling = false;
}
