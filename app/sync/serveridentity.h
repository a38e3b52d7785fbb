#pragma once

#include "core/profile.h"
#include "core/result.h"
#include "sync/connectionsettings.h"

#include <memory>

struct pg_conn;

namespace cd::sync {

// A libpq connection made with `settings` (its user and password; without a password libpq
// uses PGPASSWORD or ~/.pgpass). The error's code is "refused" when the server turned the
// login down, "unreachable" when it could not be reached.
Result<std::shared_ptr<pg_conn>> connectWith(const ConnectionSettings &settings, int timeoutSeconds,
                                             const char *applicationName);

// Who a shared-database login is: its cd_people row (display name, team, handler or manager),
// read as that login over a connection made with `settings` (its user and password). On a
// synced workstation this is who the person at the desk is, whatever the profile says.
//
// The error's code says what went wrong:
//   "refused"     the server turned the login or the password down;
//   "not_person"  the login connected but is not a Contact Desk person (no cd_people row);
//   "unreachable" the server could not be reached (the caller may fall back to the local
//                 accounts).
Result<HandlerProfile> serverIdentity(const ConnectionSettings &settings, int timeoutSeconds = 5);

// The shared database's head of one workstation's audit chain (server schema 14): the last
// entry of its chain the server has, and how many hashed entries it has pushed.
struct ServerAuditHead
{
    bool known = false; // false: nothing hashed pushed yet from this workstation
    QString hash;
    QString entryId;
    QString entryAt;
    QString action;
    QString entity;
    qint64 entries = 0;
};
// Error code "no_heads" when the server's schema is older than 14.
Result<ServerAuditHead> serverAuditHead(const ConnectionSettings &settings,
                                        const QString &workstation, int timeoutSeconds = 10);

} // namespace cd::sync
