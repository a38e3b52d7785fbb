#pragma once

#include "core/result.h"

#include <QString>

namespace cd {
class Database;
}

namespace cd::sync {

// Where the shared database is. Kept in the profile's settings (host, port, database, user);
// the password never is: the GUI keeps it in the platform keychain, the command line takes it
// from PGPASSWORD, --password-file or libpq's ~/.pgpass.
struct ConnectionSettings
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; // in memory only
    QString options;  // further libpq keywords, "key=value;key=value" (sslmode, connect_timeout...)

    bool isConfigured() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty(); }
    QString describe() const; // "user@host:port/database", no password

    static ConnectionSettings load(Database &db);
    Status save(Database &db) const; // never writes the password
    // Parses a libpq conninfo ("host=... dbname=..." or a postgresql:// URI).
    static Result<ConnectionSettings> fromConninfo(const QString &conninfo);
};

// Reads a password file: its first line, which must not be empty.
Result<QString> readPasswordFile(const QString &path);

} // namespace cd::sync
