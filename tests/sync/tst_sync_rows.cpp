// One malformed row never stops anyone's sync. The shared database refuses rows a workstation
// could not store (server schema 2); rows that got there anyway (before schema 2, or past it)
// are set aside by the pull, which goes on; and a row the server refuses in a push is set aside
// alone while the rest of its batch lands.
#include "pgtest.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace cd;
using namespace pgtest;

namespace {

// A person's own login, for plain SQL as they could type it.

const char kHlc[] = "1700000000000-000000-x";

QString contactSql(const QString &id, const QString &handler, const QString &startedAt,
                   const QString &notes = QStringLiteral("'note'"))
{
    return QStringLiteral(
               "INSERT INTO contacts (id, started_at, handler, team, channel, category, outcome, "
               "notes, updated_hlc, origin) VALUES ('%1', %2, '%3', 'north', 'phone', "
               "'low_level_concern', 'resolved_first_contact', %4, '%5', 'x')")
        .arg(id, startedAt, handler, notes, QLatin1String(kHlc));
}

QString vehicleSql(const QString &id, const QString &status)
{
    return QStringLiteral("INSERT INTO vehicles (id, reference, vrm, seized_at, power, status, "
                          "weight_class, condition, position, imported_at, updated_hlc, origin) "
                          "VALUES ('%1', 'REF-%1', 'AB12CDE', '2026-01-01T10:00:00.000Z', 's165a', "
                          "'%2', 'upto_3_5t', 'upright_undamaged', 'on_road', "
                          "'2026-01-02T10:00:00.000Z', '%3', 'x')")
        .arg(id, status, QLatin1String(kHlc));
}

// An escalation's fields as the workstation pushes them; `without` leaves one out.
QString escalationFields(const QString &without = {})
{
    QJsonObject f{{QStringLiteral("contact_id"), QStringLiteral("c1")},
                  {QStringLiteral("type"), QStringLiteral("callback")},
                  {QStringLiteral("form_version"), 1},
                  {QStringLiteral("fields.summary"), QStringLiteral("call back")},
                  {QStringLiteral("status"), QStringLiteral("submitted")},
                  {QStringLiteral("owner"), QStringLiteral("Ann North")},
                  {QStringLiteral("receiving_team"), QStringLiteral("north")},
                  {QStringLiteral("raised_on"), QStringLiteral("2026-03-02")},
                  {QStringLiteral("due_at"), QStringLiteral("2026-03-09")},
                  {QStringLiteral("created_at"), QStringLiteral("2026-03-02T10:00:00.000Z")},
                  {QStringLiteral("updated_at"), QStringLiteral("2026-03-02T10:00:00.000Z")}};
    f.remove(without);
    return QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact));
}

QString escalationSql(const QString &id, const QString &fields)
{
    return QStringLiteral("INSERT INTO escalations (id, team, fields, updated_hlc, origin) "
                          "VALUES ('%1', 'north', '%2', '%3', 'x')")
        .arg(id, fields, QLatin1String(kHlc));
}

// Runs `sql` as the superuser with the table's CHECK constraints out of the way, as on a server
// whose rows were written before they existed; they are put back NOT VALID, as schema 2 adds
// them. Returns the error, "" when it worked.
QString writeBypassingChecks(const QString &db, const QString &table, const QString &sql)
{
    auto conn = sync::connectPg(superConninfo(db));
    if (!conn)
        return conn.errorMessage();
    sync::Pg pg(conn->get());
    if (Status s = pg.run("BEGIN"); !s)
        return s.errorMessage();
    Result<sync::PgResult> checks =
        pg.exec("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'c' "
                "AND conrelid = $1::regclass",
                {table.toUtf8()});
    if (!checks)
        return checks.errorMessage();
    for (int i = 0; i < checks->rows(); ++i)
        if (Status s = pg.run("ALTER TABLE " + table.toUtf8() + " DROP CONSTRAINT " +
                              checks->text(i, 0).toUtf8());
            !s)
            return s.errorMessage();
    if (Status s = pg.run(sql.toUtf8()); !s)
        return s.errorMessage();
    for (int i = 0; i < checks->rows(); ++i) {
        QString def = checks->text(i, 1);
        def.remove(QStringLiteral(" NOT VALID"));
        if (Status s = pg.run("ALTER TABLE " + table.toUtf8() + " ADD CONSTRAINT " +
                              checks->text(i, 0).toUtf8() + ' ' + def.toUtf8() + " NOT VALID");
            !s)
            return s.errorMessage();
    }
    Status s = pg.run("COMMIT");
    return s ? QString() : s.errorMessage();
}

QString admin(const QString &profile, const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin"),
            QStringList{QStringLiteral("--profile"), profile} + args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("did not finish");
    if (code)
        *code = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestSyncRows : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann, m_bob, m_max;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("rows");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_bob = uniqueLogin(QStringLiteral("bob"));
        m_max = uniqueLogin(QStringLiteral("max"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_bob, QStringLiteral("Bob North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_max, QStringLiteral("Max North"), QStringLiteral("north"),
                        QStringLiteral("manager")));
    }

    // Rows a person can write with their own login and plain SQL: the server refuses those a
    // workstation could not store, and takes the good ones.
    void theServerRefusesRowsNoWorkstationCouldStore_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("refused");
        const QString ann = QStringLiteral("Ann North");
        QTest::newRow("good contact")
            << "ann"
            << contactSql(QStringLiteral("ok1"), ann, QStringLiteral("'2026-03-01T09:00:00.000Z'"))
            << false;
        QTest::newRow("contact with an offset")
            << "ann"
            << contactSql(QStringLiteral("ok2"), ann, QStringLiteral("'2026-03-01T09:00:00+01:00'"))
            << false;
        QTest::newRow("start 'not a time'")
            << "ann" << contactSql(QStringLiteral("bad1"), ann, QStringLiteral("'not a time'"))
            << true;
        QTest::newRow("start on 30 February")
            << "ann"
            << contactSql(QStringLiteral("bad2"), ann, QStringLiteral("'2026-02-30T09:00:00Z'"))
            << true;
        QTest::newRow("start without an offset")
            << "ann"
            << contactSql(QStringLiteral("bad3"), ann, QStringLiteral("'2026-03-01 09:00'"))
            << true;
        QTest::newRow("notes over 20,000 characters")
            << "ann"
            << contactSql(QStringLiteral("bad4"), ann, QStringLiteral("'2026-03-01T09:00:00Z'"),
                          QStringLiteral("repeat('x', 20001)"))
            << true;
        QTest::newRow("NUL in the notes")
            << "ann"
            << contactSql(QStringLiteral("bad5"), ann, QStringLiteral("'2026-03-01T09:00:00Z'"),
                          QStringLiteral("'a' || chr(0) || 'b'"))
            << true;
        QTest::newRow("vehicle status 'stolen'")
            << "max" << vehicleSql(QStringLiteral("vbad"), QStringLiteral("stolen")) << true;
        QTest::newRow("good vehicle")
            << "max" << vehicleSql(QStringLiteral("vok"), QStringLiteral("held")) << false;
        QTest::newRow("escalation without contact_id")
            << "ann"
            << QStringLiteral("SELECT cd_push_escalation('%1'::jsonb || '{\"id\": \"ebad\", "
                              "\"team\": \"north\", \"updated_hlc\": \"%2\", \"origin\": "
                              "\"x\"}', '{}', 0, 1800000000000)")
                   .arg(escalationFields(QStringLiteral("contact_id")), QLatin1String(kHlc))
            << true;
        QTest::newRow("good escalation")
            << "ann"
            << QStringLiteral("SELECT cd_push_escalation('%1'::jsonb || '{\"id\": \"eok\", "
                              "\"team\": \"north\", \"updated_hlc\": \"%2\", \"origin\": "
                              "\"x\"}', '{}', 0, 1800000000000)")
                   .arg(escalationFields(), QLatin1String(kHlc))
            << false;
        QTest::newRow("escalation event with an unknown status")
            << "ann"
            << QStringLiteral("INSERT INTO escalation_events (id, escalation_id, to_status, actor, "
                              "at, updated_hlc, origin) VALUES ('evbad', 'eok', 'lost', 'Ann "
                              "North', '2026-03-02T10:00:00Z', '%1', 'x')")
                   .arg(QLatin1String(kHlc))
            << true;
        QTest::newRow("escalation note at 'yesterday'")
            << "ann"
            << QStringLiteral("INSERT INTO escalation_notes (id, escalation_id, author, at, body, "
                              "updated_hlc, origin) VALUES ('nbad', 'eok', 'Ann North', "
                              "'yesterday', 'body', '%1', 'x')")
                   .arg(QLatin1String(kHlc))
            << true;
    }
    void theServerRefusesRowsNoWorkstationCouldStore()
    {
        QFETCH(QString, who);
        QFETCH(QString, sql);
        QFETCH(bool, refused);
        Login login(m_db, who == QLatin1String("max") ? m_max : m_ann);
        const QString state = login.run(sql);
        if (refused)
            QVERIFY2(!state.isEmpty(), "the server took the row");
        else
            QCOMPARE(state, QString());
    }

    // Rows already on the server that a workstation cannot store (written before schema 2 or
    // past its rules): the pull sets each aside, with its table, id and a reason naming the
    // column, stores the good rows around them, and moves its cursor past them all.
    void aBadRowOnTheServerNeverStopsThePull()
    {
        const QString ann = QStringLiteral("Pat North"); // written by an administrator
        const QString t = QStringLiteral("'2026-03-01T09:00:00.000Z'");
        QCOMPARE(superExec(m_db, contactSql(QStringLiteral("p-good1"), ann, t)), QString());
        QCOMPARE(writeBypassingChecks(
                     m_db, QStringLiteral("contacts"),
                     contactSql(QStringLiteral("p-bad"), ann, QStringLiteral("'not a time'"))),
                 QString());
        QCOMPARE(superExec(m_db, contactSql(QStringLiteral("p-good2"), ann, t)), QString());
        QCOMPARE(
            writeBypassingChecks(m_db, QStringLiteral("vehicles"),
                                 vehicleSql(QStringLiteral("p-vbad"), QStringLiteral("stolen"))),
            QString());
        QCOMPARE(superExec(m_db, vehicleSql(QStringLiteral("p-vgood"), QStringLiteral("held"))),
                 QString());
        QCOMPARE(
            writeBypassingChecks(m_db, QStringLiteral("escalations"),
                                 escalationSql(QStringLiteral("p-ebad"),
                                               escalationFields(QStringLiteral("contact_id")))),
            QString());
        QCOMPARE(superExec(m_db, escalationSql(QStringLiteral("p-egood"), escalationFields())),
                 QString());
        QCOMPARE(superExec(m_db, contactSql(QStringLiteral("p-good3"), ann, t)), QString());

        Workstation ws(m_db, m_bob, QStringLiteral("Bob North"), QStringLiteral("north"));
        ws.session->setBatchSizes(100, 2); // several pull batches, bad rows among good ones
        CD_VERIFY_OK(ws.session->syncOnce());
        const QString setAside = QStringLiteral("SELECT count(*) FROM sync_set_aside");
        QCOMPARE(ws.localValue(setAside), QStringLiteral("3"));

        const auto has = [&ws](const char *table, const char *id) {
            return ws.localValue(QStringLiteral("SELECT count(*) FROM %1 WHERE id = '%2'")
                                     .arg(QLatin1String(table), QLatin1String(id)));
        };
        for (const char *id : {"p-good1", "p-good2", "p-good3"})
            QCOMPARE(has("contacts", id), QStringLiteral("1"));
        QCOMPARE(has("vehicles", "p-vgood"), QStringLiteral("1"));
        QCOMPARE(has("escalations", "p-egood"), QStringLiteral("1"));
        QCOMPARE(has("contacts", "p-bad"), QStringLiteral("0"));
        QCOMPARE(has("vehicles", "p-vbad"), QStringLiteral("0"));
        QCOMPARE(has("escalations", "p-ebad"), QStringLiteral("0"));
        // The good contacts are counted in the dashboards' daily figures; the bad one is not.
        QCOMPARE(ws.localValue(QStringLiteral("SELECT coalesce(sum(contacts), 0) FROM "
                                              "contact_daily WHERE scope = 'h:Pat North' AND "
                                              "dim = 'all'")),
                 QStringLiteral("3"));

        QCOMPARE(ws.session->cursor(),
                 superValue(m_db, QStringLiteral("SELECT cd_max_seq()")).toLongLong());
        QCOMPARE(ws.localValue(QStringLiteral(
                     "SELECT group_concat(entity || ':' || entity_id, ',') FROM (SELECT * FROM "
                     "sync_set_aside ORDER BY entity, entity_id)")),
                 QStringLiteral("contacts:p-bad,escalations:p-ebad,vehicles:p-vbad"));
        const QString reasons =
            ws.localValue(QStringLiteral("SELECT group_concat(reason, ' | ') FROM sync_set_aside"));
        QVERIFY2(reasons.contains(QLatin1String("started_at")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String("status")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String("contact_id")), qPrintable(reasons));
        QVERIFY2(!reasons.contains(QLatin1String("not a time")) &&
                     !reasons.contains(QLatin1String("stolen")),
                 qPrintable(reasons)); // the column and the rule, never the value

        // sync status says how many and why.
        int code = -1;
        const QString status =
            admin(ws.dir.path(), {QStringLiteral("sync"), QStringLiteral("status")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(status.contains(QLatin1String("Set aside from the server: 3\n")),
                 qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("  contacts p-bad (change ")), qPrintable(status));

        // The next pull goes on from the cursor: nothing set aside again, nothing fails.
        const QString when =
            ws.localValue(QStringLiteral("SELECT max(set_aside_at) FROM sync_set_aside"));
        CD_VERIFY_OK(ws.session->syncOnce());
        QCOMPARE(ws.localValue(setAside), QStringLiteral("3"));
        QCOMPARE(ws.localValue(QStringLiteral("SELECT max(set_aside_at) FROM sync_set_aside")),
                 when);

        // Corrected on the server, the rows arrive and leave the set-aside list.
        QCOMPARE(superExec(m_db, QStringLiteral("UPDATE contacts SET started_at = "
                                                "'2026-03-01T10:00:00.000Z' WHERE id = 'p-bad'")),
                 QString());
        QCOMPARE(superExec(
                     m_db,
                     QStringLiteral("UPDATE vehicles SET status = 'released' WHERE id = 'p-vbad'")),
                 QString());
        CD_VERIFY_OK(ws.session->syncOnce());
        QCOMPARE(has("contacts", "p-bad"), QStringLiteral("1"));
        QCOMPARE(ws.localValue(QStringLiteral("SELECT status FROM vehicles WHERE id = 'p-vbad'")),
                 QStringLiteral("released"));
        QCOMPARE(
            ws.localValue(QStringLiteral("SELECT group_concat(entity_id) FROM sync_set_aside")),
            QStringLiteral("p-ebad"));
        QCOMPARE(ws.localValue(QStringLiteral("SELECT coalesce(sum(contacts), 0) FROM "
                                              "contact_daily WHERE scope = 'h:Pat North' AND "
                                              "dim = 'all'")),
                 QStringLiteral("4"));
    }

    // A push whose first row the server refuses: that row alone is set aside with the server's
    // reason, every other row of the batch (and of the batches after it) lands, and the next
    // sync sends none of them again.
    void aRefusedRowInAPushIsSetAsideAlone_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<bool>("nul");
        QTest::newRow("one batch, another handler's contact first") << 1000 << false;
        QTest::newRow("batches of 10, another handler's contact first in two") << 10 << false;
        QTest::newRow("one batch, a NUL character first") << 1000 << true;
        QTest::newRow("batches of 10, a NUL character first in two") << 10 << true;
    }
    void aRefusedRowInAPushIsSetAsideAlone()
    {
        QFETCH(int, batch);
        QFETCH(bool, nul);
        Workstation ws(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        ws.session->setBatchSizes(batch, 5000);
        CD_VERIFY_OK(ws.session->syncOnce()); // the rows already there, out of the way
        const QString before =
            superValue(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE origin = '%1'")
                                 .arg(ws.db->workstationId()));
        QCOMPARE(before, QStringLiteral("0"));

        // The first entry of the push, and (with batches of 10) the first of a later batch: a
        // contact the server refuses. Either another handler's (row-level security refuses the
        // insert once it is staged) or one with a NUL character in its notes, which PostgreSQL
        // cannot hold (refused while it is copied into the staging table).
        QStringList bad;
        QStringList good;
        const auto addBad = [&] {
            Contact c =
                ws.newContact(nul ? QStringLiteral("before") + QChar(0) + QStringLiteral("after")
                                  : QStringLiteral("someone else's"));
            if (!nul)
                c.handler = QStringLiteral("Carl Other");
            QCOMPARE(ws.save(c), QString());
            bad << c.id;
        };
        addBad();
        for (int i = 0; i < 24; ++i) {
            // Each save queues the contact and its audit entry: the second bad contact is
            // entry 21, the first of the third batch of 10.
            if (i == 9)
                addBad();
            good << ws.addContact(QStringLiteral("good %1").arg(i));
        }
        const QString audits =
            ws.localValue(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'audit_log'"));
        QCOMPARE(ws.localValue(QStringLiteral("SELECT entity_id FROM outbox ORDER BY seq LIMIT 1")),
                 bad.constFirst());
        QCOMPARE(ws.localValue(
                     QStringLiteral("SELECT entity_id FROM outbox ORDER BY seq LIMIT 1 OFFSET 20")),
                 bad.constLast());

        auto pushed = ws.session->push();
        CD_VERIFY_OK(pushed);
        QCOMPARE(pushed->rejected, 2);
        QCOMPARE(ws.pending(), 0);
        QCOMPARE(
            superValue(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE origin = '%1'")
                                 .arg(ws.db->workstationId())),
            QString::number(good.size()));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT string_agg(id, ',' ORDER BY id) FROM "
                                                 "contacts WHERE id IN ('%1')")
                                      .arg(bad.join(QStringLiteral("','")))),
                 QString());
        // The audit entries of all 26 saves landed, the bad contacts' included.
        QCOMPARE(
            superValue(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE origin = '%1'")
                                 .arg(ws.db->workstationId())),
            audits);
        QCOMPARE(ws.localValue(QStringLiteral("SELECT count(*) FROM sync_rejected")),
                 QStringLiteral("2"));
        QCOMPARE(ws.localValue(QStringLiteral("SELECT group_concat(entity_id) FROM (SELECT "
                                              "entity_id FROM sync_rejected ORDER BY seq)")),
                 bad.join(QLatin1Char(',')));
        const QString reason =
            ws.localValue(QStringLiteral("SELECT reason FROM sync_rejected ORDER BY seq LIMIT 1"));
        QVERIFY2(!reason.contains(QLatin1String("does not exist")), qPrintable(reason));
        QVERIFY2(!reason.isEmpty(), "no reason kept");

        // Nothing is sent twice: the next sync has nothing to send, and the server's rows
        // keep their change numbers.
        const QString seqs = superValue(
            m_db, QStringLiteral("SELECT string_agg(server_seq::text, ',' ORDER BY id) FROM "
                                 "contacts WHERE origin = '%1'")
                      .arg(ws.db->workstationId()));
        auto again = ws.session->syncOnce();
        CD_VERIFY_OK(again);
        QCOMPARE(again->push.sent, 0);
        QCOMPARE(again->push.rejected, 0);
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT string_agg(server_seq::text, ',' ORDER "
                                                 "BY id) FROM contacts WHERE origin = '%1'")
                                      .arg(ws.db->workstationId())),
                 seqs);
        QCOMPARE(Outbox(*ws.db).refusedCount(), 2);

        // sync status lists them with the server's reason.
        int code = -1;
        const QString status =
            admin(ws.dir.path(), {QStringLiteral("sync"), QStringLiteral("status")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(status.contains(QLatin1String("Refused by the server: 2\n")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("  contacts %1: ").arg(bad.constFirst())),
                 qPrintable(status));
    }

    // A profile put back from a backup keeps its workstation id but numbers its new changes
    // from where the backup stopped, below what the server already has from it. They must
    // still reach the server, not be taken as sent and dropped from the outbox.
    void aProfileRestoredFromABackupLosesNothing()
    {
        Workstation ws(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        CD_VERIFY_OK(ws.session->syncOnce());
        ws.addContact(QStringLiteral("before the backup"));
        CD_VERIFY_OK(ws.session->push());
        const QString backup = ws.dir.filePath(QStringLiteral("backup.sqlite"));
        QSqlQuery copy(ws.db->sql());
        QVERIFY(copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
        ws.addContact(QStringLiteral("after the backup"));
        ws.addContact(QStringLiteral("after the backup"));
        CD_VERIFY_OK(ws.session->push());

        // The profile is put back from the backup, and the handler carries on.
        const QString file = Database::fileNameIn(ws.dir.path());
        ws.session.reset();
        ws.db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        QVERIFY(QFile::copy(backup, file));
        ws.db = Database::open(file, nullptr);
        QVERIFY(ws.db);
        ws.session = std::make_unique<sync::SyncSession>(*ws.db);
        ws.session->setSettings(settingsFor(m_db, m_ann));
        const QString restored = ws.addContact(QStringLiteral("after the restore"));
        auto pushed = ws.session->push();
        CD_VERIFY_OK(pushed);
        QVERIFY(pushed->sent >= 2); // the contact and its audit entry
        QCOMPARE(ws.pending(), 0);
        QCOMPARE(superValue(
                     m_db,
                     QStringLiteral("SELECT count(*) FROM contacts WHERE id = '%1'").arg(restored)),
                 QStringLiteral("1"));
        // What the server had from before the restore is still there, once.
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE notes = "
                                                 "'after the backup' AND origin = '%1'")
                                      .arg(ws.db->workstationId())),
                 QStringLiteral("2"));
        // A later change goes too.
        const QString later = ws.addContact(QStringLiteral("later"));
        CD_VERIFY_OK(ws.session->push());
        QCOMPARE(
            superValue(m_db,
                       QStringLiteral("SELECT count(*) FROM contacts WHERE id = '%1'").arg(later)),
            QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestSyncRows)
#include "tst_sync_rows.moc"
