#include "gui/screenpop.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QUrl>

namespace cd {

namespace {
// lupdate reads this file's messages into the context cd::ScreenPop.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ScreenPop)
};

constexpr qint64 kMaxMessage = 4096;

QString kindName(ScreenPop::Kind kind)
{
    switch (kind) {
    case ScreenPop::Kind::Pop:
        return QStringLiteral("pop");
    case ScreenPop::Kind::HangUp:
        return QStringLiteral("hangup");
    case ScreenPop::Kind::Raise:
        break;
    }
    return QStringLiteral("raise");
}
} // namespace

QJsonObject ScreenPop::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("kind"), kindName(kind));
    o.insert(QLatin1String("number"), number);
    o.insert(QLatin1String("call_id"), callId);
    o.insert(QLatin1String("at"),
             at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString());
    return o;
}

ScreenPop ScreenPop::fromJson(const QJsonObject &o)
{
    ScreenPop pop;
    const QString kind = o.value(QLatin1String("kind")).toString();
    pop.kind = kind == QLatin1String("pop")      ? Kind::Pop
               : kind == QLatin1String("hangup") ? Kind::HangUp
                                                 : Kind::Raise;
    pop.number = o.value(QLatin1String("number")).toString();
    pop.callId = o.value(QLatin1String("call_id")).toString();
    pop.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    return pop;
}

Result<QString> parseCallerNumber(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        s = s.mid(4);
        // Parameters (;phone-context=..., ;ext=...) are not part of the number.
        if (const qsizetype semicolon = s.indexOf(QLatin1Char(';')); semicolon >= 0)
            s.truncate(semicolon);
        s = QUrl::fromPercentEncoding(s.toUtf8());
        if (s.startsWith(QLatin1String("//")))
            s = s.mid(2);
    }
    QString number;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isDigit() && c.unicode() < 128)
            number.append(c);
        else if (c == QLatin1Char('+') && number.isEmpty() && i == s.indexOf(QLatin1Char('+')))
            number.append(c);
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') ||
                 c == QLatin1Char('(') || c == QLatin1Char(')'))
            continue;
        else
            return Result<QString>::failure(
                Tr::tr("\"%1\" is not a phone number: use digits, spaces and an optional leading +")
                    .arg(text.trimmed()));
    }
    const qsizetype digits = number.size() - (number.startsWith(QLatin1Char('+')) ? 1 : 0);
    if (digits == 0)
        return Result<QString>::failure(Tr::tr("The caller's number is empty"));
    if (digits < 3 || digits > 15)
        return Result<QString>::failure(
            Tr::tr("\"%1\" is not a phone number: it has %2 digits (3 to 15 expected)")
                .arg(text.trimmed())
                .arg(digits));
    return number;
}

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_name(socketName(profileDir))
{
}

QString SingleInstance::socketName(const QString &profileDir)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QString path = QDir::cleanPath(QDir(profileDir).absolutePath());
    const QByteArray hash = QCryptographicHash::hash((user + QLatin1Char('\n') + path).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(24);
    return QStringLiteral("contactdesk-") + QString::fromLatin1(hash);
}

bool SingleInstance::sendToRunning(const ScreenPop &pop, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QJsonDocument(pop.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The Desk answers once it has the message, so a pop is never lost between the two.
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        // Only this user may connect: another user's program cannot pop a contact.
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QLocalSocket::readyRead, this,
                        [this, socket] { readClient(socket); });
                if (socket->canReadLine())
                    readClient(socket);
            }
        });
    }
    // A Desk that answers keeps its socket. (With UserAccessOption, listen() would put a new
    // socket in place of a live one, so ask first.)
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500)) {
            m_error = QStringLiteral("another Desk is running with this profile");
            return false;
        }
    }
    if (m_server->listen(m_name))
        return true;
    // Left behind by a Desk that stopped without closing it: nobody answered on it.
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return true;
    m_error = m_server->errorString();
    return false;
}

void SingleInstance::readClient(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > kMaxMessage && !socket->canReadLine()) {
        socket->abort();
        return;
    }
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine(kMaxMessage);
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            socket->write("error\n");
            continue;
        }
        socket->write("ok\n");
        socket->flush();
        emit received(ScreenPop::fromJson(doc.object()));
    }
}

} // namespace cd
