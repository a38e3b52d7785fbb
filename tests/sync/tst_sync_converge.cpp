// Workstations converge through the shared database: edits of both, a long offline spell,
// clocks two hours apart, two handlers editing one escalation offline in either order.
#include "pgtest.h"

#include "core/clock.h"
#include "core/csv.h"
#include "core/vehiclegenerator.h"
#include "storage/outbox.h"
#include "storage/transaction.h"
#include "storage/vehiclestore.h"
#include "sync/synccontroller.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>

using namespace cd;
using namespace pgtest;

namespace {

QString contactRows(Workstation &ws)
{
    QSqlQuery q(ws.db->sql());
    QStringList rows;
    if (q.exec(QStringLiteral(
            "SELECT id, notes, handler, updated_hlc, server_seq FROM contacts ORDER BY id")))
        while (q.next())
            rows.append(QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toString()));
    return rows.join(QLatin1Char('\n'));
}

QString editNotes(Workstation &ws, const QString &id, const QString &notes)
{
    Result<Contact> c = ContactStore(*ws.db).get(id, ws.handler);
    if (!c)
        return c.errorMessage();
    c.value().notes = notes;
    return ws.save(c.value());
}

// The escalations table of workstation migration 004, made here when this build has none yet.
const char *kEscalationsTable =
    "CREATE TABLE IF NOT EXISTS escalations (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
    "contact_id TEXT NOT NULL DEFAULT '', type TEXT NOT NULL, form_version INTEGER NOT NULL, "
    "fields TEXT NOT NULL DEFAULT '{}', status TEXT NOT NULL, owner TEXT NOT NULL, team TEXT NOT "
    "NULL DEFAULT '', "
    "receiving_team TEXT NOT NULL DEFAULT '', raised_on TEXT NOT NULL, due_at TEXT, created_at "
    "TEXT NOT NULL, "
    "updated_at TEXT NOT NULL, updated_hlc TEXT NOT NULL, origin TEXT NOT NULL, deleted INTEGER "
    "NOT NULL DEFAULT 0, "
    "server_seq INTEGER)";

// Writes an escalation row and its outbox entry in one transaction, as the escalation store does.
QString saveEscalation(Workstation &ws, QJsonObject row)
{
    Transaction tx(ws.db->sql());
    if (!tx.started())
        return tx.started().errorMessage();
    const Hlc hlc = ws.db->tick();
    row.insert(QStringLiteral("updated_hlc"), hlc.toString());
    row.insert(QStringLiteral("origin"), ws.db->workstationId());
    QStringList cols;
    QStringList marks;
    QSqlQuery q(ws.db->sql());
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        cols.append(it.key());
        marks.append(QStringLiteral("?"));
    }
    QStringList sets;
    for (const QString &c : cols)
        if (c != QLatin1String("id"))
            sets.append(c + QStringLiteral(" = excluded.") + c);
    q.prepare(
        QStringLiteral("INSERT INTO escalations (%1) VALUES (%2) ON CONFLICT (id) DO UPDATE SET %3")
            .arg(cols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')),
                 sets.join(QLatin1Char(','))));
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isObject())
            q.addBindValue(
                QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        else
            q.addBindValue(v.toVariant());
    }
    if (!q.exec())
        return q.lastError().text();
    if (Status s = Outbox(*ws.db).enqueue(QStringLiteral("escalations"),
                                          row.value(QStringLiteral("id")).toString(),
                                          QStringLiteral("upsert"), hlc, row);
        !s)
        return s.errorMessage();
    Status s = tx.commit();
    return s ? QString() : s.errorMessage();
}

QJsonObject localEscalation(Workstation &ws, const QString &id)
{
    QSqlQuery q(ws.db->sql());
    q.prepare(QStringLiteral("SELECT * FROM escalations WHERE id = ?"));
    q.addBindValue(id);
    QJsonObject o;
    if (q.exec() && q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            const QString name = r.fieldName(i);
            if (name == QLatin1String("rowid"))
                continue;
            if (name == QLatin1String("fields"))
                o.insert(name, QJsonDocument::fromJson(q.value(i).toString().toUtf8()).object());
            else
                o.insert(name, QJsonValue::fromVariant(q.value(i)));
        }
    }
    return o;
}

} // namespace

class TestSyncConverge : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann, m_dan;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("converge");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_dan = uniqueLogin(QStringLiteral("dan"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north")));
    }

    void cleanup() { Clock::setInstance(nullptr); }

    void twoWorkstationsConverge()
    {
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        QStringList annIds;
        for (int i = 0; i < 5; ++i) {
            annIds.append(a.addContact(QStringLiteral("ann %1").arg(i)));
            b.addContact(QStringLiteral("dan %1").arg(i));
        }
        QCOMPARE(a.sync(), QString());
        QCOMPARE(b.sync(), QString());
        QCOMPARE(a.sync(), QString());
        QCOMPARE(a.count(QStringLiteral("contacts")), 10);
        QCOMPARE(b.count(QStringLiteral("contacts")), 10);
        QCOMPARE(contactRows(a), contactRows(b));
        QCOMPARE(a.pending(), 0);
        QCOMPARE(b.pending(), 0);

        QCOMPARE(editNotes(a, annIds.first(), QStringLiteral("corrected")), QString());
        QCOMPARE(a.sync(), QString());
        QCOMPARE(b.sync(), QString());
        QCOMPARE(
            b.localValue(
                QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'").arg(annIds.first())),
            QStringLiteral("corrected"));
        QCOMPARE(contactRows(a), contactRows(b));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'")
                                      .arg(annIds.first())),
                 QStringLiteral("corrected"));
    }

    // Text with every character the COPY text format or JSON escapes arrives unchanged on the
    // server and on another workstation.
    void awkwardTextArrivesUnchanged()
    {
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        const QString notes = QStringLiteral(
            "Tab\there, line\nbreak, return\r, back\\slash \\N, \"quoted\", bell\x07, "
            "caf\u00e9 \u2014 \U0001F697 end\\");
        Contact c = a.newContact(notes);
        c.callerName = QStringLiteral("O'Brien\t\\");
        c.reference = QString(); // empty: NULL on the server, empty again on the workstation
        QCOMPARE(a.save(c), QString());
        QCOMPARE(a.sync(), QString());
        QCOMPARE(superValue(m_db,
                            QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'").arg(c.id)),
                 notes);
        QCOMPARE(b.sync(), QString());
        QCOMPARE(
            b.localValue(QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'").arg(c.id)),
            notes);
        QCOMPARE(b.localValue(
                     QStringLiteral("SELECT caller_name FROM contacts WHERE id = '%1'").arg(c.id)),
                 c.callerName);
        QCOMPARE(
            b.localValue(
                QStringLiteral("SELECT quote(reference) FROM contacts WHERE id = '%1'").arg(c.id)),
            QStringLiteral("''"));
    }

    // A workstation's next pull brings back the rows it pushed: they take their server number
    // and are not written again (their full text and counts were right already).
    void ownRowsComingBackAreNotRewritten()
    {
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        const QString id = a.addContact(QStringLiteral("own row back"));
        QVERIFY(a.db->exec(QStringLiteral("CREATE TEMP TABLE rewrites (id TEXT)")));
        QVERIFY(a.db->exec(
            QStringLiteral("CREATE TEMP TRIGGER count_rewrites AFTER UPDATE OF notes, handler ON "
                           "contacts BEGIN INSERT INTO rewrites VALUES (new.id); END")));
        QCOMPARE(a.sync(), QString());
        const QString serverSeq = superValue(
            m_db, QStringLiteral("SELECT server_seq FROM contacts WHERE id = '%1'").arg(id));
        QVERIFY(serverSeq.toLongLong() > 0);
        QCOMPARE(
            a.localValue(QStringLiteral("SELECT server_seq FROM contacts WHERE id = '%1'").arg(id)),
            serverSeq);
        QCOMPARE(a.localValue(QStringLiteral("SELECT count(*) FROM temp.rewrites")),
                 QStringLiteral("0"));

        // A change made elsewhere is written, with its triggers.
        Workstation b(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        QCOMPARE(b.sync(), QString());
        QCOMPARE(editNotes(b, id, QStringLiteral("changed on the other workstation")), QString());
        QCOMPARE(b.sync(), QString());
        QCOMPARE(a.sync(), QString());
        QCOMPARE(a.localValue(QStringLiteral("SELECT group_concat(id) FROM temp.rewrites")), id);
        QCOMPARE(a.localValue(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE "
                                             "contacts_fts MATCH '\"other workstation\"'")),
                 QStringLiteral("1"));
    }

    // The same contacts (same ids) imported by one handler on two workstations: each queues them
    // as new, the second push finds them on the server, and they are updated, not refused.
    void newContactAlreadyOnTheServerIsUpdated()
    {
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        QList<Contact> list;
        for (int i = 0; i < 4; ++i) {
            Contact c = a.newContact(QStringLiteral("imported %1").arg(i));
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            list.append(c);
        }
        CD_VERIFY_OK(ContactStore(*a.db).importContacts(list, a.handler));
        list.last().notes = QStringLiteral("imported again, corrected");
        CD_VERIFY_OK(ContactStore(*b.db).importContacts(list, b.handler));
        // One more contact only b has, in the same batch.
        const QString onlyB = b.addContact(QStringLiteral("only on b"));
        QCOMPARE(b.localValue(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                             "'contacts' AND op = 'insert'")),
                 QStringLiteral("5"));

        QCOMPARE(a.sync(), QString());
        auto pushed = b.session->push();
        CD_VERIFY_OK(pushed);
        QCOMPARE(pushed->rejected, 0);
        QCOMPARE(b.count(QStringLiteral("sync_rejected")), 0);
        QCOMPARE(b.pending(), 0);
        const QString ids = QStringLiteral("'%1','%2'").arg(list.last().id, onlyB);
        QCOMPARE(
            superValue(m_db,
                       QStringLiteral("SELECT count(*) FROM contacts WHERE id IN (%1)").arg(ids)),
            QStringLiteral("2"));
        // b imported later: its copy of the corrected contact is the one kept.
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'")
                                      .arg(list.last().id)),
                 QStringLiteral("imported again, corrected"));
        QCOMPARE(a.sync(), QString());
        QCOMPARE(
            a.localValue(
                QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'").arg(list.last().id)),
            QStringLiteral("imported again, corrected"));
        // The pulled correction of a contact a had is indexed anew (it was updated with its
        // triggers), the contact new to a is indexed and counted (inserted without them).
        QCOMPARE(a.localValue(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE "
                                             "contacts_fts MATCH '\"imported again\"'")),
                 QStringLiteral("1"));
        QCOMPARE(a.localValue(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE "
                                             "contacts_fts MATCH '\"only on b\"'")),
                 QStringLiteral("1"));
        QCOMPARE(a.localValue(QStringLiteral("SELECT sum(contacts) FROM contact_daily WHERE "
                                             "scope = 'h:Ann North' AND dim = 'all'")),
                 a.localValue(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0 "
                                             "AND handler = 'Ann North'")));
    }

    void offlineWorkstationCatchesUp()
    {
        Workstation c(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation other(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        QCOMPARE(other.sync(), QString());
        const int before = other.count(QStringLiteral("contacts"));
        sync::ConnectionSettings unreachable = settingsFor(m_db, m_ann);
        unreachable.host = QStringLiteral("/nonexistent-socket-dir");
        c.session->setSettings(unreachable);
        QStringList ids;
        for (int i = 0; i < 1000; ++i)
            ids.append(c.addContact(QStringLiteral("offline %1").arg(i)));
        QVERIFY(!c.sync().isEmpty());
        QVERIFY(c.session->lastErrorWasConnection());
        const int pending = c.pending();
        QCOMPARE(pending, 2000); // each contact and its audit record
        const int auditBefore =
            superValue(m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

        c.session->setSettings(settingsFor(m_db, m_ann));
        c.session->setBatchSizes(300, 250);
        QCOMPARE(c.sync(), QString());
        QCOMPARE(c.pending(), 0);
        QCOMPARE(
            superValue(
                m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE notes LIKE 'offline %'")),
            QStringLiteral("1000"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
                 auditBefore + 1000);
        QCOMPARE(other.sync(), QString());
        QCOMPARE(other.count(QStringLiteral("contacts")), before + 1000);
        QCOMPARE(contactRows(c), contactRows(other));
    }

    void refusedChangeIsSetAsideNotLost()
    {
        // A workstation logged in as Ann queues a contact recorded under Dan's name: the server
        // refuses that row, the rest of the batch goes through, and the refused change is kept.
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        const QString good = a.addContact(QStringLiteral("mine"));
        Contact forged = a.newContact(QStringLiteral("not mine"));
        forged.handler = QStringLiteral("Dan North");
        QCOMPARE(a.save(forged), QString());
        const QString good2 = a.addContact(QStringLiteral("mine too"));
        auto r = a.session->push();
        CD_VERIFY_OK(r);
        QCOMPARE(r->rejected, 1);
        QCOMPARE(r->sent, 5); // two contacts and three audit records
        QCOMPARE(a.pending(), 0);
        QCOMPARE(superValue(m_db,
                            QStringLiteral("SELECT count(*) FROM contacts WHERE id IN ('%1', '%2')")
                                .arg(good, good2)),
                 QStringLiteral("2"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE id = '%1'")
                                      .arg(forged.id)),
                 QStringLiteral("0"));
        QCOMPARE(
            a.localValue(QStringLiteral("SELECT entity || ':' || entity_id FROM sync_rejected")),
            QStringLiteral("contacts:") + forged.id);
        QVERIFY(a.localValue(QStringLiteral("SELECT reason FROM sync_rejected"))
                    .contains(QLatin1String("row-level security")));
        auto again = a.session->push(); // nothing is sent twice
        CD_VERIFY_OK(again);
        QCOMPARE(again->sent + again->rejected, 0);
    }

    void refusedChangeInALaterBatch_data()
    {
        // While the server applies one batch the next is read and encoded; a refusal found in
        // a later batch, or in the statement that was running while the next was prepared,
        // sets aside that change only.
        QTest::addColumn<int>("batch");
        QTest::newRow("one entry a batch") << 1;
        QTest::newRow("seven entries a batch") << 7;
    }
    void refusedChangeInALaterBatch()
    {
        QFETCH(int, batch);
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        QCOMPARE(a.sync(), QString());
        QStringList mine;
        Contact forged;
        for (int i = 0; i < 30; ++i) {
            mine.append(a.addContact(QStringLiteral("batch %1 mine %2").arg(batch).arg(i)));
            if (i == 14) {
                forged = a.newContact(QStringLiteral("batch %1 not mine").arg(batch));
                forged.handler = QStringLiteral("Dan North");
                QCOMPARE(a.save(forged), QString());
            }
        }
        QCOMPARE(a.pending(), 62); // 31 contacts, each with its audit record
        a.session->setBatchSizes(batch, 250);
        auto r = a.session->push();
        CD_VERIFY_OK(r);
        QCOMPARE(r->rejected, 1);
        QCOMPARE(r->sent, 61);
        QCOMPARE(a.pending(), 0);
        // The second login that staged batches ahead is closed once the push is over.
        QTRY_COMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                                     "WHERE usename = '%1' AND datname = '%2'")
                                          .arg(m_ann, m_db)),
                     QStringLiteral("1"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE notes LIKE "
                                                 "'batch %1 mine %'")
                                      .arg(batch)),
                 QStringLiteral("30"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE id = '%1'")
                                      .arg(forged.id)),
                 QStringLiteral("0"));
        QCOMPARE(a.localValue(QStringLiteral("SELECT entity_id FROM sync_rejected WHERE "
                                             "entity = 'contacts' AND entity_id = '%1'")
                                  .arg(forged.id)),
                 forged.id);
        auto again = a.session->push();
        CD_VERIFY_OK(again);
        QCOMPARE(again->sent + again->rejected, 0);
    }

    void bulkVehicleImportReachesTheServer()
    {
        // 50,001 vehicles are more than VehicleStore queues row by row: one `vehicles_import`
        // entry names them, and the push sends them in chunks. A manager's import reaches the
        // server and every workstation; a handler's is refused whole and set aside.
        const QString mia = uniqueLogin(QStringLiteral("mia"));
        QVERIFY(addUser(m_db, mia, QStringLiteral("Mia North"), QStringLiteral("north"),
                        QStringLiteral("manager")));
        Workstation manager(m_db, mia, QStringLiteral("Mia North"), QStringLiteral("north"));
        Workstation handler(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        QByteArray data = "reference,vrm,make,model,colour,seized_at,power,location,status,"
                          "weight_class,condition,position,laden,police_hold,notice_served_at,"
                          "released_at,disposed_at\n";
        vehicles::Generator gen(11);
        for (int i = 0; i < 50001; ++i)
            data += csv::formatRecord(vehicles::toRecord(gen.next())).toUtf8();
        auto import = [&](Workstation &ws, const QByteArray &csvData) {
            QBuffer buffer;
            buffer.setData(csvData);
            buffer.open(QIODevice::ReadOnly);
            Result<VehicleImportReport> r = VehicleStore(*ws.db).importCsv(buffer, ws.handler);
            return r.ok() ? r->added : -1;
        };
        QCOMPARE(import(manager, data), 50001);
        QCOMPARE(manager.localValue(QStringLiteral(
                     "SELECT count(*) FROM outbox WHERE entity = 'vehicles_import'")),
                 QStringLiteral("1"));
        const QString serverBefore =
            superValue(m_db, QStringLiteral("SELECT count(*) FROM vehicles"));

        manager.session->setBatchSizes(20000, 5000); // three chunks
        auto pushed = manager.session->push();
        CD_VERIFY_OK(pushed);
        QCOMPARE(pushed->rejected, 0);
        QCOMPARE(manager.pending(), 0);
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM vehicles")).toInt(),
                 serverBefore.toInt() + 50001);
        // The same rows, field for field, on a sample.
        const QString ref = QStringLiteral("RO-00025000");
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT vrm || '|' || status || '|' || "
                                                 "seized_at FROM vehicles WHERE reference = '%1'")
                                      .arg(ref)),
                 manager.localValue(QStringLiteral("SELECT vrm || '|' || status || '|' || "
                                                   "seized_at FROM vehicles WHERE reference = '%1'")
                                        .arg(ref)));
        auto again = manager.session->push(); // nothing twice
        CD_VERIFY_OK(again);
        QCOMPARE(again->sent + again->rejected, 0);

        // Another workstation gets them by pulling.
        QCOMPARE(handler.sync(), QString());
        QCOMPARE(handler.count(QStringLiteral("vehicles")), serverBefore.toInt() + 50001);

        // A handler's own bulk import is refused by the server and kept aside, not lost.
        QByteArray other = data.left(data.indexOf('\n') + 1);
        vehicles::Generator gen2(12);
        for (int i = 0; i < 50001; ++i) {
            cd::Vehicle v = gen2.next();
            v.reference = QStringLiteral("H-%1").arg(i);
            other += csv::formatRecord(vehicles::toRecord(v)).toUtf8();
        }
        QCOMPARE(import(handler, other), 50001);
        auto refused = handler.session->push();
        CD_VERIFY_OK(refused);
        QCOMPARE(refused->rejected, 1);
        QCOMPARE(handler.pending(), 0);
        QCOMPARE(handler.localValue(QStringLiteral("SELECT entity FROM sync_rejected")),
                 QStringLiteral("vehicles_import"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM vehicles WHERE reference "
                                                 "LIKE 'H-%'")),
                 QStringLiteral("0"));
        QCOMPARE(handler.localValue(
                     QStringLiteral("SELECT count(*) FROM vehicles WHERE reference LIKE 'H-%'")),
                 QStringLiteral("50001"));
    }

    void backgroundSyncPushesAndWakesOnNotify()
    {
        // The GUI's path: SyncController runs the sync on its own thread. The timer is set far
        // beyond the test, so only the start, syncNow() and NOTIFY can move anything.
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        const QString mine = a.addContact(QStringLiteral("pushed in the background"));
        sync::SyncController controller(a.db->path(), settingsFor(m_db, m_ann), nullptr,
                                        3600 * 1000);
        QList<sync::SyncState> states;
        connect(&controller, &sync::SyncController::stateChanged, this,
                [&states](const sync::SyncState &st) { states.append(st); });
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.state().phase == sync::SyncState::Phase::Idle &&
                                     controller.state().lastSynced.isValid(),
                                 20000);
        QCOMPARE(controller.state().pending, 0);
        QCOMPARE(superValue(m_db,
                            QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'").arg(mine)),
                 QStringLiteral("pushed in the background"));
        QVERIFY(std::any_of(states.cbegin(), states.cend(), [](const sync::SyncState &st) {
            return st.phase == sync::SyncState::Phase::Syncing;
        }));
        // Another workstation's change arrives: the server's NOTIFY prompts a pull.
        QTest::qWait(1500); // let the follow-up sync after the first one finish and LISTEN start
        Workstation b(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        const QString theirs = b.addContact(QStringLiteral("from Dan, announced by NOTIFY"));
        QCOMPARE(b.sync(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(
            a.localValue(
                QStringLiteral("SELECT count(*) FROM contacts WHERE id = '%1'").arg(theirs)),
            QStringLiteral("1"), 15000);
        // The server goes away: the state says offline, with the reason, and nothing is lost.
        controller.setSettings([&] {
            auto s = settingsFor(m_db, m_ann);
            s.host = QStringLiteral("/nonexistent-socket-dir");
            return s;
        }());
        controller.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(controller.state().offline(), 15000);
        QVERIFY(controller.state().error.contains(QLatin1String("could not connect")));
        a.addContact(QStringLiteral("written while offline"));
        controller.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(controller.state().offline() && controller.state().pending == 2,
                                 15000);
        QVERIFY(sync::describeState(controller.state()).startsWith(QLatin1String("Offline")));
    }

    void pendingLocalChangeIsNotOverwritten()
    {
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        const QString id = a.addContact(QStringLiteral("first"));
        QCOMPARE(a.sync(), QString());
        QCOMPARE(b.sync(), QString());
        QCOMPARE(editNotes(b, id, QStringLiteral("from b")), QString());
        QCOMPARE(b.sync(), QString());
        QCOMPARE(editNotes(a, id, QStringLiteral("from a, later")), QString()); // not yet sent
        auto pulled = a.session->pull();
        CD_VERIFY_OK(pulled);
        QCOMPARE(pulled->keptLocal, 1);
        QCOMPARE(a.localValue(QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'").arg(id)),
                 QStringLiteral("from a, later"));
        QCOMPARE(a.sync(), QString());
        QCOMPARE(b.sync(), QString());
        QCOMPARE(b.localValue(QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'").arg(id)),
                 QStringLiteral("from a, later"));
    }

    void clocksTwoHoursApart_data()
    {
        QTest::addColumn<qint64>("aOffsetMs");
        QTest::newRow("first workstation two hours fast") << qint64(2 * 3600 * 1000);
        QTest::newRow("first workstation two hours slow") << qint64(-2 * 3600 * 1000);
    }
    void clocksTwoHoursApart()
    {
        // The same handler on two workstations whose clocks disagree by two hours. The later
        // edit in real time wins because the server bounds claimed times by its own clock and
        // every workstation merges the server's clock into its own.
        QFETCH(qint64, aOffsetMs);
        const QDateTime realNow = QDateTime::currentDateTimeUtc();
        ManualClock clockA(realNow.addMSecs(aOffsetMs));
        ManualClock clockB(realNow);
        Clock::setInstance(&clockA);
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Clock::setInstance(&clockB);
        Workstation b(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));

        Clock::setInstance(&clockA);
        const QString x = a.addContact(QStringLiteral("a wrote first"));
        QCOMPARE(a.sync(), QString());
        Clock::setInstance(&clockB);
        clockB.advance(1000);
        QCOMPARE(b.sync(), QString());
        QCOMPARE(editNotes(b, x, QStringLiteral("b wrote second")), QString());
        QCOMPARE(b.sync(), QString());
        Clock::setInstance(&clockA);
        clockA.advance(2000);
        QCOMPARE(a.sync(), QString());
        QCOMPARE(a.localValue(QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'").arg(x)),
                 QStringLiteral("b wrote second"));
        // And the other way round: a edits after seeing b's edit, whatever its clock says.
        QCOMPARE(editNotes(a, x, QStringLiteral("a wrote third")), QString());
        QCOMPARE(a.sync(), QString());
        Clock::setInstance(&clockB);
        clockB.advance(1000);
        QCOMPARE(b.sync(), QString());
        QCOMPARE(b.localValue(QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'").arg(x)),
                 QStringLiteral("a wrote third"));
        QCOMPARE(
            superValue(m_db, QStringLiteral("SELECT notes FROM contacts WHERE id = '%1'").arg(x)),
            QStringLiteral("a wrote third"));
        // No stored time is ahead of the server's clock.
        QCOMPARE(
            superValue(m_db,
                       QStringLiteral(
                           "SELECT count(*) FROM contacts WHERE left(updated_hlc, 13)::bigint > "
                           "(extract(epoch FROM now()) * 1000)::bigint + 1000")),
            QStringLiteral("0"));
    }

    void escalationEditedOfflineByTwoHandlers_data()
    {
        QTest::addColumn<bool>("annFirst");
        QTest::newRow("Ann's edit reaches the server first") << true;
        QTest::newRow("Dan's edit reaches the server first") << false;
    }
    void escalationEditedOfflineByTwoHandlers()
    {
        QFETCH(bool, annFirst);
        Workstation a(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation b(m_db, m_dan, QStringLiteral("Dan North"), QStringLiteral("north"));
        for (Workstation *ws : {&a, &b})
            QCOMPARE(ws->db->exec(QString::fromLatin1(kEscalationsTable)).errorMessage(),
                     QString());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject row{{QStringLiteral("id"), id},
                        {QStringLiteral("contact_id"), QStringLiteral("c1")},
                        {QStringLiteral("type"), QStringLiteral("callback")},
                        {QStringLiteral("form_version"), 1},
                        {QStringLiteral("fields"),
                         QJsonObject{{QStringLiteral("summary"), QStringLiteral("raised")},
                                     {QStringLiteral("phone"), QStringLiteral("0100")}}},
                        {QStringLiteral("status"), QStringLiteral("submitted")},
                        {QStringLiteral("owner"), QStringLiteral("Ann North")},
                        {QStringLiteral("team"), QStringLiteral("north")},
                        {QStringLiteral("receiving_team"), QStringLiteral("")},
                        {QStringLiteral("raised_on"), QStringLiteral("2026-03-02")},
                        {QStringLiteral("due_at"), QStringLiteral("2026-03-09")},
                        {QStringLiteral("created_at"), QStringLiteral("2026-03-02T10:00:00.000Z")},
                        {QStringLiteral("updated_at"), QStringLiteral("2026-03-02T10:00:00.000Z")},
                        {QStringLiteral("deleted"), 0}};
        QCOMPARE(saveEscalation(a, row), QString());
        QCOMPARE(a.sync(), QString());
        QCOMPARE(b.sync(), QString());
        QCOMPARE(localEscalation(b, id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("submitted"));

        // Offline: Ann moves it on and rewrites the summary; later, Dan changes the due date,
        // the callback number and also rewrites the summary.
        QJsonObject ann = localEscalation(a, id);
        ann.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
        QJsonObject annFields = ann.value(QStringLiteral("fields")).toObject();
        annFields.insert(QStringLiteral("summary"), QStringLiteral("summary by Ann"));
        ann.insert(QStringLiteral("fields"), annFields);
        ann.remove(QStringLiteral("server_seq"));
        QCOMPARE(saveEscalation(a, ann), QString());
        QTest::qWait(5);
        QJsonObject dan = localEscalation(b, id);
        dan.insert(QStringLiteral("due_at"), QStringLiteral("2026-03-20"));
        QJsonObject danFields = dan.value(QStringLiteral("fields")).toObject();
        danFields.insert(QStringLiteral("summary"), QStringLiteral("summary by Dan"));
        danFields.insert(QStringLiteral("phone"), QStringLiteral("0199"));
        dan.insert(QStringLiteral("fields"), danFields);
        dan.remove(QStringLiteral("server_seq"));
        QCOMPARE(saveEscalation(b, dan), QString());

        Workstation &first = annFirst ? a : b;
        Workstation &second = annFirst ? b : a;
        QCOMPARE(first.sync(), QString());
        QCOMPARE(second.sync(), QString());
        QCOMPARE(first.sync(), QString());

        for (Workstation *ws : {&a, &b}) {
            const QJsonObject e = localEscalation(*ws, id);
            QCOMPARE(e.value(QStringLiteral("status")).toString(),
                     QStringLiteral("in_progress")); // Ann's field
            QCOMPARE(e.value(QStringLiteral("due_at")).toString(),
                     QStringLiteral("2026-03-20")); // Dan's field
            const QJsonObject f = e.value(QStringLiteral("fields")).toObject();
            QCOMPARE(f.value(QStringLiteral("phone")).toString(),
                     QStringLiteral("0199")); // Dan's form field
            QCOMPARE(f.value(QStringLiteral("summary")).toString(),
                     QStringLiteral("summary by Dan")); // later write
        }
        QCOMPARE(localEscalation(a, id), localEscalation(b, id));
        // The losing edit is kept where a person can see it.
        QCOMPARE(
            superValue(
                m_db,
                QStringLiteral(
                    "SELECT count(*) || ':' || min(field) || ':' || min(lost_value #>> '{}') "
                    "|| ':' || min(kept_value #>> '{}') FROM cd_conflicts WHERE entity_id = '%1'")
                    .arg(id)),
            QStringLiteral("1:fields.summary:summary by Ann:summary by Dan"));
        {
            auto conn = sync::connectPg(QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
                                            .arg(socketDir(), port(), m_ann, m_db));
            CD_VERIFY_OK(conn);
            sync::Pg pg(conn->get());
            auto r =
                pg.exec(QStringLiteral("SELECT count(*) FROM cd_conflicts WHERE entity_id = '%1'")
                            .arg(id)
                            .toUtf8());
            CD_VERIFY_OK(r);
            QCOMPARE(r->text(0, 0), QStringLiteral("1"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncConverge)
#include "tst_sync_converge.moc"
