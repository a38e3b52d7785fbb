#include "sync/syncsession.h"

#include "storage/database.h"
#include "storage/profile.h"
#include "storage/syncstate.h"
#include "storage/transaction.h"
#include "sync/pg.h"
#include "sync/synclog.h"
#include "sync/syncsession_p.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "contactdesk.sync", QtWarningMsg)

namespace cd::sync {

namespace {

// lupdate reads this file's messages into the context cd::sync::SyncSession.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::sync::SyncSession)
};

} // namespace

SyncSession::SyncSession(Database &db)
    : m_db(db)
{
    m_connectionName =
        QStringLiteral("contactdesk-sync-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SyncSession::~SyncSession()
{
    disconnect();
}

void SyncSession::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
}

void SyncSession::setBatchSizes(int push, int pull)
{
    m_pushBatch = std::max(1, push);
    m_pullBatch = std::max(1, pull);
}

void SyncSession::fault(const char *point)
{
    if (m_fault)
        m_fault(point);
}

bool SyncSession::isConnected() const
{
    return m_conn && m_conn->isOk();
}

void SyncSession::disconnect()
{
    m_conn.reset();
    m_ahead.reset();
    m_swapped = false;
    dropAhead();
    m_tables.clear();
    if (m_pg.isValid()) {
        m_pg.close();
        m_pg = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

// The libpq connection under an open QPSQL connection, or null.
pg_conn *libpqHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}

Status SyncSession::connect()
{
    disconnect();
    m_connectionLost = false;
    if (!m_settings.isConfigured()) {
        m_connectionLost = true;
        return Status::failure(QStringLiteral("no shared database is set up for this profile "
                                              "(host, database and user are needed)"),
                               QStringLiteral("not_configured"));
    }
    m_pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_pg.setHostName(m_settings.host);
    m_pg.setPort(m_settings.port);
    m_pg.setDatabaseName(m_settings.database);
    m_pg.setUserName(m_settings.user);
    if (!m_settings.password.isEmpty())
        m_pg.setPassword(m_settings.password);
    QString options =
        QStringLiteral("connect_timeout=5;application_name=contactdesk-sync;"
                       "keepalives=1;keepalives_idle=30;keepalives_interval=10;keepalives_count=3");
    if (!m_settings.options.isEmpty())
        options += QLatin1Char(';') + m_settings.options;
    m_pg.setConnectOptions(options);
    if (!m_pg.open()) {
        const QString why = m_pg.lastError().databaseText().trimmed();
        disconnect();
        m_connectionLost = true;
        return Status::failure(QStringLiteral("could not connect to the shared database %1: %2")
                                   .arg(m_settings.describe(), why),
                               QStringLiteral("connect"));
    }
    pg_conn *handle = libpqHandle(m_pg);
    if (!handle) {
        disconnect();
        return Status::failure(QStringLiteral("the PostgreSQL driver gave no connection handle"));
    }
    m_conn = std::make_unique<Pg>(handle);

    Result<PgResult> who =
        m_conn->exec("SELECT (SELECT id FROM cd_server LIMIT 1), cd_my_team(), cd_my_name(), "
                     "to_regprocedure('cd_end_stalls()') IS NOT NULL");
    if (!who)
        return failed<Unit>(
            Error{QStringLiteral("%1 does not look like a Contact Desk shared database "
                                 "(run contactdesk-admin server init): %2")
                      .arg(m_settings.describe(), who.errorMessage()),
                  QStringLiteral("schema")});
    if (who->isNull(0, 1)) {
        const QString msg =
            QStringLiteral("the login %1 is not a Contact Desk user on %2 "
                           "(an administrator adds it with contactdesk-admin server add-user)")
                .arg(m_settings.user, m_settings.describe());
        disconnect();
        return Status::failure(msg, QStringLiteral("not_a_user"));
    }
    m_serverId = who->text(0, 0);
    m_canEndStalls = who->text(0, 3) == QLatin1String("t");
    // The server writes a person's contacts only under the name it has for the login: a
    // profile under another name would have every contact refused, so nothing is sent.
    const HandlerProfile profile = ProfileStore(m_db).load();
    const QString serverName = who->text(0, 2);
    if (profile.isComplete() && profile.name != serverName) {
        const QString msg =
            Tr::tr("This profile's name is \"%1\", but the shared database knows the login %2 "
                   "as \"%3\". Change the profile's name to \"%3\" (or ask an administrator "
                   "to change the login's name) and sync again. Nothing was sent.")
                .arg(profile.name, m_settings.user, serverName);
        disconnect();
        return Status::failure(msg, QStringLiteral("name_mismatch"));
    }
    if (Status s = prepareSession(*m_conn); !s)
        return failed<Unit>(s.error());
    SyncStateStore state(m_db);
    const QString known = state.value(SyncStateStore::Key::ServerId);
    if (known != m_serverId) {
        // A different (or re-created) shared database: start reading it from the beginning.
        Transaction tx(m_db.sql());
        if (!tx.started())
            return tx.started();
        if (!known.isEmpty())
            qCWarning(lcSync)
                << "the shared database changed identity; reading it again from the start";
        if (Status s = state.setValue(SyncStateStore::Key::ServerId, m_serverId); !s)
            return s;
        if (Status s = state.setCursor(0); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return loadTables();
}

// Settings of every server session of the sync: no NOTICE chatter (a staging table that is
// already there, on every push), and, where the server can end a session that stalls others
// (schema 6), a lock wait after which the sync asks it to and tries again.
Status SyncSession::prepareSession(Pg &pg)
{
    if (Status s = pg.run("SET client_min_messages = warning"); !s)
        return s;
    if (m_canEndStalls)
        return pg.run("SELECT set_config('lock_timeout', cd_lock_wait_ms()::text, false)");
    return success();
}

// Asks the server to end the sessions of people's logins that have held up this sync for too
// long (cd_end_stalls, schema 6). False when it cannot (an older server, or the call failed).
bool SyncSession::endStalls()
{
    if (!m_canEndStalls || !isConnected())
        return false;
    Result<PgResult> r = m_conn->exec("SELECT cd_end_stalls()");
    if (!r) {
        qCWarning(lcSync) << "could not ask the shared database to end stalled sessions:"
                          << r.errorMessage();
        return false;
    }
    if (r->integer(0, 0) > 0)
        qCWarning(lcSync) << "the shared database ended" << r->integer(0, 0)
                          << "sessions that held up this sync";
    return true;
}

Status SyncSession::loadTables()
{
    m_tables.clear();
    for (const SyncTable &spec : syncedTableSpecs()) {
        auto t = std::make_shared<SyncTable>(spec);
        t->localCols = localColumns(m_db, t->name);
        t->local = !t->localCols.isEmpty();
        Result<PgResult> r =
            m_conn->exec("SELECT column_name, data_type, is_nullable = 'YES' "
                         "FROM information_schema.columns WHERE table_schema = 'public' "
                         "AND table_name = $1 ORDER BY ordinal_position",
                         {t->name.toUtf8()});
        if (!r)
            return failed<Unit>(r.error());
        t->server = r->rows() > 0;
        for (int i = 0; i < r->rows(); ++i) {
            const QString col = r->text(i, 0);
            if (isServerOnlyColumn(col) || !t->localCols.contains(col))
                continue;
            t->cols.append(col);
            t->types.append(r->text(i, 1));
            t->nullable.append(r->text(i, 2) == QLatin1String("t"));
        }
        m_tables.append(t);
    }
    return success();
}

qint64 SyncSession::cursor() const
{
    return SyncStateStore(m_db).cursor();
}

Result<SyncReport> SyncSession::syncOnce()
{
    SyncReport report;
    Result<PushStats> pushed = push();
    if (!pushed)
        return pushed.error();
    report.push = pushed.value();
    Result<PullStats> pulled = pull();
    if (!pulled)
        return pulled.error();
    report.pull = pulled.value();
    return report;
}

} // namespace cd::sync
