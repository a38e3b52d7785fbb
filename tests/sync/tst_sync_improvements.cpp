// "You said, we did": a manager's improvement log entry goes through the real shared database
// (server schema 10) to the team's other workstations, stays out of other teams', is refused
// from a handler, and appears in the monthly report with the trend of the reasons behind it.
#include "pgtest.h"

#include "reports/monthlyreport.h"
#include "storage/improvementstore.h"

#include <QProcess>

using namespace cd;
using namespace pgtest;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QHash<QString, QString> csvMeasures(const QByteArray &text)
{
    QHash<QString, QString> m;
    for (const QByteArray &line : text.split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        const qsizetype comma = l.indexOf(QLatin1Char(','));
        if (comma > 0)
            m.insert(l.left(comma), l.mid(comma + 1));
    }
    return m;
}

} // namespace

class TestSyncImprovements : public QObject
{
    Q_OBJECT

    QString m_db;
    QString m_max, m_ann, m_sue;

    // A dissatisfaction contact of `reason` on `day` (10:00 UTC), saved on `w`.
    static QString dissatisfied(Workstation &w, const QString &reason, const QDate &day)
    {
        Contact c = w.newContact();
        c.startedAt = QDateTime(day, QTime(10, 0), Qt::UTC);
        c.category = QStringLiteral("dissatisfaction");
        c.reason = reason;
        c.outcome = QStringLiteral("referred");
        return w.save(c);
    }

private slots:
    void initTestCase()
    {
        PGTEST_REQUIRE_SERVER();
        m_db = createDatabase("improvements");
        QVERIFY(!m_db.isEmpty());
        m_max = uniqueLogin(QStringLiteral("max"));
        m_ann = uniqueLogin(QStringLiteral("ann"));
        m_sue = uniqueLogin(QStringLiteral("sue"));
        QVERIFY(addUser(m_db, m_max, QStringLiteral("Max North"), QStringLiteral("north"),
                        QStringLiteral("manager")));
        QVERIFY(addUser(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north")));
        QVERIFY(addUser(m_db, m_sue, QStringLiteral("Sue South"), QStringLiteral("south"),
                        QStringLiteral("manager")));
    }

    void theLogRoundTripsAndReachesTheMonthlyReport()
    {
        Workstation max(m_db, m_max, QStringLiteral("Max North"), QStringLiteral("north"));
        Workstation ann(m_db, m_ann, QStringLiteral("Ann North"), QStringLiteral("north"));
        Workstation sue(m_db, m_sue, QStringLiteral("Sue South"), QStringLiteral("south"));

        // Ann's callers: "no update" twice in September, three times in October, once in
        // November (after the change), and one "attitude" in October.
        for (const QDate &d : {QDate(2026, 9, 3), QDate(2026, 9, 17), QDate(2026, 10, 1),
                               QDate(2026, 10, 8), QDate(2026, 10, 22), QDate(2026, 11, 20)})
            QCOMPARE(dissatisfied(ann, QStringLiteral("no_update"), d), QString());
        QCOMPARE(dissatisfied(ann, QStringLiteral("attitude"), QDate(2026, 10, 9)), QString());
        QCOMPARE(ann.sync(), QString());

        Improvement e;
        e.team = QStringLiteral("north");
        e.issue = QStringLiteral("Callers not told what happened after reporting");
        e.rootCause = QStringLiteral("No owner for updates once a log was passed on");
        e.changeMade = QStringLiteral("Handlers now book an update call when passing a log on");
        e.changedOn = QDate(2026, 11, 4);
        e.reasons = {QStringLiteral("no_update")};
        e.commentIds = {QStringLiteral("c-1"), QStringLiteral("c-2")};
        Result<Improvement> added = ImprovementStore(*max.db).add(e, QStringLiteral("Max North"));
        CD_VERIFY_OK(added);
        QCOMPARE(max.sync(), QString());
        QCOMPARE(max.pending(), 0);
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM improvements")),
                 QStringLiteral("1"));
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT pushed_by FROM improvements")), m_max);

        // The team's handler gets it, whole; the other team does not.
        QCOMPARE(ann.sync(), QString());
        const QList<Improvement> atAnn = ImprovementStore(*ann.db).list(QStringLiteral("north"));
        QCOMPARE(atAnn.size(), 1);
        QCOMPARE(atAnn.at(0).id, added->id);
        QCOMPARE(atAnn.at(0).issue, e.issue);
        QCOMPARE(atAnn.at(0).rootCause, e.rootCause);
        QCOMPARE(atAnn.at(0).changeMade, e.changeMade);
        QCOMPARE(atAnn.at(0).changedOn, e.changedOn);
        QCOMPARE(atAnn.at(0).reasons, e.reasons);
        QCOMPARE(atAnn.at(0).commentIds, e.commentIds);
        QCOMPARE(atAnn.at(0).author, QStringLiteral("Max North"));
        QCOMPARE(sue.sync(), QString());
        QCOMPARE(sue.count(QStringLiteral("improvements")), 0);

        // A handler cannot write the log: the server sets the change aside.
        Improvement mine = e;
        mine.issue = QStringLiteral("Handler's own entry");
        CD_VERIFY_OK(ImprovementStore(*ann.db).add(mine, QStringLiteral("Ann North")));
        QCOMPARE(ann.sync(), QString());
        QCOMPARE(superValue(m_db, QStringLiteral("SELECT count(*) FROM improvements")),
                 QStringLiteral("1"));
        QCOMPARE(ann.count(QStringLiteral("sync_rejected")), 1);

        // November's report on Ann's workstation lists the change and the trend behind it.
        Result<PerformanceReport> report = buildPerformanceReport(
            *ann.db, QStringLiteral("north"), monthRange(2026, 11), QStringLiteral("Ann North"));
        CD_VERIFY_OK(report);
        QCOMPARE(report->improvements.size(), 2); // the set-aside entry stays in Ann's cache
        const QHash<QString, QString> m = csvMeasures(performanceReportCsv(report.value()));
        QCOMPARE(m.value(QStringLiteral("improvements")), QStringLiteral("2"));
        QString synced;
        for (int i = 1; i <= 2; ++i)
            if (m.value(QStringLiteral("improvement.%1.issue").arg(i)) == e.issue)
                synced = QStringLiteral("improvement.%1.").arg(i);
        QVERIFY(!synced.isEmpty());
        QCOMPARE(m.value(synced + QStringLiteral("changed_on")), QStringLiteral("2026-11-04"));
        QCOMPARE(m.value(synced + QStringLiteral("change_made")), e.changeMade);
        QCOMPARE(m.value(synced + QStringLiteral("reasons")), QStringLiteral("no_update"));
        QCOMPARE(m.value(synced + QStringLiteral("comments")), QStringLiteral("2"));
        // The six months to November: 0 0 0 2 3 1.
        QCOMPARE(m.value(QStringLiteral("improvement_reason.no_update.2026-06")),
                 QStringLiteral("0"));
        QCOMPARE(m.value(QStringLiteral("improvement_reason.no_update.2026-09")),
                 QStringLiteral("2"));
        QCOMPARE(m.value(QStringLiteral("improvement_reason.no_update.2026-10")),
                 QStringLiteral("3"));
        QCOMPARE(m.value(QStringLiteral("improvement_reason.no_update.2026-11")),
                 QStringLiteral("1"));
        QVERIFY(!m.contains(QStringLiteral("improvement_reason.attitude.2026-10")));

        // October's report has no change in it.
        Result<PerformanceReport> october = buildPerformanceReport(
            *ann.db, QStringLiteral("north"), monthRange(2026, 10), QStringLiteral("Ann North"));
        CD_VERIFY_OK(october);
        QVERIFY(october->improvements.isEmpty());

        // And the PDF says it in words.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("november.pdf"));
        CD_VERIFY_OK(writePerformancePdf(report.value(), pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("You said, we did")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Callers not told what happened after reporting")));
        QVERIFY(text.contains(QLatin1String("Handlers now book an update call")));
        QVERIFY2(text.contains(QLatin1String("No update: Jun 0 Jul 0 Aug 0 Sept 2 Oct 3 Nov 1")),
                 qPrintable(text.right(700)));
    }
};

QTEST_MAIN(TestSyncImprovements)
#include "tst_sync_improvements.moc"
