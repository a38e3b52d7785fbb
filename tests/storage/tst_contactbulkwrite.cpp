// Bulk contact writes (migration 010): the full-text index and daily summaries come out exactly
// as the per-row triggers would have made them, and nothing stays paused after a rollback.
#include "core/demogenerator.h"
#include "storage/auditstore.h"
#include "storage/contactbulkwrite.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"
#include "storage/taxonomystore.h"
#include "verify.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace cd;

namespace {

const QString kInsertedColumns =
    QStringLiteral("id, started_at, ended_at, handler, team, channel, category, reason, outcome, "
                   "remained_dissatisfied, caller_name, caller_phone, reference, notes, "
                   "updated_hlc, origin, deleted");

// Inserts contact n straight into the table, as a sync pull does. Times straddle the change
// to summer time on 30 March 2025 and one contact has no end time.
bool insertContact(Database &db, int n, int deleted = 0, qint64 shiftSecs = 0,
                   const QString &table = QStringLiteral("contacts"))
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?)")
                  .arg(table, kInsertedColumns));
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

const QString kEscalations =
    QStringLiteral("SELECT * FROM escalation_daily WHERE escalations <> 0 ORDER BY scope, dim, "
                   "day, key");

// An escalation to `department` raised about contact c-n.
bool insertEscalation(Database &db, int n, const QString &department)
{
    return bool(
        db.exec(QStringLiteral(
                    "INSERT INTO escalations (id, contact_id, type, form_version, status, owner, "
                    "team, receiving_team, raised_on, created_at, updated_at, updated_hlc, "
                    "origin) VALUES ('e-%1', 'c-%1', 'referral', 1, 'submitted', 'Ann North', "
                    "'north', '%2', '2025-03-31', '2025-03-31T09:00:00.000Z', "
                    "'2025-03-31T09:00:00.000Z', '0001767225600000-000000-test', 'test')")
                    .arg(n)
                    .arg(department)));
}

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
    // The contact import (a whole file in one transaction, rows through prepared statements with
    // the triggers off) leaves what a recount from the contacts gives, queues each contact as
    // Contact::toJson() says it, and continues the audit chain with one record per contact.
    void importWritesWhatTheRecountAndTheOutboxExpect()
    {
        auto db = open();
        QVERIFY(db);
        Result<Taxonomy> taxonomy = TaxonomyStore(*db).load();
        QVERIFY(taxonomy);
        demo::Options options;
        options.seed = 4;
        options.contacts = 400;
        options.days = 20; // callers ring again within the window: repeat callers
        options.now = QDateTime(QDate(2026, 3, 29), QTime(16, 0), Qt::UTC); // summer time starts
        options.team = QStringLiteral("north");
        options.handlers = demo::teamHandlers();
        demo::Generator generator(taxonomy.value(), options);
        QList<Contact> contacts;
        while (!generator.atEnd())
            contacts.append(generator.next().contact);
        // One with every optional field, and one with text JSON must escape.
        contacts[0].gradeSignedOffAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 1, 250), Qt::UTC);
        contacts[0].victimCheckedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        contacts[0].victimCheckMatches = 2;
        contacts[0].vulnerable = 1;
        contacts[0].thriveRequired = true;
        contacts[1].notes = QStringLiteral("Said \"help\"\\ then\ttab\nnew line \u0001 and Llŷr");
        contacts[1].endedAt = {};
        contacts[1].talkSeconds = -1;
        CD_VERIFY_OK(AuditStore(*db).recordNow(QStringLiteral("someone"), QStringLiteral("view"),
                                               QStringLiteral("contact"), QStringLiteral("x")));
        {
            ContactImport import(*db, QStringLiteral("Importer"));
            CD_VERIFY_OK(import.begin());
            Result<ImportCounts> first = import.add(contacts.mid(0, 250));
            QVERIFY(first);
            QCOMPARE(first->added, 250);
            // The second batch repeats ten rows of the first: already present, not added again.
            Result<ImportCounts> second = import.add(contacts.mid(240));
            QVERIFY(second);
            QCOMPARE(second->added, 150);
            QCOMPARE(second->alreadyPresent, 10);
            CD_VERIFY_OK(import.commit());
        }
        const QString daily = dump(*db, kDaily);
        const QString repeats = dump(*db, kRepeats);
        QVERIFY(daily.count(QLatin1Char('\n')) > 100);
        QVERIFY(!repeats.isEmpty());
        CD_VERIFY_OK(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, kDaily), daily);
        QCOMPARE(dump(*db, kRepeats), repeats);
        QCOMPARE(matches(*db, QStringLiteral("help")), 1);

        // Each contact's outbox payload is its Contact::toJson(), as stored.
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT entity_id, payload, hlc FROM outbox WHERE entity = "
                                      "'contacts' ORDER BY seq")));
        int queued = 0;
        ContactStore store(*db);
        while (q.next()) {
            const Contact stored = store.get(q.value(0).toString(), QStringLiteral("t")).value();
            const QJsonObject payload = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            QCOMPARE(payload, stored.toJson());
            QCOMPARE(q.value(2).toString(), stored.updatedHlc);
            ++queued;
        }
        QCOMPARE(queued, 400);
        const Contact first = store.get(contacts[1].id, QStringLiteral("t")).value();
        QCOMPARE(first.notes, contacts[1].notes);
        QVERIFY(!first.endedAt.isValid());

        // One import record a contact, chained after the entry before the import.
        const AuditChainCheck chain = AuditStore(*db).verifyChain();
        QVERIFY2(chain.intact(), qPrintable(chain.id));
        QCOMPARE(dump(*db, QStringLiteral("SELECT count(*), count(DISTINCT entity_id) FROM "
                                          "audit_log WHERE action = 'import' AND actor = "
                                          "'Importer' AND entity = 'contact'")),
                 QStringLiteral("400|400"));
        QVERIFY(q.exec(QStringLiteral("SELECT a.id, a.at, a.entity_id, a.updated_hlc, o.payload "
                                      "FROM audit_log a JOIN outbox o ON o.entity = 'audit_log' "
                                      "AND o.entity_id = a.id WHERE a.action = 'import'")));
        int records = 0;
        while (q.next()) {
            const QJsonObject p = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
            QCOMPARE(p.value(QLatin1String("id")).toString(), q.value(0).toString());
            QCOMPARE(p.value(QLatin1String("at")).toString(), q.value(1).toString());
            QCOMPARE(p.value(QLatin1String("entity_id")).toString(), q.value(2).toString());
            QCOMPARE(p.value(QLatin1String("updated_hlc")).toString(), q.value(3).toString());
            QCOMPARE(p.value(QLatin1String("actor")).toString(), QStringLiteral("Importer"));
            QCOMPARE(p.value(QLatin1String("action")).toString(), QStringLiteral("import"));
            ++records;
        }
        QCOMPARE(records, 400);
        // The clock is remembered (once, at commit): a restart goes on after every imported row.
        QCOMPARE(dump(*db, QStringLiteral("SELECT value FROM settings WHERE key = 'hlc_last'")),
                 dump(*db, QStringLiteral("SELECT max(updated_hlc) FROM audit_log")));
    }

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

    // report rebuild counts repeat callers in memory when every time is in the stored form, and
    // with the fill's SQL otherwise: either way exactly what the per-row triggers keep, at the
    // edges of the window (exactly 30 days before, 1 ms inside) and for contacts at the same
    // millisecond (not earlier than each other).
    void rebuildFindsTheSameRepeatsAtTheWindowsEdges()
    {
        auto db = open();
        QVERIFY(db);
        CD_VERIFY_OK(db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                             "('repeat_caller.threshold', '2')")));
        int n = 0;
        auto add = [&](const QString &at, const QString &phone, const QString &email) {
            return db->exec(
                QStringLiteral("INSERT INTO contacts (id, started_at, handler, team, channel, "
                               "category, outcome, caller_phone, caller_email, updated_hlc, "
                               "origin) VALUES ('r-%1', '%2', 'Ann North', 'north', 'phone', "
                               "'general_enquiry', 'signposted', '%3', '%4', "
                               "'0001767225600000-000000-test', 'test')")
                    .arg(++n)
                    .arg(at, phone, email));
        };
        const QString phone = QStringLiteral("07700900555");
        const QString email = QStringLiteral("only.email@example.com");
        for (const char *at :
             {"2025-06-01T10:00:00.000Z", "2025-06-01T10:00:00.000Z", "2025-07-01T10:00:00.000Z",
              "2025-07-01T10:00:00.001Z", "2025-07-01T10:00:00.001Z", "2025-07-31T10:00:00.002Z"})
            CD_VERIFY_OK(add(QLatin1String(at), phone, QString()));
        for (const char *at : {"2025-06-02T09:00:00.000Z", "2025-06-20T09:00:00.000Z",
                               "2025-07-02T08:59:59.999Z", "2025-07-02T09:00:00.000Z"})
            CD_VERIFY_OK(add(QLatin1String(at), QString(), email));
        const QString kept = dump(*db, kRepeats);
        QVERIFY2(kept.count(QLatin1Char('\n')) >= 3, qPrintable(kept));
        CD_VERIFY_OK(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, kRepeats), kept);
        QCOMPARE(dump(*db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                          "AND tbl_name = 'contact_repeats' ORDER BY name")),
                 QStringLiteral("CREATE INDEX contact_repeats_handler ON contact_repeats "
                                "(handler, day, caller)\nCREATE INDEX contact_repeats_team ON "
                                "contact_repeats (team, day, caller)"));

        // A time not in the stored form (no milliseconds): the fill's own SQL counts.
        CD_VERIFY_OK(add(QStringLiteral("2025-07-31T12:00:00Z"), phone, QString()));
        const QString withOddTime = dump(*db, kRepeats);
        QVERIFY(withOddTime != kept);
        CD_VERIFY_OK(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, kRepeats), withOddTime);
    }

    void insertNewWithoutTriggersCountsAsTheyWould()
    {
        auto db = open();
        QVERIFY(db);
        for (int n = 0; n < 10; ++n)
            QVERIFY(insertContact(*db, n));
        // Escalations about a contact already here (c-3), about contacts still to come (c-21,
        // c-22: dissatisfaction; c-25: a vehicle recovery, which departments do not count).
        QVERIFY(insertEscalation(*db, 3, QStringLiteral("Roads policing")));
        QVERIFY(insertEscalation(*db, 21, QStringLiteral("Roads policing")));
        QVERIFY(insertEscalation(*db, 22, QStringLiteral("Custody")));
        QVERIFY(insertEscalation(*db, 25, QStringLiteral("Custody")));
        QVERIFY(db->exec(QStringLiteral("CREATE TEMP TABLE incoming AS SELECT %1 FROM contacts "
                                        "WHERE false")
                             .arg(kInsertedColumns)));
        for (int n = 5; n < 70; ++n) // c-5 .. c-9 are here already and stay as they are
            QVERIFY(insertContact(*db, n, n == 33 ? 1 : 0, n < 10 ? 999 : 0,
                                  QStringLiteral("incoming")));
        QVERIFY(db->exec(QStringLiteral("BEGIN IMMEDIATE")));
        ContactBulkWrite bulk(*db);
        QVERIFY(bulk.begin());
        const QString insertIncoming =
            QStringLiteral("INSERT INTO contacts (%1) SELECT %1 FROM temp.incoming WHERE true "
                           "ON CONFLICT DO NOTHING")
                .arg(kInsertedColumns);
        const Status inserted = bulk.insertNew(insertIncoming);
        QVERIFY2(inserted, qPrintable(inserted.errorMessage()));
        QVERIFY(bulk.finish());
        QVERIFY(db->exec(QStringLiteral("COMMIT")));

        QCOMPARE(dump(*db, QStringLiteral("SELECT count(*) FROM contacts")), QStringLiteral("70"));
        QCOMPARE(dump(*db, QStringLiteral("SELECT started_at FROM contacts WHERE id = 'c-5'")),
                 QStringLiteral("2025-03-30T01:00:00.000Z")); // not the incoming copy's time
        QCOMPARE(matches(*db, QStringLiteral("wheelbarrow50")), 1);
        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO contacts_fts (contacts_fts) VALUES ('integrity-check')")));
        const QString departments =
            dump(*db, QStringLiteral("SELECT scope, key, escalations FROM escalation_daily WHERE "
                                     "dim = 'department' AND escalations <> 0 ORDER BY 1, 2"));
        QCOMPARE(departments, QStringLiteral("h:Ann North|Custody|1\nh:Ann North|Roads policing|2\n"
                                             "t:north|Custody|1\nt:north|Roads policing|2"));
        // Exactly what the triggers would have counted: a recount from scratch agrees.
        const QString daily = dump(*db, kDaily), repeats = dump(*db, kRepeats),
                      escalations = dump(*db, kEscalations);
        QVERIFY(repeats.count(QLatin1Char('\n')) > 40);
        QVERIFY(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, kDaily), daily);
        QCOMPARE(dump(*db, kRepeats), repeats);
        QCOMPARE(dump(*db, kEscalations), escalations);

        // The triggers are on again for the next save.
        QVERIFY(insertContact(*db, 90));
        QCOMPARE(matches(*db, QStringLiteral("wheelbarrow90")), 1);
        QVERIFY(!bulk.insertNew(insertIncoming));
    }

    void repeatCallerAtExactlyTheThreshold()
    {
        // The one rule (cd::isRepeatContact), as the Desk flags it: a contact is a repeat when
        // its caller's contacts in 30 days, this one included, reach three (the defaults).
        // Until schema 16 the bulk write, like the triggers, wanted three before it (the
        // fourth). Contacts n share a number when n % 4 is the same: 0, 4, 8 and 12 make four
        // from one caller (the third and fourth repeats), 1, 5 and 9 three from another (the
        // third, written in bulk, a repeat), 2 and 6 two (neither).
        auto db = open();
        QVERIFY(db);
        for (int n : {0, 4, 8, 1, 5, 2})
            QVERIFY(insertContact(*db, n));
        QCOMPARE(dump(*db, QStringLiteral("SELECT c.id FROM contact_repeats r JOIN contacts c ON "
                                          "c.rowid = r.contact_rowid ORDER BY r.contact_rowid")),
                 QStringLiteral("c-8"));
        CD_VERIFY_OK(db->exec(QStringLiteral("BEGIN IMMEDIATE")));
        ContactBulkWrite bulk(*db);
        CD_VERIFY_OK(bulk.begin());
        QVERIFY(insertContact(*db, 12));
        QVERIFY(insertContact(*db, 9));
        QVERIFY(insertContact(*db, 6));
        CD_VERIFY_OK(bulk.finish());
        CD_VERIFY_OK(db->exec(QStringLiteral("COMMIT")));
        QCOMPARE(dump(*db, QStringLiteral("SELECT c.id FROM contact_repeats r JOIN contacts c ON "
                                          "c.rowid = r.contact_rowid ORDER BY r.contact_rowid")),
                 QStringLiteral("c-8\nc-12\nc-9"));
        const QString repeats = dump(*db, kRepeats);
        CD_VERIFY_OK(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, kRepeats), repeats);

        // With repeat_caller.threshold 4, the fourth: a recount and the next bulk write agree.
        CD_VERIFY_OK(db->exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) "
                                             "VALUES ('repeat_caller.threshold', '4')")));
        CD_VERIFY_OK(DashboardStore(*db).rebuildSummaries());
        QCOMPARE(dump(*db, QStringLiteral("SELECT c.id FROM contact_repeats r JOIN contacts c ON "
                                          "c.rowid = r.contact_rowid ORDER BY r.contact_rowid")),
                 QStringLiteral("c-12"));
        CD_VERIFY_OK(db->exec(QStringLiteral("BEGIN IMMEDIATE")));
        ContactBulkWrite again(*db);
        CD_VERIFY_OK(again.begin());
        QVERIFY(insertContact(*db, 13));
        CD_VERIFY_OK(again.finish());
        CD_VERIFY_OK(db->exec(QStringLiteral("COMMIT")));
        QCOMPARE(dump(*db, QStringLiteral("SELECT c.id FROM contact_repeats r JOIN contacts c ON "
                                          "c.rowid = r.contact_rowid ORDER BY r.contact_rowid")),
                 QStringLiteral("c-12\nc-13"));
    }

    void insertNewKnowsEveryInsertTrigger()
    {
        // insertNew() runs without the triggers that fire on a new contact and does their work
        // itself; a trigger added later must be caught up there too.
        auto db = open();
        QVERIFY(db);
        QCOMPARE(dump(*db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                          "AND tbl_name = 'contacts' AND sql LIKE '%INSERT ON%' "
                                          "ORDER BY name")),
                 QStringLiteral("contact_daily_ai\ncontact_repeats_ai\ncontacts_fts_ai\n"
                                "escalation_daily_contacts_ai"));
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
