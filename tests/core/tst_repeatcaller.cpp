#include "core/repeatcaller.h"

#include <QTest>

using namespace cd;
using Kind = RepeatCallerNotice::Kind;

Q_DECLARE_METATYPE(RepeatCallerNotice::Kind)

class TestRepeatCaller : public QObject
{
    Q_OBJECT
private slots:
    void notice_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("windowDays");
        QTest::addColumn<int>("earlier");
        QTest::addColumn<int>("earlierInWindow");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("contactsInWindow");

        // The Desk's default: the third contact in 30 days, this one included, is flagged.
        QTest::newRow("first contact") << 3 << 30 << 0 << 0 << Kind::None << 1;
        QTest::newRow("second contact") << 3 << 30 << 1 << 1 << Kind::KnownCaller << 2;
        QTest::newRow("third in the window: exactly the threshold")
            << 3 << 30 << 2 << 2 << Kind::RepeatCaller << 3;
        QTest::newRow("third overall, one earlier outside the window: one below")
            << 3 << 30 << 2 << 1 << Kind::KnownCaller << 2;
        QTest::newRow("many earlier, none in the window")
            << 3 << 30 << 7 << 0 << Kind::KnownCaller << 1;
        QTest::newRow("sixth in the window") << 3 << 30 << 6 << 5 << Kind::RepeatCaller << 6;

        // Other settings (repeat_caller.threshold, repeat_caller.window_days).
        QTest::newRow("threshold 4, one below") << 4 << 7 << 2 << 2 << Kind::KnownCaller << 3;
        QTest::newRow("threshold 4, exactly") << 4 << 7 << 3 << 3 << Kind::RepeatCaller << 4;
        QTest::newRow("threshold 2, second contact")
            << 2 << 30 << 1 << 1 << Kind::RepeatCaller << 2;
        // With no earlier contact there is nothing to say, whatever the threshold.
        QTest::newRow("threshold 1, first contact") << 1 << 30 << 0 << 0 << Kind::None << 1;
    }

    void notice()
    {
        QFETCH(int, threshold);
        QFETCH(int, windowDays);
        QFETCH(int, earlier);
        QFETCH(int, earlierInWindow);
        QFETCH(Kind, kind);
        QFETCH(int, contactsInWindow);

        const RepeatCallerNotice n = decideRepeatCallerNotice(
            RepeatCallerRule{threshold, windowDays}, earlier, earlierInWindow);
        QCOMPARE(n.kind, kind);
        QCOMPARE(n.earlierContacts, earlier);
        QCOMPARE(n.contactsInWindow, contactsInWindow);
        QCOMPARE(n.windowDays, windowDays);
    }

    // The rule itself, as the flag and the repeat-caller table (SQL is_repeat_contact) use it:
    // the caller's contacts in the window, this one included, reach the threshold.
    void rule()
    {
        QVERIFY(!isRepeatContact(0, 3));
        QVERIFY(!isRepeatContact(1, 3));
        QVERIFY(isRepeatContact(2, 3)); // the third contact
        QVERIFY(isRepeatContact(3, 3));
        QVERIFY(!isRepeatContact(2, 4));
        QVERIFY(isRepeatContact(3, 4));
        QVERIFY(isRepeatContact(0, 1));
        // The notice flags exactly when the rule says so.
        for (int threshold = 1; threshold <= 5; ++threshold)
            for (int earlier = 1; earlier <= 6; ++earlier)
                QCOMPARE(decideRepeatCallerNotice(RepeatCallerRule{threshold, 30}, earlier, earlier)
                                 .kind == Kind::RepeatCaller,
                         isRepeatContact(earlier, threshold));
    }

    void defaultRuleIsThreeInThirtyDays()
    {
        // What the README promises when no setting changes it.
        const RepeatCallerRule rule;
        QCOMPARE(decideRepeatCallerNotice(rule, 2, 2),
                 (RepeatCallerNotice{Kind::RepeatCaller, 2, 3, 30}));
        QCOMPARE(decideRepeatCallerNotice(rule, 1, 1).kind, Kind::KnownCaller);
    }
};

QTEST_GUILESS_MAIN(TestRepeatCaller)
#include "tst_repeatcaller.moc"
