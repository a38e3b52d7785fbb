#include "sync/serveridentity.h"

#include "sync/pg.h"

#include <QByteArrayList>
#include <QCoreApplication>

#include <libpq-fe.h>

#include <memory>
#include <vector>

namespace cd::sync {

namespace {

// lupdate reads this file's messages into the context cd::sync::ServerIdentity.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::sync::ServerIdentity)
};

} // namespace

Result<std::shared_ptr<pg_conn>> connectWith(const ConnectionSettings &settings, int timeoutSeconds,
                                             const char *applicationName)
{
    QByteArrayList keys{"host", "port", "dbname", "user", "connect_timeout", "application_name"};
    QByteArrayList values{
        settings.host.toUtf8(), QByteArray::number(settings.port),  settings.database.toUtf8(),
        settings.user.toUtf8(), QByteArray::number(timeoutSeconds), QByteArray(applicationName)};
    if (!settings.password.isEmpty()) {
        keys << "password";
        values << settings.password.toUtf8();
    }
    for (const QString &option : settings.options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QByteArray key = option.left(eq).trimmed().toUtf8();
        const QByteArray value = option.mid(eq + 1).trimmed().toUtf8();
        if (key == "connect_timeout") {
            values[keys.indexOf(key)] = value;
            continue;
        }
        if (keys.contains(key))
            continue;
        keys << key;
        values << value;
    }
    std::vector<const char *> k;
    std::vector<const char *> v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys.at(i).constData());
        v.push_back(values.at(i).constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    std::shared_ptr<pg_conn> conn(PQconnectdbParams(k.data(), v.data(), 0), [](pg_conn *c) {
        if (c)
            PQfinish(c);
    });
    if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
        const QString why = conn ? QString::fromUtf8(PQerrorMessage(conn.get())).trimmed()
                                 : QStringLiteral("out of memory");
        // A server that answered and turned the login down, against one that did not answer.
        const bool refused = conn && (PQconnectionNeedsPassword(conn.get()) ||
                                      why.contains(QLatin1String("authentication failed")) ||
                                      why.contains(QLatin1String("does not exist")) ||
                                      why.contains(QLatin1String("no pg_hba.conf entry")));
        if (refused)
            return Result<std::shared_ptr<pg_conn>>::failure(
                Tr::tr("The shared database did not accept this login and password."),
                QStringLiteral("refused"));
        return Result<std::shared_ptr<pg_conn>>::failure(
            Tr::tr("The shared database cannot be reached (%1).").arg(why),
            QStringLiteral("unreachable"));
    }
    PQsetClientEncoding(conn.get(), "UTF8");
    PQsetNoticeProcessor(
        conn.get(), [](void *, const char *) {}, nullptr);
    return conn;
}

Result<HandlerProfile> serverIdentity(const ConnectionSettings &settings, int timeoutSeconds)
{
    Result<std::shared_ptr<pg_conn>> conn =
        connectWith(settings, timeoutSeconds, "contactdesk-sign-in");
    if (!conn)
        return conn.error();
    Pg pg(conn->get());
    Result<PgResult> r =
        pg.exec("SELECT display_name, team, role FROM cd_people WHERE login = current_user");
    if (!r)
        return Result<HandlerProfile>::failure(
            Tr::tr("The shared database cannot be reached (%1).").arg(r.errorMessage()),
            QStringLiteral("unreachable"));
    if (r->rows() == 0)
        return Result<HandlerProfile>::failure(
            Tr::tr("\"%1\" is not a Contact Desk user on the shared database.").arg(settings.user),
            QStringLiteral("not_person"));
    HandlerProfile p;
    p.name = r->text(0, 0);
    p.team = r->text(0, 1);
    if (!roleFromCode(r->text(0, 2), &p.role))
        p.role = Role::Handler;
    return p;
}

Result<ServerAuditHead> serverAuditHead(const ConnectionSettings &settings,
                                        const QString &workstation, int timeoutSeconds)
{
    Result<std::shared_ptr<pg_conn>> conn =
        connectWith(settings, timeoutSeconds, "contactdesk-audit-verify");
    if (!conn)
        return conn.error();
    Pg pg(conn->get());
    Result<PgResult> has = pg.exec("SELECT to_regclass('public.cd_audit_heads') IS NOT NULL");
    if (!has)
        return has.error();
    if (has->text(0, 0) != QLatin1String("t"))
        return Result<ServerAuditHead>::failure(
            Tr::tr("the shared database keeps no audit chain heads (its schema is older than "
                   "14: run contactdesk-admin server upgrade)"),
            QStringLiteral("no_heads"));
    Result<PgResult> r = pg.exec("SELECT hash, entry_id, entry_at, entry_action, entry_entity, "
                                 "entries FROM cd_audit_heads WHERE origin = $1",
                                 {workstation.toUtf8()});
    if (!r)
        return r.error();
    ServerAuditHead head;
    if (r->rows() == 0)
        return head;
    head.known = true;
    head.hash = r->text(0, 0);
    head.entryId = r->text(0, 1);
    head.entryAt = r->text(0, 2);
    head.action = r->text(0, 3);
    head.entity = r->text(0, 4);
    head.entries = r->integer(0, 5);
    return head;
}

} // namespace cd::sync
