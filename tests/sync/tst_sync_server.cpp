// The shared database's own rules, straight through SQL as each person's login: schema
// versions, row-level security by team and handler, the insert-only audit log.
#include "pgtest.h"

using namespace cd;
using namespace pgtest;

namespace {


QString insertContact(const QString &id, const QString &handler, const QString &team)
{
    return QStringLiteral(
               "INSERT INTO contacts (id, started_at, handler, team, channel, category, outcome, "
               "notes, updated_hlc, origin) VALUES ('%1', '2026-03-01T09:00:00Z', '%2', '%3', "
               "'phone', 'low_level_concern', 'resolved_first_contact', 'original', "
               "'1700000000000-000000-x', 'x')")
        .arg(id, handler, team);
}

} // namespace

class TestSyncServer : public QObject
{
    Q_OBJECT
    QString m_db;
    QString m_ann, m_bob, m_carl, m_max;

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("server");
        QVERIFY(!m_db.isEmpty());
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_bob = uniqueLogin(QStringLiteral("bob"));
        m_carl = uniqueLogin(QStringLiteral("carl"));
        m_max = uniqueLogin(QStringLiteral("max"));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_bob, QStringLiteral("Bob South"), QStringLiteral("south")));
        QVERIFY(addUser(m_db, m_carl, QStringLiteral("Carl South"), QStringLiteral("south")));
        QVERIFY(addUser(m_db, m_max, QStringLiteral("Max North"), QStringLiteral("north"),
                        QStringLiteral("manager")));
        // Rows written by the administrator (no row-level security for the owner).
        QCOMPARE(superExec(m_db, insertContact(QStringLiteral("n1"), QStringLiteral("Ann North"),
                                               QStringLiteral("north"))),
                 QString());
        QCOMPARE(superExec(m_db, insertContact(QStringLiteral("n2"), QStringLiteral("Ann North"),
                                               QStringLiteral("north"))),
                 QString());
        QCOMPARE(superExec(m_db, insertContact(QStringLiteral("s1"), QStringLiteral("Carl South"),
                                               QStringLiteral("south"))),
                 QString());
    }

    void initIsVersionedAndRepeatable()
    {
        auto again = sync::initServer(superConninfo(m_db));
        CD_VERIFY_OK(again);
        QCOMPARE(again->fromVersion, sync::latestServerSchemaVersion());
        QCOMPARE(again->toVersion, sync::latestServerSchemaVersion());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT max(version) FROM cd_schema")),
                 QString::number(sync::latestServerSchemaVersion()));
    }

    void eachPersonSeesOnlyTheirTeam_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("visible");
        QTest::newRow("handler north") << "ann"
                                       << "n1,n2";
        QTest::newRow("handler south") << "bob"
                                       << "s1";
        QTest::newRow("manager north") << "max"
                                       << "n1,n2";
    }
    void eachPersonSeesOnlyTheirTeam()
    {
        QFETCH(QString, who);
        QFETCH(QString, visible);
        const QString login = who == QLatin1String("ann")   ? m_ann
                              : who == QLatin1String("bob") ? m_bob
                                                            : m_max;
        Login l(m_db, login);
        QCOMPARE(l.value(QStringLiteral("SELECT string_agg(id, ',' ORDER BY id) FROM contacts")),
                 visible);
    }

    void writingOtherRowsIsRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlState"); // "" = runs but must change nothing
        QTest::newRow("insert into another team")
            << insertContact(QStringLiteral("b1"), QStringLiteral("Bob South"),
                             QStringLiteral("north"))
            << "42501";
        QTest::newRow("insert as another handler")
            << insertContact(QStringLiteral("b2"), QStringLiteral("Carl South"),
                             QStringLiteral("south"))
            << "42501";
        QTest::newRow("update another team's contact")
            << "UPDATE contacts SET notes = 'changed' WHERE id = 'n1'"
            << "";
        QTest::newRow("update another handler's contact")
            << "UPDATE contacts SET notes = 'changed' WHERE id = 's1'"
            << "";
        QTest::newRow("upsert over another handler's contact")
            << insertContact(QStringLiteral("s1"), QStringLiteral("Bob South"),
                             QStringLiteral("south")) +
                   QStringLiteral(" ON CONFLICT (id) DO UPDATE SET notes = 'changed'")
            << "42501";
        QTest::newRow("move a contact to my team")
            << "UPDATE contacts SET team = 'south' WHERE id = 'n2'"
            << "";
        QTest::newRow("delete a contact") << "DELETE FROM contacts WHERE id = 's1'"
                                          << "42501";
        QTest::newRow("forge a change number")
            << "UPDATE contacts SET server_seq = 1 WHERE id = 's1'"
            << "42501";
        QTest::newRow("escalation for another team")
            << "SELECT "
               "cd_push_escalation('{\"id\":\"e1\",\"team\":\"north\",\"updated_hlc\":"
               "\"1700000000000-000000-x\",\"origin\":\"x\",\"status\":\"submitted\"}', "
               "'{status}', 0, 1800000000000)"
            << "42501";
        QTest::newRow("escalation straight into the table")
            << "INSERT INTO escalations (id, team, updated_hlc, origin) VALUES ('e2', 'north', "
               "'1700000000000-000000-x', 'x')"
            << "42501";
        QTest::newRow("read the audit log") << "SELECT * FROM audit_log"
                                            << "42501";
        QTest::newRow("change the audit log") << "UPDATE audit_log SET detail = 'x'"
                                              << "42501";
        QTest::newRow("delete from the audit log") << "DELETE FROM audit_log"
                                                   << "42501";
        QTest::newRow("add a person") << "INSERT INTO cd_people (login, display_name, team, role) "
                                         "VALUES ('x', 'X', 'south', 'manager')"
                                      << "42501";
        QTest::newRow("import vehicles as a handler")
            << "INSERT INTO vehicles (id, reference, vrm, seized_at, power, status, weight_class, "
               "condition, position, imported_at, updated_hlc, origin) "
               "VALUES ('v1', 'R1', 'AB12CDE', '2026-01-01T10:00:00Z', 's165a', 'held', "
               "'upto_3_5t', 'upright_undamaged', 'on_road', '2026-01-01T11:00:00Z', "
               "'1700000000000-000000-x', 'x')"
            << "42501";
    }
    void writingOtherRowsIsRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, sqlState);
        Login bob(m_db, m_bob);
        const QString before =
            superValue(m_db, QStringLiteral("SELECT string_agg(id || ':' || team || ':' || notes "
                                            "|| ':' || handler, ',' ORDER BY id) FROM contacts"));
        if (sqlState.isEmpty())
            QCOMPARE(bob.affected(sql), 0);
        else
            QCOMPARE(bob.run(sql), sqlState);
        QCOMPARE(
            superValue(m_db, QStringLiteral("SELECT string_agg(id || ':' || team || ':' || notes "
                                            "|| ':' || handler, ',' ORDER BY id) FROM contacts")),
            before);
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM escalations")),
                 QStringLiteral("0"));
    }

    void ownRowsAndTheAuditLogCanBeWritten()
    {
        Login bob(m_db, m_bob);
        QCOMPARE(bob.run(insertContact(QStringLiteral("b3"), QStringLiteral("Bob South"),
                                       QStringLiteral("south"))),
                 QString());
        QCOMPARE(bob.run(QStringLiteral(
                     "INSERT INTO audit_log (id, at, actor, action, entity, updated_hlc, origin) "
                     "VALUES ('a1', '2026-03-01T09:00:00Z', 'Bob South', 'view', 'contact', "
                     "'1700000000000-000000-x', 'x')")),
                 QString());
        QCOMPARE(
            superValue(m_db, QStringLiteral("SELECT pushed_by FROM audit_log WHERE id = 'a1'")),
            m_bob);
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT handler FROM contacts WHERE id = 'b3'")),
                 QStringLiteral("Bob South"));
    }

    void aManagerImportsVehicles()
    {
        Login max(m_db, m_max);
        QCOMPARE(max.run(QStringLiteral(
                     "INSERT INTO vehicles (id, reference, vrm, seized_at, power, status, "
                     "weight_class, condition, position, imported_at, updated_hlc, origin) "
                     "VALUES ('v2', 'R2', 'AB12CDE', '2026-01-01T10:00:00Z', 's165a', 'held', "
                     "'upto_3_5t', 'upright_undamaged', 'on_road', '2026-01-01T11:00:00Z', "
                     "'1700000000000-000000-x', 'x')")),
                 QString());
        Login bob(m_db, m_bob);
        QCOMPARE(bob.value(QStringLiteral("SELECT count(*) FROM vehicles")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_sync_server.moc"
