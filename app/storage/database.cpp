#include "storage/database.h"

#include "core/logging.h"
#include "storage/migrations.h"
#include "storage/taxonomystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::Database.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::Database)
};

struct RawResult
{
    int code = SQLITE_OK;
    QString message;
};

RawResult execRaw(sqlite3 *db, const QByteArray &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err);
    RawResult r;
    r.code = rc;
    if (rc != SQLITE_OK) {
        r.message = QString::fromUtf8(err ? err : sqlite3_errmsg(db));
        sqlite3_free(err);
    }
    return r;
}

int userVersion(sqlite3 *db, RawResult *result)
{
    sqlite3_stmt *stmt = nullptr;
    int version = -1;
    int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            version = sqlite3_column_int(stmt, 0);
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK && result) {
        result->code = rc;
        result->message = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    return version;
}

Database::OpenError classify(const QString &path, const RawResult &r)
{
    Database::OpenError e;
    e.path = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    switch (r.code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        e.kind = Database::ErrorKind::Locked;
        e.message = Tr::tr("The Contact Desk database %1 is locked by another program. Close any "
                           "other Contact Desk window or admin command using this profile, then "
                           "try again.")
                        .arg(e.path);
        break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        e.kind = Database::ErrorKind::Corrupt;
        e.message = Tr::tr("The file %1 is not a readable Contact Desk database: it may be damaged "
                           "(%2). Nothing in it has been changed. Keep a copy for IT support, then "
                           "move it aside or restore it from a backup, and start Contact Desk "
                           "again.")
                        .arg(e.path, r.message);
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_AUTH:
        e.kind = Database::ErrorKind::Unreadable;
        e.message = Tr::tr("Contact Desk cannot read and write the database %1 (%2). Check that "
                           "the folder exists, that the disk is not full and that you have "
                           "permission to use the file.")
                        .arg(e.path, r.message);
        break;
    default:
        e.kind = Database::ErrorKind::Other;
        e.message =
            Tr::tr("Contact Desk could not open the database %1: %2").arg(e.path, r.message);
        break;
    }
    return e;
}

// The profile folder and the database's files are the owner's alone (issue 19): 0700 and 0600
// whatever the umask. SQLite gives the -wal, -shm and -journal files the database file's
// mode. Files and folders an older program left wider lose their group and other rights (and
// keep the owner's: a read-only file stays read-only).
constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerAll = kOwnerFile | QFile::ExeOwner;
constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

void ownerOnly(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return;
    const QFile::Permissions now = info.permissions();
    if (!(now & kOthers))
        return;
    if (!QFile::setPermissions(path, now & kOwnerAll))
        qCWarning(lcStorage) << "could not make a profile file or folder the owner's only";
}

void ownerOnlyProfile(const QString &databasePath)
{
    ownerOnly(QFileInfo(databasePath).absolutePath());
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        ownerOnly(databasePath + QLatin1String(suffix));
}

} // namespace

Database::~Database()
{
    if (m_db.isOpen()) {
        if (sqlite3 *h = handle())
            execRaw(h, "PRAGMA optimize");
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

QString Database::defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Database::fileNameIn(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("contactdesk.sqlite"));
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

int Database::schemaVersion() const
{
    return userVersion(handle(), nullptr);
}

std::unique_ptr<Database> Database::open(const QString &path, OpenError *error)
{
    return openImpl(path, true, error);
}

std::unique_ptr<Database> Database::openRaw(const QString &path, OpenError *error)
{
    return openImpl(path, false, error);
}

std::unique_ptr<Database> Database::openImpl(const QString &path, bool migrate, OpenError *error)
{
    OpenError scratch;
    OpenError &err = error ? *error : scratch;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        err = classify(path, {SQLITE_CANTOPEN,
                              Tr::tr("the folder %1 cannot be created").arg(info.absolutePath())});
        return nullptr;
    }
    if (info.exists() && !info.isFile()) {
        err = classify(path, {SQLITE_CANTOPEN, Tr::tr("it is not a file")});
        return nullptr;
    }
    if (!info.exists()) {
        // Created here, owner-only from the start, rather than by SQLite under the umask.
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile) &&
            !QFileInfo::exists(info.absoluteFilePath())) {
            err = classify(path, {SQLITE_CANTOPEN, file.errorString()});
            return nullptr;
        }
    }
    ownerOnlyProfile(info.absoluteFilePath());

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_connectionName =
        QStringLiteral("contactdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db->m_db.open()) {
        err = classify(path, {SQLITE_CANTOPEN, db->m_db.lastError().text()});
        return nullptr;
    }
    sqlite3 *h = db->handle();
    if (!h) {
        err = classify(path, {SQLITE_ERROR, Tr::tr("the SQLite driver gave no handle")});
        return nullptr;
    }
    // Before anything runs on the connection: triggers, views and migrations call them.
    if (const int rc = addSchemaFunctions(h); rc != SQLITE_OK) {
        err = classify(path, {rc, QString::fromUtf8(sqlite3_errmsg(h))});
        return nullptr;
    }

    // Reading the header first tells a damaged or foreign file apart before anything is written.
    RawResult r;
    const int version = userVersion(h, &r);
    if (r.code != SQLITE_OK) {
        err = classify(path, r);
        return nullptr;
    }
    if (sqlite3_db_readonly(h, "main") == 1) {
        err = classify(path, {SQLITE_READONLY, Tr::tr("the file is read-only")});
        return nullptr;
    }
    if (version > latestSchemaVersion()) {
        err.kind = ErrorKind::NewerSchema;
        err.path = QDir::toNativeSeparators(db->m_path);
        err.message = Tr::tr("The database %1 was written by a newer Contact Desk (schema %2; this "
                             "version knows up to %3). Nothing in it has been changed. Install the "
                             "newer Contact Desk, or open a different profile.")
                          .arg(err.path)
                          .arg(version)
                          .arg(latestSchemaVersion());
        return nullptr;
    }
    r = execRaw(h, "PRAGMA journal_mode=WAL");
    if (r.code != SQLITE_OK) {
        err = classify(path, r);
        return nullptr;
    }
    if (Status s = db->applyPragmas(); !s) {
        err = classify(path, {SQLITE_ERROR, s.errorMessage()});
        return nullptr;
    }

    if (migrate) {
        for (const Migration &m : migrations()) {
            if (m.version <= version)
                continue;
            QFile file(m.resource);
            if (!file.open(QIODevice::ReadOnly)) {
                err = {ErrorKind::MigrationFailed, db->m_path,
                       Tr::tr("migration %1 is missing from the program").arg(m.version)};
                return nullptr;
            }
            const QByteArray script = file.readAll();
            r = execRaw(h, "BEGIN IMMEDIATE");
            if (r.code == SQLITE_OK) {
                r = execRaw(h, script);
                if (r.code == SQLITE_OK)
                    r = execRaw(h, QByteArray("PRAGMA user_version = ") +
                                       QByteArray::number(m.version));
                if (r.code == SQLITE_OK)
                    r = execRaw(h, "COMMIT");
                if (r.code != SQLITE_OK)
                    execRaw(h, "ROLLBACK");
            }
            if (r.code != SQLITE_OK) {
                OpenError classified = classify(path, r);
                if (classified.kind == ErrorKind::Other) {
                    classified.kind = ErrorKind::MigrationFailed;
                    classified.message =
                        Tr::tr(
                            "Contact Desk could not upgrade the database %1 to schema %2 (%3): %4. "
                            "Nothing was changed; the file is as it was.")
                            .arg(classified.path)
                            .arg(m.version)
                            .arg(m.name, r.message);
                }
                err = classified;
                return nullptr;
            }
            qCInfo(lcStorage) << "migrated to schema" << m.version;
        }
        if (Status s = db->initIdentity(); !s) {
            err = classify(path, {SQLITE_ERROR, s.errorMessage()});
            return nullptr;
        }
        if (Status s = TaxonomyStore(*db).installShipped(); !s) {
            err = classify(path, {SQLITE_ERROR, s.errorMessage()});
            return nullptr;
        }
    }
    ownerOnlyProfile(db->m_path); // the -wal and -shm files SQLite has made since
    err = {};
    err.kind = ErrorKind::None;
    return db;
}

Status Database::applyPragmas()
{
    // Debian's SQLite defaults to synchronous=FULL, a 2 MB cache and secure_delete=ON.
    // NORMAL in WAL mode survives a killed process; a commit is durable once it returns.
    static const char *const pragmas[] = {
        "PRAGMA synchronous=NORMAL",     "PRAGMA foreign_keys=ON",    "PRAGMA cache_size=-65536",
        "PRAGMA temp_store=MEMORY",      "PRAGMA secure_delete=FAST", "PRAGMA mmap_size=268435456",
        "PRAGMA wal_autocheckpoint=2000"};
    for (const char *pragma : pragmas) {
        const RawResult r = execRaw(handle(), pragma);
        if (r.code != SQLITE_OK)
            return Status::failure(QStringLiteral("%1: %2").arg(QLatin1String(pragma), r.message));
    }
    return success();
}

Status Database::initIdentity()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'workstation_id'"));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (q.next()) {
        m_workstationId = q.value(0).toString();
    } else {
        m_workstationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery insert(m_db);
        insert.prepare(
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('workstation_id', ?)"));
        insert.addBindValue(m_workstationId);
        if (!insert.exec())
            return Status::failure(insert.lastError().text());
    }
    m_hlc = std::make_unique<HybridLogicalClock>(m_workstationId);
    QSqlQuery last(m_db);
    if (last.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'hlc_last'")) &&
        last.next()) {
        Hlc h;
        if (Hlc::parse(last.value(0).toString(), &h))
            m_hlc->restore(h);
    }
    return success();
}

Hlc Database::tick()
{
    const Hlc h = m_hlc->now();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('hlc_last', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(h.toString());
    if (!q.exec())
        qCWarning(lcStorage) << "could not remember the clock:" << q.lastError().nativeErrorCode();
    return h;
}

Status Database::exec(const QString &sql)
{
    const RawResult r = execRaw(handle(), sql.toUtf8());
    if (r.code != SQLITE_OK)
        return Status::failure(QStringLiteral("%1: %2").arg(sql.left(40), r.message));
    return success();
}

} // namespace cd
