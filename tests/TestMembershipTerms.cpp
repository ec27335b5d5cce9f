// The one rule for terms of office (core/domain/MembershipTerms): a term covers its first
// through its last day, both included. A member whose term ends today still sits today.
#include "domain/MembershipTerms.h"
#include "util/TestEnvironment.h"

#include <QTest>

class TestMembershipTerms : public QObject
{
    Q_OBJECT

    static Membership term(const QDate& from, const QDate& to)
    {
        Membership m;
        m.termFrom = from;
        m.termTo = to;
        return m;
    }

private slots:
    void theLastDayBelongsToTheTerm()
    {
        const Membership m = term(QDate(2024, 4, 1), QDate(2025, 3, 31));
        QVERIFY(MembershipTerms::covers(m, QDate(2025, 3, 31)));
        QVERIFY(MembershipTerms::isCurrent(m, QDate(2025, 3, 31)));
        QVERIFY(!MembershipTerms::isPast(m, QDate(2025, 3, 31)));
        QVERIFY(MembershipTerms::isPast(m, QDate(2025, 4, 1)));
        QVERIFY(!MembershipTerms::covers(m, QDate(2025, 4, 1)));
    }

    void theFirstDayBelongsToTheTerm()
    {
        const Membership m = term(QDate(2024, 4, 1), QDate());
        QVERIFY(MembershipTerms::covers(m, QDate(2024, 4, 1)));
        QVERIFY(!MembershipTerms::covers(m, QDate(2024, 3, 31)));
        QVERIFY(!MembershipTerms::isPast(m, QDate(2030, 1, 1))); // open-ended
    }

    void aTermOverlapsAYearByOneDay()
    {
        const QDate first(2024, 4, 1), last(2025, 3, 31);
        QVERIFY(MembershipTerms::overlaps(term(QDate(2023, 4, 1), QDate(2024, 4, 1)), first, last));
        QVERIFY(MembershipTerms::overlaps(term(QDate(2025, 3, 31), QDate()), first, last));
        QVERIFY(!MembershipTerms::overlaps(term(QDate(2023, 4, 1), QDate(2024, 3, 31)), first, last));
        QVERIFY(!MembershipTerms::overlaps(term(QDate(2025, 4, 1), QDate()), first, last));
        QVERIFY(MembershipTerms::overlaps(term(QDate(), QDate()), first, last));
    }
};

RENKEI_TEST_MAIN(TestMembershipTerms)
#include "TestMembershipTerms.moc"
