// The server keeps each workstation's audit chain head (server schema 14), so `contactdesk-admin
// audit verify` with the shared database set up finds what a local chain alone cannot show: its
// newest entries deleted after they were pushed, or the whole chain rewritten with fresh hashes.
// Real PostgreSQL, the real command line.
#include "adminrun.h"
#include "pgtest.h"

#include "storage/migrations.h"
#include "storage/profile.h"

#include <QFile>

#include <sqlite3.h>

using namespace cd;
using namespace pgtest;
using cd::test::admin;
using cd::test::Run;

namespace {

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(r.code).arg(r.out, r.err);
}

// Raw SQL on a profile's database file, as someone with the file and the sqlite3 tool could.
QString rawSql(const QString &file, const QByteArray &sql)
{
    sqlite3 *h = nullptr;
    if (sqlite3_open(QFile::encodeName(file).constData(), &h) != SQLITE_OK)
        return QStringLiteral("cannot open");
    addSchemaFunctions(h);
    char *err = nullptr;
    const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err);
    const QString message = rc == SQLITE_OK ? QString() : QString::fromUtf8(err);
    sqlite3_free(err);
    sqlite3_close(h);
    return message;
}

} // namespace

class TstAuditHeads : public QObject
{
    Q_OBJECT

    QString m_db;
    QString m_login;

    // A workstation of Ann's with three saved contacts (and their audit entries), pushed.
    std::unique_ptr<Workstation> pushedWorkstation()
    {
        auto ws = std::make_unique<Workstation>(m_db, m_login, QStringLiteral("Ann North"),
                                                QStringLiteral("north"));
        if (!ProfileStore(*ws->db).save(HandlerProfile{QStringLiteral("Ann North"), Role::Handler,
                                                       QStringLiteral("north")}))
            qFatal("profile not saved");
        if (!settingsFor(m_db, m_login).save(*ws->db))
            qFatal("settings not saved");
        for (int i = 0; i < 3; ++i)
            ws->addContact(QStringLiteral("note %1").arg(i));
        const QString err = ws->sync();
        if (!err.isEmpty())
            qWarning("sync: %s", qPrintable(err));
        return ws;
    }

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("auditheads");
        QVERIFY(!m_db.isEmpty());
        m_login = uniqueLogin(QStringLiteral("ann"));
        QVERIFY(addUser(m_db, m_login, QStringLiteral("Ann North"), QStringLiteral("north")));
    }

    void theServerKeepsEachWorkstationsHead()
    {
        std::unique_ptr<Workstation> ws = pushedWorkstation();
        QCOMPARE(ws->pending(), 0);
        const QString origin = ws->db->workstationId();
        const int local = ws->count(QStringLiteral("audit_log"));
        QVERIFY(local >= 3);
        // Every entry arrived with its chain, and the head is the newest one.
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE origin = "
                                                 "'%1' AND hash IS NOT NULL")
                                      .arg(origin)),
                 QString::number(local));
        const QString newest = ws->localValue(
            QStringLiteral("SELECT hash FROM audit_log ORDER BY rowid DESC LIMIT 1"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT hash FROM cd_audit_heads WHERE origin = "
                                                 "'%1'")
                                      .arg(origin)),
                 newest);
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT entries FROM cd_audit_heads WHERE "
                                                 "origin = '%1'")
                                      .arg(origin)),
                 QString::number(local));
        // The person reads their own workstation's head; nobody writes it.
        Login ann(m_db, m_login);
        QCOMPARE(
            ann.value(
                QStringLiteral("SELECT hash FROM cd_audit_heads WHERE origin = '%1'").arg(origin)),
            newest);
        QCOMPARE(ann.run(QStringLiteral("UPDATE cd_audit_heads SET hash = 'x'")),
                 QStringLiteral("42501"));

        // Intact, and holding the server's head.
        const Run r = admin(ws->dir.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("nothing it has was removed or rewritten")),
                 qPrintable(r.out));
    }

    void newestEntriesDeletedAreFound()
    {
        std::unique_ptr<Workstation> ws = pushedWorkstation();
        const QString newestId =
            ws->localValue(QStringLiteral("SELECT id FROM audit_log ORDER BY rowid DESC LIMIT 1"));
        // The two newest entries go, with the triggers that would stop it: what is left is a
        // chain with nothing wrong in it locally.
        QCOMPARE(rawSql(Database::fileNameIn(ws->dir.path()),
                        "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE rowid IN "
                        "(SELECT rowid FROM audit_log ORDER BY rowid DESC LIMIT 2)"),
                 QString());
        const Run r = admin(ws->dir.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("audit chain intact")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("does not hold the shared database's newest entry")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(newestId), qPrintable(r.out)); // names what is missing
    }

    void aRewrittenChainIsFound()
    {
        std::unique_ptr<Workstation> ws = pushedWorkstation();
        // Every entry's detail changed and every hash computed again in order: locally the
        // chain is as good as new.
        QCOMPARE(rawSql(Database::fileNameIn(ws->dir.path()),
                        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_chained;"),
                 QString());
        const QStringList rows = [&] {
            QStringList ids;
            QSqlQuery q(ws->db->sql());
            q.exec(QStringLiteral("SELECT rowid FROM audit_log ORDER BY rowid"));
            while (q.next())
                ids << q.value(0).toString();
            return ids;
        }();
        QVERIFY(rows.size() >= 3);
        for (const QString &rowid : rows) {
            QCOMPARE(rawSql(Database::fileNameIn(ws->dir.path()),
                            QStringLiteral(
                                "UPDATE audit_log SET detail = 'rewritten', prev_hash = "
                                "coalesce((SELECT hash FROM audit_log p WHERE p.rowid < %1 "
                                "ORDER BY p.rowid DESC LIMIT 1), '%2') WHERE rowid = %1; "
                                "UPDATE audit_log SET hash = audit_hash(prev_hash, id, at, actor, "
                                "action, entity, entity_id, detail, updated_hlc, origin, deleted) "
                                "WHERE rowid = %1")
                                .arg(rowid, QString(64, QLatin1Char('0')))
                                .toUtf8()),
                     QString());
        }
        Run r = admin(ws->dir.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("audit chain intact")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("the whole chain was rewritten")),
                 qPrintable(r.out));

        // Without the shared database set up, the same chain passes: only the head shows it.
        CD_VERIFY_OK(ws->db->exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'sync.%'")));
        r = admin(ws->dir.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }
};

QTEST_MAIN(TstAuditHeads)
#include "tst_auditheads.moc"
