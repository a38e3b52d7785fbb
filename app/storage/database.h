#pragma once

#include "core/hlc.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace cd {

// One open profile database: a SQLite file in WAL mode with the project's pragmas, migrated
// to the current schema. One Database per thread; it owns its QSqlDatabase connection.
class Database
{
public:
    enum class ErrorKind { None, Locked, Corrupt, Unreadable, NewerSchema, MigrationFailed, Other };

    struct OpenError
    {
        ErrorKind kind = ErrorKind::Other;
        QString path;
        QString message; // names the file and says what to do
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. On failure, error says why in words for a
    // person: the file, what is wrong and what to do.
    static std::unique_ptr<Database> open(const QString &path, OpenError *error);
    // Opens without migrating (for tools and tests that inspect old files).
    static std::unique_ptr<Database> openRaw(const QString &path, OpenError *error);

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // The workstation identity and its hybrid logical clock, restored across restarts.
    QString workstationId() const { return m_workstationId; }
    HybridLogicalClock &hlc() { return *m_hlc; }
    Hlc tick(); // next HLC value, remembered in settings at commit time by the caller's transaction

    // Runs a statement and reports the error with the SQL's first words. For set-up code.
    Status exec(const QString &sql);

    static int latestSchemaVersion();
    static QString defaultProfileDir();
    static QString fileNameIn(const QString &profileDir);

private:
    Database() = default;
    static std::unique_ptr<Database> openImpl(const QString &path, bool migrate, OpenError *error);
    Status applyPragmas();
    Status initIdentity();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_workstationId;
    std::unique_ptr<HybridLogicalClock> m_hlc;
};

} // namespace cd
