// The message outbox (storage/messagestore.h): a message is queued only for a saved contact,
// withheld only with a reason, never replaced once it went to the gateway; what is due to be
// sent; and the team dashboard's messages sent this month and their cost.
#include "testsupport.h"

#include "core/clock.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"
#include "storage/messagestore.h"
#include "storage/settingsstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace cd;

namespace {
MessageDecision sms()
{
    MessageDecision d;
    d.eligible = true;
    d.channel = QStringLiteral("sms");
    d.to = QStringLiteral("+447700900123");
    d.templateKey = QStringLiteral("*/resolved_first_contact");
    return d;
}
} // namespace

class TestMessageStore : public QObject
{
    Q_OBJECT
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<test::TempProfile> m_profile;

    Contact saved(const QString &team = QStringLiteral("QoS North"))
    {
        Contact c = test::sampleContact(m_clock.now().addSecs(-600));
        c.team = team;
        c.consentToOutcome = true;
        if (Status s = ContactStore(*m_profile->db).save(c, c.handler); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
        return c;
    }

private slots:
    void init()
    {
        Clock::setInstance(&m_clock);
        m_profile = std::make_unique<test::TempProfile>();
    }
    void cleanup()
    {
        m_profile.reset();
        Clock::setInstance(nullptr);
    }

    void queuedOnlyForASavedContact()
    {
        MessageStore store(*m_profile->db);
        Contact unsaved = test::sampleContact(m_clock.now());
        unsaved.id = QStringLiteral("not-saved-yet");
        const Status s = store.queue(unsaved, sms(), QStringLiteral("en"), QStringLiteral("Hi"),
                                     QStringLiteral("A. Handler"));
        QVERIFY(!s);
        QCOMPARE(s.error().code, QLatin1String(ineligible::kNotSaved));
        QCOMPARE(store.list()->size(), 0);

        MessageDecision no = sms();
        no.eligible = false;
        no.reason = QLatin1String(ineligible::kSensitive);
        const Contact c = saved();
        QVERIFY(!store.queue(c, no, QStringLiteral("en"), QStringLiteral("Hi"), c.handler));
        QCOMPARE(store.list()->size(), 0);

        CD_VERIFY_OK(store.queue(c, sms(), QStringLiteral("en"), QStringLiteral("Hi"), c.handler));
        const OutcomeMessage m = store.forContact(c.id).value();
        QCOMPARE(m.status, QStringLiteral("queued"));
        QCOMPARE(m.idempotencyKey, MessageStore::messageIdFor(c.id));
        QCOMPARE(m.nextAttemptAt, m_clock.now());
        QCOMPARE(m.team, QStringLiteral("QoS North"));
    }

    void withheldOnlyWithAReasonAndNeverAfterSending()
    {
        MessageStore store(*m_profile->db);
        const Contact c = saved();
        QCOMPARE(store.withhold(c, sms(), QString(), QStringLiteral("  "), c.handler).error().code,
                 QStringLiteral("no_reason"));
        QCOMPARE(store.list()->size(), 0);
        CD_VERIFY_OK(store.queue(c, sms(), QStringLiteral("en"), QStringLiteral("Hi"), c.handler));
        // Changing one's mind before it is sent: the same row becomes withheld.
        CD_VERIFY_OK(store.withhold(c, sms(), QStringLiteral("Hi"), QStringLiteral("Caller upset"),
                                    c.handler));
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.forContact(c.id)->status, QStringLiteral("withheld"));
        QCOMPARE(store.forContact(c.id)->withheldReason, QStringLiteral("Caller upset"));
        QCOMPARE(store.due(m_clock.now())->size(), 0);

        CD_VERIFY_OK(store.queue(c, sms(), QStringLiteral("en"), QStringLiteral("Hi"), c.handler));
        OutcomeMessage m = store.forContact(c.id).value();
        CD_VERIFY_OK(store.markSending(m));
        QCOMPARE(
            store.withhold(c, sms(), QString(), QStringLiteral("late"), c.handler).error().code,
            QStringLiteral("already_sent"));
        QCOMPARE(store.queue(c, sms(), QStringLiteral("en"), QStringLiteral("Again"), c.handler)
                     .error()
                     .code,
                 QStringLiteral("already_sent"));
        // A send this workstation left unanswered is due again (to be asked about, or resent
        // with the same key); another workstation's is not.
        QCOMPARE(store.due(m_clock.now())->size(), 1);
        QSqlQuery q(m_profile->db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE outcome_messages SET origin = 'another'")));
        QCOMPARE(store.due(m_clock.now())->size(), 0);
    }

    void teamDashboardCountsThisMonthsMessagesAndCost()
    {
        MessageStore store(*m_profile->db);
        const QDateTime inMonth(QDate(2026, 11, 3), QTime(12, 0), Qt::UTC);
        const QDateTime lastMonth(QDate(2026, 10, 31), QTime(23, 30), Qt::UTC); // 23:30 GMT
        const QDateTime times[] = {inMonth, inMonth, lastMonth};
        for (const QDateTime &at : times) {
            const Contact c = saved();
            CD_VERIFY_OK(
                store.queue(c, sms(), QStringLiteral("en"), QStringLiteral("Hi"), c.handler));
            OutcomeMessage m = store.forContact(c.id).value();
            CD_VERIFY_OK(store.markSending(m));
            CD_VERIFY_OK(store.markSent(m.id, QStringLiteral("p"), at));
        }
        // Another team's, and one still queued, are not counted.
        const Contact other = saved(QStringLiteral("QoS South"));
        CD_VERIFY_OK(
            store.queue(other, sms(), QStringLiteral("en"), QStringLiteral("Hi"), other.handler));
        OutcomeMessage m = store.forContact(other.id).value();
        CD_VERIFY_OK(store.markSending(m));
        CD_VERIFY_OK(store.markSent(m.id, QStringLiteral("p"), inMonth));
        const Contact waiting = saved();
        CD_VERIFY_OK(store.queue(waiting, sms(), QStringLiteral("en"), QStringLiteral("Hi"),
                                 waiting.handler));

        CD_VERIFY_OK(SettingsStore(*m_profile->db)
                         .setValue(SettingsStore::Key::MessagesCostPerMessage, 0.035));
        DashboardStore dashboards(*m_profile->db);
        const DayRange range{QDate(2026, 11, 1), QDate(2026, 11, 20)};
        const DashboardData team = dashboards.load(
            DashboardScope::team(QStringLiteral("QoS North")), range, QDate(2026, 11, 20));
        QCOMPARE(team.messagesSentThisMonth, 2);
        QCOMPARE(team.messageCostThisMonth, 0.07);
        const DashboardData mine = dashboards.load(
            DashboardScope::handler(QStringLiteral("A. Handler")), range, QDate(2026, 11, 20));
        QCOMPARE(mine.messagesSentThisMonth, -1);
    }
};

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
