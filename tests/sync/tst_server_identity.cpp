// Identity is the login, and no login can stall anyone else's sync (server schema 3): probed
// through SQL as each person's own login, and by real pushes while another login misbehaves.
#include "pgtest.h"

#include <QFile>
#include <QProcess>

#include <chrono>
#include <future>
#include <sys/select.h>

using namespace cd;
using namespace pgtest;

namespace {


QString insertContact(const QString &id, const QString &handler, const QString &team,
                      const QString &origin = QStringLiteral("x"))
{
    return QStringLiteral(
               "INSERT INTO contacts (id, started_at, handler, team, channel, category, outcome, "
               "notes, updated_hlc, origin) VALUES ('%1', '2026-03-01T09:00:00Z', '%2', '%3', "
               "'phone', 'low_level_concern', 'resolved_first_contact', 'original', "
               "'1700000000000-000000-x', '%4')")
        .arg(id, handler, team, origin);
}

QString auditRow(const QString &id, const QString &actor)
{
    return QStringLiteral(
               "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, "
               "updated_hlc, origin) VALUES ('%1', '2026-03-01T09:00:00Z', '%2', 'export', "
               "'contact', '', '9999 contacts', '1700000000000-000000-x', 'x')")
        .arg(id, actor);
}

// A whole escalation as a workstation pushes it, every form field set.
QString escalation(const QString &id, const QString &team, const QString &status,
                   const QString &hlc)
{
    return QStringLiteral("SELECT cd_push_escalation('{\"id\":\"%1\",\"team\":\"%2\","
                          "\"updated_hlc\":\"%4\",\"origin\":\"x\",\"contact_id\":\"c-1\","
                          "\"type\":\"callback\",\"form_version\":1,\"fields.note\":\"\","
                          "\"status\":\"%3\","
                          "\"owner\":\"Bob South\",\"receiving_team\":\"\",\"raised_on\":"
                          "\"2026-03-01\",\"created_at\":\"2026-03-01T09:00:00Z\",\"updated_at\":"
                          "\"2026-03-01T09:00:00Z\"}', '{status}', 0, 1800000000000)")
        .arg(id, team, status, hlc);
}

// Runs several statements at once as the superuser; returns the error message or "".
QString superScript(const QString &db, const QByteArray &sql)
{
    auto conn = sync::connectPg(superConninfo(db));
    if (!conn)
        return conn.errorMessage();
    PGresult *r = PQexec(conn->get(), sql.constData());
    const QString err = PQresultStatus(r) == PGRES_COMMAND_OK
                            ? QString()
                            : QString::fromUtf8(PQresultErrorMessage(r));
    PQclear(r);
    return err;
}

// A database at server schema 1, as made by a program before schema 3.
QString createSchema1Database(const char *tag)
{
    static int n = 0;
    const QString name = QStringLiteral("cd_%1_%2_%3")
                             .arg(QLatin1String(tag))
                             .arg(QCoreApplication::applicationPid())
                             .arg(++n);
    if (!superExec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name))
             .isEmpty())
        return {};
    QFile file(QStringLiteral(":/contactdesk/server/001_schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString err =
        superScript(name, "BEGIN;\n" + file.readAll() +
                              ";\nINSERT INTO cd_schema (version) VALUES (1); COMMIT");
    if (!err.isEmpty()) {
        qWarning("schema 1: %s", qPrintable(err));
        return {};
    }
    return name;
}

// A person's login made the way schema 1 allowed: the same display name as someone else's.
QString addNamesake(const QString &db, const QString &login, const QString &name,
                    const QString &team)
{
    return superScript(db, QStringLiteral("CREATE ROLE %1 LOGIN; GRANT cd_handler TO %1; "
                                          "INSERT INTO cd_people (login, display_name, team, "
                                          "role) VALUES ('%1', '%2', '%3', 'handler')")
                               .arg(login, name, team)
                               .toUtf8());
}

// Pushes one new contact from a fresh workstation of `login`, on a thread of its own (the
// workstation's connections live there). The future is ready when the sync has ended.
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

// How long a push may take at most while another login misbehaves before the test calls it
// blocked: far above any real push of one contact, far below the test's own time limit.
constexpr auto kBlocked = std::chrono::seconds(60);

} // namespace

class TestServerIdentity : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann, m_bob, m_carl, m_dan;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("identity");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_bob = uniqueLogin(QStringLiteral("bob"));
        m_carl = uniqueLogin(QStringLiteral("carl"));
        m_dan = uniqueLogin(QStringLiteral("dan"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_bob, QStringLiteral("Bob South"), QStringLiteral("south")));
        QVERIFY(addUser(m_db, m_carl, QStringLiteral("Carl South"), QStringLiteral("south")));
        QVERIFY(addUser(m_db, m_dan, QStringLiteral("Dan South"), QStringLiteral("south")));
    }

    // A server made before schema 3 with two logins of one name in one team: after the upgrade
    // the second cannot change the first one's contact, and nothing the workstations have moves.
    void sameNameCannotWriteTheOthersContact()
    {
        const QString db = createSchema1Database("namesake");
        QVERIFY(!db.isEmpty());
        const QString first = uniqueLogin(QStringLiteral("ann"));
        const QString second = uniqueLogin(QStringLiteral("ann"));
        QCOMPARE(addNamesake(db, first, QStringLiteral("Ann North"), QStringLiteral("north")),
                 QString());
        QCOMPARE(addNamesake(db, second, QStringLiteral("Ann North"), QStringLiteral("north")),
                 QString());
        {
            Login ann(db, first);
            QCOMPARE(ann.run(insertContact(QStringLiteral("c1"), QStringLiteral("Ann North"),
                                           QStringLiteral("north"))),
                     QString());
            QCOMPARE(ann.run(auditRow(QStringLiteral("a1"), QStringLiteral("Ann North"))),
                     QString());
        }
        const QString seqBefore =
            superValue(db, QStringLiteral("SELECT server_seq FROM contacts WHERE id = 'c1'"));

        auto upgraded = sync::initServer(superConninfo(db));
        CD_VERIFY_OK(upgraded);
        QCOMPARE(upgraded->fromVersion, 1);
        QCOMPARE(upgraded->toVersion, sync::latestServerSchemaVersion());
        Login namesake(db, second);
        QCOMPARE(namesake.affected(QStringLiteral("UPDATE contacts SET notes = 'changed' WHERE "
                                                  "id = 'c1'")),
                 0);
        QCOMPARE(namesake.run(insertContact(QStringLiteral("c1"), QStringLiteral("Ann North"),
                                            QStringLiteral("north")) +
                              QStringLiteral(" ON CONFLICT (id) DO UPDATE SET notes = 'changed'")),
                 QStringLiteral("42501"));
        QCOMPARE(superValue(db, QStringLiteral("SELECT notes FROM contacts WHERE id = 'c1'")),
                 QStringLiteral("original"));
        // The contact is the first login's; the upgrade drew no new change numbers.
        QCOMPARE(
            superValue(db, QStringLiteral("SELECT handler_login FROM contacts WHERE id = 'c1'")),
            first);
        QCOMPARE(superValue(db, QStringLiteral("SELECT server_seq FROM contacts WHERE id = 'c1'")),
                 seqBefore);
        QCOMPARE(
            superValue(db, QStringLiteral("SELECT actor_login FROM audit_log WHERE id = 'a1'")),
            first);

        // Their own contacts they write as before, and the first still writes theirs.
        QCOMPARE(namesake.run(insertContact(QStringLiteral("c2"), QStringLiteral("Ann North"),
                                            QStringLiteral("north"))),
                 QString());
        QCOMPARE(
            superValue(db, QStringLiteral("SELECT handler_login FROM contacts WHERE id = 'c2'")),
            second);
        Login ann(db, first);
        QCOMPARE(ann.affected(QStringLiteral("UPDATE contacts SET notes = 'mine' WHERE id = 'c1'")),
                 1);
        QCOMPARE(ann.affected(QStringLiteral("UPDATE contacts SET notes = 'mine' WHERE id = 'c2'")),
                 0);
        // The upgrade gave the existing logins their timeouts.
        QCOMPARE(ann.value(QStringLiteral("SHOW idle_in_transaction_session_timeout")),
                 QStringLiteral("1min"));
    }

    void handlerLoginComesFromTheServer()
    {
        Login bob(m_db, m_bob);
        QCOMPARE(bob.run(QStringLiteral("INSERT INTO contacts (id, started_at, handler, "
                                        "handler_login, team, channel, category, outcome, "
                                        "updated_hlc, origin) VALUES ('h1', "
                                        "'2026-03-01T09:00:00Z', 'Bob South', '%1', 'south', "
                                        "'phone', 'low_level_concern', 'resolved_first_contact', "
                                        "'1700000000000-000000-x', 'x')")
                             .arg(m_carl)),
                 QStringLiteral("42501"));
        QCOMPARE(bob.run(insertContact(QStringLiteral("h2"), QStringLiteral("Bob South"),
                                       QStringLiteral("south"))),
                 QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT handler || ' ' || handler_login FROM "
                                                 "contacts WHERE id = 'h2'")),
                 QStringLiteral("Bob South ") + m_bob);
        QCOMPARE(bob.run(QStringLiteral("UPDATE contacts SET handler_login = '%1' WHERE id = 'h2'")
                             .arg(m_carl)),
                 QStringLiteral("42501"));
        QCOMPARE(bob.run(QStringLiteral("UPDATE contacts SET handler = 'Carl South' WHERE id = "
                                        "'h2'")),
                 QStringLiteral("42501"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT handler || ' ' || handler_login FROM "
                                                 "contacts WHERE id = 'h2'")),
                 QStringLiteral("Bob South ") + m_bob);
    }

    void addUserRefusesADuplicateName()
    {
        const QString login = uniqueLogin(QStringLiteral("ann"));
        Status s = sync::addUser(superConninfo(m_db), {QStringLiteral(" ann north "),
                                                       login,
                                                       QStringLiteral("north"),
                                                       QStringLiteral("handler"),
                                                       {}});
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("duplicate_name"));
        QVERIFY2(s.errorMessage().contains(m_ann), qPrintable(s.errorMessage()));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM cd_people WHERE login = "
                                                 "'%1'")
                                      .arg(login)),
                 QStringLiteral("0"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = "
                                                 "'%1'")
                                      .arg(login)),
                 QStringLiteral("0"));

        // The command line says so and fails; the same name in another team is someone else.
        QProcess p;
        p.start(QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin"),
                {QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--conninfo"),
                 superConninfo(m_db), QStringLiteral("--name"), QStringLiteral("Bob South"),
                 QStringLiteral("--login"), login, QStringLiteral("--team"),
                 QStringLiteral("south"), QStringLiteral("--role"), QStringLiteral("handler")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("Bob South")) && err.contains(m_bob), qPrintable(err));
        QVERIFY(addUser(m_db, login, QStringLiteral("Bob South"), QStringLiteral("west")));
        // `server upgrade` is init by its other name: nothing to do on a database at the latest.
        QProcess upgrade;
        upgrade.start(QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin"),
                      {QStringLiteral("server"), QStringLiteral("upgrade"),
                       QStringLiteral("--conninfo"), superConninfo(m_db)});
        QVERIFY(upgrade.waitForFinished(60000));
        QCOMPARE(upgrade.exitCode(), 0);
        QVERIFY(QString::fromUtf8(upgrade.readAllStandardOutput())
                    .contains(QLatin1String("already at schema")));
        // Adding a person again under their own name changes nothing about names.
        QVERIFY(addUser(m_db, m_bob, QStringLiteral("Bob South"), QStringLiteral("south")));
    }

    void everyLoginHasTimeouts()
    {
        Login dan(m_db, m_dan);
        QCOMPARE(dan.value(QStringLiteral("SHOW idle_in_transaction_session_timeout")),
                 QStringLiteral("1min"));
        QCOMPARE(dan.value(QStringLiteral("SHOW lock_timeout")), QStringLiteral("2min"));
        QCOMPARE(dan.value(QStringLiteral("SHOW statement_timeout")), QStringLiteral("5min"));
    }

    void aWorkstationCannotTakeTheChangeLock()
    {
        Login bob(m_db, m_bob);
        QCOMPARE(bob.run(QStringLiteral("BEGIN")), QString());
        QCOMPARE(bob.run(QStringLiteral("LOCK TABLE cd_change_order IN EXCLUSIVE MODE")),
                 QStringLiteral("42501"));
        QCOMPARE(bob.run(QStringLiteral("ROLLBACK")), QString());
        QCOMPARE(bob.run(QStringLiteral("SELECT cd_take_change_lock()")), QStringLiteral("0A000"));
    }

    void anAdvisoryLockDoesNotStallAPush()
    {
        Login bob(m_db, m_bob);
        QCOMPARE(bob.value(QStringLiteral("SELECT pg_advisory_lock(7415268301)")), QString());
        // and another session of the same login sits in an open transaction that read contacts
        Login bob2(m_db, m_bob);
        QCOMPARE(bob2.run(QStringLiteral("BEGIN")), QString());
        QCOMPARE(bob2.run(QStringLiteral("SELECT count(*) FROM contacts")), QString());

        std::future<QString> push =
            pushFromAnotherThread(m_db, m_carl, QStringLiteral("Carl South"),
                                  QStringLiteral("south"), QStringLiteral("pushed past the lock"));
        const bool done = push.wait_for(kBlocked) == std::future_status::ready;
        bob.conn.reset(); // lets a blocked push finish before the test fails
        bob2.conn.reset();
        QVERIFY2(done, "the push waited on another login's lock");
        QCOMPARE(push.get(), QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT handler_login FROM contacts WHERE notes "
                                                 "= 'pushed past the lock'")),
                 m_carl);
    }

    // A login that writes and then leaves its transaction open holds the change lock: the server
    // ends that session after the idle timeout (shortened here for the test's login), and the
    // other push then goes through.
    void anAbandonedTransactionIsEndedByTheServer()
    {
        const QString idle = uniqueLogin(QStringLiteral("idle"));
        QVERIFY(addUser(m_db, idle, QStringLiteral("Ida South"), QStringLiteral("south")));
        QCOMPARE(
            Login(m_db, idle).value(QStringLiteral("SHOW idle_in_transaction_session_timeout")),
            QStringLiteral("1min"));
        QCOMPARE(superExec(m_db, QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET "
                                                "idle_in_transaction_session_timeout = '2s'")
                                     .arg(idle, m_db)),
                 QString());
        Login ida(m_db, idle);
        QCOMPARE(ida.run(QStringLiteral("BEGIN")), QString());
        QCOMPARE(ida.run(auditRow(QStringLiteral("left-open"), QStringLiteral("Ida South"))),
                 QString());

        std::future<QString> push =
            pushFromAnotherThread(m_db, m_dan, QStringLiteral("Dan South"), QStringLiteral("south"),
                                  QStringLiteral("pushed after the idle one"));
        const bool done = push.wait_for(kBlocked) == std::future_status::ready;
        ida.run(QStringLiteral("COMMIT"));
        const bool ended = PQstatus(ida.conn.get()) != CONNECTION_OK;
        ida.conn.reset();
        QVERIFY2(done, "the push waited on an abandoned transaction");
        QCOMPARE(push.get(), QString());
        QVERIFY2(ended, "the idle transaction was still open");
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE id = "
                                                 "'left-open'")),
                 QStringLiteral("0"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE notes = "
                                                 "'pushed after the idle one'")),
                 QStringLiteral("1"));
    }

    void onlyTheServerRaisesTheSyncNotification()
    {
        Login bob(m_db, m_bob);
        QCOMPARE(bob.run(QStringLiteral("SELECT pg_notify('cd_changes', 'forged')")),
                 QStringLiteral("42501"));

        // The server's own notification still reaches a listening workstation.
        Login listener(m_db, m_dan);
        QCOMPARE(listener.run(QStringLiteral("LISTEN cd_changes")), QString());
        QCOMPARE(bob.run(insertContact(QStringLiteral("n1"), QStringLiteral("Bob South"),
                                       QStringLiteral("south"))),
                 QString());
        bool notified = false;
        for (int i = 0; i < 100 && !notified; ++i) {
            PQconsumeInput(listener.conn.get());
            while (PGnotify *n = PQnotifies(listener.conn.get())) {
                notified = notified || QByteArray(n->relname) == "cd_changes";
                PQfreemem(n);
            }
            if (!notified) {
                const int fd = PQsocket(listener.conn.get());
                fd_set set;
                FD_ZERO(&set);
                FD_SET(fd, &set);
                timeval tv{0, 100000};
                select(fd + 1, &set, nullptr, nullptr, &tv);
            }
        }
        QVERIFY(notified);
    }

    void actorsAreTheWritersLogin()
    {
        Login bob(m_db, m_bob);
        QCOMPARE(bob.run(auditRow(QStringLiteral("forged"), QStringLiteral("Carl South"))),
                 QString());
        QCOMPARE(
            superValue(m_db, QStringLiteral("SELECT actor FROM audit_log WHERE id = 'forged'")),
            QStringLiteral("Bob South"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT actor || ' ' || actor_login || ' ' || "
                                                 "pushed_by FROM audit_log WHERE id = 'forged'")),
                 QStringLiteral("Bob South %1 %1").arg(m_bob));

        QCOMPARE(bob.run(escalation(QStringLiteral("e1"), QStringLiteral("south"),
                                    QStringLiteral("submitted"),
                                    QStringLiteral("1700000000000-000000-b"))),
                 QString());
        QCOMPARE(bob.run(QStringLiteral(
                     "INSERT INTO escalation_events (id, escalation_id, to_status, actor, at, "
                     "updated_hlc, origin) VALUES ('ev1', 'e1', 'closed', 'Carl South', "
                     "'2026-03-01T09:00:00Z', '1700000000000-000000-x', 'x')")),
                 QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT actor || ' ' || actor_login FROM "
                                                 "escalation_events WHERE id = 'ev1'")),
                 QStringLiteral("Bob South ") + m_bob);
        QCOMPARE(
            bob.run(QStringLiteral(
                "INSERT INTO escalation_notes (id, escalation_id, author, at, body, "
                "updated_hlc, origin) VALUES ('no1', 'e1', 'Carl South', '2026-03-01T09:00:00Z', "
                "'note', '1700000000000-000000-x', 'x')")),
            QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT author || ' ' || author_login FROM "
                                                 "escalation_notes WHERE id = 'no1'")),
                 QStringLiteral("Bob South ") + m_bob);

        // A conflict record naming someone else as the loser records the writer.
        QCOMPARE(
            bob.run(QStringLiteral(
                        "INSERT INTO cd_conflicts (entity, entity_id, team, field, kept_hlc, "
                        "lost_hlc, lost_origin, lost_by) VALUES ('escalations', 'e1', 'south', "
                        "'status', 'h', 'h', 'x', '%1')")
                        .arg(m_carl)),
            QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT lost_by || ' ' || recorded_by FROM "
                                                 "cd_conflicts WHERE lost_hlc = 'h'")),
                 QStringLiteral("%1 %1").arg(m_bob));
        // The merge's own record of a later write by Carl still names Bob as the loser.
        Login carl(m_db, m_carl);
        QCOMPARE(carl.run(escalation(QStringLiteral("e1"), QStringLiteral("south"),
                                     QStringLiteral("acknowledged"),
                                     QStringLiteral("1700000000001-000000-c"))),
                 QString());
        QCOMPARE(
            superValue(m_db, QStringLiteral("SELECT lost_by || ' ' || recorded_by FROM "
                                            "cd_conflicts WHERE kept_value = '\"acknowledged\"'")),
            QStringLiteral("%1 %2").arg(m_bob, m_carl));
    }

    void pushedByAndOriginCannotBeRewritten()
    {
        Login bob(m_db, m_bob);
        Login carl(m_db, m_carl);
        QCOMPARE(carl.run(QStringLiteral(
                     "INSERT INTO cd_workstations (workstation) VALUES ('ws-carl')")),
                 QString());
        QCOMPARE(
            bob.run(QStringLiteral("INSERT INTO cd_workstations (workstation) VALUES ('ws-bob')")),
            QString());
        QCOMPARE(bob.run(insertContact(QStringLiteral("p1"), QStringLiteral("Bob South"),
                                       QStringLiteral("south"), QStringLiteral("ws-bob"))),
                 QString());
        // Whatever a workstation writes to pushed_by, the server stamps the writer's login.
        QCOMPARE(
            bob.run(
                QStringLiteral("UPDATE contacts SET pushed_by = '%1' WHERE id = 'p1'").arg(m_carl)),
            QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT pushed_by FROM contacts WHERE id = 'p1'")),
                 m_bob);
        QCOMPARE(bob.run(QStringLiteral("UPDATE contacts SET origin = 'ws-carl' WHERE id = 'p1'")),
                 QStringLiteral("42501"));
        QCOMPARE(bob.run(QStringLiteral("UPDATE escalations SET origin = 'ws-carl' WHERE id = "
                                        "'e1'")),
                 QStringLiteral("42501"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT origin || ' ' || pushed_by FROM contacts "
                                                 "WHERE id = 'p1'")),
                 QStringLiteral("ws-bob ") + m_bob);
        // A workstation of one's own is fine.
        QCOMPARE(bob.run(QStringLiteral(
                     "INSERT INTO cd_workstations (workstation) VALUES ('ws-bob-2')")),
                 QString());
        QCOMPARE(bob.affected(QStringLiteral("UPDATE contacts SET origin = 'ws-bob-2' WHERE id = "
                                             "'p1'")),
                 1);
    }

    // Schema 5: a new row cannot claim another login's workstation either, in any synced table;
    // a workstation's first push, which registers it, still lands under its own origin.
    void aNewRowCannotClaimAnotherLoginsWorkstation()
    {
        Login bob(m_db, m_bob);
        Login carl(m_db, m_carl);
        QCOMPARE(carl.run(QStringLiteral(
                     "INSERT INTO cd_workstations (workstation) VALUES ('ws-carl-desk')")),
                 QString());
        QCOMPARE(bob.run(insertContact(QStringLiteral("claim-1"), QStringLiteral("Bob South"),
                                       QStringLiteral("south"), QStringLiteral("ws-carl-desk"))),
                 QStringLiteral("42501"));
        QCOMPARE(bob.run(QStringLiteral(
                     "INSERT INTO audit_log (id, at, actor, action, entity, updated_hlc, origin) "
                     "VALUES ('claim-a', '2026-03-01T09:00:00Z', 'Bob South', 'view', 'contact', "
                     "'1700000000000-000000-x', 'ws-carl-desk')")),
                 QStringLiteral("42501"));
        QCOMPARE(bob.run(escalation(QStringLiteral("claim-e"), QStringLiteral("south"),
                                    QStringLiteral("submitted"),
                                    QStringLiteral("1700000000000-000000-x"))
                             .replace(QStringLiteral("\"origin\":\"x\""),
                                      QStringLiteral("\"origin\":\"ws-carl-desk\""))),
                 QStringLiteral("42501"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT (SELECT count(*) FROM contacts WHERE "
                                                 "origin = 'ws-carl-desk') + (SELECT count(*) "
                                                 "FROM audit_log WHERE origin = 'ws-carl-desk') + "
                                                 "(SELECT count(*) FROM escalations WHERE origin "
                                                 "= 'ws-carl-desk')")),
                 QStringLiteral("0"));
        // Bob's own workstation is fine.
        QCOMPARE(bob.run(QStringLiteral(
                     "INSERT INTO cd_workstations (workstation) VALUES ('ws-bob-desk')")),
                 QString());
        QCOMPARE(bob.run(insertContact(QStringLiteral("claim-2"), QStringLiteral("Bob South"),
                                       QStringLiteral("south"), QStringLiteral("ws-bob-desk"))),
                 QString());
        // A new workstation's first push: its contact and audit entry land under its id.
        Workstation ws(m_db, m_bob, QStringLiteral("Bob South"), QStringLiteral("south"));
        const QString id = ws.addContact(QStringLiteral("first push"));
        QCOMPARE(ws.sync(), QString());
        QCOMPARE(ws.pending(), 0);
        QCOMPARE(ws.count(QStringLiteral("sync_rejected")), 0);
        QCOMPARE(
            superValue(m_db, QStringLiteral("SELECT origin FROM contacts WHERE id = '%1'").arg(id)),
            ws.db->workstationId());
    }

    // Schema 5: a push does not send pushed_by: an update of a row someone else wrote last
    // lands stamped with the pushing login by the server (the grant stays for older programs).
    void pushedByIsTheServersAlone()
    {
        Workstation ws(m_db, m_dan, QStringLiteral("Dan South"), QStringLiteral("south"));
        Contact c = ws.newContact(QStringLiteral("first version"));
        QCOMPARE(ws.save(c), QString());
        QCOMPARE(ws.sync(), QString());
        // The administrator corrects the row: the server's copy was last written by another login.
        QCOMPARE(superExec(m_db, QStringLiteral("UPDATE contacts SET reference = 'ADMIN-1' WHERE "
                                                "id = '%1'")
                                     .arg(c.id)),
                 QString());
        QCOMPARE(
            superValue(m_db,
                       QStringLiteral("SELECT pushed_by FROM contacts WHERE id = '%1'").arg(c.id)),
            QStringLiteral("postgres"));
        QCOMPARE(ws.sync(), QString());
        c.notes = QStringLiteral("second version");
        QCOMPARE(ws.save(c), QString());
        QCOMPARE(ws.sync(), QString());
        QCOMPARE(ws.pending(), 0);
        QCOMPARE(ws.count(QStringLiteral("sync_rejected")), 0);
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT notes || ' ' || pushed_by FROM contacts "
                                                 "WHERE id = '%1'")
                                      .arg(c.id)),
                 QStringLiteral("second version ") + m_dan);
    }

    // Schema 5: a login may SET ROLE to its group role, where it is nobody's login; there it
    // can write nothing, not even an audit entry in another person's name or a vehicle.
    void aGroupRoleWritesNothing()
    {
        const QString manager = uniqueLogin(QStringLiteral("mia"));
        QVERIFY(addUser(m_db, manager, QStringLiteral("Mia South"), QStringLiteral("south"),
                        QStringLiteral("manager")));
        Login bob(m_db, m_bob);
        QCOMPARE(bob.run(QStringLiteral("SET ROLE cd_handler")), QString());
        QCOMPARE(bob.run(auditRow(QStringLiteral("as-group"), QStringLiteral("Ann North"))),
                 QStringLiteral("42501"));
        QCOMPARE(bob.run(insertContact(QStringLiteral("as-group-c"), QStringLiteral("Bob South"),
                                       QStringLiteral("south"))),
                 QStringLiteral("42501"));
        QCOMPARE(bob.run(QStringLiteral("RESET ROLE")), QString());
        const QString vehicle = QStringLiteral(
            "INSERT INTO vehicles (id, reference, vrm, seized_at, power, status, weight_class, "
            "condition, position, imported_at, updated_hlc, origin) VALUES ('%1', '%1', "
            "'AB12CDE', '2026-01-01T10:00:00Z', 's165a', 'held', 'upto_3_5t', "
            "'upright_undamaged', 'on_road', '2026-01-01T11:00:00Z', '1700000000000-000000-x', "
            "'x')");
        Login mia(m_db, manager);
        QCOMPARE(mia.run(QStringLiteral("SET ROLE cd_manager")), QString());
        QCOMPARE(mia.run(vehicle.arg(QStringLiteral("as-group-v"))), QStringLiteral("42501"));
        QCOMPARE(mia.run(QStringLiteral("RESET ROLE")), QString());
        // As themselves, both still write.
        QCOMPARE(bob.run(auditRow(QStringLiteral("as-bob"), QStringLiteral("Bob South"))),
                 QString());
        QCOMPARE(mia.run(vehicle.arg(QStringLiteral("as-mia-v"))), QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT (SELECT count(*) FROM audit_log WHERE id "
                                                 "= 'as-group') + (SELECT count(*) FROM vehicles "
                                                 "WHERE id = 'as-group-v')")),
                 QStringLiteral("0"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT pushed_by FROM vehicles WHERE id = "
                                                 "'as-mia-v'")),
                 manager);
    }

    void maxSeqTellsOnlyWhatTheLoginMaySee()
    {
        Login bob(m_db, m_bob);
        Login ann(m_db, m_ann);
        const QString visible =
            QStringLiteral("SELECT greatest((SELECT max(server_seq) FROM contacts), "
                           "(SELECT max(server_seq) FROM escalations), "
                           "(SELECT max(server_seq) FROM escalation_events), "
                           "(SELECT max(server_seq) FROM escalation_notes), "
                           "(SELECT max(server_seq) FROM vehicles), 0)");
        const QString bobBefore = bob.value(QStringLiteral("SELECT cd_max_seq()"));
        QCOMPARE(bobBefore, bob.value(visible));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ann.run(insertContact(QStringLiteral("north-%1").arg(i),
                                           QStringLiteral("Ann North"), QStringLiteral("north"))),
                     QString());
        QCOMPARE(ann.run(auditRow(QStringLiteral("north-audit"), QStringLiteral("Ann North"))),
                 QString());
        QCOMPARE(bob.value(QStringLiteral("SELECT cd_max_seq()")), bobBefore);
        QCOMPARE(ann.value(QStringLiteral("SELECT cd_max_seq()")), ann.value(visible));
        QCOMPARE(ann.value(QStringLiteral("SELECT cd_max_seq()")),
                 superValue(m_db, QStringLiteral("SELECT server_seq FROM contacts WHERE id = "
                                                 "'north-2'")));
    }
};

QTEST_GUILESS_MAIN(TestServerIdentity)
#include "tst_server_identity.moc"
