#include "sync/serveradmin.h"

#include "sync/pg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <libpq-fe.h>

namespace cd::sync {

namespace {

// lupdate reads this file's messages into the context cd::sync::ServerAdmin.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::sync::ServerAdmin)
};

struct Script
{
    int version;
    QString path;
};

QList<Script> scripts()
{
    QList<Script> list;
    const QDir dir(QStringLiteral(":/contactdesk/server"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    static const QRegularExpression re(QStringLiteral("^(\\d+)_.*\\.sql$"));
    for (const QString &name : names) {
        const QRegularExpressionMatch m = re.match(name);
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), dir.filePath(name)});
    }
    return list;
}

} // namespace

int latestServerSchemaVersion()
{
    const QList<Script> list = scripts();
    return list.isEmpty() ? 0 : list.constLast().version;
}

Result<ServerInitReport> initServer(const QString &conninfo)
{
    auto conn = connectPg(conninfo);
    if (!conn)
        return conn.error();
    Pg pg(conn->get());
    ServerInitReport report;
    {
        Result<PgResult> r = pg.exec("SELECT to_regclass('public.cd_schema') IS NOT NULL");
        if (!r)
            return r.error();
        if (r->text(0, 0) == QLatin1String("t")) {
            Result<PgResult> v = pg.exec("SELECT coalesce(max(version), 0) FROM cd_schema");
            if (!v)
                return v.error();
            report.fromVersion = int(v->integer(0, 0));
        }
    }
    report.toVersion = report.fromVersion;
    if (report.fromVersion > latestServerSchemaVersion())
        return Result<ServerInitReport>::failure(
            QStringLiteral("the shared database has schema %1; this program knows up to %2. "
                           "Use a newer contactdesk-admin.")
                .arg(report.fromVersion)
                .arg(latestServerSchemaVersion()));
    for (const Script &s : scripts()) {
        if (s.version <= report.fromVersion)
            continue;
        QFile file(s.path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<ServerInitReport>::failure(QStringLiteral("%1 is missing").arg(s.path));
        const QByteArray sql = file.readAll();
        if (Status st = pg.run("BEGIN"); !st)
            return st.error();
        pg_result *r = PQexec(pg.conn(), sql.constData());
        const bool ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
        QString why;
        if (!ok)
            why = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(pg.conn()))
                      .trimmed();
        if (r)
            PQclear(r);
        if (!ok) {
            PQclear(PQexec(pg.conn(), "ROLLBACK"));
            return Result<ServerInitReport>::failure(
                QStringLiteral("server schema %1 could not be applied (nothing was changed): %2")
                    .arg(s.version)
                    .arg(why));
        }
        if (Status st = pg.run("INSERT INTO cd_schema (version) VALUES ($1)",
                               {QByteArray::number(s.version)});
            !st)
            return st.error();
        if (Status st = pg.run("COMMIT"); !st)
            return st.error();
        report.toVersion = s.version;
    }
    return report;
}

Status addUser(const QString &conninfo, const NewUser &user)
{
    if (user.role != QLatin1String("handler") && user.role != QLatin1String("manager"))
        return Status::failure(
            QStringLiteral("role must be handler or manager, not \"%1\"").arg(user.role));
    static const QRegularExpression loginRe(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!loginRe.match(user.login).hasMatch())
        return Status::failure(
            QStringLiteral("a login is lower-case letters, digits, '_', '.' or '-', "
                           "starting with a letter"));
    if (user.name.trimmed().isEmpty() || user.team.trimmed().isEmpty())
        return Status::failure(QStringLiteral("a user needs a name and a team"));
    auto conn = connectPg(conninfo);
    if (!conn)
        return conn.error();
    Pg pg(conn->get());
    const QByteArray ident = quoteIdent(pg.conn(), user.login);
    QByteArray password;
    if (!user.password.isEmpty()) {
        char *hashed = PQencryptPasswordConn(pg.conn(), user.password.toUtf8().constData(),
                                             user.login.toUtf8().constData(), nullptr);
        if (!hashed)
            return Status::failure(
                QStringLiteral("could not hash the password: %1")
                    .arg(QString::fromUtf8(PQerrorMessage(pg.conn())).trimmed()));
        password = " PASSWORD " + quoteLiteral(pg.conn(), QString::fromUtf8(hashed));
        PQfreemem(hashed);
    }
    const QByteArray group = user.role == QLatin1String("manager") ? "cd_manager" : "cd_handler";
    const QByteArray other = user.role == QLatin1String("manager") ? "cd_handler" : "cd_manager";
    if (Status s = pg.run("BEGIN"); !s)
        return s;
    Result<PgResult> exists =
        pg.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {user.login.toUtf8()});
    if (!exists)
        return exists.error();
    const QByteArray roleSql =
        (exists->rows() ? "ALTER ROLE " : "CREATE ROLE ") + ident + " LOGIN" + password;
    const QList<QByteArray> statements = {
        roleSql,
        "REVOKE " + other + " FROM " + ident,
        "GRANT " + group + " TO " + ident,
    };
    for (const QByteArray &sql : statements) {
        if (Status s = pg.run(sql); !s) {
            static_cast<void>(pg.run("ROLLBACK"));
            return s;
        }
    }
    // Write rights follow the login, but people read contacts and histories by name: within a
    // team a display name is one person's. Names compare as people read them (schema 6's
    // cd_name_key: Unicode NFKC, white space runs as one space, no case), teams without case.
    Result<PgResult> nameKey = pg.exec("SELECT to_regprocedure('cd_name_key(text)') IS NOT NULL");
    if (!nameKey) {
        static_cast<void>(pg.run("ROLLBACK"));
        return nameKey.error();
    }
    const QByteArray sameName =
        nameKey->text(0, 0) == QLatin1String("t")
            ? "SELECT login, display_name FROM cd_people WHERE lower(team) = lower($1) "
              "AND login <> $2 AND cd_name_key(display_name) = cd_name_key($3) LIMIT 1"
            : "SELECT login, display_name FROM cd_people WHERE team = $1 AND login <> $2 "
              "AND lower(btrim(display_name)) = lower(btrim($3)) LIMIT 1";
    Result<PgResult> namesake =
        pg.exec(sameName, {user.team.toUtf8(), user.login.toUtf8(), user.name.toUtf8()});
    if (!namesake) {
        static_cast<void>(pg.run("ROLLBACK"));
        return namesake.error();
    }
    if (namesake->rows() > 0) {
        static_cast<void>(pg.run("ROLLBACK"));
        return Status::failure(
            Tr::tr("\"%1\" is already the name of %2 in team %3 (as \"%4\"): each person in a "
                   "team needs a name of their own, not the same one in other capitals or "
                   "spacing (add a middle initial, for example). Nothing was changed.")
                .arg(user.name.trimmed(), namesake->text(0, 0), user.team, namesake->text(0, 1)),
            QStringLiteral("duplicate_name"));
    }
    // The login's lock, statement and idle-in-transaction timeouts (schema 3 and later).
    Result<PgResult> limits =
        pg.exec("SELECT to_regprocedure('cd_set_login_limits(name)') IS NOT NULL");
    if (!limits) {
        static_cast<void>(pg.run("ROLLBACK"));
        return limits.error();
    }
    if (limits->text(0, 0) == QLatin1String("t")) {
        if (Status s = pg.run("SELECT cd_set_login_limits($1)", {user.login.toUtf8()}); !s) {
            static_cast<void>(pg.run("ROLLBACK"));
            return s;
        }
    }
    Status s =
        pg.run("INSERT INTO cd_people (login, display_name, team, role) VALUES ($1, $2, $3, $4) "
               "ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, "
               "team = excluded.team, role = excluded.role",
               {user.login.toUtf8(), user.name.toUtf8(), user.team.toUtf8(), user.role.toUtf8()});
    if (!s) {
        static_cast<void>(pg.run("ROLLBACK"));
        return s;
    }
    return pg.run("COMMIT");
}

} // namespace cd::sync
