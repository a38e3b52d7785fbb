#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace cd {

// What the telephony (or a tel: link) tells the Desk: a call to pop, a call that ended, or
// only "come to the front".
struct ScreenPop
{
    enum class Kind { Raise, Pop, HangUp };
    Kind kind = Kind::Raise;
    QString number; // Pop: the caller's number, digits with an optional leading +
    QString callId; // the telephony's id of the call; may be empty
    QDateTime at;   // when the call started (Pop) or ended (HangUp), as the telephony said

    QJsonObject toJson() const;
    static ScreenPop fromJson(const QJsonObject &object);
};

// The caller's number from what the telephony passes: a number ("01234 567890",
// "+44 1234 567890", "0123-456-7890") or a tel: URI ("tel:+441234567890",
// "tel:01234%20567890", "tel:0123-456-7890;phone-context=example.org"). Spaces, dashes, dots
// and brackets are dropped; what is left must be 3 to 15 digits, after an optional +. Fails
// with a message for a person when there is no number or it has letters in it.
Result<QString> parseCallerNumber(const QString &text);

// One Desk per user and profile. The first Desk listens on a local socket only its user can
// open; a second `contactdesk` hands its pop (or a request to come to the front) to it and ends.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);

    // The socket's name: from the user's login and the profile's absolute path, so two users
    // or two profiles on one machine never meet.
    static QString socketName(const QString &profileDir);

    // Hands `pop` to the Desk already running for this profile. False when none answers
    // within `timeoutMs` (then the caller starts a Desk).
    bool sendToRunning(const ScreenPop &pop, int timeoutMs = 3000) const;

    // Starts listening. A socket left behind by a Desk that crashed (nobody answers on it) is
    // removed first. False, with the reason in errorString(), when the socket cannot be made.
    bool listen();
    QString errorString() const { return m_error; }
    QString name() const { return m_name; }

signals:
    void received(const cd::ScreenPop &pop);

private:
    void readClient(QLocalSocket *socket);

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::ScreenPop)
