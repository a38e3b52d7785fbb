#pragma once

#include "core/result.h"

#include <QString>

namespace cd::sync {

// Creating and upgrading the shared database: versioned SQL scripts shipped as resources
// (resources/server/NNN_*.sql), each applied once in its own transaction and recorded in
// cd_schema. Run with a role that may create roles (the database owner or a superuser).
struct ServerInitReport
{
    int fromVersion = 0;
    int toVersion = 0;
};
Result<ServerInitReport> initServer(const QString &conninfo);
int latestServerSchemaVersion();

struct NewUser
{
    QString name;  // as the person appears in the application (contacts' handler)
    QString login; // their own database role
    QString team;
    QString role;     // handler | manager
    QString password; // empty: the role can log in only by other means (e.g. peer/cert)
};
// Creates (or updates) the person's login role, with the schema's timeouts, and their row in
// cd_people. Refuses (code "duplicate_name") a display name another login has in the team.
Status addUser(const QString &conninfo, const NewUser &user);

} // namespace cd::sync
