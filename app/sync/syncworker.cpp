#include "sync/syncworker.h"

#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/settingsstore.h"
#include "storage/syncstate.h"
#include "sync/synclog.h"
#include "sync/syncsession.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

#include <algorithm>

namespace cd::sync {

namespace {
constexpr int kMaxBackoffMs = 60000;
// A notification's pull waits at least this long, so the notifications of one burst of
// commits bring one pull.
constexpr int kNotifyDelayMs = 200;
} // namespace

SyncWorker::SyncWorker(QString databasePath, ConnectionSettings settings, int pullIntervalMs)
    : m_path(std::move(databasePath))
    , m_settings(std::move(settings))
    , m_intervalMs(pullIntervalMs)
{
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_running)
        return;
    Database::OpenError error;
    m_db = Database::open(m_path, &error);
    if (!m_db) {
        m_state.phase = SyncState::Phase::Error;
        m_state.error = error.message;
        publish();
        return;
    }
    m_notifyGapMs =
        std::max(1, SettingsStore(*m_db).intValue(SettingsStore::Key::SyncNotifyGapSeconds)) * 1000;
    m_session = std::make_unique<SyncSession>(*m_db);
    m_session->setSettings(m_settings);
    m_interval = new QTimer(this);
    m_interval->setInterval(m_intervalMs);
    connect(m_interval, &QTimer::timeout, this, &SyncWorker::runSync);
    m_interval->start();
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    connect(m_soon, &QTimer::timeout, this, &SyncWorker::runSync);
    m_running = true;
    scheduleSoon(0);
}

void SyncWorker::stop()
{
    m_running = false;
    if (m_interval)
        m_interval->stop();
    if (m_soon)
        m_soon->stop();
    m_subscribed = nullptr;
    m_session.reset();
    m_db.reset();
}

void SyncWorker::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    if (m_session) {
        m_session->disconnect();
        m_subscribed = nullptr;
        m_session->setSettings(settings);
        m_failures = 0;
        scheduleSoon(0);
    }
}

void SyncWorker::syncNow()
{
    m_failures = 0;
    scheduleSoon(0);
}

void SyncWorker::scheduleSoon(int ms)
{
    if (m_soon && (!m_soon->isActive() || m_soon->remainingTime() > ms))
        m_soon->start(ms);
}

void SyncWorker::publish()
{
    if (m_db) {
        const Outbox outbox(*m_db);
        const PendingWork work = outbox.pendingWork();
        m_state.pending = work.entries;
        m_state.contactsWaiting = work.contacts;
        m_state.escalationsWaiting = work.escalations;
        m_state.rejected = outbox.refusedCount();
        m_state.setAside = SyncStateStore(*m_db).setAsideCount();
    }
    emit stateChanged(m_state);
}

void SyncWorker::subscribe()
{
    QSqlDriver *driver = m_session->pgDatabase().driver();
    if (!driver || driver == m_subscribed)
        return;
    if (driver->subscribeToNotification(QStringLiteral("cd_changes"))) {
        connect(driver, &QSqlDriver::notification, this, &SyncWorker::changesAnnounced);
        m_subscribed = driver;
    } else {
        qCWarning(lcSync) << "could not listen for changes; pulling on the timer only";
    }
}

// A notification only asks for a pull, and anyone may send one (a forged NOTIFY cd_changes
// needs no privilege): however many come, the pull they ask for starts no sooner than
// m_notifyGapMs after the last sync started. F5, a save and the timer are not held back.
void SyncWorker::changesAnnounced()
{
    const qint64 since = m_lastSync.isValid() ? m_lastSync.elapsed() : qint64(m_notifyGapMs);
    const int wait = int(std::max<qint64>(kNotifyDelayMs, m_notifyGapMs - since));
    qCDebug(lcSync) << "change notification: next sync in" << wait << "ms at the latest";
    scheduleSoon(wait);
}

void SyncWorker::runSync()
{
    if (!m_running || !m_session)
        return;
    if (!m_settings.isConfigured()) {
        m_state.phase = SyncState::Phase::NotConfigured;
        m_state.error.clear();
        publish();
        return;
    }
    m_state.phase = SyncState::Phase::Syncing;
    m_lastSync.start();
    publish();
    if (!m_session->isConnected())
        m_subscribed = nullptr;
    Result<SyncReport> r = m_session->syncOnce();
    if (r) {
        m_failures = 0;
        m_state.phase = SyncState::Phase::Idle;
        m_state.lastSynced = QDateTime::currentDateTimeUtc();
        m_state.received += quint64(r->pull.applied);
        m_state.error.clear();
        subscribe();
        // More may have arrived while this ran (a NOTIFY read by the data queries is gone).
        if (r->push.sent > 0 || r->pull.applied > 0)
            scheduleSoon(1000);
    } else {
        const bool offline = m_session->lastErrorWasConnection();
        m_state.phase = offline ? SyncState::Phase::Offline : SyncState::Phase::Error;
        m_state.error = r.errorMessage();
        ++m_failures;
        const int exp = std::min(m_failures - 1, 6);
        const int backoff = std::min(kMaxBackoffMs, 1000 * (1 << exp));
        const int jitter = int(QRandomGenerator::global()->bounded(backoff / 4 + 1));
        scheduleSoon(backoff + jitter);
        qCInfo(lcSync) << "sync failed; retrying in" << backoff + jitter << "ms";
    }
    publish();
}

QString describeWaiting(const SyncState &s)
{
    if (s.pending <= 0)
        return {};
    QStringList parts;
    if (s.contactsWaiting > 0)
        parts << QCoreApplication::translate("cd::sync", "%n contact(s)", nullptr,
                                             s.contactsWaiting);
    if (s.escalationsWaiting > 0)
        parts << QCoreApplication::translate("cd::sync", "%n escalation(s)", nullptr,
                                             s.escalationsWaiting);
    if (parts.isEmpty())
        return QCoreApplication::translate("cd::sync", "changes waiting");
    //: "3 contacts, 1 escalation" waiting to reach the shared database
    return QCoreApplication::translate("cd::sync", "%1 waiting")
        .arg(parts.join(QStringLiteral(", ")));
}

QString describeState(const SyncState &s)
{
    const QString what = describeWaiting(s);
    const QString waiting = what.isEmpty() ? QString() : QStringLiteral(" — ") + what;
    switch (s.phase) {
    case SyncState::Phase::NotConfigured:
        return QCoreApplication::translate("cd::sync", "Not connected to the shared database") +
               waiting;
    case SyncState::Phase::Syncing:
        return QCoreApplication::translate("cd::sync", "Syncing…") + waiting;
    case SyncState::Phase::Offline:
        return QCoreApplication::translate("cd::sync", "Offline") + waiting;
    case SyncState::Phase::Error:
        return QCoreApplication::translate("cd::sync", "Sync error: %1").arg(s.error) + waiting;
    case SyncState::Phase::Idle:
        break;
    }
    if (!s.lastSynced.isValid())
        return QCoreApplication::translate("cd::sync", "Not yet synced") + waiting;
    return QCoreApplication::translate("cd::sync", "Synced %1")
               .arg(s.lastSynced.toLocalTime().toString(QStringLiteral("HH:mm"))) +
           waiting;
}

} // namespace cd::sync
