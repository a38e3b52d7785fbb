#include "core/escalation.h"
#include "verify.h"

#include <QTest>

#include <ctime>

using namespace cd;
using S = EscalationStatus;

Q_DECLARE_METATYPE(cd::EscalationStatus)

class TestEscalationLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        for (S s : allEscalationStatuses()) {
            S back = S::Closed;
            QVERIFY(escalationStatusFromName(escalationStatusName(s), &back));
            QCOMPARE(back, s);
        }
        QCOMPARE(escalationStatusName(S::InProgress), QStringLiteral("in_progress"));
        QCOMPARE(escalationStatusLabel(S::InProgress), QStringLiteral("In progress"));
        S out = S::Draft;
        QVERIFY(!escalationStatusFromName(QStringLiteral("lost"), &out));
    }

    void moves_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<bool>("allowed");
        // Every legal move.
        QTest::newRow("draft -> submitted") << S::Draft << S::Submitted << true;
        QTest::newRow("submitted -> acknowledged") << S::Submitted << S::Acknowledged << true;
        QTest::newRow("acknowledged -> in_progress") << S::Acknowledged << S::InProgress << true;
        QTest::newRow("in_progress -> resolved") << S::InProgress << S::Resolved << true;
        QTest::newRow("resolved -> closed") << S::Resolved << S::Closed << true;
        QTest::newRow("resolved -> in_progress (reopen)") << S::Resolved << S::InProgress << true;
        // Illegal ones.
        QTest::newRow("draft -> acknowledged") << S::Draft << S::Acknowledged << false;
        QTest::newRow("draft -> closed") << S::Draft << S::Closed << false;
        QTest::newRow("submitted -> resolved") << S::Submitted << S::Resolved << false;
        QTest::newRow("submitted -> draft") << S::Submitted << S::Draft << false;
        QTest::newRow("acknowledged -> submitted") << S::Acknowledged << S::Submitted << false;
        QTest::newRow("in_progress -> closed") << S::InProgress << S::Closed << false;
        QTest::newRow("closed -> in_progress") << S::Closed << S::InProgress << false;
        QTest::newRow("closed -> draft") << S::Closed << S::Draft << false;
        QTest::newRow("submitted -> submitted") << S::Submitted << S::Submitted << false;
    }

    void moves()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(bool, allowed);
        QCOMPARE(lifecycle::isAllowed(from, to), allowed);
        const Status s = lifecycle::check(from, to);
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            QVERIFY(!s.errorMessage().isEmpty());
            QVERIFY2(s.errorMessage().contains(escalationStatusLabel(to).toLower()) ||
                         s.errorMessage().contains(QLatin1String("already")),
                     qPrintable(s.errorMessage()));
        }
    }

    void exactlyTheseMovesAreLegal()
    {
        int legal = 0;
        for (S from : allEscalationStatuses())
            for (S to : allEscalationStatuses())
                legal += lifecycle::isAllowed(from, to) ? 1 : 0;
        QCOMPARE(legal, 6);
        QVERIFY(lifecycle::nextStatuses(S::Closed).isEmpty());
    }

    void refusalSaysWhatIsAllowed()
    {
        const Status s = lifecycle::check(S::Submitted, S::Resolved);
        QCOMPARE(s.errorMessage(), QStringLiteral("An escalation that is submitted cannot become "
                                                  "resolved; it can only become acknowledged"));
        QCOMPARE(s.error().code, QStringLiteral("illegal_transition"));
        QCOMPARE(lifecycle::check(S::Closed, S::InProgress).errorMessage(),
                 QStringLiteral("The escalation is closed; it cannot become in progress"));
    }

    void openStates()
    {
        QVERIFY(lifecycle::isOpen(S::Draft));
        QVERIFY(lifecycle::isOpen(S::InProgress));
        QVERIFY(!lifecycle::isOpen(S::Resolved));
        QVERIFY(!lifecycle::isOpen(S::Closed));
    }

    void serviceLevelFollowsStatus()
    {
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        const FormDefinition &vrr = *rules->forms.find(QStringLiteral("vrr"));
        const QDate raised(2026, 12, 23);
        // Acknowledgement in 10 working days until acknowledged, then the 30-day decision.
        QCOMPARE(serviceLevelDue(vrr, rules->calendar, S::Submitted, raised).value(),
                 QDate(2027, 1, 11));
        QCOMPARE(serviceLevelDue(vrr, rules->calendar, S::Acknowledged, raised).value(),
                 QDate(2027, 2, 8));
        const FormDefinition &referral = *rules->forms.find(QStringLiteral("referral"));
        QCOMPARE(serviceLevelDue(referral, rules->calendar, S::Submitted, raised).value(),
                 QDate(2027, 1, 11));
    }

    void jsonRoundTrip()
    {
        Escalation e;
        e.id = QStringLiteral("0b7f9a52-9f7e-4d7b-9c1a-5a9e3f0c2d11");
        e.contactId = QStringLiteral("c1");
        e.type = QStringLiteral("referral");
        e.formVersion = 1;
        e.fields.insert(QStringLiteral("receiving_team"), QStringLiteral("lpa_north"));
        e.status = S::Acknowledged;
        e.owner = QStringLiteral("Sam Handler");
        e.team = QStringLiteral("qos");
        e.receivingTeam = QStringLiteral("lpa_north");
        e.raisedOn = QDate(2026, 11, 23);
        e.dueOn = QDate(2026, 12, 7);
        e.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        e.updatedAt = e.createdAt.addSecs(60);
        const Escalation back = Escalation::fromJson(e.toJson());
        QCOMPARE(back.toJson(), e.toJson());
        QCOMPARE(back.status, S::Acknowledged);
        QCOMPARE(back.dueOn, e.dueOn);
    }

    // Due dates are the team's (London) dates, not the machine's: 23:30 UTC on 30 June is
    // 19:30 on the 30th in New York but 00:30 on 1 July in London.
    void dueDatesAreLondonDatesWhateverTheMachinesZone()
    {
        const QByteArray oldZone = qgetenv("TZ");
        qputenv("TZ", "America/New_York");
        tzset();
        const QDateTime at(QDate(2026, 6, 30), QTime(23, 30), Qt::UTC);
        const QDate machineDay = at.toLocalTime().date();
        const QDate teamDay = localDate(at);
        qputenv("TZ", oldZone);
        tzset();
        QCOMPARE(machineDay, QDate(2026, 6, 30)); // the zone change took effect
        QCOMPARE(teamDay, QDate(2026, 7, 1));
    }
};

QTEST_GUILESS_MAIN(TestEscalationLifecycle)
#include "tst_escalationlifecycle.moc"
