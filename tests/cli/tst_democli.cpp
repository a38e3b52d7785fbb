// contactdesk-admin demo seed: fills a fresh profile through the real stores, the same seed
// gives the same contacts, and a profile that holds data is never filled unasked.
#include "core/escalation.h"
#include "core/londonday.h"
#include "core/workingcalendar.h"
#include "storage/database.h"
#include "storage/escalationstore.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

QString admin()
{
    return QStringLiteral(CONTACTDESK_BIN_DIR "/contactdesk-admin");
}

const QString kNow = QStringLiteral("2026-11-20T16:00:00Z");

qint64 count(const QString &profile, const QString &sql)
{
    Database::OpenError error;
    std::unique_ptr<Database> db = Database::open(Database::fileNameIn(profile), &error);
    if (!db)
        return -1;
    QSqlQuery q(db->sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestDemoCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QString &profile, const QStringList &args)
    {
        QProcess p;
        p.start(admin(), QStringList{QStringLiteral("--profile"), profile} + args);
        Run r;
        if (!p.waitForFinished(300000))
            return r;
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    Run seed(const QString &profile, const QString &seed, const QStringList &more = {})
    {
        return run(profile,
                   QStringList{QStringLiteral("demo"), QStringLiteral("seed"),
                               QStringLiteral("--contacts"), QStringLiteral("4000"),
                               QStringLiteral("--days"), QStringLiteral("45"),
                               QStringLiteral("--seed"), seed, QStringLiteral("--now"), kNow} +
                       more);
    }
    QByteArray exported(const QString &profile)
    {
        const QString file = profile + QStringLiteral("-export.csv");
        const Run r = run(profile, {QStringLiteral("contacts"), QStringLiteral("export"),
                                    QStringLiteral("--out"), file});
        if (r.code != 0)
            return {};
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(admin())); }

    void seedsAFreshProfile()
    {
        const QString profile = m_dir.filePath(QStringLiteral("fresh"));
        const Run r = seed(profile, QStringLiteral("11"));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("4000 contacts"), r.out.constData());

        // The contacts commands see the rows.
        const QByteArray csv = exported(profile);
        QCOMPARE(csv.count('\n'), 4001); // the header and every contact
        QVERIFY(csv.contains("[Training data]"));
        QCOMPARE(count(profile, QStringLiteral("SELECT count(*) FROM contacts")), 4000);
        // ...and so do the dashboards' daily counts, the vehicles, the surveys.
        QCOMPARE(
            count(profile, QStringLiteral("SELECT sum(contacts) FROM contact_daily WHERE scope = "
                                          "'t:Demo team' AND dim = 'all'")),
            4000);
        QVERIFY(count(profile, QStringLiteral("SELECT count(*) FROM vehicles WHERE status = "
                                              "'held'")) > 0);
        QVERIFY(count(profile, QStringLiteral("SELECT count(*) FROM vehicles WHERE status = "
                                              "'released'")) > 0);
        QVERIFY(count(profile, QStringLiteral("SELECT count(*) FROM survey_responses")) > 100);
        QCOMPARE(count(profile, QStringLiteral("SELECT count(*) FROM outbox WHERE "
                                               "entity = 'contacts'")),
                 4000);
        // The profile says it holds made-up data: its reports are marked and it never syncs.
        QCOMPARE(count(profile, QStringLiteral("SELECT count(*) FROM settings WHERE key = "
                                               "'training.data' AND value = 'true'")),
                 1);
    }

    void escalationsAtEveryStageAndDueState()
    {
        const QString profile = m_dir.filePath(QStringLiteral("fresh"));
        Database::OpenError error;
        std::unique_ptr<Database> db = Database::open(Database::fileNameIn(profile), &error);
        QVERIFY(db);
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        QVERIFY2(rules, qPrintable(rules.errorMessage()));
        EscalationFilter all;
        all.limit = 100000;
        const QList<EscalationSummary> list = EscalationStore(*db, rules.value()).list(all);
        QVERIFY(list.size() > 40);
        const QDate today = londonDay(QDateTime::fromString(kNow, Qt::ISODate));
        QSet<EscalationStatus> statuses;
        QSet<DueState> states;
        for (const EscalationSummary &e : list) {
            statuses.insert(e.status);
            QVERIFY(e.raisedOn <= today);
            if (lifecycle::isOpen(e.status) && e.status != EscalationStatus::Draft)
                states.insert(dueStatus(rules->calendar, e.raisedOn, e.dueOn, today).state);
        }
        for (const EscalationStatus s : allEscalationStatuses())
            QVERIFY2(statuses.contains(s), qPrintable(escalationStatusName(s)));
        QVERIFY2(states.contains(DueState::OnTrack), "on track");
        QVERIFY2(states.contains(DueState::DueSoon), "due soon");
        QVERIFY2(states.contains(DueState::Overdue), "overdue");
    }

    void sameSeedSameContacts()
    {
        const QString a = m_dir.filePath(QStringLiteral("same-a"));
        const QString b = m_dir.filePath(QStringLiteral("same-b"));
        const QString c = m_dir.filePath(QStringLiteral("other"));
        QCOMPARE(seed(a, QStringLiteral("5")).code, 0);
        QCOMPARE(seed(b, QStringLiteral("5")).code, 0);
        QCOMPARE(seed(c, QStringLiteral("6")).code, 0);
        const QByteArray first = exported(a);
        QVERIFY(!first.isEmpty());
        QCOMPARE(exported(b), first);
        QVERIFY(exported(c) != first);
    }

    void refusesAProfileThatHoldsData()
    {
        const QString profile = m_dir.filePath(QStringLiteral("fresh"));
        Run r = seed(profile, QStringLiteral("12"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("already holds 4000 contacts"), r.err.constData());
        QVERIFY(r.err.contains("--force"));
        QCOMPARE(count(profile, QStringLiteral("SELECT count(*) FROM contacts")), 4000);

        // A profile with only a contact typed by hand is refused too.
        const QString real = m_dir.filePath(QStringLiteral("real"));
        QFile csv(m_dir.filePath(QStringLiteral("one.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("started_at,handler,team,channel,category,outcome\n"
                  "2026-11-01T10:00:00Z,A. Handler,QoS North,phone,general_enquiry,"
                  "resolved_first_contact\n");
        csv.close();
        QCOMPARE(
            run(real, {QStringLiteral("contacts"), QStringLiteral("import"), csv.fileName()}).code,
            0);
        QCOMPARE(seed(real, QStringLiteral("1")).code, 2);
        QCOMPARE(count(real, QStringLiteral("SELECT count(*) FROM contacts")), 1);

        // Asked for, it adds.
        r = seed(profile, QStringLiteral("12"), {QStringLiteral("--force")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(count(profile, QStringLiteral("SELECT count(*) FROM contacts")), 8000);

        // The same seed again adds nothing: no contact twice, no second escalation.
        const qint64 escalations =
            count(profile, QStringLiteral("SELECT count(*) FROM escalations"));
        QVERIFY(escalations > 0);
        r = seed(profile, QStringLiteral("12"), {QStringLiteral("--force")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("4000 generated contacts were already in the profile"),
                 r.out.constData());
        QCOMPARE(count(profile, QStringLiteral("SELECT count(*) FROM contacts")), 8000);
        QCOMPARE(count(profile, QStringLiteral("SELECT count(*) FROM escalations")), escalations);
    }

    void badArguments()
    {
        const QString profile = m_dir.filePath(QStringLiteral("bad"));
        QCOMPARE(run(profile, {QStringLiteral("demo"), QStringLiteral("seed")}).code, 2);
        QCOMPARE(run(profile, {QStringLiteral("demo"), QStringLiteral("seed"),
                               QStringLiteral("--contacts"), QStringLiteral("0")})
                     .code,
                 2);
        QCOMPARE(run(profile,
                     {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--contacts"),
                      QStringLiteral("10"), QStringLiteral("--now"), QStringLiteral("yesterday")})
                     .code,
                 2);
        QCOMPARE(run(profile, {QStringLiteral("demo"), QStringLiteral("grow")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestDemoCli)
#include "tst_democli.moc"
