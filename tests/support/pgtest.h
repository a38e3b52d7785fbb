#pragma once

// Helpers for sync tests against the private PostgreSQL that tools/with-postgres.sh starts.
// Each test makes its own database (and its own logins) so tests never see each other's rows.

#include "verify.h"

#include "core/contact.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "sync/connectionsettings.h"
#include "sync/pg.h"
#include "sync/serveradmin.h"
#include "sync/syncsession.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <libpq-fe.h>

#include <memory>

namespace pgtest {

inline QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// CD_SKIP when no server is given, QFAIL when one is required (CONTACTDESK_REQUIRE_PG=1).
#define PGTEST_REQUIRE_SERVER()                                                                    \
    do {                                                                                           \
        if (pgtest::env("CONTACTDESK_TEST_PG").isEmpty()) {                                        \
            if (pgtest::env("CONTACTDESK_REQUIRE_PG") == QLatin1String("1"))                       \
                QFAIL("CONTACTDESK_REQUIRE_PG=1 but CONTACTDESK_TEST_PG is not set: run the test " \
                      "through tools/with-postgres.sh");                                           \
            CD_SKIP("no PostgreSQL (run through tools/with-postgres.sh)");                         \
        }                                                                                          \
    } while (0)

inline QString socketDir()
{
    return env("CONTACTDESK_TEST_PG_SOCKET");
}

inline QString port()
{
    return env("CONTACTDESK_TEST_PG_PORT");
}

inline QString superConninfo(const QString &db)
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3").arg(socketDir(), port(), db);
}

// Runs SQL as the superuser on a database; returns the error message or "".
inline QString superExec(const QString &db, const QString &sql)
{
    auto conn = cd::sync::connectPg(superConninfo(db));
    if (!conn)
        return conn.errorMessage();
    cd::sync::Pg pg(conn->get());
    cd::Status s = pg.run(sql.toUtf8());
    return s ? QString() : s.errorMessage();
}

inline QString superValue(const QString &db, const QString &sql)
{
    auto conn = cd::sync::connectPg(superConninfo(db));
    if (!conn)
        return QStringLiteral("ERROR ") + conn.errorMessage();
    cd::sync::Pg pg(conn->get());
    auto r = pg.exec(sql.toUtf8());
    if (!r)
        return QStringLiteral("ERROR ") + r.errorMessage();
    return r->rows() ? r->text(0, 0) : QString();
}

// A fresh database with the server schema; unique per call.
inline QString createDatabase(const char *tag)
{
    static int n = 0;
    const QString name = QStringLiteral("cd_%1_%2_%3")
                             .arg(QLatin1String(tag))
                             .arg(QCoreApplication::applicationPid())
                             .arg(++n);
    const QString err =
        superExec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!err.isEmpty()) {
        qWarning("CREATE DATABASE failed: %s", qPrintable(err));
        return {};
    }
    auto init = cd::sync::initServer(superConninfo(name));
    if (!init) {
        qWarning("server init failed: %s", qPrintable(init.errorMessage()));
        return {};
    }
    return name;
}

inline QString uniqueLogin(const QString &base)
{
    return QStringLiteral("%1_%2").arg(base, QUuid::createUuid().toString(QUuid::Id128).left(10));
}

inline bool addUser(const QString &db, const QString &login, const QString &name,
                    const QString &team, const QString &role = QStringLiteral("handler"),
                    const QString &password = {})
{
    cd::Status s = cd::sync::addUser(superConninfo(db), {name, login, team, role, password});
    if (!s)
        qWarning("add-user failed: %s", qPrintable(s.errorMessage()));
    return bool(s);
}

// Socket connections are trusted: no password needed for the person's own login.
inline cd::sync::ConnectionSettings settingsFor(const QString &db, const QString &login)
{
    cd::sync::ConnectionSettings s;
    s.host = socketDir();
    s.port = port().toInt();
    s.database = db;
    s.user = login;
    return s;
}

// One workstation: its own profile folder, SQLite cache and sync session.
struct Workstation
{
    QTemporaryDir dir;
    std::unique_ptr<cd::Database> db;
    std::unique_ptr<cd::sync::SyncSession> session;
    QString handler;
    QString team;

    Workstation(const QString &database, const QString &login, QString handlerName,
                QString teamName)
        : handler(std::move(handlerName))
        , team(std::move(teamName))
    {
        cd::Database::OpenError error;
        db = cd::Database::open(cd::Database::fileNameIn(dir.path()), &error);
        if (!db)
            qFatal("cannot open the workstation database: %s", qPrintable(error.message));
        session = std::make_unique<cd::sync::SyncSession>(*db);
        session->setSettings(settingsFor(database, login));
    }

    cd::Contact newContact(const QString &notes = QStringLiteral("note"))
    {
        cd::Contact c;
        c.startedAt = QDateTime::fromString(QStringLiteral("2026-03-01T09:00:00Z"), Qt::ISODate);
        c.handler = handler;
        c.team = team;
        c.channel = QStringLiteral("phone");
        c.category = QStringLiteral("low_level_concern");
        c.outcome = QStringLiteral("resolved_first_contact");
        c.callerName = QStringLiteral("Caller");
        c.notes = notes;
        return c;
    }

    QString save(cd::Contact &c)
    {
        cd::Status s = cd::ContactStore(*db).save(c, handler);
        return s ? QString() : s.errorMessage();
    }

    QString addContact(const QString &notes = QStringLiteral("note"))
    {
        cd::Contact c = newContact(notes);
        const QString err = save(c);
        if (!err.isEmpty())
            qWarning("save failed: %s", qPrintable(err));
        return c.id;
    }

    QString localValue(const QString &sql) const
    {
        QSqlQuery q(db->sql());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("ERROR ") + sql;
        return q.value(0).toString();
    }

    int count(const QString &table) const
    {
        return localValue(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

    int pending() const { return cd::Outbox(*db).pendingCount(); }

    QString sync()
    {
        auto r = session->syncOnce();
        return r ? QString() : r.errorMessage();
    }
};

// One person's own session on the test server, to probe what their login may and may not do.
struct Login
{
    std::shared_ptr<pg_conn> conn;

    Login(const QString &db, const QString &login)
    {
        auto c = cd::sync::connectPg(QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
                                         .arg(socketDir(), port(), login, db));
        if (c)
            conn = c.value();
        else
            qWarning("%s", qPrintable(c.errorMessage()));
    }
    // The SQLSTATE of the failure, "" when the statement worked.
    QString run(const QString &sql)
    {
        cd::sync::Pg pg(conn.get());
        cd::Status s = pg.run(sql.toUtf8());
        return s ? QString() : pg.lastError().sqlState;
    }
    // The first column of the first row, "" for no rows, "ERROR <sqlstate>" on failure.
    QString value(const QString &sql)
    {
        cd::sync::Pg pg(conn.get());
        auto r = pg.exec(sql.toUtf8());
        if (!r)
            return QStringLiteral("ERROR ") + pg.lastError().sqlState;
        return r->rows() ? r->text(0, 0) : QString();
    }
    // Rows the statement changed, or -1 when it failed (with the SQLSTATE in *state if given).
    int affected(const QString &sql, QString *state = nullptr)
    {
        PGresult *r = PQexec(conn.get(), sql.toUtf8().constData());
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        const int n = ok ? QByteArray(PQcmdTuples(r)).toInt() : -1;
        if (!ok && state)
            *state = QString::fromUtf8(PQresultErrorField(r, PG_DIAG_SQLSTATE));
        PQclear(r);
        return n;
    }
    // Whether the server has ended this session (asked with a statement).
    bool ended()
    {
        PQclear(PQexec(conn.get(), "SELECT 1"));
        return PQstatus(conn.get()) != CONNECTION_OK;
    }
};

} // namespace pgtest
