#include "verify.h"
#include "core/clock.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/escalationstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using S = EscalationStatus;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestEscalationsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 23), QTime(10, 0), Qt::UTC)};
    QString m_callback;  // Sam, qos, due 2026-12-24
    QString m_complaint; // Jo, qos, submitted, due 2026-12-29
    QString m_referral;  // Max, north, submitted, due 2027-01-11

    Run admin(const QStringList &args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin"));
        p.setArguments(QStringList{QStringLiteral("--profile"), m_dir.path()} + args);
        p.start();
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QJsonObject listJson(const QStringList &extra)
    {
        const Run r = admin(QStringList{QStringLiteral("escalations"), QStringLiteral("list"),
                                        QStringLiteral("--json")} +
                            extra);
        if (r.code != 0)
            qWarning("exit %d: %s", r.code, qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static QStringList ids(const QJsonObject &list)
    {
        QStringList out;
        for (const QJsonValue &v : list.value(QLatin1String("escalations")).toArray())
            out.append(v.toObject().value(QLatin1String("id")).toString());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setInstance(&m_clock);
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        Database::OpenError error;
        std::unique_ptr<Database> db = Database::open(Database::fileNameIn(m_dir.path()), &error);
        QVERIFY2(db, qPrintable(error.message));
        EscalationStore store(*db, rules.value());
        Contact c;
        c.id = QStringLiteral("c-1");
        c.callerName = QStringLiteral("Ann Smith");
        c.callerPhone = QStringLiteral("07700900123");
        c.notes = QStringLiteral("Wants a call");
        auto fields = [](const char *json) {
            return QJsonDocument::fromJson(QByteArray(json)).object();
        };
        Result<Escalation> cb = store.createFromContact(
            c, QStringLiteral("callback"), QStringLiteral("Sam"), QStringLiteral("qos"));
        Result<Escalation> complaint = store.createFromContact(
            c, QStringLiteral("formal_complaint"), QStringLiteral("Jo"), QStringLiteral("qos"),
            fields(
                R"({"complainant_name":"Ann Smith","complainant_phone":"07700900123","contact_preference":"phone",)"
                R"("complainant_status":"directed_at","incident_date":"2026-12-01",)"
                R"("schedule3_ground":"complainant_wish","views_sought":true,"summary":"Rude officer"})"));
        Result<Escalation> referral = store.createFromContact(
            c, QStringLiteral("referral"), QStringLiteral("Max"), QStringLiteral("north"),
            fields(
                R"({"receiving_team":"lpa_north","caller_name":"Ann Smith","matter":"x","caller_told_timescale":true})"));
        CD_VERIFY_OK(cb);
        CD_VERIFY_OK(complaint);
        CD_VERIFY_OK(referral);
        CD_VERIFY_OK(store.transition(complaint->id, S::Submitted, QStringLiteral("Jo")));
        CD_VERIFY_OK(store.transition(referral->id, S::Submitted, QStringLiteral("Max")));
        m_callback = cb->id;
        m_complaint = complaint->id;
        m_referral = referral->id;
    }

    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void listAllByDueDate()
    {
        const QJsonObject list =
            listJson({QStringLiteral("--as-of"), QStringLiteral("2026-12-23")});
        QCOMPARE(list.value(QLatin1String("count")).toInt(), 3);
        QCOMPARE(list.value(QLatin1String("overdue")).toInt(), 0);
        QCOMPARE(ids(list), QStringList({m_callback, m_complaint, m_referral}));
        const QJsonObject first =
            list.value(QLatin1String("escalations")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("due_on")).toString(), QStringLiteral("2026-12-24"));
        QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(first.value(QLatin1String("rag")).toString(), QStringLiteral("green"));
        QCOMPARE(first.value(QLatin1String("working_days_left")).toInt(), 1);
        const QJsonObject third =
            list.value(QLatin1String("escalations")).toArray().at(2).toObject();
        QCOMPARE(third.value(QLatin1String("receiving_team_label")).toString(),
                 QStringLiteral("Local policing area: North"));
        QVERIFY(!list.contains(QLatin1String("caller_name"))); // lists carry no personal data
    }

    void listOverdue()
    {
        const QJsonObject list = listJson(
            {QStringLiteral("--overdue"), QStringLiteral("--as-of"), QStringLiteral("2026-12-30")});
        QCOMPARE(ids(list), QStringList({m_callback, m_complaint}));
        QCOMPARE(list.value(QLatin1String("overdue")).toInt(), 2);
        for (const QJsonValue &v : list.value(QLatin1String("escalations")).toArray()) {
            QCOMPARE(v.toObject().value(QLatin1String("rag")).toString(), QStringLiteral("red"));
            QCOMPARE(v.toObject().value(QLatin1String("marker")).toString(),
                     QStringLiteral("OVERDUE"));
        }
        QVERIFY(ids(listJson({QStringLiteral("--overdue"), QStringLiteral("--as-of"),
                              QStringLiteral("2026-12-24")}))
                    .isEmpty());
    }

    void listByTeam()
    {
        QCOMPARE(ids(listJson({QStringLiteral("--team"), QStringLiteral("north")})),
                 QStringList({m_referral}));
        QCOMPARE(ids(listJson({QStringLiteral("--team"), QStringLiteral("qos"),
                               QStringLiteral("--overdue"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-12-29")})),
                 QStringList({m_callback}));
    }

    void readableTable()
    {
        const Run r = admin({QStringLiteral("escalations"), QStringLiteral("list"),
                             QStringLiteral("--as-of"), QStringLiteral("2026-12-29")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(0).startsWith(QLatin1String("DUE")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("2026-12-24  OVERDUE")));
        QVERIFY(lines.at(1).endsWith(m_callback));
        QVERIFY(lines.at(2).startsWith(QLatin1String("2026-12-29  DUE SOON")));
        QVERIFY(lines.at(3).startsWith(QLatin1String("2027-01-11  on track")));
        QCOMPARE(lines.at(4), QStringLiteral("3 escalations as of 2026-12-29"));
    }

    void usageErrors()
    {
        QCOMPARE(admin({QStringLiteral("escalations")}).code, 2);
        QCOMPARE(admin({QStringLiteral("escalations"), QStringLiteral("list"),
                        QStringLiteral("--as-of"), QStringLiteral("29/12/2026")})
                     .code,
                 2);
        QCOMPARE(admin({QStringLiteral("escalations"), QStringLiteral("export"), m_complaint}).code,
                 2);
        QCOMPARE(admin({QStringLiteral("escalations"), QStringLiteral("frobnicate")}).code, 2);
    }

    void exportPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        const Run r = admin({QStringLiteral("escalations"), QStringLiteral("export"), m_complaint,
                             QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("out.pdf")));
        QVERIFY(QFileInfo(pdf).size() > 0);
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(30000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput())
                                     .normalized(QString::NormalizationForm_KC);
            QVERIFY2(text.contains(QLatin1String("Formal complaint (Schedule 3)")),
                     qPrintable(text));
            QVERIFY(text.contains(QLatin1String("Rude officer")));
        }
        Database::OpenError error;
        std::unique_ptr<Database> db = Database::open(Database::fileNameIn(m_dir.path()), &error);
        QVERIFY(db);
        const QList<AuditEntry> audit = AuditStore(*db).recent(1, m_complaint);
        QCOMPARE(audit.first().action, QStringLiteral("export"));
        QCOMPARE(audit.first().detail, QStringLiteral("pdf to Professional Standards Department"));

        const Run missing = admin({QStringLiteral("escalations"), QStringLiteral("export"),
                                   QStringLiteral("no-such-id"), QStringLiteral("--pdf"),
                                   m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.err.contains(QLatin1String("No escalation no-such-id")));
    }
};

QTEST_GUILESS_MAIN(TestEscalationsCli)
#include "tst_escalationscli.moc"
