// `contactdesk-admin messages` run as a program against a loopback HTTP gateway: queue what the
// Desk would propose, list it as JSON, export it; send it, and never send it twice when the
// program is killed between the gateway taking a message and the answer being recorded; record
// delivery receipts from the gateway's callback file (all or nothing) and by asking it.
#include "loopbackgateway.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QString kAdmin = QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin");
// Noon tomorrow (UTC; daytime in London all year): later than the time `messages queue` stamps
// on a message, whatever the time the test runs.
const QString kDaytime =
    QDateTime(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(12, 0), Qt::UTC)
        .toString(Qt::ISODate);

QProcessEnvironment adminEnv(bool withKey = true)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CONTACTDESK_MESSAGE_GATEWAY_KEY"));
    if (withKey)
        env.insert(QStringLiteral("CONTACTDESK_MESSAGE_GATEWAY_KEY"), QStringLiteral("test-token"));
    return env;
}

// Runs the program while this process's event loop keeps serving the loopback gateway.
Run admin(const QString &profile, const QStringList &args, bool withKey = true)
{
    QProcess p;
    p.setProcessEnvironment(adminEnv(withKey));
    p.start(kAdmin, QStringList{QStringLiteral("--profile"), profile} + args);
    if (!p.waitForStarted())
        qFatal("contactdesk-admin did not start");
    QDeadlineTimer deadline(120000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (p.state() != QProcess::NotRunning)
        qFatal("contactdesk-admin did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString localValue(const QString &profile, const QString &sql)
{
    auto db = Database::open(Database::fileNameIn(profile), nullptr);
    QSqlQuery q(db->sql());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("ERROR");
    return q.value(0).toString();
}

// Three consenting callers: one eligible (vehicle recovery, a mobile), one with a sensitive
// matter (mental health), one where a risk phrase fired; and one who did not consent.
const QByteArray kContacts =
    "id,started_at,handler,team,channel,category,outcome,caller_phone,reference,"
    "consent_to_outcome\n"
    "11111111-2222-4333-8444-5555555555d1,2026-12-01T10:00:00Z,Ann North,north,phone,"
    "vehicle_recovery,resolved_first_contact,07700 900123,VR-1,true\n"
    "11111111-2222-4333-8444-5555555555d2,2026-12-01T10:05:00Z,Ann North,north,phone,"
    "mental_health,referred,07700900124,,true\n"
    "11111111-2222-4333-8444-5555555555d3,2026-12-01T10:10:00Z,Ann North,north,phone,"
    "general_enquiry,resolved_first_contact,07700900125,,false\n";
} // namespace

class TestMessagesCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    void set(const QString &key, const QString &value)
    {
        const Run r =
            admin(m_dir.path(), {QStringLiteral("profile"), QStringLiteral("setting"), key, value});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Run r = admin(m_dir.path(), {QStringLiteral("profile"), QStringLiteral("set"),
                                     QStringLiteral("--name"), QStringLiteral("Ann North"),
                                     QStringLiteral("--team"), QStringLiteral("north")});
        QCOMPARE(r.code, 0);
        const QString csv = m_dir.filePath(QStringLiteral("contacts.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kContacts);
        f.close();
        r = admin(m_dir.path(), {QStringLiteral("contacts"), QStringLiteral("import"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        // A risk phrase fired on a fourth, otherwise eligible, contact.
        auto db = Database::open(Database::fileNameIn(m_dir.path()), nullptr);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO contacts (id, started_at, handler, team, channel, category, outcome, "
            "consent_to_outcome, caller_phone, risk_prompts, updated_hlc, origin) VALUES "
            "('11111111-2222-4333-8444-5555555555d4', '2026-12-01T10:15:00.000Z', 'Ann North', "
            "'north', 'phone', 'vehicle_recovery', 'resolved_first_contact', 1, '07700900126', "
            "'[{\"kind\":\"self_harm\",\"phrase\":\"x\",\"response\":\"denied\"}]', "
            "'1764583200000-000000-x', 'x')")));
    }

    void queueProposesOnlyForEligibleContactsAndListsThem()
    {
        Run r = admin(m_dir.path(), {QStringLiteral("messages"), QStringLiteral("queue")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("queued 1 messages; 2 consenting contacts not "
                                              "eligible")),
                 qPrintable(r.out));
        // Queuing again adds nothing.
        r = admin(m_dir.path(), {QStringLiteral("messages"), QStringLiteral("queue")});
        QVERIFY2(r.out.contains(QLatin1String("queued 0 messages")), qPrintable(r.out));

        r = admin(m_dir.path(),
                  {QStringLiteral("messages"), QStringLiteral("list"), QStringLiteral("--status"),
                   QStringLiteral("queued"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject m = list.first().toObject();
        QCOMPARE(m.value(QLatin1String("contact_id")).toString(),
                 QStringLiteral("11111111-2222-4333-8444-5555555555d1"));
        QCOMPARE(m.value(QLatin1String("channel")).toString(), QStringLiteral("sms"));
        QCOMPARE(m.value(QLatin1String("to")).toString(), QStringLiteral("+447700900123"));
        QCOMPARE(m.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
        QVERIFY(m.value(QLatin1String("text")).toString().contains(QLatin1String("VR-1")));
        QCOMPARE(
            QStringList(m.keys()),
            (QStringList{QStringLiteral("channel"), QStringLiteral("contact_id"),
                         QStringLiteral("status"), QStringLiteral("text"), QStringLiteral("to")}));
        r = admin(m_dir.path(), {QStringLiteral("messages"), QStringLiteral("list"),
                                 QStringLiteral("--status"), QStringLiteral("nonsense")});
        QCOMPARE(r.code, 2);

        const QString out = m_dir.filePath(QStringLiteral("messages.csv"));
        r = admin(m_dir.path(), {QStringLiteral("messages"), QStringLiteral("export"),
                                 QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("reference,contact_id,channel,to,language,status,text,"
                            "queued_at"));
        QVERIFY(lines.at(1).contains("+447700900123"));
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void quietHoursSendNothing()
    {
        LoopbackGateway gateway;
        set(QStringLiteral("messages.gateway_url"), gateway.sendUrl());
        const Run r =
            admin(m_dir.path(), {QStringLiteral("messages"), QStringLiteral("send"),
                                 QStringLiteral("--now"), QStringLiteral("2026-12-02T22:00:00Z")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("quiet hours: nothing sent until 2026-12-03 08:00")),
                 qPrintable(r.out));
        QCOMPARE(gateway.posts(), 0);
    }

    // The gateway takes the message but the program is killed before its answer is recorded;
    // run again, the program asks the gateway about the reference and records it as sent,
    // without a second message to the caller.
    void noDuplicateAfterAKillBetweenSendAndRecord()
    {
        LoopbackGateway gateway;
        gateway.mode = LoopbackGateway::Mode::Hang;
        set(QStringLiteral("messages.gateway_url"), gateway.sendUrl());
        set(QStringLiteral("messages.gateway_lookup_url"), gateway.lookupUrl());

        QProcess p;
        p.setProcessEnvironment(adminEnv());
        p.start(kAdmin, {QStringLiteral("--profile"), m_dir.path(), QStringLiteral("messages"),
                         QStringLiteral("send"), QStringLiteral("--now"), kDaytime});
        QVERIFY(p.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(gateway.posts(), 1, 120000);
        p.kill();
        QVERIFY(p.waitForFinished());
        const QString id = QStringLiteral("11111111-2222-4333-8444-5555555555d1");
        QCOMPARE(localValue(m_dir.path(), QStringLiteral("SELECT status || ' ' || attempts FROM "
                                                         "outcome_messages WHERE contact_id = '%1'")
                                              .arg(id)),
                 QStringLiteral("sending 1"));

        gateway.mode = LoopbackGateway::Mode::Accept;
        const Run r = admin(m_dir.path(), {QStringLiteral("messages"), QStringLiteral("send"),
                                           QStringLiteral("--now"), kDaytime});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("sent 0, already with the gateway 1")),
                 qPrintable(r.out));
        QCOMPARE(gateway.posts(), 1);
        QCOMPARE(gateway.gets(), 1);
        QCOMPARE(gateway.postsByReference.size(), 1);
        for (int n : std::as_const(gateway.postsByReference))
            QCOMPARE(n, 1);
        QCOMPARE(localValue(m_dir.path(), QStringLiteral("SELECT status || ' ' || provider_id FROM "
                                                         "outcome_messages WHERE contact_id = '%1'")
                                              .arg(id)),
                 QStringLiteral("sent notify-1"));

        // And once more: nothing left to send.
        const Run again = admin(m_dir.path(), {QStringLiteral("messages"), QStringLiteral("send"),
                                               QStringLiteral("--now"), kDaytime});
        QVERIFY(again.out.contains(QLatin1String("sent 0, already with the gateway 0")));
        QCOMPARE(gateway.posts(), 1);
    }

    // Without the environment variable the key comes from a file only its owner can read.
    void theKeyFileMustBeTheOwnersAlone()
    {
        QTemporaryDir dir;
        QCOMPARE(admin(dir.path(), {QStringLiteral("profile"), QStringLiteral("set"),
                                    QStringLiteral("--name"), QStringLiteral("Ann North"),
                                    QStringLiteral("--team"), QStringLiteral("north")})
                     .code,
                 0);
        const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kContacts);
        f.close();
        QCOMPARE(
            admin(dir.path(), {QStringLiteral("contacts"), QStringLiteral("import"), csv}).code, 0);
        QCOMPARE(admin(dir.path(), {QStringLiteral("messages"), QStringLiteral("queue")}).code, 0);
        LoopbackGateway gateway;
        const QString keyFile = dir.filePath(QStringLiteral("gateway.key"));
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("secret-from-file\n");
        key.close();
        QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ReadGroup | QFileDevice::ReadOther));
        for (const auto &[name, value] :
             {std::pair{QStringLiteral("messages.gateway_url"), gateway.sendUrl()},
              std::pair{QStringLiteral("messages.gateway_key_file"), keyFile}})
            QCOMPARE(admin(dir.path(),
                           {QStringLiteral("profile"), QStringLiteral("setting"), name, value})
                         .code,
                     0);
        Run r = admin(
            dir.path(),
            {QStringLiteral("messages"), QStringLiteral("send"), QStringLiteral("--now"), kDaytime},
            false);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("mode 0600")), qPrintable(r.err));
        QCOMPARE(gateway.posts(), 0);
        QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        r = admin(
            dir.path(),
            {QStringLiteral("messages"), QStringLiteral("send"), QStringLiteral("--now"), kDaytime},
            false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(gateway.posts(), 1);
        QCOMPARE(gateway.requests.at(0).headers.value("authorization"),
                 QByteArray("Bearer secret-from-file"));
    }

    // Without a lookup the interrupted message goes again with the same reference, never a
    // new one, for a gateway that drops duplicates by it.
    void withoutALookupTheSameReferenceIsReused()
    {
        QTemporaryDir dir;
        Run r = admin(dir.path(), {QStringLiteral("profile"), QStringLiteral("set"),
                                   QStringLiteral("--name"), QStringLiteral("Ann North"),
                                   QStringLiteral("--team"), QStringLiteral("north")});
        const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kContacts);
        f.close();
        QCOMPARE(
            admin(dir.path(), {QStringLiteral("contacts"), QStringLiteral("import"), csv}).code, 0);
        QCOMPARE(admin(dir.path(), {QStringLiteral("messages"), QStringLiteral("queue")}).code, 0);
        LoopbackGateway gateway;
        gateway.mode = LoopbackGateway::Mode::Hang;
        QCOMPARE(admin(dir.path(), {QStringLiteral("profile"), QStringLiteral("setting"),
                                    QStringLiteral("messages.gateway_url"), gateway.sendUrl()})
                     .code,
                 0);
        QProcess p;
        p.setProcessEnvironment(adminEnv());
        p.start(kAdmin, {QStringLiteral("--profile"), dir.path(), QStringLiteral("messages"),
                         QStringLiteral("send"), QStringLiteral("--now"), kDaytime});
        QVERIFY(p.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(gateway.posts(), 1, 120000);
        p.kill();
        QVERIFY(p.waitForFinished());
        gateway.mode = LoopbackGateway::Mode::Accept;
        r = admin(dir.path(), {QStringLiteral("messages"), QStringLiteral("send"),
                               QStringLiteral("--now"), kDaytime});
        QVERIFY2(r.out.contains(QLatin1String("sent 1")), qPrintable(r.out));
        QCOMPARE(gateway.postsByReference.size(), 1); // one reference, sent twice
        QCOMPARE(gateway.posts(), 2);
        QCOMPARE(gateway.requests.at(0).headers.value("idempotency-key"),
                 gateway.requests.at(1).headers.value("idempotency-key"));
    }

    // The gateway's callbacks, one JSON object a line: a file with any bad line records nothing
    // and names each; a good one moves the sent message to delivered; a later failure does not
    // move it back. The callback's recipient is never repeated.
    void receiptsFromTheCallbackFile()
    {
        const QString id = QStringLiteral("11111111-2222-4333-8444-5555555555d1");
        const QString status =
            QStringLiteral(
                "SELECT status || ' ' || last_error FROM outcome_messages WHERE contact_id = '%1'")
                .arg(id);
        QCOMPARE(localValue(m_dir.path(), status), QStringLiteral("sent "));
        auto write = [this](const QString &name, const QByteArray &text) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            f.write(text);
            return path;
        };
        const QByteArray delivered =
            R"({"id":"notify-1","reference":"r","to":"+447700900123","status":"delivered",)"
            R"("notification_type":"sms"})";
        const QString bad =
            write(QStringLiteral("bad.jsonl"),
                  delivered + "\nnot json\n\n" +
                      R"({"id":"notify-99","status":"delivered","to":"+447700900199"})" + '\n' +
                      R"({"id":"notify-1","status":"lost-in-the-post"})" + '\n');
        Run r = admin(m_dir.path(), {QStringLiteral("messages"), QStringLiteral("receipts"),
                                     QStringLiteral("--file"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 2: not a JSON object\nline 4: no message "
                                              "with id notify-99\nline 5:")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("line 5: \"lost-in-the-post\" is not a delivery "
                                              "status")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing recorded")), qPrintable(r.err));
        QCOMPARE(localValue(m_dir.path(), status), QStringLiteral("sent "));
        // Readable lines, one for a message this workstation does not have: still nothing.
        const QString unknown =
            write(QStringLiteral("unknown.jsonl"),
                  delivered + '\n' + R"({"id":"notify-99","status":"delivered"})" + '\n');
        r = admin(m_dir.path(), {QStringLiteral("messages"), QStringLiteral("receipts"),
                                 QStringLiteral("--file"), unknown});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 2: no message with id notify-99")),
                 qPrintable(r.err));
        QCOMPARE(localValue(m_dir.path(), status), QStringLiteral("sent "));

        const QString good = write(QStringLiteral("good.jsonl"), delivered + '\n');
        r = admin(m_dir.path(), {QStringLiteral("messages"), QStringLiteral("receipts"),
                                 QStringLiteral("--file"), good});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("delivered 1, failed 0")), qPrintable(r.out));
        QCOMPARE(localValue(m_dir.path(), status), QStringLiteral("delivered "));
        QVERIFY(!(r.out + r.err).contains(QLatin1String("7700")));

        const QString late =
            write(QStringLiteral("late.jsonl"),
                  R"({"id":"notify-1","status":"permanent-failure","to":"+447700900123"})"
                  "\n");
        r = admin(m_dir.path(), {QStringLiteral("messages"), QStringLiteral("receipts"),
                                 QStringLiteral("--file"), late});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("already final 1")), qPrintable(r.out));
        QCOMPARE(localValue(m_dir.path(), status), QStringLiteral("delivered "));
        r = admin(m_dir.path(),
                  {QStringLiteral("messages"), QStringLiteral("list"), QStringLiteral("--status"),
                   QStringLiteral("delivered"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    }

    // `messages receipts` asks the gateway's status URL about each sent message.
    void receiptsByAskingTheGateway()
    {
        QTemporaryDir dir;
        QCOMPARE(admin(dir.path(), {QStringLiteral("profile"), QStringLiteral("set"),
                                    QStringLiteral("--name"), QStringLiteral("Ann North"),
                                    QStringLiteral("--team"), QStringLiteral("north")})
                     .code,
                 0);
        const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kContacts);
        f.close();
        QCOMPARE(
            admin(dir.path(), {QStringLiteral("contacts"), QStringLiteral("import"), csv}).code, 0);
        QCOMPARE(admin(dir.path(), {QStringLiteral("messages"), QStringLiteral("queue")}).code, 0);
        LoopbackGateway gateway;
        for (const auto &[name, value] :
             {std::pair{QStringLiteral("messages.gateway_url"), gateway.sendUrl()},
              std::pair{QStringLiteral("messages.gateway_status_url"), gateway.statusUrl()}})
            QCOMPARE(admin(dir.path(),
                           {QStringLiteral("profile"), QStringLiteral("setting"), name, value})
                         .code,
                     0);
        Run r = admin(dir.path(), {QStringLiteral("messages"), QStringLiteral("send"),
                                   QStringLiteral("--now"), kDaytime});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin(dir.path(), {QStringLiteral("messages"), QStringLiteral("receipts")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("delivered 0, failed 0, not final yet 1")),
                 qPrintable(r.out));
        gateway.statusById.insert(QStringLiteral("notify-1"), QStringLiteral("delivered"));
        r = admin(dir.path(), {QStringLiteral("messages"), QStringLiteral("receipts")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("delivered 1, failed 0, not final yet 0")),
                 qPrintable(r.out));
        QCOMPARE(gateway.statusGets, 2);
        QCOMPARE(localValue(dir.path(), QStringLiteral("SELECT status FROM outcome_messages")),
                 QStringLiteral("delivered"));
        // Final now: not asked about again.
        r = admin(dir.path(), {QStringLiteral("messages"), QStringLiteral("receipts")});
        QCOMPARE(r.code, 0);
        QCOMPARE(gateway.statusGets, 2);
    }
};

QTEST_GUILESS_MAIN(TestMessagesCli)
#include "tst_messagescli.moc"
