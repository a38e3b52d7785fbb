#pragma once

// A message gateway on the loopback interface for tests: a real HTTP server (QTcpServer) that
// takes POSTs of JSON bodies with a "reference" and answers lookups GET ...?reference=KEY in
// GOV.UK Notify's shape. It counts the POSTs per reference, so a test can see a message sent
// twice. It can fail the first N POSTs (503), refuse them (400), or take a POST and never
// answer (as if the sender were killed before the answer arrived). It answers status requests
// GET /v2/notifications/{id} in Notify's shape with the status a test set in `statusById`
// ("sending" by default; 404 for an id it never gave; `failStatus` answers them all 500).
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class LoopbackGateway
{
public:
    enum class Mode { Accept, Hang, Refuse };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QString reference;                     // from the body or the query
    };

    LoopbackGateway()
        : m_context(std::make_unique<QObject>())
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("the loopback gateway cannot listen");
        QObject::connect(&m_server, &QTcpServer::newConnection, m_context.get(), [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }

    QString sendUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/v2/notifications/sms")
            .arg(m_server.serverPort());
    }
    QString statusUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/v2/notifications/{{provider_id}}")
            .arg(m_server.serverPort());
    }
    QString lookupUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/v2/notifications?reference={{reference}}")
            .arg(m_server.serverPort());
    }

    Mode mode = Mode::Accept;
    int failFirst = 0;                  // the first this many POSTs get 503
    bool failStatus = false;            // status requests get 500
    QHash<QString, QString> statusById; // notification id -> its status
    int statusGets = 0;

    QList<Request> requests;
    QHash<QString, int> postsByReference;
    QHash<QString, QString> accepted; // reference -> notification id
    int posts() const { return postCount; }
    int gets() const { return getCount; }
    int postCount = 0;
    int getCount = 0;

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.path = first.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
                const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                r.headers.insert(name, value);
                if (name == "content-length")
                    length = value.toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            r.body = buffer->mid(end + 4, length);
            buffer->clear();
            answer(socket, r);
        });
    }

    void reply(QTcpSocket *socket, int status, const QByteArray &body)
    {
        const QByteArray reason = status == 201 ? "Created" : status == 200 ? "OK" : "Error";
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    void answer(QTcpSocket *socket, Request r)
    {
        if (r.method == "GET" && r.path.startsWith("/v2/notifications/")) {
            ++statusGets;
            requests.append(r);
            const QString id = QUrl::fromPercentEncoding(r.path.mid(18));
            if (failStatus) {
                reply(socket, 500, R"({"errors":[{"error":"Unavailable"}]})");
                return;
            }
            QString reference;
            for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
                if (it.value() == id)
                    reference = it.key();
            if (reference.isEmpty()) {
                reply(socket, 404, R"({"errors":[{"error":"NoResultFound"}]})");
                return;
            }
            // Notify's notification carries the recipient too: the sender must not keep it.
            reply(socket, 200,
                  QJsonDocument(
                      QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("reference"), reference},
                                  {QStringLiteral("phone_number"), QStringLiteral("07700900123")},
                                  {QStringLiteral("status"),
                                   statusById.value(id, QStringLiteral("sending"))}})
                      .toJson(QJsonDocument::Compact));
            return;
        }
        if (r.method == "GET") {
            ++getCount;
            r.reference = QUrlQuery(QUrl(QString::fromUtf8(r.path)).query())
                              .queryItemValue(QStringLiteral("reference"));
            requests.append(r);
            QJsonArray list;
            if (accepted.contains(r.reference))
                list.append(QJsonObject{{QStringLiteral("id"), accepted.value(r.reference)},
                                        {QStringLiteral("reference"), r.reference}});
            reply(socket, 200,
                  QJsonDocument(QJsonObject{{QStringLiteral("notifications"), list}})
                      .toJson(QJsonDocument::Compact));
            return;
        }
        ++postCount;
        r.reference =
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("reference")).toString();
        requests.append(r);
        postsByReference[r.reference] += 1;
        if (postCount <= failFirst) {
            reply(socket, 503, R"({"errors":[{"error":"Unavailable"}]})");
            return;
        }
        if (mode == Mode::Refuse) {
            reply(socket, 400, R"({"errors":[{"error":"BadRequestError"}]})");
            return;
        }
        const QString id = QStringLiteral("notify-%1").arg(accepted.size() + 1);
        if (!accepted.contains(r.reference))
            accepted.insert(r.reference, id);
        if (mode == Mode::Hang)
            return; // taken, never answered
        reply(socket, 201,
              QJsonDocument(QJsonObject{{QStringLiteral("id"), accepted.value(r.reference)},
                                        {QStringLiteral("reference"), r.reference}})
                  .toJson(QJsonDocument::Compact));
    }

    QTcpServer m_server;
    std::unique_ptr<QObject> m_context;
};
