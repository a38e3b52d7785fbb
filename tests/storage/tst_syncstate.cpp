// SyncStateStore: what the workstation remembers of its sync (sync_state) and its clock.
#include "storage/database.h"
#include "storage/syncstate.h"
#include "storage/transaction.h"

#include "verify.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cd;
using Key = SyncStateStore::Key;

class TestSyncState : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Database::OpenError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
    }
    void cleanup() { m_db.reset(); }

    void keysKeepTheirStoredNames()
    {
        // Profiles already hold these rows: the names must not change.
        QCOMPARE(SyncStateStore::keyName(Key::ServerId), QStringLiteral("server_id"));
        QCOMPARE(SyncStateStore::keyName(Key::Cursor), QStringLiteral("cursor"));
        QCOMPARE(SyncStateStore::keyName(Key::LastPush), QStringLiteral("last_push"));
        QCOMPARE(SyncStateStore::keyName(Key::LastPull), QStringLiteral("last_pull"));
    }

    void nothingRememberedAtFirst()
    {
        SyncStateStore state(*m_db);
        QVERIFY(state.value(Key::ServerId).isEmpty());
        QVERIFY(state.value(Key::LastPush).isEmpty());
        QCOMPARE(state.cursor(), 0);
    }

    void remembersAndReplacesValues()
    {
        SyncStateStore state(*m_db);
        CD_VERIFY_OK(state.setValue(Key::ServerId, QStringLiteral("server-a")));
        CD_VERIFY_OK(state.setCursor(41));
        CD_VERIFY_OK(state.setCursor(1234567890123));
        CD_VERIFY_OK(state.setValue(Key::LastPull, QStringLiteral("1767225600000")));
        QCOMPARE(state.value(Key::ServerId), QStringLiteral("server-a"));
        QCOMPARE(state.cursor(), Q_INT64_C(1234567890123));
        QCOMPARE(state.value(Key::Cursor), QStringLiteral("1234567890123"));
        QCOMPARE(state.value(Key::LastPull), QStringLiteral("1767225600000"));
        QVERIFY(state.value(Key::LastPush).isEmpty());
        // One row a key.
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_state WHERE key = 'cursor'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aRolledBackWriteIsForgotten()
    {
        SyncStateStore state(*m_db);
        CD_VERIFY_OK(state.setCursor(5));
        {
            Transaction tx(m_db->sql());
            CD_VERIFY_OK(tx.started());
            CD_VERIFY_OK(state.setCursor(99));
            QCOMPARE(state.cursor(), 99);
        } // not committed
        QCOMPARE(state.cursor(), 5);
    }

    void remembersTheClockWhereTheDatabaseRestoresIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("clock.sqlite"));
        Database::OpenError error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.message));
        const Hlc remote{db->hlc().now().ms + 3600 * 1000, 7, QStringLiteral("server")};
        db->hlc().receive(remote);
        CD_VERIFY_OK(SyncStateStore(*db).rememberClock());
        const Hlc remembered = db->hlc().last();
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'hlc_last'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), remembered.toString());
        q.finish();
        db.reset();
        // Opened again, the clock is past what the server said.
        db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(remote < db->hlc().now());
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSyncState)
#include "tst_syncstate.moc"
