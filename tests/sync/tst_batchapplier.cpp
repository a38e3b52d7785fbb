// What the push's BatchApplier sends for a batch (batchapplier.h), checked as SQL text: the
// staging table, the statement that applies it (append-only, upsert, plain inserts), the
// changed-field list of a merged row, and which server errors set an entry aside. No server
// needed; tst_sync_* run the same statements against PostgreSQL.
#include "sync/batchapplier.h"

#include <QTest>

using namespace cd::sync;

namespace {

SyncTable mirror(const QString &name, bool insertOnly)
{
    SyncTable t;
    t.name = name;
    t.insertOnly = insertOnly;
    t.cols = {QStringLiteral("id"), QStringLiteral("notes"), QStringLiteral("updated_hlc")};
    t.types = {QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("text")};
    t.nullable = {false, true, false};
    return t;
}

} // namespace

class TestBatchApplier : public QObject
{
    Q_OBJECT
private slots:
    void rejections_data()
    {
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<bool>("rejected");
        QTest::newRow("insufficient privilege") << QStringLiteral("42501") << true;
        QTest::newRow("undefined table") << QStringLiteral("42P01") << true;
        QTest::newRow("bad text for a type") << QStringLiteral("22P02") << true;
        QTest::newRow("invalid UTF-8") << QStringLiteral("22021") << true;
        QTest::newRow("unique violation") << QStringLiteral("23505") << true;
        QTest::newRow("raised by a function") << QStringLiteral("P0001") << true;
        QTest::newRow("serialization failure") << QStringLiteral("40001") << false;
        QTest::newRow("deadlock") << QStringLiteral("40P01") << false;
        QTest::newRow("connection failure") << QStringLiteral("08006") << false;
        QTest::newRow("admin shutdown") << QStringLiteral("57P01") << false;
        QTest::newRow("no state (connection gone)") << QString() << false;
    }
    void rejections()
    {
        QFETCH(QString, sqlState);
        QFETCH(bool, rejected);
        QCOMPARE(isRejection(sqlState), rejected);
    }

    void stagingTable()
    {
        const SyncTable contacts = mirror(QStringLiteral("contacts"), false);
        QCOMPARE(stageName(contacts), QByteArray("cd_stage_contacts"));
        QCOMPARE(createStageSql(contacts),
                 QByteArray("CREATE TEMP TABLE IF NOT EXISTS cd_stage_contacts (id text, notes "
                            "text, updated_hlc text, cd_op text) ON COMMIT DELETE ROWS"));
        // Append-only rows have no op.
        QCOMPARE(createStageSql(mirror(QStringLiteral("audit_log"), true)),
                 QByteArray("CREATE TEMP TABLE IF NOT EXISTS cd_stage_audit_log (id text, notes "
                            "text, updated_hlc text) ON COMMIT DELETE ROWS"));
    }

    void appendOnlyRowsSkipWhatTheServerHas()
    {
        QCOMPARE(applyStagedSql(mirror(QStringLiteral("audit_log"), true), 1767225600123, true),
                 QByteArray("INSERT INTO audit_log (id, notes, updated_hlc) SELECT id, notes, "
                            "cd_clamp_hlc(updated_hlc, 1767225600123) FROM cd_stage_audit_log "
                            "ON CONFLICT DO NOTHING"));
    }

    // pushed_by is not in the statement: the server stamps the writing login.
    void rowsAreUpsertedWhenNewer()
    {
        QCOMPARE(applyStagedSql(mirror(QStringLiteral("contacts"), false), 42, false),
                 QByteArray("INSERT INTO contacts (id, notes, updated_hlc) SELECT id, notes, "
                            "cd_clamp_hlc(updated_hlc, 42) FROM cd_stage_contacts ON CONFLICT "
                            "(id) DO UPDATE SET notes = EXCLUDED.notes, updated_hlc = "
                            "EXCLUDED.updated_hlc WHERE contacts.updated_hlc < "
                            "EXCLUDED.updated_hlc"));
    }

    void newRowsGoInByPlainInsert()
    {
        const QByteArray insert = "INSERT INTO contacts (id, notes, updated_hlc) SELECT id, notes, "
                                  "cd_clamp_hlc(updated_hlc, 42) FROM cd_stage_contacts";
        QCOMPARE(applyStagedSql(mirror(QStringLiteral("contacts"), false), 42, true),
                 "WITH fresh AS (" + insert + " WHERE cd_op = 'insert') " + insert +
                     " WHERE cd_op IS DISTINCT FROM 'insert' ON CONFLICT (id) DO UPDATE SET "
                     "notes = EXCLUDED.notes, updated_hlc = EXCLUDED.updated_hlc WHERE "
                     "contacts.updated_hlc < EXCLUDED.updated_hlc");
    }

    void changedFieldNames()
    {
        QCOMPARE(textArrayLiteral({}), QByteArray("{}"));
        QCOMPARE(textArrayLiteral({QStringLiteral("status"), QStringLiteral("fields.a")}),
                 QByteArray("{\"status\",\"fields.a\"}"));
        QCOMPARE(textArrayLiteral({QStringLiteral("fields.say \"hi\""),
                                   QStringLiteral("fields.back\\slash"),
                                   QStringLiteral("fields.caf\u00e9")}),
                 QByteArray("{\"fields.say \\\"hi\\\"\",\"fields.back\\\\slash\",\"fields.caf"
                            "\xc3\xa9\"}"));
    }
};

QTEST_GUILESS_MAIN(TestBatchApplier)
#include "tst_batchapplier.moc"
