#pragma once

#include "core/result.h"
#include "core/vehicle.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;
struct sqlite3_stmt;

namespace cd {

class Database;
class SqliteStatement;

struct VehicleMatch
{
    Vehicle vehicle;
    int score = 0; // vrm::closeness(), 0-100
};

struct VehicleImportError
{
    int line = 0; // where the row starts in the file (1-based)
    QString reason;
};

struct VehicleImportReport
{
    int rows = 0; // data rows read
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int bad = 0;
    int unusualMarks = 0;   // imported, but the mark is flagged for a check
    bool cancelled = false; // nothing was changed
    QList<VehicleImportError> errors;
};

struct VehicleImportProgress
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0; // 0 when unknown
    int rows = 0;
};

// The vehicle-recovery cache. Lookups and the importer use the raw SQLite API on the
// database's own connection: create and use a VehicleStore on the thread that owns the
// Database, and destroy it before the Database.
class VehicleStore
{
public:
    explicit VehicleStore(Database &db);
    ~VehicleStore();
    VehicleStore(const VehicleStore &) = delete;
    VehicleStore &operator=(const VehicleStore &) = delete;

    // Vehicles with exactly this mark (any spacing or case), most recent seizure first.
    QList<Vehicle> findExact(const QString &vrm);
    // Marks that read like `text` (confusions, a missing, extra, wrong or swapped character)
    // or begin with it, best first, then the most recent seizure.
    QList<VehicleMatch> find(const QString &text, int limit = 20);
    Result<Vehicle> get(const QString &id);
    int count() const;

    // Records that `actor` looked at a vehicle record (the audit log).
    Status recordView(const QString &actor, const QString &vehicleId);

    using ProgressFn = std::function<bool(const VehicleImportProgress &)>; // false cancels

    // Imports the operator's CSV in one transaction: either the whole file's good rows are
    // committed, or nothing (cancelled, failed, or the process killed). Bad rows are reported
    // by line and skipped. A row whose reference is already stored updates it only if
    // something differs, so importing the same file again changes nothing. Changed rows are
    // queued in the outbox in the same transaction.
    Result<VehicleImportReport> importCsv(QIODevice &in, const QString &actor,
                                          const ProgressFn &progress = {},
                                          const std::atomic<bool> *cancel = nullptr);
    Result<VehicleImportReport> importFile(const QString &path, const QString &actor,
                                           const ProgressFn &progress = {},
                                           const std::atomic<bool> *cancel = nullptr);

private:
    sqlite3_stmt *statement(int which, const char *sql);
    QList<Vehicle> readAll(sqlite3_stmt *stmt);

    Database &m_db;
    std::unique_ptr<SqliteStatement> m_statements[5]; // prepared when first used
};

} // namespace cd
