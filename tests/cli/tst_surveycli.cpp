// contactdesk-admin surveys and improvements run as programs: the gateway's webhook file, a
// reply asked for becoming an escalation, and the improvement log kept by managers only.
#include "verify.h"

#include "core/contact.h"
#include "storage/contactstore.h"
#include "storage/database.h"

#include "adminrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cd::test::admin;
using cd::test::Run;

namespace {
QStringList profileSet(const QString &role)
{
    return {QStringLiteral("profile"),   QStringLiteral("set"),    QStringLiteral("--name"),
            QStringLiteral("Max North"), QStringLiteral("--role"), role,
            QStringLiteral("--team"),    QStringLiteral("north")};
}
} // namespace

class TestSurveyCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_contactId;

    int count(const QString &sql)
    {
        Database::OpenError error;
        auto db = Database::open(Database::fileNameIn(m_dir.path()), &error);
        if (!db)
            return -1;
        QSqlQuery q(db->sql());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(admin(m_dir.path(), profileSet(QStringLiteral("handler"))).code, 0);
        Database::OpenError error;
        auto db = Database::open(Database::fileNameIn(m_dir.path()), &error);
        QVERIFY(db);
        Contact c;
        c.startedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
        c.handler = QStringLiteral("Max North");
        c.team = QStringLiteral("north");
        c.channel = QStringLiteral("phone");
        c.category = QStringLiteral("general_enquiry");
        c.outcome = QStringLiteral("resolved_first_contact");
        c.callerPhone = QStringLiteral("07700900123");
        CD_VERIFY_OK(ContactStore(*db).save(c, c.handler));
        m_contactId = c.id;
    }

    void theWebhookFileIsImportedAndAReplyIsATask()
    {
        const QString file = m_dir.filePath(QStringLiteral("inbound.jsonl"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"contact_id\": \"" + m_contactId.toUtf8() +
                "\", \"answered_at\": \"2026-11-05T10:00:00Z\", \"answers\": {\"polite\": 9, "
                "\"helped\": 4}, \"comment\": \"Still waiting\", \"wants_reply\": true, "
                "\"gateway_id\": \"abc\"}\n");
        f.close();
        const Run r =
            admin(m_dir.path(), {QStringLiteral("surveys"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2 answers added")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("1 replies asked for")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM escalations WHERE type = "
                                      "'feedback_reply' AND due_at = '2026-11-19'")),
                 1);
    }

    void onlyAManagerKeepsTheLog()
    {
        const QStringList add = {
            QStringLiteral("improvements"), QStringLiteral("add"),
            QStringLiteral("--issue"),      QStringLiteral("Not kept informed"),
            QStringLiteral("--change"),     QStringLiteral("Update calls booked"),
            QStringLiteral("--date"),       QStringLiteral("2026-11-04"),
            QStringLiteral("--reason"),     QStringLiteral("no_update,not_kept_informed")};
        Run r = admin(m_dir.path(), add);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Only a manager")), qPrintable(r.err));
        QCOMPARE(admin(m_dir.path(), profileSet(QStringLiteral("manager"))).code, 0);
        r = admin(m_dir.path(), add);
        QCOMPARE(r.code, 0);
        r = admin(m_dir.path(),
                  {QStringLiteral("improvements"), QStringLiteral("list"),
                   QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject e = rows.at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("issue")).toString(), QStringLiteral("Not kept informed"));
        QCOMPARE(e.value(QStringLiteral("changed_on")).toString(), QStringLiteral("2026-11-04"));
        QCOMPARE(e.value(QStringLiteral("team")).toString(), QStringLiteral("north"));
        QCOMPARE(e.value(QStringLiteral("reasons")).toArray().size(), 2);
        r = admin(m_dir.path(),
                  {QStringLiteral("improvements"), QStringLiteral("list"),
                   QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'improvements'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSurveyCli)
#include "tst_surveycli.moc"
