#pragma once

#include "sync/connectionsettings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;
class QSqlDriver;

namespace cd {
class Database;
}

namespace cd::sync {

class SyncSession;

// What the Desk shows about sync: always current, never waiting on the network.
struct SyncState
{
    enum class Phase { NotConfigured, Idle, Syncing, Offline, Error };
    Phase phase = Phase::NotConfigured;
    QDateTime lastSynced;       // UTC; invalid until the first full sync
    int pending = 0;            // outbox entries not yet on the server
    int contactsWaiting = 0;    // contacts with changes not yet on the server
    int escalationsWaiting = 0; // escalations with changes (status, notes) not yet on the server
    int rejected = 0;           // changes the server refused (kept in sync_rejected)
    int setAside = 0;           // rows from the server this cache cannot store (sync_set_aside)
    QString error;              // why the last attempt failed, in words; empty when it worked
    quint64 received = 0; // rows applied from the shared database so far (views reload on a rise)
    bool offline() const { return phase == Phase::Offline; }
};

// The sync loop. Lives on its own thread with its own SQLite connection (Database) and its
// own PostgreSQL connection: pushes and pulls on start, on syncNow(), on a NOTIFY from the
// server, and every pullIntervalMs anyway; reconnects with exponential backoff after a
// dropped connection. Use it through SyncController from the GUI thread.
// Any login may send the NOTIFY (PostgreSQL puts no privilege on it), so notifications are
// coalesced: a sync they ask for starts no sooner than the profile setting
// sync.notify_gap_seconds (default 5) after the last sync started, whatever their rate.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(QString databasePath, ConnectionSettings settings, int pullIntervalMs);
    ~SyncWorker() override;

public slots:
    void start();
    void syncNow();
    void setSettings(const cd::sync::ConnectionSettings &settings);
    void stop();

signals:
    void stateChanged(const cd::sync::SyncState &state);

private:
    void runSync();
    void scheduleSoon(int ms);
    void publish();
    void subscribe();
    void changesAnnounced();

    QString m_path;
    ConnectionSettings m_settings;
    int m_intervalMs;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncSession> m_session;
    QTimer *m_interval = nullptr;
    QTimer *m_soon = nullptr;
    QSqlDriver *m_subscribed = nullptr;
    int m_failures = 0;
    int m_notifyGapMs = 5000;
    QElapsedTimer m_lastSync; // since the last sync started
    bool m_running = false;
    SyncState m_state;
};

// A short text for the status bar: "Synced 12:04", "Offline — 3 contacts, 1 escalation
// waiting", "Sync error: ...".
QString describeState(const SyncState &state);
// What is waiting, as a person counts it: "3 contacts, 1 escalation waiting"; "changes waiting"
// when only something else is (a script an administrator changed); empty when nothing is.
QString describeWaiting(const SyncState &state);

} // namespace cd::sync

Q_DECLARE_METATYPE(cd::sync::SyncState)
Q_DECLARE_METATYPE(cd::sync::ConnectionSettings)
