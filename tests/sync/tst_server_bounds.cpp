// What a login cannot do to others since server schema 6, probed through SQL as each person's own
// login and by real pushes and pulls: hold up their syncs for longer than a bounded time, date a
// row far in the future, write a row a workstation cannot store or longer than a workstation's
// limits, draw the force-wide change counter, or take a name another person in its team has.
#include "pgtest.h"

#include "core/hlc.h"
#include "storage/profile.h"

#include <QFile>
#include <QTemporaryFile>

#include <chrono>
#include <future>
#include <unistd.h>

using namespace cd;
using namespace pgtest;

namespace {


const char kHlc[] = "1700000000000-000000-x";

QString contactSql(const QString &id, const QString &handler, const QString &team,
                   const QString &extraCols = {}, const QString &extraValues = {})
{
    return QStringLiteral(
               "INSERT INTO contacts (id, started_at, handler, team, channel, category, outcome, "
               "updated_hlc, origin%5) VALUES ('%1', '2026-03-01T09:00:00.000Z', '%2', '%3', "
               "'phone', 'low_level_concern', 'resolved_first_contact', '%4', 'x'%6)")
        .arg(id, handler, team, QLatin1String(kHlc), extraCols, extraValues);
}

QString auditSql(const QString &id, const QString &action, const QString &detail)
{
    return QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, "
                          "detail, updated_hlc, origin) VALUES ('%1', '2026-03-01T09:00:00Z', "
                          "'x', '%2', 'contact', '', '%3', '%4', 'x')")
        .arg(id, action, detail, QLatin1String(kHlc));
}

// Pushes one new contact from a fresh workstation of `login`, on a thread of its own. The
// future is ready when the sync has ended: "" when the contact is on the server.
std::future<QString> pushFromAnotherThread(const QString &db, const QString &login,
                                           const QString &name, const QString &team,
                                           const QString &notes)
{
    return std::async(std::launch::async, [=] {
        Workstation ws(db, login, name, team);
        ws.addContact(notes);
        const QString err = ws.sync();
        if (!err.isEmpty())
            return err;
        return ws.pending() == 0 ? QString() : QStringLiteral("the outbox is not empty");
    });
}

// Far above what a push needs while another login misbehaves (a few lock waits and the stall
// limit, shortened here to seconds), far below the test's own time limit: only there so that a
// push that is held for good fails the test instead of hanging it.
constexpr auto kBlocked = std::chrono::seconds(90);

// A database at server schema 5, as made by the program before schema 6.
QString createSchema5Database(const char *tag)
{
    static int n = 0;
    const QString name = QStringLiteral("cd_%1_%2_%3")
                             .arg(QLatin1String(tag))
                             .arg(QCoreApplication::applicationPid())
                             .arg(++n);
    if (!superExec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name))
             .isEmpty())
        return {};
    auto conn = sync::connectPg(superConninfo(name));
    if (!conn)
        return {};
    const char *scripts[] = {"001_schema", "002_row_rules", "003_identity", "004_talk_time",
                             "005_tidy"};
    int version = 0;
    for (const char *script : scripts) {
        QFile file(QStringLiteral(":/contactdesk/server/%1.sql").arg(QLatin1String(script)));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        ++version;
        const QByteArray sql = "BEGIN;\n" + file.readAll() +
                               ";\nINSERT INTO cd_schema (version) VALUES (" +
                               QByteArray::number(version) + "); COMMIT";
        PGresult *r = PQexec(conn->get(), sql.constData());
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            qWarning("%s: %s", script, PQresultErrorMessage(r));
        PQclear(r);
        if (!ok)
            return {};
    }
    return name;
}

} // namespace

class TestServerBounds : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann, m_bob, m_carl, m_hal, m_max;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("bounds");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_bob = uniqueLogin(QStringLiteral("bob"));
        m_carl = uniqueLogin(QStringLiteral("carl"));
        m_hal = uniqueLogin(QStringLiteral("hal"));
        m_max = uniqueLogin(QStringLiteral("max"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_bob, QStringLiteral("Bob South"), QStringLiteral("south")));
        QVERIFY(addUser(m_db, m_carl, QStringLiteral("Carl South"), QStringLiteral("south")));
        QVERIFY(addUser(m_db, m_hal, QStringLiteral("Hal South"), QStringLiteral("south")));
        QVERIFY(addUser(m_db, m_max, QStringLiteral("Max North"), QStringLiteral("north"),
                        QStringLiteral("manager")));
        // Seconds instead of the defaults (30 s, 10 s), so that the test does not wait long.
        // (A server without the settings fails the tests that need them, not all of them.)
        const QString err = superExec(
            m_db, QStringLiteral("UPDATE cd_settings SET value = CASE name WHEN 'stall_seconds' "
                                 "THEN 2 WHEN 'lock_wait_ms' THEN 1000 END"));
        if (!err.isEmpty())
            qWarning("no stall settings: %s", qPrintable(err));
    }

    // 1. A login that turns off its own timeouts, for its session and as its role's defaults,
    // writes a row (taking the change lock) and leaves its transaction open: another login's
    // push still lands, and the holder's session is ended.
    void aLoginHoldingTheChangeLockIdleIsEnded()
    {
        {
            Login hal(m_db, m_hal);
            for (const char *setting :
                 {"statement_timeout", "idle_in_transaction_session_timeout", "lock_timeout"})
                QCOMPARE(hal.run(QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET %3 = 0")
                                     .arg(m_hal, m_db, QLatin1String(setting))),
                         QString());
        }
        Login hal(m_db, m_hal);
        QCOMPARE(hal.value(QStringLiteral("SHOW idle_in_transaction_session_timeout")),
                 QStringLiteral("0"));
        QCOMPARE(hal.run(QStringLiteral("BEGIN")), QString());
        QCOMPARE(hal.run(auditSql(QStringLiteral("held-open"), QStringLiteral("export"),
                                  QStringLiteral("x"))),
                 QString());

        std::future<QString> push =
            pushFromAnotherThread(m_db, m_carl, QStringLiteral("Carl South"),
                                  QStringLiteral("south"), QStringLiteral("past the idle holder"));
        const bool done = push.wait_for(kBlocked) == std::future_status::ready;
        const bool ended = hal.ended();
        hal.conn.reset(); // lets a blocked push finish before the test fails
        QVERIFY2(done, "the push waited on another login's open transaction");
        QCOMPARE(push.get(), QString());
        QVERIFY2(ended, "the holder's session was not ended");
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE notes = "
                                                 "'past the idle holder'")),
                 QStringLiteral("1"));
        QCOMPARE(superValue(
                     m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE id = 'held-open'")),
                 QStringLiteral("0"));
    }

    // The same with the lock taken through the server's own function and held by a statement
    // that runs on (a sleep), timeouts off for the session.
    void aLongStatementHoldingTheChangeLockIsEnded()
    {
        Login hal(m_db, m_hal);
        QCOMPARE(hal.run(QStringLiteral("SET statement_timeout = 0")), QString());
        QCOMPARE(hal.run(QStringLiteral("BEGIN")), QString());
        QCOMPARE(hal.run(QStringLiteral("SELECT cd_change_lock()")), QString());
        QVERIFY(PQsendQuery(hal.conn.get(), "SELECT pg_sleep(600)") == 1);

        std::future<QString> push =
            pushFromAnotherThread(m_db, m_bob, QStringLiteral("Bob South"), QStringLiteral("south"),
                                  QStringLiteral("past the sleeper"));
        const bool done = push.wait_for(kBlocked) == std::future_status::ready;
        // The sleeping statement ends with the session; if it still runs, the test cancels it
        // so as not to hang (and the session is then still there).
        PQrequestCancel(hal.conn.get());
        while (PGresult *r = PQgetResult(hal.conn.get()))
            PQclear(r);
        const bool ended = PQstatus(hal.conn.get()) != CONNECTION_OK;
        hal.conn.reset();
        QVERIFY2(done, "the push waited on another login's long statement");
        QCOMPARE(push.get(), QString());
        QVERIFY2(ended, "the sleeping session was not ended");
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE notes = "
                                                 "'past the sleeper'")),
                 QStringLiteral("1"));
    }

    // No workstation role may lock a table of the shared database in a mode that holds up a
    // sync, and a push lands while a login holds every lock it may take.
    void strongTableLocksAreRefused()
    {
        const QStringList tables = {
            QStringLiteral("cd_workstations"),  QStringLiteral("contacts"),
            QStringLiteral("vehicles"),         QStringLiteral("audit_log"),
            QStringLiteral("escalations"),      QStringLiteral("escalation_events"),
            QStringLiteral("escalation_notes"), QStringLiteral("cd_conflicts"),
            QStringLiteral("cd_people"),        QStringLiteral("cd_server"),
            QStringLiteral("cd_schema"),        QStringLiteral("cd_change_order"),
            QStringLiteral("cd_settings")};
        for (const QString &who : {m_hal, m_max}) {
            Login login(m_db, who);
            for (const QString &table : tables)
                for (const char *mode : {"SHARE", "EXCLUSIVE", "ACCESS EXCLUSIVE"}) {
                    QCOMPARE(login.run(QStringLiteral("BEGIN")), QString());
                    const QString state = login.run(
                        QStringLiteral("LOCK TABLE %1 IN %2 MODE").arg(table, QLatin1String(mode)));
                    QVERIFY2(state == QLatin1String("42501"),
                             qPrintable(QStringLiteral("%1 locked %2 in %3 mode (%4)")
                                            .arg(who, table, QLatin1String(mode), state)));
                    QCOMPARE(login.run(QStringLiteral("ROLLBACK")), QString());
                }
        }
        Login hal(m_db, m_hal);
        QCOMPARE(hal.run(QStringLiteral("SET lock_timeout = 0")), QString());
        QCOMPARE(hal.run(QStringLiteral("BEGIN")), QString());
        // Each under a savepoint: a lock it may not take leaves the others held.
        for (const QString &table : tables) {
            QCOMPARE(hal.run(QStringLiteral("SAVEPOINT one")), QString());
            if (!hal.run(QStringLiteral("LOCK TABLE %1 IN ACCESS SHARE MODE").arg(table)).isEmpty())
                QCOMPARE(hal.run(QStringLiteral("ROLLBACK TO SAVEPOINT one")), QString());
        }
        QCOMPARE(hal.run(QStringLiteral("SELECT * FROM cd_workstations FOR UPDATE")), QString());

        std::future<QString> push =
            pushFromAnotherThread(m_db, m_bob, QStringLiteral("Bob South"), QStringLiteral("south"),
                                  QStringLiteral("past the locker"));
        const bool done = push.wait_for(kBlocked) == std::future_status::ready;
        hal.conn.reset();
        QVERIFY2(done, "the push waited on another login's table locks");
        QCOMPARE(push.get(), QString());
    }

    // 2. The server refuses an HLC far ahead of its clock, in any synced table and in an
    // escalation's per-field HLCs; its clamp keeps the node of an HLC with a wide counter.
    void aFarFutureHlcIsRefused()
    {
        Login ann(m_db, m_ann);
        QCOMPARE(ann.run(QStringLiteral(
                     "INSERT INTO contacts (id, started_at, handler, team, channel, category, "
                     "outcome, updated_hlc, origin) VALUES ('future', '2026-03-01T09:00:00Z', "
                     "'Ann North', 'north', 'phone', 'low_level_concern', "
                     "'resolved_first_contact', '9999999999999-000000-x', 'x')")),
                 QStringLiteral("23514"));
        QCOMPARE(ann.run(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, "
                                        "updated_hlc, origin) VALUES ('future', "
                                        "'2026-03-01T09:00:00Z', 'x', 'export', 'contact', "
                                        "'9999999999999-000000-x', 'x')")),
                 QStringLiteral("23514"));
        // The merge clamps to the time the caller gives; a caller giving a far one is refused.
        QCOMPARE(ann.run(QStringLiteral(
                     "SELECT cd_push_escalation('{\"id\":\"efuture\",\"team\":\"north\","
                     "\"updated_hlc\":\"9999999999999-000000-x\",\"origin\":\"x\","
                     "\"contact_id\":\"c-1\",\"type\":\"callback\",\"form_version\":1,"
                     "\"fields.note\":\"\",\"status\":\"submitted\",\"owner\":\"Ann North\","
                     "\"receiving_team\":\"\",\"raised_on\":\"2026-03-01\",\"created_at\":"
                     "\"2026-03-01T09:00:00Z\",\"updated_at\":\"2026-03-01T09:00:00Z\"}', "
                     "'{status}', 0, 9999999999999)")),
                 QStringLiteral("23514"));
        QCOMPARE(ann.value(QStringLiteral("SELECT cd_clamp_hlc('9999999999999-1234567-ws-9', "
                                          "1700000000000)")),
                 QStringLiteral("1700000000000-000000-ws-9"));
        // A time a minute ahead (a workstation's clock) is taken.
        QCOMPARE(ann.run(contactSql(QStringLiteral("soon"), QStringLiteral("Ann North"),
                                    QStringLiteral("north"))
                             .replace(QLatin1String(kHlc),
                                      QString::number(QDateTime::currentMSecsSinceEpoch() + 60000) +
                                          QStringLiteral("-000000-x"))),
                 QString());
    }

    // 3. Every kind of row the server takes, a workstation can store: rows written by a login
    // with plain SQL, as plain as the server allows, pulled into a workstation of its team.
    void everyRowTheServerTakesIsStored()
    {
        struct Candidate
        {
            QString table;
            QString id;
            QString sql;
        };
        const QList<Candidate> candidates = {
            {QStringLiteral("contacts"), QStringLiteral("k-min"),
             contactSql(QStringLiteral("k-min"), QStringLiteral("Ann North"),
                        QStringLiteral("north"))},
            {QStringLiteral("contacts"), QStringLiteral("k-ended-empty"),
             contactSql(QStringLiteral("k-ended-empty"), QStringLiteral("Ann North"),
                        QStringLiteral("north"), QStringLiteral(", ended_at"),
                        QStringLiteral(", ''"))},
            {QStringLiteral("escalations"), QStringLiteral("k-e-noform"),
             QStringLiteral("INSERT INTO escalations (id, team, fields, updated_hlc, origin) "
                            "VALUES ('k-e-noform', 'north', '{\"contact_id\": \"\", \"type\": "
                            "\"callback\", \"form_version\": 1, \"status\": \"draft\", "
                            "\"owner\": \"Ann North\", \"receiving_team\": \"\", \"raised_on\": "
                            "\"2026-03-02\", \"created_at\": \"2026-03-02T10:00:00Z\", "
                            "\"updated_at\": \"2026-03-02T10:00:00Z\"}', '%1', 'x')")
                 .arg(QLatin1String(kHlc))},
            {QStringLiteral("escalations"), QStringLiteral("k-e-plainfields"),
             QStringLiteral("INSERT INTO escalations (id, team, fields, updated_hlc, origin) "
                            "VALUES ('k-e-plainfields', 'north', '{\"contact_id\": \"\", "
                            "\"type\": \"callback\", \"form_version\": 1, \"fields\": 7, "
                            "\"status\": \"draft\", \"owner\": \"Ann North\", "
                            "\"receiving_team\": \"\", \"raised_on\": \"2026-03-02\", "
                            "\"created_at\": \"2026-03-02T10:00:00Z\", \"updated_at\": "
                            "\"2026-03-02T10:00:00Z\"}', '%1', 'x')")
                 .arg(QLatin1String(kHlc))},
            {QStringLiteral("escalations"), QStringLiteral("k-e-ok"),
             QStringLiteral("INSERT INTO escalations (id, team, fields, updated_hlc, origin) "
                            "VALUES ('k-e-ok', 'north', '{\"contact_id\": \"\", \"type\": "
                            "\"callback\", \"form_version\": 1, \"fields.\": null, \"status\": "
                            "\"draft\", \"owner\": \"Ann North\", \"receiving_team\": \"\", "
                            "\"raised_on\": \"2026-03-02\", \"created_at\": "
                            "\"2026-03-02T10:00:00Z\", \"updated_at\": "
                            "\"2026-03-02T10:00:00Z\"}', '%1', 'x')")
                 .arg(QLatin1String(kHlc))},
            {QStringLiteral("escalation_events"), QStringLiteral("k-ev"),
             QStringLiteral("INSERT INTO escalation_events (id, escalation_id, to_status, actor, "
                            "at, updated_hlc, origin) VALUES ('k-ev', 'k-e-ok', 'submitted', "
                            "'x', '2026-03-02T10:00:00Z', '%1', 'x')")
                 .arg(QLatin1String(kHlc))},
            {QStringLiteral("escalation_notes"), QStringLiteral("k-note"),
             QStringLiteral("INSERT INTO escalation_notes (id, escalation_id, author, at, body, "
                            "updated_hlc, origin) VALUES ('k-note', 'k-e-ok', 'x', "
                            "'2026-03-02T10:00:00Z', '', '%1', 'x')")
                 .arg(QLatin1String(kHlc))},
            {QStringLiteral("vehicles"), QStringLiteral("k-v"),
             QStringLiteral("INSERT INTO vehicles (id, reference, vrm, seized_at, power, status, "
                            "weight_class, condition, position, imported_at, updated_hlc, "
                            "origin) VALUES ('k-v', 'REF-k-v', 'AB12CDE', "
                            "'2026-01-01T10:00:00Z', 's165a', 'held', 'upto_3_5t', "
                            "'upright_undamaged', 'on_road', '2026-01-02T10:00:00+01:00', '%1', "
                            "'x')")
                 .arg(QLatin1String(kHlc))},
        };
        QStringList taken;
        for (const Candidate &c : candidates) {
            Login login(m_db, c.table == QLatin1String("vehicles") ? m_max : m_ann);
            const QString state = login.run(c.sql);
            if (state.isEmpty())
                taken.append(c.id);
            else
                QVERIFY2(state.startsWith(QLatin1String("23")) ||
                             state.startsWith(QLatin1String("22")),
                         qPrintable(c.id + QStringLiteral(": ") + state));
        }
        QVERIFY(taken.contains(QStringLiteral("k-min")));
        QVERIFY(taken.contains(QStringLiteral("k-e-ok")));

        Workstation ws(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        QCOMPARE(ws.sync(), QString());
        QCOMPARE(ws.localValue(QStringLiteral("SELECT coalesce(group_concat(entity || ':' || "
                                              "entity_id || ' ' || reason, ' | '), '') FROM "
                                              "sync_set_aside")),
                 QString());
        for (const Candidate &c : candidates)
            if (taken.contains(c.id))
                QVERIFY2(ws.localValue(QStringLiteral("SELECT count(*) FROM %1 WHERE id = '%2'")
                                           .arg(c.table, c.id)) == QLatin1String("1"),
                         qPrintable(c.id + QStringLiteral(" was taken but not stored")));
    }

    // 4. The server's limits are the workstation's: what an import or the Desk refuses, the
    // server refuses too.
    void limitsAreTheWorkstations_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("state");
        const QString code64 = QString(64, QLatin1Char('c'));
        const QString code65 = QString(65, QLatin1Char('c'));
        const auto contact = [this](const QString &id, const QString &col, const QString &value) {
            return contactSql(id, QStringLiteral("Ann North"), QStringLiteral("north"),
                              QStringLiteral(", ") + col, QStringLiteral(", '") + value + '\'');
        };
        QTest::newRow("reason of 64")
            << contact(QStringLiteral("l1"), QStringLiteral("reason"), code64) << "";
        QTest::newRow("reason of 65")
            << contact(QStringLiteral("l2"), QStringLiteral("reason"), code65) << "23514";
        QTest::newRow("phone of 41")
            << contact(QStringLiteral("l3"), QStringLiteral("caller_phone"),
                       QString(41, QLatin1Char('1')))
            << "23514";
        QTest::newRow("email of 255")
            << contact(QStringLiteral("l4"), QStringLiteral("caller_email"),
                       QString(243, QLatin1Char('a')) + QStringLiteral("@example.com"))
            << "23514";
        QTest::newRow("email of 254")
            << contact(QStringLiteral("l5"), QStringLiteral("caller_email"),
                       QString(242, QLatin1Char('a')) + QStringLiteral("@example.com"))
            << "";
        QTest::newRow("hour 24") << QString(contactSql(QStringLiteral("l6"),
                                                       QStringLiteral("Ann North"),
                                                       QStringLiteral("north")))
                                        .replace(QStringLiteral("2026-03-01T09:00:00.000Z"),
                                                 QStringLiteral("2026-03-01T24:00:00Z"))
                                 << "23514";
        QTest::newRow("year 0001")
            << QString(contactSql(QStringLiteral("l7"), QStringLiteral("Ann North"),
                                  QStringLiteral("north")))
                   .replace(QStringLiteral("2026-03-01T09:00:00.000Z"),
                            QStringLiteral("0001-03-01T09:00:00Z"))
            << "23514";
        QTest::newRow("ended before it started")
            << contact(QStringLiteral("l8"), QStringLiteral("ended_at"),
                       QStringLiteral("2026-03-01T08:59:59.000Z"))
            << "23514";
        QTest::newRow("ended when it started")
            << contact(QStringLiteral("l9"), QStringLiteral("ended_at"),
                       QStringLiteral("2026-03-01T09:00:00.000Z"))
            << "";
        QTest::newRow("audit action of 65")
            << auditSql(QStringLiteral("l10"), code65, QStringLiteral("x")) << "23514";
        QTest::newRow("audit detail of 20001")
            << auditSql(QStringLiteral("l11"), QStringLiteral("export"),
                        QString(20001, QLatin1Char('d')))
            << "23514";
        QTest::newRow("audit entry within limits")
            << auditSql(QStringLiteral("l12"), QStringLiteral("export"), QStringLiteral("ok"))
            << "";
    }

    void limitsAreTheWorkstations()
    {
        QFETCH(QString, sql);
        QFETCH(QString, state);
        Login ann(m_db, m_ann);
        QCOMPARE(ann.run(sql), state);
    }

    // 5. The change counter is the server's: no workstation role draws or reads it.
    void theChangeCounterIsOutOfReach()
    {
        Login bob(m_db, m_bob);
        QCOMPARE(bob.run(QStringLiteral("SELECT nextval('cd_change_seq')")),
                 QStringLiteral("42501"));
        QCOMPARE(bob.run(QStringLiteral("SELECT nextval('cd_conflicts_id_seq')")),
                 QStringLiteral("42501"));
        QCOMPARE(bob.run(QStringLiteral("SELECT last_value FROM cd_change_seq")),
                 QStringLiteral("42501"));
        QCOMPARE(bob.run(QStringLiteral("SELECT cd_end_stalls()")), QString());
        QCOMPARE(bob.run(QStringLiteral("SELECT * FROM cd_settings")), QStringLiteral("42501"));
        // Writes still draw their numbers.
        QCOMPARE(bob.run(contactSql(QStringLiteral("numbered"), QStringLiteral("Bob South"),
                                    QStringLiteral("south"))),
                 QString());
        QVERIFY(superValue(m_db, QStringLiteral("SELECT server_seq FROM contacts WHERE id = "
                                                "'numbered'"))
                    .toLongLong() > 0);
    }

    // 6. add-user takes no second person of the same name in a team, however it is spelt.
    void addUserComparesNamesAsPeopleReadThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("team");
        QTest::newRow("double space") << "Ann  North"
                                      << "north";
        QTest::newRow("capitals") << "ANN NORTH"
                                  << "north";
        QTest::newRow("team in capitals") << "ann north"
                                          << "NORTH";
        QTest::newRow("full-width letters") << QString::fromUtf8("\xef\xbc\xa1nn North") << "north";
        QTest::newRow("no-break space") << QString::fromUtf8("Ann\xc2\xa0North") << "north";
    }

    void addUserComparesNamesAsPeopleReadThem()
    {
        QFETCH(QString, name);
        QFETCH(QString, team);
        const QString login = uniqueLogin(QStringLiteral("twin"));
        Status s = sync::addUser(superConninfo(m_db),
                                 {name, login, team, QStringLiteral("handler"), QString()});
        QVERIFY2(!s, "a second Ann North was added");
        QCOMPARE(s.error().code, QStringLiteral("duplicate_name"));
        QVERIFY2(s.errorMessage().contains(QLatin1String("Ann North")),
                 qPrintable(s.errorMessage()));
        QCOMPARE(
            superValue(
                m_db,
                QStringLiteral("SELECT count(*) FROM cd_people WHERE login = '%1'").arg(login)),
            QStringLiteral("0"));
    }

    // 7. A profile under another name than the server has for the login: the sync says which
    // name the server expects and sends nothing (nothing is set aside as refused).
    void aProfileUnderAnotherNameIsToldTheServersName()
    {
        Workstation ws(m_db, m_ann, QStringLiteral("Ann Nort"), QStringLiteral("north"));
        CD_VERIFY_OK(ProfileStore(*ws.db).save(
            HandlerProfile{QStringLiteral("Ann Nort"), Role::Handler, QStringLiteral("north")}));
        ws.addContact(QStringLiteral("typed under the wrong name"));
        const int waiting = ws.pending();
        QVERIFY(waiting > 0);
        const QString err = ws.sync();
        QVERIFY2(err.contains(QLatin1String("\"Ann North\"")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("\"Ann Nort\"")), qPrintable(err));
        QCOMPARE(ws.pending(), waiting);
        QCOMPARE(ws.count(QStringLiteral("sync_rejected")), 0);
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE notes = "
                                                 "'typed under the wrong name'")),
                 QStringLiteral("0"));
    }

    // 8. A push says nothing on the terminal: no "relation ... already exists, skipping" for
    // every staging table on every push.
    void aPushIsQuiet()
    {
        Workstation ws(m_db, m_carl, QStringLiteral("Carl South"), QStringLiteral("south"));
        ws.addContact(QStringLiteral("first quiet"));
        QCOMPARE(ws.sync(), QString());
        QTemporaryFile capture;
        QVERIFY(capture.open());
        fflush(stderr);
        const int saved = dup(STDERR_FILENO);
        QVERIFY(saved >= 0);
        QVERIFY(dup2(capture.handle(), STDERR_FILENO) >= 0);
        ws.addContact(QStringLiteral("second quiet"));
        const QString err = ws.sync();
        ws.addContact(QStringLiteral("third quiet"));
        const QString err2 = ws.sync();
        fflush(stderr);
        dup2(saved, STDERR_FILENO);
        ::close(saved);
        QCOMPARE(err, QString());
        QCOMPARE(err2, QString());
        capture.seek(0);
        const QByteArray said = capture.readAll();
        QVERIFY2(!said.contains("already exists"), said.constData());
        QVERIFY2(!said.contains("NOTICE"), said.constData());
    }

    // Schema 6 goes onto a live schema 5 server whose tables hold rows it would now refuse; the
    // rows stay, and workstations go on pushing and pulling.
    void upgradeFromSchema5WithRowsPresent()
    {
        const QString db = createSchema5Database("bounds_up");
        QVERIFY(!db.isEmpty());
        const QString ann = uniqueLogin(QStringLiteral("ann"));
        QVERIFY(addUser(db, ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        {
            Login login(db, ann);
            QCOMPARE(
                login.run(contactSql(QStringLiteral("old-long-code"), QStringLiteral("Ann North"),
                                     QStringLiteral("north"), QStringLiteral(", reason"),
                                     QStringLiteral(", '") + QString(80, QLatin1Char('r')) +
                                         QStringLiteral("'"))),
                QString());
            QCOMPARE(login.run(contactSql(QStringLiteral("old-future"), QStringLiteral("Ann North"),
                                          QStringLiteral("north"))
                                   .replace(QLatin1String(kHlc),
                                            QStringLiteral("9999999999999-000000-x"))),
                     QString());
            QCOMPARE(login.run(auditSql(QStringLiteral("old-audit"), QString(80, QLatin1Char('a')),
                                        QStringLiteral("x"))),
                     QString());
        }
        Workstation ws(db, ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        ws.addContact(QStringLiteral("before the upgrade"));
        QCOMPARE(ws.sync(), QString());
        // The row dated in the year 2286 came down with the pull, but the workstation's clock
        // moved five minutes past the server's at most: its next changes are dated now.
        QCOMPARE(ws.localValue(QStringLiteral("SELECT count(*) FROM contacts WHERE id = "
                                              "'old-future'")),
                 QStringLiteral("1"));
        QVERIFY2(ws.db->hlc().last().ms <
                     QDateTime::currentMSecsSinceEpoch() + kMaxRemoteLeadMs + 60000,
                 qPrintable(ws.db->hlc().last().toString()));
        QVERIFY(ws.db->hlc().now().toString().startsWith(QLatin1Char('1')));

        auto up = sync::initServer(superConninfo(db));
        CD_VERIFY_OK(up);
        QCOMPARE(up->fromVersion, 5);
        QCOMPARE(up->toVersion, sync::latestServerSchemaVersion());
        QVERIFY(up->toVersion >= 6);
        QCOMPARE(superValue(db, QStringLiteral("SELECT count(*) FROM contacts WHERE id LIKE "
                                               "'old-%'")),
                 QStringLiteral("2"));
        ws.addContact(QStringLiteral("after the upgrade"));
        QCOMPARE(ws.sync(), QString());
        QCOMPARE(ws.pending(), 0);
        QCOMPARE(superValue(db, QStringLiteral("SELECT count(*) FROM contacts WHERE notes = "
                                               "'after the upgrade'")),
                 QStringLiteral("1"));
        // An update of an old row must meet the new rules.
        Login login(db, ann);
        QCOMPARE(login.run(QStringLiteral("UPDATE contacts SET notes = 'x' WHERE id = "
                                          "'old-long-code'")),
                 QStringLiteral("23514"));
        QCOMPARE(login.run(QStringLiteral("SELECT nextval('cd_change_seq')")),
                 QStringLiteral("42501"));
    }
};

QTEST_GUILESS_MAIN(TestServerBounds)
#include "tst_server_bounds.moc"
