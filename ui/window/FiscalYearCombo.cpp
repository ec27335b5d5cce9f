#include "window/FiscalYearCombo.h"

#include "common/Session.h"

#include <QSqlQuery>

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
    });
    refill();
}

void FiscalYearCombo::refill()
{
    const int current = FiscalYear::current().startYear();
    QList<int> years{current + 1, current, m_session.fiscalYear().startYear()};
    if (m_session.isOpen()) {
        QSqlQuery q(m_session.db().connection());
        // A fiscal year starts in April: shifting dates back three months gives its start year.
        if (q.exec(QStringLiteral("SELECT DISTINCT CAST(strftime('%Y', date, '-3 months') AS INTEGER) FROM event")))
            while (q.next())
                years << q.value(0).toInt();
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    m_filling = true;
    clear();
    for (int y : years)
        addItem(FiscalYear(y).label(), y);
    setCurrentIndex(findData(m_session.fiscalYear().startYear()));
    m_filling = false;
}
