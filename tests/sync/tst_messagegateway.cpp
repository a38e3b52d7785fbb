// Delivery of outcome messages (sync/messagegateway.h) through a real HTTP server on the
// loopback interface: a gateway that fails twice and then takes the message is retried with
// doubling waits and the same idempotency key; nothing goes out in quiet hours; a refusal is
// final and recorded without the caller's number or the text. Delivery receipts asked of the
// gateway's status URL move a sent message to delivered or failed, never back.
#include "core/clock.h"
#include "loopbackgateway.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"
#include "storage/messagestore.h"
#include "sync/messagegateway.h"
#include "verify.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {
const QDateTime kNoon(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC); // 12:00 in London
} // namespace

class TestMessageGateway : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kNoon};
    MessageRules m_rules;

    QString queueOne(const QString &phone)
    {
        Contact c;
        c.startedAt = kNoon.addSecs(-600);
        c.handler = QStringLiteral("Ann North");
        c.team = QStringLiteral("north");
        c.channel = QStringLiteral("phone");
        c.category = QStringLiteral("vehicle_recovery");
        c.outcome = QStringLiteral("resolved_first_contact");
        c.consentToOutcome = true;
        c.callerPhone = phone;
        if (Status s = ContactStore(*m_db).save(c, c.handler); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
        const MessageProposal p = proposeMessage(c, m_rules, nullptr, QStringLiteral("en"));
        if (!p.decision.eligible)
            qFatal("not eligible: %s", qPrintable(p.decision.reason));
        if (Status s = MessageStore(*m_db).queue(c, p.decision, p.language, p.text, c.handler); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
        return MessageStore::messageIdFor(c.id);
    }

    OutcomeMessage message(const QString &id)
    {
        const Result<QList<OutcomeMessage>> all = MessageStore(*m_db).list();
        for (const OutcomeMessage &m : all.value())
            if (m.id == id)
                return m;
        return {};
    }

    Result<sync::ReceiptStats> poll(LoopbackGateway &gateway)
    {
        sync::GatewayConfig config;
        config.url = QUrl(gateway.sendUrl());
        config.statusUrl = gateway.statusUrl();
        config.apiKey = QStringLiteral("test-token");
        return sync::MessageSender(*m_db, m_rules, config).pollReceipts();
    }

    Result<sync::SendStats> send(LoopbackGateway &gateway)
    {
        sync::GatewayConfig config;
        config.url = QUrl(gateway.sendUrl());
        config.apiKey = QStringLiteral("test-token");
        config.templateId = QStringLiteral("template-1");
        return sync::MessageSender(*m_db, m_rules, config).sendDue();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Database::OpenError error;
        m_db = Database::open(Database::fileNameIn(m_dir.path()), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        Result<MessageRules> rules = MessageRules::loadShipped();
        CD_VERIFY_OK(rules);
        m_rules = rules.value();
        Clock::setInstance(&m_clock);
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }
    void init() { m_clock.set(kNoon); }

    void failsTwiceThenSendsWithBackoffAndOneKey()
    {
        LoopbackGateway gateway;
        gateway.failFirst = 2;
        const QString id = queueOne(QStringLiteral("07700900123"));

        Result<sync::SendStats> r = send(gateway);
        CD_VERIFY_OK(r);
        QCOMPARE(r->retrying, 1);
        QCOMPARE(gateway.posts(), 1);
        OutcomeMessage m = message(id);
        QCOMPARE(m.status, QStringLiteral("queued"));
        QCOMPARE(m.attempts, 1);
        QCOMPARE(m.lastError, QStringLiteral("HTTP 503"));
        QCOMPARE(m.nextAttemptAt, kNoon.addSecs(60));

        // Not due again yet: nothing is sent.
        m_clock.advance(59 * 1000);
        CD_VERIFY_OK(send(gateway));
        QCOMPARE(gateway.posts(), 1);

        m_clock.set(kNoon.addSecs(60));
        r = send(gateway);
        CD_VERIFY_OK(r);
        QCOMPARE(r->retrying, 1);
        QCOMPARE(gateway.posts(), 2);
        m = message(id);
        QCOMPARE(m.attempts, 2);
        QCOMPARE(m.nextAttemptAt, kNoon.addSecs(60 + 120)); // the wait doubled

        m_clock.set(kNoon.addSecs(60 + 119));
        CD_VERIFY_OK(send(gateway));
        QCOMPARE(gateway.posts(), 2);

        m_clock.set(kNoon.addSecs(60 + 120));
        r = send(gateway);
        CD_VERIFY_OK(r);
        QCOMPARE(r->sent, 1);
        QCOMPARE(gateway.posts(), 3);
        m = message(id);
        QCOMPARE(m.status, QStringLiteral("sent"));
        QCOMPARE(m.attempts, 3);
        QCOMPARE(m.providerId, QStringLiteral("notify-1"));
        QCOMPARE(m.sentAt, kNoon.addSecs(180));
        QVERIFY(m.lastError.isEmpty());

        // All three tries carried the same reference and idempotency key, in Notify's shape.
        QCOMPARE(gateway.postsByReference.size(), 1);
        QCOMPARE(gateway.postsByReference.value(m.idempotencyKey), 3);
        for (const LoopbackGateway::Request &req : std::as_const(gateway.requests)) {
            QCOMPARE(req.headers.value("idempotency-key"), m.idempotencyKey.toUtf8());
            QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer test-token"));
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            QCOMPARE(body.value(QLatin1String("phone_number")).toString(),
                     QStringLiteral("+447700900123"));
            QCOMPARE(body.value(QLatin1String("template_id")).toString(),
                     QStringLiteral("template-1"));
            QCOMPARE(body.value(QLatin1String("personalisation"))
                         .toObject()
                         .value(QLatin1String("body"))
                         .toString(),
                     m.body);
        }

        // Sent is sent: a later run sends nothing.
        m_clock.advance(3600 * 1000);
        CD_VERIFY_OK(send(gateway));
        QCOMPARE(gateway.posts(), 3);
    }

    void nothingGoesOutInQuietHours()
    {
        LoopbackGateway gateway;
        const QString id = queueOne(QStringLiteral("07700900124"));
        m_clock.set(QDateTime(QDate(2026, 12, 2), QTime(22, 30), Qt::UTC));
        Result<sync::SendStats> r = send(gateway);
        CD_VERIFY_OK(r);
        QVERIFY(r->quietHours);
        QCOMPARE(gateway.posts(), 0);
        QCOMPARE(message(id).status, QStringLiteral("queued"));
        m_clock.set(QDateTime(QDate(2026, 12, 3), QTime(7, 59), Qt::UTC));
        CD_VERIFY_OK(send(gateway));
        QCOMPARE(gateway.posts(), 0);
        m_clock.set(QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC));
        r = send(gateway);
        CD_VERIFY_OK(r);
        QCOMPARE(r->sent, 1);
        QCOMPARE(gateway.posts(), 1);
        QCOMPARE(message(id).status, QStringLiteral("sent"));
    }

    void aRefusalIsFinalAndKeepsNoPersonalData()
    {
        LoopbackGateway gateway;
        gateway.mode = LoopbackGateway::Mode::Refuse;
        const QString id = queueOne(QStringLiteral("07700900125"));
        Result<sync::SendStats> r = send(gateway);
        CD_VERIFY_OK(r);
        QCOMPARE(r->failed, 1);
        const OutcomeMessage m = message(id);
        QCOMPARE(m.status, QStringLiteral("failed"));
        QCOMPARE(m.lastError, QStringLiteral("HTTP 400"));
        QVERIFY(!m.lastError.contains(QLatin1String("7700")));
        m_clock.advance(24 * 3600 * 1000LL);
        CD_VERIFY_OK(send(gateway));
        QCOMPARE(gateway.posts(), 1);
    }

    // The status URL is data beside the send shape: GOV.UK Notify's by default.
    void theStatusUrlAndStatusesAreData()
    {
        QCOMPARE(m_rules.statusUrl,
                 QStringLiteral(
                     "https://api.notifications.service.gov.uk/v2/notifications/{{provider_id}}"));
        QCOMPARE(m_rules.receiptStatuses.value(QStringLiteral("delivered")),
                 QStringLiteral("delivered"));
        for (const char *failure : {"permanent-failure", "temporary-failure", "technical-failure"})
            QCOMPARE(m_rules.receiptStatuses.value(QLatin1String(failure)),
                     QStringLiteral("failed"));
        for (const char *pending : {"created", "sending", "pending"}) {
            QVERIFY(m_rules.receiptStatuses.contains(QLatin1String(pending)));
            QVERIFY(m_rules.receiptStatuses.value(QLatin1String(pending)).isEmpty());
        }
    }

    void receiptsMoveSentMessagesForwardOnly()
    {
        // A cache of its own: provider ids restart with each loopback gateway.
        QTemporaryDir dir;
        Database::OpenError error;
        std::unique_ptr<Database> own = Database::open(Database::fileNameIn(dir.path()), &error);
        QVERIFY2(own, qPrintable(error.message));
        std::swap(m_db, own);
        const auto restore = qScopeGuard([&] { std::swap(m_db, own); });

        LoopbackGateway gateway;
        const QString delivered = queueOne(QStringLiteral("07700900131"));
        const QString bounced = queueOne(QStringLiteral("07700900132"));
        const QString pending = queueOne(QStringLiteral("07700900133"));
        Result<sync::SendStats> sent = send(gateway);
        CD_VERIFY_OK(sent);
        QCOMPARE(sent->sent, 3);
        gateway.statusById.insert(message(delivered).providerId, QStringLiteral("delivered"));
        gateway.statusById.insert(message(bounced).providerId, QStringLiteral("permanent-failure"));

        m_clock.advance(600 * 1000);
        Result<sync::ReceiptStats> r = poll(gateway);
        CD_VERIFY_OK(r);
        QCOMPARE(r->delivered, 1);
        QCOMPARE(r->failed, 1);
        QCOMPARE(r->notFinal, 1);
        QCOMPARE(r->unanswered, 0);
        QCOMPARE(gateway.statusGets, 3);
        QCOMPARE(message(delivered).status, QStringLiteral("delivered"));
        QCOMPARE(message(delivered).sentAt, kNoon); // when it was sent, kept
        QCOMPARE(message(bounced).status, QStringLiteral("failed"));
        // The reason is the gateway's status name, never the number it answered with.
        QCOMPARE(message(bounced).lastError, QStringLiteral("receipt: permanent-failure"));
        QCOMPARE(message(pending).status, QStringLiteral("sent"));
        // Each receipt goes to the shared database like every change of the message.
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM outbox WHERE entity = 'outcome_messages' AND payload LIKE "
            "'%\"status\":\"delivered\"%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // Only messages not yet final are asked about again; the gateway changing its mind
        // moves nothing back.
        gateway.statusById.insert(message(delivered).providerId,
                                  QStringLiteral("temporary-failure"));
        gateway.statusById.insert(message(pending).providerId, QStringLiteral("delivered"));
        r = poll(gateway);
        CD_VERIFY_OK(r);
        QCOMPARE(gateway.statusGets, 4);
        QCOMPARE(r->delivered, 1);
        QCOMPARE(message(pending).status, QStringLiteral("delivered"));
        QCOMPARE(message(delivered).status, QStringLiteral("delivered"));
        MessageStore store(*m_db);
        DeliveryReceipt late;
        late.providerId = message(delivered).providerId;
        late.providerStatus = QStringLiteral("technical-failure");
        late.status = QStringLiteral("failed");
        QCOMPARE(store.recordReceipt(late).value(), ReceiptOutcome::AlreadyFinal);
        QCOMPARE(message(delivered).status, QStringLiteral("delivered"));
        // Nor does a send's own late answer (recorded after a callback came first).
        CD_VERIFY_OK(store.markSent(delivered, QStringLiteral("x"), kNoon));
        CD_VERIFY_OK(store.markRetry(bounced, QStringLiteral("HTTP 503"), kNoon));
        QCOMPARE(message(delivered).status, QStringLiteral("delivered"));
        QCOMPARE(message(bounced).status, QStringLiteral("failed"));

        // A gateway that cannot answer leaves the message as it was.
        const QString later = queueOne(QStringLiteral("07700900134"));
        CD_VERIFY_OK(send(gateway));
        gateway.failStatus = true;
        r = poll(gateway);
        CD_VERIFY_OK(r);
        QCOMPARE(r->unanswered, 1);
        QCOMPARE(message(later).status, QStringLiteral("sent"));

        // The team dashboard counts this month's: two delivered, one failed.
        const DashboardData team = DashboardStore(*m_db).load(
            DashboardScope::team(QStringLiteral("north")),
            DayRange{QDate(2026, 12, 1), QDate(2026, 12, 2)}, QDate(2026, 12, 2));
        QCOMPARE(team.messagesSentThisMonth, 4);
        QCOMPARE(team.messagesDeliveredThisMonth, 2);
        QCOMPARE(team.messagesFailedThisMonth, 1);
    }
};

QTEST_GUILESS_MAIN(TestMessageGateway)
#include "tst_messagegateway.moc"
