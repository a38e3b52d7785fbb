// `contactdesk-admin audit verify` on a real workload, and on logs someone rewrote with raw SQL
// after dropping the append-only triggers: each change is found and its entry named (exit 1).
#include "core/escalationform.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/escalationstore.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include "adminrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace cd;
using cd::test::admin;
using cd::test::Run;
using namespace cd::test;

namespace {

// Schema 21's columns (first contact), dropped to stand for a profile from before it; the
// vulnerability kinds before the flag their CHECK reads.
const QByteArray kDropFirstContact = "ALTER TABLE contacts DROP COLUMN next_steps; "
                                     "ALTER TABLE contacts DROP COLUMN grade_signed_off_at; "
                                     "ALTER TABLE contacts DROP COLUMN grade_signed_off_by; "
                                     "ALTER TABLE contacts DROP COLUMN grade_requested_by; "
                                     "ALTER TABLE contacts DROP COLUMN grade_requested; "
                                     "ALTER TABLE contacts DROP COLUMN risk_grade; "
                                     "ALTER TABLE contacts DROP COLUMN vulnerability_kinds; "
                                     "ALTER TABLE contacts DROP COLUMN vulnerable; "
                                     "ALTER TABLE contacts DROP COLUMN thrive; "
                                     "ALTER TABLE contacts DROP COLUMN thrive_required; ";
Run verify(const QString &profile)
{
    return admin(profile, {QStringLiteral("audit"), QStringLiteral("verify")});
}

// Raw SQL on a profile's database, as someone with the file and the sqlite3 tool could run.
QString rawSql(const QString &profile, const QByteArray &sql)
{
    sqlite3 *h = nullptr;
    if (sqlite3_open(QFile::encodeName(Database::fileNameIn(profile)).constData(), &h) != SQLITE_OK)
        return QStringLiteral("cannot open");
    addSchemaFunctions(h); // as a program that knows the schema's functions
    char *err = nullptr;
    const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err);
    const QString message = rc == SQLITE_OK ? QString() : QString::fromUtf8(err);
    sqlite3_free(err);
    sqlite3_close(h);
    return message;
}

QString rawValue(const QString &profile, const QByteArray &sql)
{
    sqlite3 *h = nullptr;
    sqlite3_open(QFile::encodeName(Database::fileNameIn(profile)).constData(), &h);
    sqlite3_stmt *st = nullptr;
    QString value;
    if (sqlite3_prepare_v2(h, sql.constData(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(h);
    return value;
}

const QByteArray kCsv =
    "id,started_at,ended_at,handler,team,channel,category,reason,outcome,remained_dissatisfied,"
    "caller_name,caller_phone,caller_email,postcode,reference,vrm,notes\r\n"
    ",2026-10-02T10:00:00Z,,J. Smith,QoS North,email,fraud,,signposted,false,Sian Llyr,,"
    "sian@example.com,CF10 1AA,,,Told to use Report Fraud\r\n"
    ",2026-10-03T11:00:00Z,,J. Smith,QoS North,phone,compliment,,resolved_first_contact,false,,,"
    ",,,,Thanks to PC Jones\r\n"
    ",2026-10-04T12:00:00Z,,J. Smith,QoS North,phone,fraud,,signposted,false,Jo Bloggs,"
    "07700 900123,,,,,\r\n";
} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        // A day's work through the stores: saves, an edit, views and a draft, then an import.
        {
            Database::OpenError error;
            auto db = Database::open(Database::fileNameIn(m_base.path()), &error);
            QVERIFY2(db, qPrintable(error.message));
            CD_VERIFY_OK(ProfileStore(*db).save(
                {QStringLiteral("A. Handler"), Role::Handler, QStringLiteral("QoS North")}));
            ContactStore store(*db);
            const QDateTime t0(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::utc());
            for (int i = 0; i < 3; ++i) {
                Contact c = sampleContact(t0.addSecs(600 * i));
                CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
                CD_VERIFY_OK(store.get(c.id, QStringLiteral("A. Handler")));
                if (i == 1) {
                    c.notes = QStringLiteral("Called back about the release fee.");
                    CD_VERIFY_OK(store.save(c, QStringLiteral("A. Handler")));
                }
            }
        }
        const QString csv = m_base.filePath(QStringLiteral("history.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kCsv);
        f.close();
        const Run imported =
            admin(m_base.path(), {QStringLiteral("contacts"), QStringLiteral("import"), csv});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        // 3 creates, 3 views, 1 update, 3 imports.
        QCOMPARE(rawValue(m_base.path(), "SELECT count(*) FROM audit_log"), QStringLiteral("10"));
    }

    // audit search: everything about one person (their contacts' views, edits, the searches
    // and history lookups that returned them, and the escalations raised from them), nothing
    // about anyone else; by user and by day; and the search is itself in the log.
    void searchFindsAPersonsTrailAndNoOneElses()
    {
        QTemporaryDir dir;
        Contact ann;
        Contact bob;
        QString escalationId;
        {
            Database::OpenError error;
            auto db = Database::open(Database::fileNameIn(dir.path()), &error);
            QVERIFY2(db, qPrintable(error.message));
            CD_VERIFY_OK(ProfileStore(*db).save(
                {QStringLiteral("A. Handler"), Role::Manager, QStringLiteral("QoS North")}));
            ContactStore store(*db);
            const QDateTime t0(QDate(2026, 10, 5), QTime(9, 0), QTimeZone::utc());
            ann = sampleContact(t0);
            ann.callerName = QStringLiteral("Ann Ames");
            ann.callerPhone = QStringLiteral("07700 900111");
            ann.callerEmail = QStringLiteral("ann@example.com");
            ann.reference = QStringLiteral("CAD-1111/26");
            bob = sampleContact(t0.addDays(1));
            bob.callerName = QStringLiteral("Bob Bell");
            bob.callerPhone = QStringLiteral("07700 900222");
            bob.callerEmail = QStringLiteral("bob@example.com");
            bob.reference = QStringLiteral("CAD-2222/26");
            ann.normalise(); // as the Desk stores them
            bob.normalise();
            CD_VERIFY_OK(store.save(ann, QStringLiteral("A. Handler")));
            CD_VERIFY_OK(store.save(bob, QStringLiteral("A. Handler")));
            CD_VERIFY_OK(store.get(ann.id, QStringLiteral("M. Viewer")));
            CD_VERIFY_OK(store.get(bob.id, QStringLiteral("M. Viewer")));
            QCOMPARE(store.search(QStringLiteral("Ames"), QStringLiteral("S. Searcher")).size(), 1);
            // A search that returned both people: in Ann's trail, without Bob's id.
            QCOMPARE(store.search(QStringLiteral("seized"), QStringLiteral("T. Two")).size(), 2);
            Result<EscalationRules> rules = EscalationRules::loadShipped();
            QVERIFY(rules);
            Result<Escalation> e =
                EscalationStore(*db, rules.value())
                    .createFromContact(ann, QStringLiteral("formal_complaint"),
                                       QStringLiteral("A. Handler"), QStringLiteral("QoS North"));
            QVERIFY2(e, qPrintable(e.errorMessage()));
            escalationId = e->id;
        }
        const auto search = [&dir](const QStringList &args) {
            return admin(dir.path(), QStringList{QStringLiteral("audit"), QStringLiteral("search"),
                                                 QStringLiteral("--json")} +
                                         args);
        };
        const auto rows = [](const Run &r) {
            QStringList out;
            for (const QJsonValue v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
                const QJsonObject o = v.toObject();
                out.append(QStringList{o.value(QStringLiteral("user")).toString(),
                                       o.value(QStringLiteral("action")).toString(),
                                       o.value(QStringLiteral("entity")).toString(),
                                       o.value(QStringLiteral("record")).toString()}
                               .join(QLatin1Char(' ')));
            }
            return out;
        };

        // By phone (as typed, with spaces): Ann's create, the view, the search that returned
        // her, and the escalation raised from her contact, newest first. Nothing of Bob's.
        const Run byPhone = search({QStringLiteral("--phone"), QStringLiteral("07700900111")});
        QCOMPARE(byPhone.code, 0);
        QCOMPARE(rows(byPhone),
                 (QStringList{QStringLiteral("A. Handler create escalation ") + escalationId,
                              QStringLiteral("T. Two search contact "),
                              QStringLiteral("S. Searcher search contact "),
                              QStringLiteral("M. Viewer view contact ") + ann.id,
                              QStringLiteral("A. Handler create contact ") + ann.id}));
        QVERIFY(!byPhone.out.contains(bob.id));
        QVERIFY2(byPhone.out.contains(QStringLiteral("2 results: ") + ann.id +
                                      QStringLiteral(" (+1 other records)")),
                 qPrintable(byPhone.out));
        // The same trail by email, and by the contact's reference.
        QCOMPARE(rows(search({QStringLiteral("--email"), QStringLiteral("ANN@example.com")})),
                 rows(byPhone));
        QCOMPARE(rows(search({QStringLiteral("--record"), QStringLiteral("cad-1111/26")})),
                 rows(byPhone));
        // By user: what M. Viewer opened, both people.
        QCOMPARE(rows(search({QStringLiteral("--user"), QStringLiteral("m. viewer")})),
                 (QStringList{QStringLiteral("M. Viewer view contact ") + bob.id,
                              QStringLiteral("M. Viewer view contact ") + ann.id}));
        // Someone unknown: nothing, exit 0.
        const Run nobody = search({QStringLiteral("--phone"), QStringLiteral("07700900999")});
        QCOMPARE(nobody.code, 0);
        QCOMPARE(rows(nobody), QStringList());
        // Days are London days; the log's entries were written today.
        QCOMPARE(rows(search({QStringLiteral("--user"), QStringLiteral("M. Viewer"),
                              QStringLiteral("--to"), QStringLiteral("2026-01-01")})),
                 QStringList());
        const Run badDay = search({QStringLiteral("--from"), QStringLiteral("05/10/2026")});
        QCOMPARE(badDay.code, 2);
        QVERIFY2(badDay.err.contains(QStringLiteral("--from")), qPrintable(badDay.err));

        // Each of the six searches before this one was logged, by fields and count, without the
        // values searched for (the refused one with a bad day was not a search).
        const Run searches = search({QStringLiteral("--action"), QStringLiteral("search"),
                                     QStringLiteral("--user"), QStringLiteral("A. Handler")});
        const QStringList logged = rows(searches);
        QCOMPARE(logged.size(), 6);
        QCOMPARE(logged.last(), QStringLiteral("A. Handler search audit "));
        QVERIFY(!searches.out.contains(QStringLiteral("07700900111")));
        QVERIFY(searches.out.contains(QStringLiteral("5 entries; by phone")));
        QCOMPARE(verify(dir.path()).code, 0);
    }

    void aRealWorkloadVerifies()
    {
        const Run r = verify(m_base.path());
        QCOMPARE(r.out.trimmed(), QStringLiteral("audit chain intact: 10 entries"));
        QCOMPARE(r.code, 0);
    }

    void anEditedEntryIsNamed()
    {
        const QString p = copyOfBase();
        const QString id = idAt(p, 4);
        QCOMPARE(rawSql(p, "DROP TRIGGER audit_log_no_update; "
                           "UPDATE audit_log SET actor = 'someone else' WHERE rowid = 4"),
                 QString());
        const Run r = verify(p);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("audit chain broken at entry 4 (row 4, id ") + id),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("edited")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("someone else")), qPrintable(r.out));
    }

    void aDeletedEntryIsNamed()
    {
        const QString p = copyOfBase();
        const QString next = idAt(p, 5);
        QCOMPARE(
            rawSql(p, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE rowid = 4"),
            QString());
        const Run r = verify(p);
        QCOMPARE(r.code, 1);
        // The entry after the gap is the first bad one: the one it follows is gone.
        QVERIFY2(
            r.out.startsWith(QStringLiteral("audit chain broken at entry 4 (row 5, id ") + next),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("missing")), qPrintable(r.out));
    }

    void twoSwappedEntriesAreNamed()
    {
        const QString p = copyOfBase();
        const QString fifth = idAt(p, 5);
        QCOMPARE(rawSql(p, "DROP TRIGGER audit_log_no_update; "
                           "UPDATE audit_log SET rowid = -4 WHERE rowid = 4; "
                           "UPDATE audit_log SET rowid = 4 WHERE rowid = 5; "
                           "UPDATE audit_log SET rowid = 5 WHERE rowid = -4"),
                 QString());
        const Run r = verify(p);
        QCOMPARE(r.code, 1);
        // Row 4 now holds the fifth entry, which follows the one stored after it.
        QVERIFY2(
            r.out.startsWith(QStringLiteral("audit chain broken at entry 4 (row 4, id ") + fifth),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("out of order")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("row 5")), qPrintable(r.out));
    }

    void anEntryWrittenWithoutTheChainIsRefused()
    {
        // The insert trigger makes every writer continue the chain.
        const QString p = copyOfBase();
        const QString refused =
            rawSql(p, "INSERT INTO audit_log (id, at, actor, action, entity, updated_hlc, origin) "
                      "VALUES ('x', '2026-10-05T00:00:00Z', 'a', 'view', 'contact', 'h', 'o')");
        QVERIFY2(refused.contains(QStringLiteral("chained")), qPrintable(refused));
        QCOMPARE(verify(p).code, 0);
    }

    void entriesFromBeforeTheChainAreChainedOnUpgrade()
    {
        // As the program before the chain (migration 20) left it: no hash columns.
        int before = 0;
        for (const Migration &m : migrations())
            if (m.version < 20)
                before = m.version;
        const QString p = copyOfBase();
        QCOMPARE(
            rawSql(p,
                   "DROP TRIGGER audit_log_chained; "
                   "ALTER TABLE audit_log DROP COLUMN prev_hash; "
                   "ALTER TABLE audit_log DROP COLUMN hash; " +
                       kDropFirstContact +
                       // Schema 22 (caller matching) runs again too: its columns go.
                       "DROP INDEX contacts_match_name; DROP INDEX contacts_match_address; "
                       "DROP INDEX contacts_match_house; "
                       "ALTER TABLE contacts DROP COLUMN address; "
                       "ALTER TABLE contacts DROP COLUMN victim_checked_at; "
                       "ALTER TABLE contacts DROP COLUMN victim_check_matches; "
                       // Schema 26 (survey summary and sync) and 24 (survey) too.
                       "DROP TRIGGER survey_daily_ai; DROP TRIGGER survey_daily_ad; "
                       "DROP TRIGGER survey_daily_au_old; DROP TRIGGER survey_daily_au_new; "
                       "DROP TABLE survey_daily; DROP TABLE survey_monthly; "
                       "ALTER TABLE survey_responses DROP COLUMN updated_hlc; "
                       "ALTER TABLE survey_responses DROP COLUMN origin; "
                       "ALTER TABLE survey_responses DROP COLUMN deleted; "
                       "ALTER TABLE survey_responses DROP COLUMN server_seq; "
                       "DROP TABLE survey_comments; DROP TABLE improvements; "
                       "DROP INDEX survey_responses_contact; "
                       "DROP INDEX survey_responses_handler; "
                       "DROP INDEX survey_responses_team; "
                       "ALTER TABLE survey_responses DROP COLUMN answered_at; "
                       "ALTER TABLE survey_responses DROP COLUMN channel; "
                       "ALTER TABLE survey_responses DROP COLUMN category; "
                       "ALTER TABLE survey_responses DROP COLUMN weekday; "
                       "ALTER TABLE survey_responses DROP COLUMN hour; "
                       "ALTER TABLE survey_responses DROP COLUMN survey_version; "
                       "CREATE INDEX survey_responses_handler ON survey_responses (handler, day); "
                       "CREATE INDEX survey_responses_team ON survey_responses (team, day); "
                       // Schema 27 (QA reviews) too.
                       "DROP TABLE qa_reviews; DROP TABLE qa_scores; DROP TABLE qa_samples; "
                       "DROP TABLE practice_results; "
                       "PRAGMA user_version = " +
                       QByteArray::number(before)),
            QString());
        const Run r = verify(p);
        QCOMPARE(r.out.trimmed(), QStringLiteral("audit chain intact: 10 entries"));
        QCOMPARE(r.code, 0);
        // And the log goes on from there.
        QCOMPARE(admin(p, {QStringLiteral("contacts"), QStringLiteral("export"),
                           QStringLiteral("--out"), p + QStringLiteral("/out.csv")})
                     .code,
                 0);
        QCOMPARE(verify(p).out.trimmed(), QStringLiteral("audit chain intact: 11 entries"));
    }

private:
    QString copyOfBase()
    {
        auto *dir = new QTemporaryDir;
        m_copies.emplace_back(dir);
        QFile::copy(Database::fileNameIn(m_base.path()), Database::fileNameIn(dir->path()));
        return dir->path();
    }

    static QString idAt(const QString &profile, int rowid)
    {
        return rawValue(profile,
                        "SELECT id FROM audit_log WHERE rowid = " + QByteArray::number(rowid));
    }

    QTemporaryDir m_base;
    std::vector<std::unique_ptr<QTemporaryDir>> m_copies;
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
