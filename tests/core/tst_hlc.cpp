#include "core/hlc.h"

#include <QTest>

using namespace cd;

class TestHlc : public QObject
{
    Q_OBJECT
private slots:
    void textFormSortsInTimeOrder()
    {
        const Hlc a{1700000000000, 0, QStringLiteral("b")};
        const Hlc b{1700000000000, 1, QStringLiteral("a")};
        const Hlc c{1700000000001, 0, QStringLiteral("a")};
        QVERIFY(a < b);
        QVERIFY(b < c);
        QVERIFY(a.toString() < b.toString());
        QVERIFY(b.toString() < c.toString());
        Hlc parsed;
        QVERIFY(Hlc::parse(b.toString(), &parsed));
        QCOMPARE(parsed, b);
        QVERIFY(!Hlc::parse(QStringLiteral("nonsense"), &parsed));
    }

    void monotonicWhenTheClockStandsStillOrGoesBack()
    {
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(1'000'000, Qt::UTC));
        HybridLogicalClock hlc(QStringLiteral("ws1"), &clock);
        const Hlc first = hlc.now();
        const Hlc second = hlc.now();
        QCOMPARE(second.ms, first.ms);
        QCOMPARE(second.counter, first.counter + 1);
        clock.advance(-60'000); // the wall clock is set back a minute
        const Hlc third = hlc.now();
        QVERIFY(second < third);
        QCOMPARE(third.ms, first.ms);
        clock.advance(120'000);
        const Hlc fourth = hlc.now();
        QCOMPARE(fourth.ms, qint64(1'060'000));
        QCOMPARE(fourth.counter, 0u);
    }

    void receivingARemoteAheadMovesPastIt()
    {
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(1'000'000, Qt::UTC));
        HybridLogicalClock local(QStringLiteral("ws1"), &clock);
        // A workstation two hours ahead.
        const Hlc remote{1'000'000 + 2 * 3600 * 1000, 5, QStringLiteral("ws2")};
        const Hlc merged = local.receive(remote);
        QVERIFY(remote < merged);
        QCOMPARE(merged.ms, remote.ms);
        QCOMPARE(merged.counter, 6u);
        QVERIFY(merged < local.now());
    }

    // A row written by hand with a time years ahead: bounded by the server's clock, it moves
    // this clock five minutes past that at most, so later changes are still dated now (give or
    // take), not in that year. A plausible time passes unchanged, even hours ahead of a slow
    // wall clock (the server's clock is the one trusted).
    void aFarFutureRemoteMovesTheClockOnlyMinutes()
    {
        const qint64 server = 1'700'000'000'000;
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(server - 2 * 3600 * 1000, Qt::UTC));
        HybridLogicalClock local(QStringLiteral("ws1"), &clock);
        const Hlc forged{9'999'999'999'999, 999'999, QStringLiteral("x")};
        const Hlc merged = local.receive(boundedRemote(forged, server));
        QCOMPARE(merged.ms, server + 5 * 60 * 1000);
        QCOMPARE(merged.counter, 1u);
        const Hlc recent{server - 1000, 7, QStringLiteral("y")};
        QCOMPARE(boundedRemote(recent, server), recent);
        clock.set(QDateTime::fromMSecsSinceEpoch(server + 10 * 60 * 1000, Qt::UTC));
        const Hlc later = local.now();
        QCOMPARE(later.toString(), QStringLiteral("1700000600000-000000-ws1"));
    }

    // A counter that reached six digits (a forged row, or a million changes in one
    // millisecond) goes on in the next millisecond: the text keeps its six digits and its order.
    void theCounterNeverOutgrowsSixDigits()
    {
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
        HybridLogicalClock local(QStringLiteral("ws1"), &clock);
        const Hlc remote{1'700'000'000'000, 999'999, QStringLiteral("x")};
        const Hlc merged = local.receive(remote);
        QCOMPARE(merged.toString(), QStringLiteral("1700000000001-000000-ws1"));
        QVERIFY(remote.toString() < merged.toString());
        const Hlc next = local.now();
        QCOMPARE(next.toString(), QStringLiteral("1700000000001-000001-ws1"));
        Hlc huge{1'700'000'000'000, 4'000'000'000u, QStringLiteral("y")};
        const Hlc again = local.receive(huge);
        QCOMPARE(again.toString(), QStringLiteral("1700000000001-000002-ws1"));
    }

    void restoreNeverGoesBackwards()
    {
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(5'000, Qt::UTC));
        HybridLogicalClock hlc(QStringLiteral("ws1"), &clock);
        hlc.restore(Hlc{9'000, 3, QStringLiteral("ws1")});
        const Hlc next = hlc.now();
        QCOMPARE(next.ms, qint64(9'000));
        QCOMPARE(next.counter, 4u);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
