// Runs the real contactdesk-admin on a temporary profile, as an administrator would.
#include "core/csv.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "storage/database.h"

#include "adminrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "verify.h"

using namespace cd;
using cd::test::admin;
using cd::test::Run;

namespace {
void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

const QByteArray kHeader =
    "id,started_at,ended_at,handler,team,channel,category,reason,outcome,remained_dissatisfied,"
    "caller_name,caller_phone,caller_email,postcode,reference,vrm,notes\r\n";
} // namespace

class TestContactsCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run r = admin(m_dir.path(), {QStringLiteral("profile"), QStringLiteral("set"),
                                           QStringLiteral("--name"), QStringLiteral("Admin User"),
                                           QStringLiteral("--team"), QStringLiteral("QoS North")});
        QCOMPARE(r.code, 0);
    }

    void importReportsBadRowsAndKeepsTheGoodOnes()
    {
        // BOM, CRLF, a quoted comma, a quoted newline, Welsh text and four bad rows.
        QByteArray csv = "\xEF\xBB\xBF" + kHeader;
        csv += "11111111-2222-4333-8444-555555555501,2026-10-01T09:00:00Z,2026-10-01T09:05:00Z,J. "
               "Smith,QoS North,phone,"
               "dissatisfaction,no_update,referred,true,\"Bloggs, Jo\",07700 "
               "900123,,,CAD-1/26,,\"Line one\r\nline two\"\r\n";
        csv += ",2026-10-02T10:00:00+01:00,,J. Smith,QoS North,email,fraud,,signposted,false,Siân "
               "Llŷr,,sian@example.com,"
               "CF10 1AA,,,Told to use Report Fraud\r\n";
        csv +=
            ",2026-10-03T10:00:00Z,,J. Smith,QoS North,phone,parking,,referred,false,,,,,,,unknown "
            "category\r\n"; // line 5 (row 1 spans lines 2-3)
        csv += ",not-a-date,,J. Smith,QoS North,phone,fraud,,signposted,false,,,,,,,\r\n"; // line 6
        csv +=
            ",2026-10-04T10:00:00Z,,J. Smith,QoS North,phone,fraud,,signposted,maybe,,,,,,,\r\n"; // line 7
        csv += ",2026-10-05T10:00:00Z,,J. Smith,QoS "
               "North,phone,compliment,,resolved_first_contact,false,,,bad@,,,,\r\n"; // line 8
        csv += ",2026-10-06T10:00:00Z,,,,letter,compliment,,resolved_first_contact,false,,,,,,,"
               "Thanks to PC Jones\r\n";
        const QString file = m_dir.filePath(QStringLiteral("history.csv"));
        write(file, csv);

        const Run first =
            admin(m_dir.path(), {QStringLiteral("contacts"), QStringLiteral("import"), file});
        QCOMPARE(first.code, 1); // done, with rejected rows
        QVERIFY2(first.out.contains(QLatin1String(
                     "imported 3 contacts, 0 already present, 0 conflicts, 4 rejected")),
                 qPrintable(first.out));
        QVERIFY2(
            first.err.contains(QLatin1String("line 5: category: Unknown category \"parking\"")),
            qPrintable(first.err));
        QVERIFY(first.err.contains(QLatin1String("line 6: started_at \"not-a-date\"")));
        QVERIFY(first.err.contains(QLatin1String("line 7: remained_dissatisfied \"maybe\"")));
        QVERIFY(first.err.contains(QLatin1String("line 8: callerEmail")));

        // The same file again adds nothing.
        const Run second =
            admin(m_dir.path(), {QStringLiteral("contacts"), QStringLiteral("import"), file});
        QVERIFY2(second.out.contains(QLatin1String(
                     "imported 0 contacts, 3 already present, 0 conflicts, 4 rejected")),
                 qPrintable(second.out));

        auto db = Database::open(Database::fileNameIn(m_dir.path()), nullptr);
        QVERIFY(db);
        ContactStore store(*db);
        QCOMPARE(store.count(), 3);
        const Contact jo =
            store
                .get(QStringLiteral("11111111-2222-4333-8444-555555555501"), QStringLiteral("test"))
                .value();
        QCOMPARE(jo.callerName, QStringLiteral("Bloggs, Jo"));
        QCOMPARE(jo.notes, QStringLiteral("Line one\r\nline two"));
        QCOMPARE(jo.callerPhone, QStringLiteral("07700900123"));
        QVERIFY(jo.remainedDissatisfied);
        const QList<ContactSummary> letter =
            store.search(QStringLiteral("PC Jones"), QStringLiteral("test"));
        QCOMPARE(letter.size(), 1);
        QCOMPARE(letter.first().handler,
                 QStringLiteral("Admin User")); // empty handler: the importing profile
        const QList<ContactSummary> welsh =
            store.search(QStringLiteral("Siân"), QStringLiteral("test"));
        QCOMPARE(welsh.size(), 1);
        QCOMPARE(welsh.first().startedAt, QDateTime(QDate(2026, 10, 2), QTime(9, 0), Qt::UTC));
    }

    // A file is imported in one transaction: when writing fails part way through (here the
    // daily counts refuse one handler's rows, as a full disk would refuse a page), none of the
    // file is stored: no contact, no outbox entry, no audit record. Before, every 2,000 rows
    // were committed on their own and the first 2,000 stayed.
    void aFailurePartWayStoresNoneOfTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray csv = kHeader;
        for (int i = 0; i < 2500; ++i)
            csv +=
                QStringLiteral(",2026-10-%1T10:%2:00Z,,%3,QoS North,phone,fraud,,signposted,"
                               "false,,,,,,,row %4\r\n")
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i == 2400 ? QStringLiteral("Failing Handler") : QStringLiteral("J. Smith"))
                    .arg(i)
                    .toUtf8();
        const QString file = dir.filePath(QStringLiteral("year.csv"));
        write(file, csv);
        {
            auto db = Database::open(Database::fileNameIn(dir.path()), nullptr);
            QVERIFY(db);
            CD_VERIFY_OK(db->exec(
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON contact_daily "
                               "WHEN new.scope = 'h:Failing Handler' "
                               "BEGIN SELECT RAISE(ABORT, 'no room left on the disk'); END")));
        }
        const Run failed =
            admin(dir.path(), {QStringLiteral("contacts"), QStringLiteral("import"), file});
        QVERIFY2(failed.code != 0, qPrintable(failed.out));
        {
            auto db = Database::open(Database::fileNameIn(dir.path()), nullptr);
            QVERIFY(db);
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT (SELECT count(*) FROM contacts), (SELECT count(*) FROM outbox), "
                "(SELECT count(*) FROM audit_log WHERE action = 'import'), "
                "(SELECT count(*) FROM contact_daily)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QCOMPARE(q.value(1).toInt(), 0);
            QCOMPARE(q.value(2).toInt(), 0);
            QCOMPARE(q.value(3).toInt(), 0);
            CD_VERIFY_OK(db->exec(QStringLiteral("DROP TRIGGER refuse")));
        }
        QVERIFY2(failed.err.contains(QLatin1String("nothing was imported")),
                 qPrintable(failed.err));
        // Once the cause is gone, the same file imports whole.
        const Run again =
            admin(dir.path(), {QStringLiteral("contacts"), QStringLiteral("import"), file});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String(
                     "imported 2500 contacts, 0 already present, 0 conflicts, 0 rejected")),
                 qPrintable(again.out));
        auto db = Database::open(Database::fileNameIn(dir.path()), nullptr);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(
            q.exec(QStringLiteral("SELECT (SELECT count(*) FROM outbox WHERE entity = 'contacts'), "
                                  "(SELECT count(*) FROM outbox WHERE entity = 'audit_log'), "
                                  "(SELECT count(*) FROM audit_log WHERE action = 'import'), "
                                  "(SELECT sum(contacts) FROM contact_daily WHERE scope = 't:QoS "
                                  "North' AND dim = 'all')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2500);
        QCOMPARE(q.value(1).toInt(), 2500);
        QCOMPARE(q.value(2).toInt(), 2500);
        QCOMPARE(q.value(3).toInt(), 2500);
        QVERIFY(AuditStore(*db).verifyChain().intact());
    }

    void exportWritesEveryColumnAndReadsBack()
    {
        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        const Run r = admin(m_dir.path(), {QStringLiteral("contacts"), QStringLiteral("export"),
                                           QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("exported 3 contacts")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const csv::ParseResult parsed = csv::parse(f.readAll());
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.records.size(), 4);
        QCOMPARE(parsed.records.first().fields.join(QLatin1Char(',')),
                 QStringLiteral(
                     "id,started_at,ended_at,handler,team,channel,category,reason,outcome,"
                     "remained_dissatisfied,"
                     "caller_name,caller_phone,caller_email,postcode,reference,vrm,notes,"
                     "call_id,talk_seconds,wrapup_seconds,vulnerable,vulnerability_kinds,address,"
                     "consent_to_outcome"));
        const QStringList jo = parsed.records.at(1).fields;
        QCOMPARE(jo.at(0), QStringLiteral("11111111-2222-4333-8444-555555555501"));
        QCOMPARE(jo.at(1), QStringLiteral("2026-10-01T09:00:00Z"));
        QCOMPARE(jo.at(9), QStringLiteral("true"));
        QCOMPARE(jo.at(10), QStringLiteral("Bloggs, Jo"));
        QCOMPARE(jo.at(16), QStringLiteral("Line one\r\nline two"));

        // Exported files import cleanly into another profile, and the export is audited.
        QTemporaryDir other;
        const Run back =
            admin(other.path(), {QStringLiteral("contacts"), QStringLiteral("import"), out});
        QCOMPARE(back.code, 0);
        QVERIFY(back.out.contains(QLatin1String("imported 3 contacts")));
        auto db = Database::open(Database::fileNameIn(m_dir.path()), nullptr);
        QSqlQuery q(db->sql());
        QVERIFY(
            q.exec(QStringLiteral("SELECT actor, detail FROM audit_log WHERE action = 'export'")) &&
            q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Admin User"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("3 contacts to CSV"));
    }

    // A call's id and its talk and wrap-up times go out in the export and come back in.
    void theCallsTimesGoOutAndBack()
    {
        QTemporaryDir from;
        const QString in = QDir(from.path()).filePath(QStringLiteral("calls.csv"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,started_at,handler,team,channel,category,outcome,caller_phone,call_id,"
                "talk_seconds,wrapup_seconds\n"
                "11111111-2222-4333-8444-5555555555a1,2026-10-05T09:00:00Z,Ann North,north,phone,"
                "low_level_concern,resolved_first_contact,07700900123,C-77,185,40\n"
                "11111111-2222-4333-8444-5555555555a2,2026-10-05T10:00:00Z,Ann North,north,email,"
                "low_level_concern,resolved_first_contact,,,,\n");
        f.close();
        Run r = admin(from.path(), {QStringLiteral("contacts"), QStringLiteral("import"), in});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString out = QDir(from.path()).filePath(QStringLiteral("calls-export.csv"));
        r = admin(from.path(), {QStringLiteral("contacts"), QStringLiteral("export"),
                                QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        QTemporaryDir to;
        r = admin(to.path(), {QStringLiteral("contacts"), QStringLiteral("import"), out});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        auto db = Database::open(Database::fileNameIn(to.path()), nullptr);
        QVERIFY(db);
        ContactStore store(*db);
        const Contact call =
            store
                .get(QStringLiteral("11111111-2222-4333-8444-5555555555a1"), QStringLiteral("test"))
                .value();
        QCOMPARE(call.callId, QStringLiteral("C-77"));
        QCOMPARE(call.talkSeconds, 185);
        QCOMPARE(call.wrapUpSeconds, 40);
        const Contact email =
            store
                .get(QStringLiteral("11111111-2222-4333-8444-5555555555a2"), QStringLiteral("test"))
                .value();
        QCOMPARE(email.talkSeconds, -1); // not known stays not known, never 0
        QCOMPARE(email.wrapUpSeconds, -1);
    }

    // The vulnerability flag and its kinds go out in the export and come back in; a contact
    // where it was not asked stays not asked, never No.
    void theVulnerabilityFlagGoesOutAndBack()
    {
        QTemporaryDir from;
        const QString in = QDir(from.path()).filePath(QStringLiteral("flags.csv"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,started_at,handler,team,channel,category,outcome,vulnerable,"
                "vulnerability_kinds\n"
                "11111111-2222-4333-8444-5555555555b1,2026-10-05T09:00:00Z,Ann North,north,phone,"
                "mental_health,signposted,true,\"isolation,age\"\n"
                "11111111-2222-4333-8444-5555555555b2,2026-10-05T10:00:00Z,Ann North,north,phone,"
                "mental_health,signposted,false,\n"
                "11111111-2222-4333-8444-5555555555b3,2026-10-05T11:00:00Z,Ann North,north,phone,"
                "general_enquiry,signposted,,\n");
        f.close();
        Run r = admin(from.path(), {QStringLiteral("contacts"), QStringLiteral("import"), in});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString out = QDir(from.path()).filePath(QStringLiteral("flags-export.csv"));
        r = admin(from.path(), {QStringLiteral("contacts"), QStringLiteral("export"),
                                QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY2(text.contains(QLatin1String(",true,\"age,isolation\"")), qPrintable(text));
        QTemporaryDir to;
        r = admin(to.path(), {QStringLiteral("contacts"), QStringLiteral("import"), out});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        auto db = Database::open(Database::fileNameIn(to.path()), nullptr);
        QVERIFY(db);
        ContactStore store(*db);
        auto get = [&](const char *id) {
            return store.get(QLatin1String(id), QStringLiteral("test")).value();
        };
        const Contact yes = get("11111111-2222-4333-8444-5555555555b1");
        QCOMPARE(yes.vulnerable, 1);
        QCOMPARE(yes.vulnerabilityKinds, QStringLiteral("age,isolation"));
        QCOMPARE(get("11111111-2222-4333-8444-5555555555b2").vulnerable, 0);
        QCOMPARE(get("11111111-2222-4333-8444-5555555555b3").vulnerable, -1);
    }

    // Caller matching (issue 22): `contacts history` finds a caller's earlier contacts by name
    // and postcode or by address, says why each matched, and the address column goes out in the
    // export and comes back in.
    void historyListsEarlierContactsWithWhyTheyMatched()
    {
        QTemporaryDir from;
        const QString in = QDir(from.path()).filePath(QStringLiteral("callers.csv"));
        write(in, "id,started_at,handler,team,channel,category,outcome,caller_name,caller_phone,"
                  "postcode,address\n"
                  "11111111-2222-4333-8444-5555555555b1,2026-10-05T09:00:00Z,Ann North,north,"
                  "phone,low_level_concern,resolved_first_contact,Jo Bloggs,01245600111,"
                  "CM12 9XY,\n"
                  "11111111-2222-4333-8444-5555555555b2,2026-10-06T09:00:00Z,Ann North,north,"
                  "phone,low_level_concern,resolved_first_contact,Sam Bloggs,07700900333,"
                  "CM12 9XY,\"14, High Street\"\n"
                  "11111111-2222-4333-8444-5555555555b3,2026-10-07T09:00:00Z,Ann North,north,"
                  "phone,low_level_concern,resolved_first_contact,Jo Bloggs,07700900444,"
                  "SS1 2AB,14 High Street\n");
        Run r = admin(from.path(), {QStringLiteral("contacts"), QStringLiteral("import"), in});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

        r = admin(from.path(),
                  {QStringLiteral("contacts"), QStringLiteral("history"), QStringLiteral("--name"),
                   QStringLiteral("JO BLOGGS"), QStringLiteral("--postcode"),
                   QStringLiteral("cm129xy"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("count")).toInt(), 1);
        QJsonObject first = o.value(QLatin1String("contacts")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(),
                 QStringLiteral("11111111-2222-4333-8444-5555555555b1"));
        QCOMPARE(first.value(QLatin1String("matched_by")).toArray(),
                 QJsonArray{QStringLiteral("name_postcode")});
        QCOMPARE(first.value(QLatin1String("why")).toString(),
                 QStringLiteral("same name and postcode"));

        r = admin(from.path(), {QStringLiteral("contacts"), QStringLiteral("history"),
                                QStringLiteral("--address"), QStringLiteral("14 High St"),
                                QStringLiteral("--postcode"), QStringLiteral("CM12 9XY"),
                                QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("count")).toInt(), 1);
        first = o.value(QLatin1String("contacts")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(),
                 QStringLiteral("11111111-2222-4333-8444-5555555555b2"));
        QCOMPARE(first.value(QLatin1String("address")).toString(),
                 QStringLiteral("14, High Street"));
        QCOMPARE(first.value(QLatin1String("why")).toString(), QStringLiteral("same address"));

        // Without --json: a line a contact, with the reason.
        r = admin(from.path(), {QStringLiteral("contacts"), QStringLiteral("history"),
                                QStringLiteral("--phone"), QStringLiteral("+44 7700 900444")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("11111111-2222-4333-8444-5555555555b3")) &&
                     r.out.contains(QLatin1String("(same phone)")),
                 qPrintable(r.out));
        r = admin(from.path(), {QStringLiteral("contacts"), QStringLiteral("history"),
                                QStringLiteral("--name"), QStringLiteral("Jo Bloggs")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--name needs --postcode")));

        // The lookups that showed contacts are on the audit log, by id.
        {
            auto db = Database::open(Database::fileNameIn(from.path()), nullptr);
            QVERIFY(db);
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), group_concat(detail, ';') FROM "
                                          "audit_log WHERE action = 'view_history'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 3);
            QVERIFY(!q.value(1).toString().contains(QLatin1String("Bloggs")));
        }

        // The address goes out in the export and comes back in.
        const QString out = QDir(from.path()).filePath(QStringLiteral("callers-export.csv"));
        r = admin(from.path(), {QStringLiteral("contacts"), QStringLiteral("export"),
                                QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        QTemporaryDir to;
        r = admin(to.path(), {QStringLiteral("contacts"), QStringLiteral("import"), out});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        auto db = Database::open(Database::fileNameIn(to.path()), nullptr);
        QVERIFY(db);
        const Contact sam =
            ContactStore(*db)
                .get(QStringLiteral("11111111-2222-4333-8444-5555555555b2"), QStringLiteral("test"))
                .value();
        QCOMPARE(sam.address, QStringLiteral("14, High Street"));
    }

    // The caller's consent to be told the outcome goes out in the export and comes back in;
    // a file without the column imports as "no consent".
    void consentToOutcomeGoesOutAndBack()
    {
        QTemporaryDir from;
        const QString in = QDir(from.path()).filePath(QStringLiteral("consent.csv"));
        write(in, "id,started_at,handler,team,channel,category,outcome,caller_phone,"
                  "consent_to_outcome\n"
                  "11111111-2222-4333-8444-5555555555c1,2026-10-05T09:00:00Z,Ann North,north,phone,"
                  "low_level_concern,resolved_first_contact,07700900123,true\n"
                  "11111111-2222-4333-8444-5555555555c2,2026-10-05T10:00:00Z,Ann North,north,phone,"
                  "low_level_concern,resolved_first_contact,07700900124,false\n"
                  "11111111-2222-4333-8444-5555555555c3,2026-10-05T11:00:00Z,Ann North,north,phone,"
                  "low_level_concern,resolved_first_contact,07700900125,maybe\n");
        Run r = admin(from.path(), {QStringLiteral("contacts"), QStringLiteral("import"), in});
        QCOMPARE(r.code, 1); // the third row is refused, naming the column
        QVERIFY2(r.err.contains(QLatin1String("consent_to_outcome \"maybe\"")), qPrintable(r.err));
        const QString out = QDir(from.path()).filePath(QStringLiteral("consent-export.csv"));
        r = admin(from.path(), {QStringLiteral("contacts"), QStringLiteral("export"),
                                QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const csv::ParseResult parsed = csv::parse(exported.readAll());
        const int column =
            int(parsed.records.first().fields.indexOf(QStringLiteral("consent_to_outcome")));
        QVERIFY(column > 0);
        QCOMPARE(parsed.records.at(1).fields.at(column), QStringLiteral("true"));
        QCOMPARE(parsed.records.at(2).fields.at(column), QStringLiteral("false"));
        QTemporaryDir to;
        r = admin(to.path(), {QStringLiteral("contacts"), QStringLiteral("import"), out});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        auto db = Database::open(Database::fileNameIn(to.path()), nullptr);
        QVERIFY(db);
        ContactStore store(*db);
        QVERIFY(
            store
                .get(QStringLiteral("11111111-2222-4333-8444-5555555555c1"), QStringLiteral("test"))
                .value()
                .consentToOutcome);
        QVERIFY(!store
                     .get(QStringLiteral("11111111-2222-4333-8444-5555555555c2"),
                          QStringLiteral("test"))
                     .value()
                     .consentToOutcome);
    }

    void aForceAddsToTheTaxonomy()
    {
        Run r = admin(m_dir.path(),
                      {QStringLiteral("taxonomy"), QStringLiteral("add"), QStringLiteral("reason"),
                       QStringLiteral("call_not_answered"), QStringLiteral("101 call not answered"),
                       QStringLiteral("--category"), QStringLiteral("dissatisfaction")});
        QCOMPARE(r.code, 0);
        r = admin(m_dir.path(),
                  {QStringLiteral("taxonomy"), QStringLiteral("add"), QStringLiteral("reason"),
                   QStringLiteral("orphan"), QStringLiteral("Orphan"), QStringLiteral("--category"),
                   QStringLiteral("no_such_category")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QLatin1String("unknown category")));
        r = admin(m_dir.path(), {QStringLiteral("taxonomy"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String(
            "reason\tcall_not_answered\t101 call not answered\tforce\t(dissatisfaction)")));
        QVERIFY(r.out.contains(QLatin1String("channel\tphone\t101 phone\tshipped")));
        // A row using the new reason now imports.
        const QString file = m_dir.filePath(QStringLiteral("force.csv"));
        write(file, kHeader + ",2026-10-07T10:00:00Z,,,,phone,dissatisfaction,call_not_answered,"
                              "referred,true,,,,,,,\r\n");
        r = admin(m_dir.path(), {QStringLiteral("contacts"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("imported 1 contacts")));
    }

    void badUsageIsExplained()
    {
        Run r = admin(m_dir.path(), {QStringLiteral("contacts"), QStringLiteral("import")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("usage: contacts import FILE.csv")));
        r = admin(m_dir.path(), {QStringLiteral("contacts"), QStringLiteral("import"),
                                 m_dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QLatin1String("cannot read")));
        const QString noHeader = m_dir.filePath(QStringLiteral("noheader.csv"));
        write(noHeader, "started_at,channel\r\n2026-01-01T00:00:00Z,phone\r\n");
        r = admin(m_dir.path(), {QStringLiteral("contacts"), QStringLiteral("import"), noHeader});
        QCOMPARE(r.code, 3);
        QVERIFY2(
            r.err.contains(QLatin1String("line 1: the header has no category, outcome column")),
            qPrintable(r.err));
        r = admin(m_dir.path(), {QStringLiteral("nonsense")});
        QCOMPARE(r.code, 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestContactsCli)
#include "tst_contactscli.moc"
