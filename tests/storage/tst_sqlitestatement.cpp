// SqliteStatement, the one prepared-statement type of storage and sync: binding, stepping,
// reading columns, and what a statement that failed to prepare does.
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include "verify.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sqlite3.h>

using namespace cd;

class TestSqliteStatement : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Database::OpenError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        CD_VERIFY_OK(m_db->exec(QStringLiteral("CREATE TEMP TABLE t (a, b, c, d, e)")));
    }
    void cleanup() { m_db.reset(); }

    void bindsAndReadsEveryKind()
    {
        SqliteStatement ins(m_db->handle(), "INSERT INTO t VALUES (?, ?, ?, ?, ?)");
        QVERIFY2(ins.ok(), qPrintable(ins.error()));
        ins.bindInt(1, 7);
        ins.bindInt64(2, Q_INT64_C(9007199254740993)); // beyond a double's integers
        ins.bindDouble(3, 2.5);
        ins.bindText(4, QByteArray("caf\xc3\xa9"));
        ins.bindNull(5);
        QCOMPARE(ins.run(), SQLITE_DONE);

        SqliteStatement read(m_db->handle(), QByteArray("SELECT a, b, c, d, e, typeof(c) FROM t"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.step(), SQLITE_ROW);
        QCOMPARE(read.columnInt(0), 7);
        QCOMPARE(read.columnInt64(1), Q_INT64_C(9007199254740993));
        QCOMPARE(read.columnText(5), QStringLiteral("real"));
        QCOMPARE(read.columnText(3), QStringLiteral("café"));
        QCOMPARE(read.columnBytes(3), QByteArray("caf\xc3\xa9"));
        QVERIFY(!read.isNull(3));
        QVERIFY(read.isNull(4));
        QVERIFY(read.columnText(4).isNull());
        QVERIFY(read.columnBytes(4).isNull());
        QCOMPARE(read.step(), SQLITE_DONE);
    }

    void nullAndEmptyTextDiffer()
    {
        SqliteStatement ins(m_db->handle(), "INSERT INTO t (a, b) VALUES (?, ?)");
        ins.bindText(1, QByteArray());   // null: SQL NULL
        ins.bindText(2, QByteArray("")); // empty: ''
        QCOMPARE(ins.run(), SQLITE_DONE);
        SqliteStatement read(m_db->handle(), "SELECT a IS NULL, b IS NULL, b = '' FROM t");
        QCOMPARE(read.step(), SQLITE_ROW);
        QCOMPARE(read.columnInt(0), 1);
        QCOMPARE(read.columnInt(1), 0);
        QCOMPARE(read.columnInt(2), 1);
    }

    void runResetsForTheNextRow()
    {
        // run() steps and resets: one statement writes row after row, a static binding each
        // time pointing at a buffer that lives until that step.
        SqliteStatement ins(m_db->handle(), "INSERT INTO t (a, b) VALUES (?, ?)", true);
        QVERIFY2(ins.ok(), qPrintable(ins.error()));
        for (int i = 0; i < 3; ++i) {
            const QByteArray text = QByteArray("row ") + QByteArray::number(i);
            ins.bindInt(1, i);
            ins.bindStatic(2, text);
            QCOMPARE(ins.run(), SQLITE_DONE);
        }
        SqliteStatement read(m_db->handle(), "SELECT group_concat(b, '|') FROM t ORDER BY a");
        QCOMPARE(read.step(), SQLITE_ROW);
        QCOMPARE(read.columnText(0), QStringLiteral("row 0|row 1|row 2"));
        // reset() lets a reading statement run again.
        read.reset();
        QCOMPARE(read.step(), SQLITE_ROW);
        QCOMPARE(read.columnText(0), QStringLiteral("row 0|row 1|row 2"));
    }

    void aFailedPrepareSaysWhy()
    {
        SqliteStatement bad(m_db->handle(), "SELECT * FROM no_such_table");
        QVERIFY(!bad.ok());
        QVERIFY(bad.get() == nullptr);
        QVERIFY2(bad.error().contains(QStringLiteral("no_such_table")), qPrintable(bad.error()));
        // Using it does nothing harmful.
        bad.bindInt(1, 1);
        bad.bindText(2, "x");
        QCOMPARE(bad.step(), SQLITE_MISUSE);
        QCOMPARE(bad.run(), SQLITE_MISUSE);
        QVERIFY(bad.isNull(0));
        QCOMPARE(bad.columnInt64(0), 0);

        SqliteStatement noDb(nullptr, "SELECT 1");
        QVERIFY(!noDb.ok());
        QCOMPARE(noDb.error(), QStringLiteral("the database is not open"));
    }

    void aFailedStepSaysWhy()
    {
        CD_VERIFY_OK(m_db->exec(QStringLiteral("CREATE TEMP TABLE u (k PRIMARY KEY)")));
        SqliteStatement ins(m_db->handle(), "INSERT INTO u VALUES (?)");
        ins.bindText(1, "same");
        QCOMPARE(ins.run(), SQLITE_DONE);
        ins.bindText(1, "same");
        QCOMPARE(ins.run() & 0xff, SQLITE_CONSTRAINT);
        QVERIFY2(ins.error().contains(QStringLiteral("UNIQUE")), qPrintable(ins.error()));
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
