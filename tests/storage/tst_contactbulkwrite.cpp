// Bulk contact writes (migration 010): the full-text index and daily summaries come out exactly
// as the per-row triggers would have made them, and nothing stays paused after a rollback.
#include "storage/contactbulkwrite.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace cd;

namespace {

// Inserts contact n straight into the table, as a sync pull does. Times straddle the change
// to summer time on 30 March 2025 and one contact has no end time.
bool insertContact(Database &db, int n, int deleted = 0, qint64 shiftSecs = 0)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO contacts (id, started_at, ended_at, handler, team, channel, category, reason, "
        "outcome, remained_dissatisfied, caller_name, caller_phone, reference, notes, "
        "updated_hlc, origin, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    const QDateTime start =
        QDateTime(QDate(2025, 3, 29), QTime(22, 30), Qt::UTC).addSecs(qint64(n) * 1800 + shiftSecs);
    q.addBindValue(QStringLiteral("c-%1").arg(n));
    q.addBindValue(start.toString(Qt::ISODateWithMs));
    q.addBindValue(n % 7 == 0 ? QVariant() : start.addSecs(60 + n).toString(Qt::ISODateWithMs));
    q.addBindValue(n % 2 ? QStringLiteral("Ann North") : QStringLiteral("Dan North"));
    q.addBindValue(n % 3 ? QStringLiteral("north") : QStringLiteral("south"));
    q.addBindValue(n % 4 ? QStringLiteral("phone") : QStringLiteral("email"));
    q.addBindValue(n % 5 ? QStringLiteral("dissatisfaction") : QStringLiteral("vehicle_recovery"));
    q.addBindValue(n % 5 ? QStringLiteral("no_update") : QStringLiteral(""));
    q.addBindValue(n % 3 ? QStringLiteral("resolved_first_contact") : QStringLiteral("referred"));
    q.addBindValue(n % 6 == 0 ? 1 : 0);
    q.addBindValue(QStringLiteral("Caller %1").arg(n));
    q.addBindValue(QStringLiteral("0770090%1").arg(n % 4, 4, 10, QLatin1Char('0')));
    q.addBindValue(QStringLiteral("INC-%1").arg(n));
    q.addBindValue(QStringLiteral("wheelbarrow%1 left on the verge").arg(n));
    q.addBindValue(QStringLiteral("0001767225600000-000000-test"));
    q.addBindValue(QStringLiteral("test"));
    q.addBindValue(deleted);
    if (q.exec())
        return true;
    qWarning("%s", qPrintable(q.lastError().text()));
    return false;
}

QString dump(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    QStringList rows;
    if (!q.exec(sql))
        return QStringLiteral("error");
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols.append(q.value(i).toString());
        rows.append(cols.join(QLatin1Char('|')));
    }
    return rows.join(QLatin1Char('\n'));
}

const QString kDaily = QStringLiteral("SELECT * FROM contact_daily WHERE contacts <> 0 OR "
                                      "handled_count <> 0 ORDER BY scope, dim, day, key");

const QString kRepeats = QStringLiteral("SELECT * FROM contact_repeats ORDER BY contact_rowid");

int matches(Database &db, const QString &word)
{
    return dump(db,
                QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH '%1'")
                    .arg(word))
        .toInt();
}

} // namespace

class TestContactBulkWrite : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> open()
    {
        Database::OpenError error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)), &error);
        if (!db)
            qWarning("%s", qPrintable(error.message));
        return db;
    }

private slots:
    void sameSummariesAndIndexAsPerRowTriggers()
    {
        auto db = open();
        QVERIFY(db);
        // Ten contacts the ordinary way, then 60 in one bulk write with one earlier contact
        // changed in the same transaction, and a deleted one.
        for (int n = 0; n < 10; ++n)
            QVERIFY(insertContact(*db, n));
        QVERIFY(db->exec(QStringLiteral("BEGIN IMMEDIATE")));
        ContactBulkWrite bulk(*db);
        QVERIFY(bulk.begin());
        QVERIFY(bulk.active());
        for (int n = 10; n < 70; ++n)
            QVERIFY(insertContact(*db, n, n == 33 ? 1 : 0));
        // Contacts from before the first ten, from the same callers: some of those ten become
        // repeat callers' contacts only now.
        for (int n = 70; n < 78; ++n)
            QVERIFY(insertContact(*db, n, 0, -qint64(n) * 1800 - 86400));
        QVERIFY(db->exec(QStringLiteral("UPDATE contacts SET notes = 'moved to a gazebo', "
                                        "channel = 'online' WHERE id = 'c-3'")));
        // While paused, nothing was indexed or counted for the new contacts.
        QCOMPARE(matches(*db, QStringLiteral("wheelbarrow50")), 0);
        QVERIFY(bulk.finish());
        QVERIFY(!bulk.active());
        QVERIFY(db->exec(QStringLiteral("COMMIT")));

        QCOMPARE(dump(*db, QStringLiteral("SELECT count(*) FROM bulk_apply")), QStringLiteral("0"));
        QCOMPARE(matches(*db, QStringLiteral("wheelbarrow50")), 1);
        QCOMPARE(matches(*db, QStringLiteral("wheelbarrow5")), 1);
        QCOMPARE(matches(*db, QStringLiteral("gazebo")), 1);
        QCOMPARE(matches(*db, QStringLiteral("wheelbarrow3")), 0); // its notes changed
        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO contacts_fts (contacts_fts) VALUES ('integrity-check')")));

        const QString afterBulk = dump(*db, kDaily);
        const QString repeatsAfterBulk = dump(*db, kRepeats);
        QVERIFY(repeatsAfterBulk.count(QLatin1Char('\n')) > 40);
        // Contact c-6 (rowid 7) had one earlier contact from its number (c-2) when saved; c-70
        // and c-74, a day before both and written in bulk, make three: it is a repeat now.
        QCOMPARE(dump(*db, QStringLiteral("SELECT count(*) FROM contact_repeats WHERE "
                                          "contact_rowid = 7")),
                 QStringLiteral("1"));
        QVERIFY(afterBulk.contains(QLatin1String("t:north|all|2025-03-30|")));
        // A recount from scratch gives exactly the same table.
        QVERIFY(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, kDaily), afterBulk);
        QCOMPARE(dump(*db, kRepeats), repeatsAfterBulk);
        // 77 live contacts, counted once per handler scope.
        QCOMPARE(dump(*db, QStringLiteral("SELECT sum(contacts) FROM contact_daily WHERE dim = "
                                          "'all' AND scope LIKE 'h:%'")),
                 QStringLiteral("77"));

        // After the bulk write the triggers count and index single saves again.
        QVERIFY(insertContact(*db, 90));
        QCOMPARE(matches(*db, QStringLiteral("wheelbarrow90")), 1);
        const QString perRow = dump(*db, kDaily);
        const QString repeatsPerRow = dump(*db, kRepeats);
        QVERIFY(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, kDaily), perRow);
        QCOMPARE(dump(*db, kRepeats), repeatsPerRow);
    }

    void rollbackLeavesNothingPaused()
    {
        auto db = open();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("BEGIN IMMEDIATE")));
        {
            ContactBulkWrite bulk(*db);
            QVERIFY(bulk.begin());
            QVERIFY(insertContact(*db, 1));
            QVERIFY(db->exec(QStringLiteral("ROLLBACK")));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(".*bulk contact write.*"));
        }
        QCOMPARE(dump(*db, QStringLiteral("SELECT count(*) FROM bulk_apply")), QStringLiteral("0"));
        QVERIFY(insertContact(*db, 2));
        QCOMPARE(matches(*db, QStringLiteral("wheelbarrow2")), 1);
        QCOMPARE(dump(*db, QStringLiteral("SELECT sum(contacts) FROM contact_daily WHERE dim = "
                                          "'all' AND scope LIKE 'h:%'")),
                 QStringLiteral("1"));
    }

    void needsATransaction()
    {
        auto db = open();
        QVERIFY(db);
        ContactBulkWrite bulk(*db);
        const Status s = bulk.begin();
        QVERIFY(!s);
        QVERIFY(s.errorMessage().contains(QLatin1String("transaction")));
    }

    void catchUpReadsOnlyTheNewRows()
    {
        // The catch-up must not scan every contact: both statements seek by rowid.
        auto db = open();
        QVERIFY(db);
        const QString plan =
            dump(*db, QStringLiteral("EXPLAIN QUERY PLAN SELECT day, count(*) FROM "
                                     "contact_daily_source WHERE contact_rowid > 5 GROUP BY day"));
        QVERIFY2(plan.contains(QLatin1String("INTEGER PRIMARY KEY (rowid>?)")), qPrintable(plan));
        const QString repeats =
            dump(*db, QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM contact_repeats_source "
                                     "WHERE contact_rowid IN (5, 6)"));
        QVERIFY2(repeats.contains(QLatin1String("INTEGER PRIMARY KEY (rowid=?)")),
                 qPrintable(repeats));
        QVERIFY2(!repeats.contains(QLatin1String("SCAN x")), qPrintable(repeats));
    }
};

QTEST_GUILESS_MAIN(TestContactBulkWrite)
#include "tst_contactbulkwrite.moc"
