#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/taxonomystore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace cd;

namespace {
QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Builds a database file from an SQL text fixture with the sqlite3 API, as the old program would
// have.
void buildFromSql(const QString &sqlFile, const QString &dbFile)
{
    QFile f(sqlFile);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(sqlFile));
    sqlite3 *h = nullptr;
    QCOMPARE(sqlite3_open(dbFile.toUtf8().constData(), &h), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(h, f.readAll().constData(), nullptr, nullptr, &err);
    QVERIFY2(rc == SQLITE_OK, err);
    sqlite3_close(h);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void migratesAnEmptyFileToTheLatestSchema()
    {
        QTemporaryDir dir;
        Database::OpenError error;
        auto db = Database::open(dir.filePath(QStringLiteral("new/contactdesk.sqlite")), &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(Database::latestSchemaVersion(), migrations().constLast().version);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA temp_store")).toInt(), 2);
        QVERIFY(!db->workstationId().isEmpty());
        // The shipped taxonomy is installed: 7 channels, 14 categories, 6 outcomes.
        Result<Taxonomy> t = TaxonomyStore(*db).load();
        CD_VERIFY_OK(t);
        QCOMPARE(t->entries(TaxonomyEntry::Kind::Channel).size(), 7);
        QCOMPARE(t->entries(TaxonomyEntry::Kind::Category).size(), 14);
        QCOMPARE(t->entries(TaxonomyEntry::Kind::Outcome).size(), 6);
    }

    void reopeningKeepsIdentityAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("contactdesk.sqlite"));
        QString id;
        {
            auto db = Database::open(file, nullptr);
            QVERIFY(db);
            id = db->workstationId();
            db->tick();
        }
        auto db = Database::open(file, nullptr);
        QVERIFY(db);
        QCOMPARE(db->workstationId(), id);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    }

    void upgradesTheSchema1Fixture()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("contactdesk.sqlite"));
        buildFromSql(QStringLiteral(CONTACTDESK_TEST_DATA "/schema-v1.sql"), file);
        Database::OpenError error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(db->workstationId(), QStringLiteral("1f0c2d7e-0000-4000-8000-00000000a001"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT caller_name FROM contacts")).toString(),
                 QStringLiteral("Pat Jones"));
        // Rows from before search existed are found by it after the upgrade.
        QCOMPARE(
            scalar(*db,
                   QStringLiteral(
                       "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'burglary'"))
                .toInt(),
            1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT payload FROM drafts WHERE slot = 'contact'"))
                     .toString(),
                 QStringLiteral("{\"notes\":\"half typed\"}"));
    }

    void upgradesTheSchema2Fixture()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("contactdesk.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CONTACTDESK_TEST_DATA "/schema-v2.sqlite"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        Database::OpenError error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 2);
        QCOMPARE(
            scalar(*db, QStringLiteral(
                            "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'seized'"))
                .toInt(),
            1);
    }

    void refusesANewerSchemaAndLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("contactdesk.sqlite"));
        {
            sqlite3 *h = nullptr;
            QCOMPARE(sqlite3_open(file.toUtf8().constData(), &h), SQLITE_OK);
            QCOMPARE(sqlite3_exec(h, "CREATE TABLE future(x); PRAGMA user_version = 999;", nullptr,
                                  nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(h);
        }
        Database::OpenError error;
        QVERIFY(!Database::open(file, &error));
        QCOMPARE(error.kind, Database::ErrorKind::NewerSchema);
        QVERIFY2(error.message.contains(file), qPrintable(error.message));
        QVERIFY(error.message.contains(QLatin1String("newer Contact Desk")));
        QVERIFY(error.message.contains(QLatin1String("999")));
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &h), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 999);
        sqlite3_finalize(stmt);
        sqlite3_close(h);
    }

    void corruptFileNamesTheFileAndIsNotTouched()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("contactdesk.sqlite"));
        QByteArray garbage(8192, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        Database::OpenError error;
        QVERIFY(!Database::open(file, &error));
        QCOMPARE(error.kind, Database::ErrorKind::Corrupt);
        QVERIFY2(error.message.contains(file), qPrintable(error.message));
        QVERIFY(error.message.contains(QLatin1String("backup")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);
    }

    void lockedFileSaysSo()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("contactdesk.sqlite"));
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h, "CREATE TABLE t(x); BEGIN EXCLUSIVE; INSERT INTO t VALUES(1);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        Database::OpenError error;
        QVERIFY(!Database::open(file, &error));
        QCOMPARE(error.kind, Database::ErrorKind::Locked);
        QVERIFY(error.message.contains(file));
        QVERIFY(error.message.contains(QLatin1String("locked")));
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(h);
    }

    void aFolderInsteadOfAFileIsUnreadable()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("contactdesk.sqlite"));
        QVERIFY(QDir().mkpath(file));
        Database::OpenError error;
        QVERIFY(!Database::open(file, &error));
        QCOMPARE(error.kind, Database::ErrorKind::Unreadable);
        QVERIFY(error.message.contains(file));
    }

    void aFailingMigrationLeavesTheFileAsItWas()
    {
        // A schema-1 file whose contacts table already has a column migration 2 adds.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("contactdesk.sqlite"));
        buildFromSql(QStringLiteral(CONTACTDESK_TEST_DATA "/schema-v1.sql"), file);
        {
            sqlite3 *h = nullptr;
            QCOMPARE(sqlite3_open(file.toUtf8().constData(), &h), SQLITE_OK);
            QCOMPARE(sqlite3_exec(h, "ALTER TABLE contacts ADD COLUMN script_path TEXT", nullptr,
                                  nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(h);
        }
        Database::OpenError error;
        QVERIFY(!Database::open(file, &error));
        QCOMPARE(error.kind, Database::ErrorKind::MigrationFailed);
        QVERIFY(error.message.contains(QLatin1String("schema 2")));
        auto raw = Database::openRaw(file, nullptr);
        QVERIFY(raw);
        QCOMPARE(raw->schemaVersion(), 1);
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
