// The synced tables (synctable.h): the specs, which columns never sync, integer types and a
// workstation table's columns. No server needed.
#include "storage/database.h"
#include "sync/synctable.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::sync;

class TestSyncTable : public QObject
{
    Q_OBJECT
private slots:
    void specs()
    {
        const QList<SyncTable> specs = syncedTableSpecs();
        QStringList names;
        for (const SyncTable &t : specs)
            names.append(t.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("contacts"), QStringLiteral("audit_log"),
                              QStringLiteral("escalations"), QStringLiteral("escalation_events"),
                              QStringLiteral("escalation_notes"), QStringLiteral("vehicles"),
                              QStringLiteral("outcome_messages"), QStringLiteral("improvements"),
                              QStringLiteral("survey_responses"),
                              QStringLiteral("qa_reviews")}));
        for (const SyncTable &t : specs) {
            QVERIFY2(t.push, qPrintable(t.name)); // every synced table is pushed
            QCOMPARE(t.kind, t.name == QLatin1String("escalations") ? SyncTable::Merged
                                                                    : SyncTable::Mirror);
            // Only the audit log is never pulled.
            QCOMPARE(t.pull, t.name != QLatin1String("audit_log"));
            QCOMPARE(t.insertOnly, t.name == QLatin1String("audit_log") ||
                                       t.name.startsWith(QLatin1String("escalation_")));
            // What the databases have is filled in on connecting.
            QVERIFY(!t.local && !t.server && t.cols.isEmpty() && t.localCols.isEmpty());
        }
    }

    void serverOnlyColumns()
    {
        for (const char *c : {"server_seq", "server_time", "pushed_by", "rowid"})
            QVERIFY2(isServerOnlyColumn(QLatin1String(c)), c);
        for (const char *c : {"id", "updated_hlc", "origin", "deleted", "team"})
            QVERIFY2(!isServerOnlyColumn(QLatin1String(c)), c);
    }

    void integerTypes()
    {
        for (const char *c : {"integer", "bigint", "smallint"})
            QVERIFY2(isIntegerType(QLatin1String(c)), c);
        for (const char *c : {"text", "boolean", "numeric", "double precision", "jsonb"})
            QVERIFY2(!isIntegerType(QLatin1String(c)), c);
    }

    void workstationColumns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database::OpenError error;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")), &error);
        QVERIFY2(db, qPrintable(error.message));
        const QStringList contacts = localColumns(*db, QStringLiteral("contacts"));
        for (const char *c : {"id", "updated_hlc", "origin", "deleted", "server_seq"})
            QVERIFY2(contacts.contains(QLatin1String(c)), c);
        QVERIFY(localColumns(*db, QStringLiteral("no_such_table")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncTable)
#include "tst_synctable.moc"
