#pragma once

#include "core/outcomemessage.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace cd {
class Database;
}

namespace cd::sync {

// Where and how outcome messages are handed over: a force's SMS or email provider, GOV.UK
// Notify by default.
struct GatewayConfig
{
    QUrl url;           // POST, one message a request
    QString lookupUrl;  // GET, "{{reference}}" replaced: does the gateway have this reference?
    QString statusUrl;  // GET, "{{provider_id}}" replaced: what became of this message? Empty:
                        // the rules' receipts status_url
    QByteArray smsBody; // JSON body templates (empty: defaultGatewayBody())
    QByteArray emailBody;
    QString templateId;
    QString apiKey; // a GOV.UK Notify key is sent as a signed JWT, anything else as it is
    int timeoutMs = 30000;

    // From the profile's settings (messages.*); the API key is not read here.
    static GatewayConfig fromSettings(Database &db);
};

struct SendStats
{
    bool quietHours = false; // nothing was sent: it is quiet hours in London
    int sent = 0;            // accepted by the gateway
    int recovered = 0;       // an interrupted send the gateway turned out to have (not sent again)
    int retrying = 0;        // failed this time, to be tried again later
    int failed = 0;          // given up
    int waiting = 0;         // an interrupted send left for later (the gateway could not be asked)
};

struct ReceiptStats
{
    int delivered = 0;    // recorded as delivered
    int failed = 0;       // recorded as failed
    int notFinal = 0;     // the gateway is still trying
    int alreadyFinal = 0; // recorded by a receipt meanwhile (a callback file)
    int unanswered = 0;   // the gateway could not be asked, or did not know the message
};

// Sends what is due from the message outbox, one request at a time, and records each answer.
// Each message is marked 'sending' (committed) before its request goes out, so a crash in
// between leaves it 'sending' with its idempotency key. Such a message is never sent under a
// new key: with a lookup URL the gateway is asked whether it has the reference and the message
// is sent again only when it has not; without one it is sent again with the same reference and
// Idempotency-Key header for the gateway to drop as a duplicate.
class MessageSender
{
public:
    MessageSender(Database &db, MessageRules rules, GatewayConfig config);

    Result<SendStats> sendDue();
    // Asks the gateway's status URL about each sent message not yet final and records those it
    // says were delivered or failed (never back: see MessageStore::recordReceipt).
    Result<ReceiptStats> pollReceipts();

private:
    struct Answer
    {
        int status = 0; // HTTP status, 0 for no answer
        QString error;  // the network error's name when there was no answer
        QByteArray body;
    };
    Answer request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                   const QString &key);
    QByteArray authorization() const;

    Database &m_db;
    MessageRules m_rules;
    GatewayConfig m_config;
};

} // namespace cd::sync
