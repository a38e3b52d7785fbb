#include "sync/messagegateway.h"

#include "core/clock.h"
#include "storage/database.h"
#include "storage/messagestore.h"
#include "storage/settingsstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

// Counts, ids and HTTP statuses only: never a number, an address or a message's text.
Q_LOGGING_CATEGORY(lcMessages, "contactdesk.messages", QtWarningMsg)

namespace cd::sync {

namespace {
// Whether a lookup's answer holds a notification: GOV.UK Notify's {"notifications": [...]},
// a bare array, or one object with an id.
bool lookupFound(const QByteArray &body, QString *providerId)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray list;
    if (doc.isArray())
        list = doc.array();
    else if (doc.object().value(QLatin1String("notifications")).isArray())
        list = doc.object().value(QLatin1String("notifications")).toArray();
    else if (doc.object().contains(QLatin1String("id")))
        list.append(doc.object());
    if (list.isEmpty())
        return false;
    *providerId = list.first().toObject().value(QLatin1String("id")).toString();
    return true;
}

bool isTemporary(int status)
{
    return status == 0 || status == 408 || status == 429 || status >= 500;
}
} // namespace

GatewayConfig GatewayConfig::fromSettings(Database &db)
{
    SettingsStore s(db);
    GatewayConfig c;
    c.url = QUrl(s.value(SettingsStore::Key::MessagesGatewayUrl).toString());
    c.lookupUrl = s.value(SettingsStore::Key::MessagesGatewayLookupUrl).toString();
    c.smsBody = s.value(SettingsStore::Key::MessagesGatewaySmsBody).toString().toUtf8();
    c.emailBody = s.value(SettingsStore::Key::MessagesGatewayEmailBody).toString().toUtf8();
    c.templateId = s.value(SettingsStore::Key::MessagesGatewayTemplateId).toString();
    c.statusUrl = s.value(SettingsStore::Key::MessagesGatewayStatusUrl).toString();
    return c;
}

MessageSender::MessageSender(Database &db, MessageRules rules, GatewayConfig config)
    : m_db(db)
    , m_rules(std::move(rules))
    , m_config(std::move(config))
{
}

QByteArray MessageSender::authorization() const
{
    if (m_config.apiKey.isEmpty())
        return {};
    const QByteArray jwt = notifyJwt(m_config.apiKey, Clock::instance().now());
    return "Bearer " + (jwt.isEmpty() ? m_config.apiKey.toUtf8() : jwt);
}

MessageSender::Answer MessageSender::request(const QByteArray &verb, const QUrl &url,
                                             const QByteArray &body, const QString &key)
{
    QNetworkAccessManager manager;
    QNetworkRequest req(url);
    req.setTransferTimeout(m_config.timeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Idempotency-Key", key.toUtf8());
    if (const QByteArray auth = authorization(); !auth.isEmpty())
        req.setRawHeader("Authorization", auth);
    QNetworkReply *reply = verb == "GET" ? manager.get(req) : manager.post(req, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (a.status == 0)
        a.error = QString::fromLatin1(
            QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error()));
    a.body = reply->readAll();
    reply->deleteLater();
    return a;
}

Result<SendStats> MessageSender::sendDue()
{
    SendStats stats;
    if (!m_config.url.isValid() || m_config.url.scheme().isEmpty())
        return Result<SendStats>::failure(
            QStringLiteral("no message gateway is set up (profile setting messages.gateway_url)"));
    const QDateTime now = Clock::instance().now();
    if (inQuietHours(now, m_rules)) {
        stats.quietHours = true;
        return stats;
    }
    MessageStore store(m_db);
    Result<QList<OutcomeMessage>> due = store.due(now);
    if (!due)
        return due.error();
    for (OutcomeMessage m : due.value()) {
        if (m.status == QLatin1String("sending") && !m_config.lookupUrl.isEmpty()) {
            // Interrupted between the request and its answer: ask before sending again.
            QString url = m_config.lookupUrl;
            url.replace(QLatin1String("{{reference}}"),
                        QString::fromLatin1(QUrl::toPercentEncoding(m.idempotencyKey)));
            const Answer a = request("GET", QUrl(url), {}, m.idempotencyKey);
            QString providerId;
            if (a.status >= 200 && a.status < 300 && lookupFound(a.body, &providerId)) {
                if (Status s = store.markSent(m.id, providerId, Clock::instance().now()); !s)
                    return s.error();
                ++stats.recovered;
                continue;
            }
            if (a.status < 200 || a.status >= 300) {
                ++stats.waiting; // cannot tell: never risk a second message
                qCWarning(lcMessages) << "lookup of an interrupted send failed:"
                                      << (a.status ? QString::number(a.status) : a.error);
                continue;
            }
        }
        if (Status s = store.markSending(m); !s)
            return s.error();
        const QByteArray bodyTemplate =
            m.channel == QLatin1String("email")
                ? (m_config.emailBody.isEmpty() ? defaultGatewayBody(m.channel)
                                                : m_config.emailBody)
                : (m_config.smsBody.isEmpty() ? defaultGatewayBody(m.channel) : m_config.smsBody);
        Result<QByteArray> body =
            renderGatewayBody(bodyTemplate, {{QStringLiteral("to"), m.recipient},
                                             {QStringLiteral("text"), m.body},
                                             {QStringLiteral("reference"), m.idempotencyKey},
                                             {QStringLiteral("template_id"), m_config.templateId},
                                             {QStringLiteral("channel"), m.channel},
                                             {QStringLiteral("language"), m.language}});
        if (!body)
            return body.error();
        const Answer a = request("POST", m_config.url, body.value(), m.idempotencyKey);
        if (a.status >= 200 && a.status < 300) {
            const QString providerId =
                QJsonDocument::fromJson(a.body).object().value(QLatin1String("id")).toString();
            if (Status s = store.markSent(m.id, providerId, Clock::instance().now()); !s)
                return s.error();
            ++stats.sent;
            continue;
        }
        // Only the status or the network error's name: never the answer's body, which may
        // repeat the number or the text.
        const QString error = a.status ? QStringLiteral("HTTP %1").arg(a.status)
                                       : QStringLiteral("no answer: %1").arg(a.error);
        qCWarning(lcMessages) << "message send failed:" << error << "attempt" << m.attempts;
        if (!isTemporary(a.status) || m.attempts >= MessageStore::kMaxAttempts) {
            if (Status s = store.markFailed(m.id, error); !s)
                return s.error();
            ++stats.failed;
            continue;
        }
        const QDateTime next = nextSendableTime(
            Clock::instance().now().addSecs(retryDelaySeconds(m.attempts)), m_rules);
        if (Status s = store.markRetry(m.id, error, next); !s)
            return s.error();
        ++stats.retrying;
    }
    return stats;
}

Result<ReceiptStats> MessageSender::pollReceipts()
{
    ReceiptStats stats;
    const QString urlTemplate =
        m_config.statusUrl.isEmpty() ? m_rules.statusUrl : m_config.statusUrl;
    if (urlTemplate.isEmpty())
        return Result<ReceiptStats>::failure(
            QStringLiteral("no status URL for delivery receipts (profile setting "
                           "messages.gateway_status_url, or receipts.status_url in the message "
                           "rules)"));
    MessageStore store(m_db);
    Result<QList<OutcomeMessage>> waiting = store.awaitingReceipt();
    if (!waiting)
        return waiting.error();
    for (const OutcomeMessage &m : waiting.value()) {
        QString url = urlTemplate;
        url.replace(QLatin1String("{{provider_id}}"),
                    QString::fromLatin1(QUrl::toPercentEncoding(m.providerId)));
        url.replace(QLatin1String("{{reference}}"),
                    QString::fromLatin1(QUrl::toPercentEncoding(m.idempotencyKey)));
        const Answer a = request("GET", QUrl(url), {}, m.idempotencyKey);
        if (a.status < 200 || a.status >= 300) {
            ++stats.unanswered;
            qCWarning(lcMessages) << "delivery status request failed:"
                                  << (a.status ? QString::number(a.status) : a.error);
            continue;
        }
        QJsonObject answer = QJsonDocument::fromJson(a.body).object();
        if (!answer.contains(QLatin1String("id")) && !answer.contains(QLatin1String("reference")))
            answer.insert(QStringLiteral("id"), m.providerId);
        Result<DeliveryReceipt> receipt = receiptFromJson(answer, m_rules);
        if (!receipt) {
            ++stats.unanswered;
            qCWarning(lcMessages) << "delivery status not understood:" << receipt.errorMessage();
            continue;
        }
        // The answer is about this message, whatever id it gives.
        Result<ReceiptOutcome> r = store.recordReceipt(receipt.value(), m.id);
        if (!r)
            return r.error();
        switch (r.value()) {
        case ReceiptOutcome::Delivered:
            ++stats.delivered;
            break;
        case ReceiptOutcome::Failed:
            ++stats.failed;
            break;
        case ReceiptOutcome::NotFinal:
            ++stats.notFinal;
            break;
        case ReceiptOutcome::AlreadyFinal:
        case ReceiptOutcome::NotSent:
        case ReceiptOutcome::NoMessage:
            ++stats.alreadyFinal;
            break;
        }
    }
    return stats;
}

} // namespace cd::sync
