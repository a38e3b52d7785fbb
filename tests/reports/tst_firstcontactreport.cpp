// What inspectors ask for at first contact, from a fixed set of contacts: THRIVE completed where
// it was required, vulnerability identified, "what happens next" recorded and lower grades signed
// off, in total, by handler and by month, on the dashboard and in the monthly report's CSV. A
// lower grade on a saved contact is refused until a manager signs it off.
#include "testsupport.h"

#include "core/thrive.h"
#include "reports/monthlyreport.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

const QString kTeam = QStringLiteral("QoS North");
const QString kAnn = QStringLiteral("A. Handler");
const QString kBen = QStringLiteral("B. Handler");

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

class TestFirstContactReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempProfile> m_profile;
    ThriveDefinition m_thrive;
    QString m_waitingId, m_signedId;

    Contact contact(const QString &handler, const QDateTime &at, const char *category)
    {
        Contact c = sampleContact(at);
        c.handler = handler;
        c.team = kTeam;
        c.category = QLatin1String(category);
        c.reason.clear();
        c.outcome = QStringLiteral("referred");
        c.thriveRequired = m_thrive.isRequiredFor(c.category);
        return c;
    }
    QString thrive(bool complete)
    {
        ThriveAnswers a;
        for (const ThriveElement &e : m_thrive.elements())
            a.notes.insert(e.id, QStringLiteral("noted"));
        if (!complete)
            a.notes.remove(QStringLiteral("engagement"));
        return a.toJson(m_thrive);
    }
    QString nextSteps(int attend)
    {
        NextSteps n;
        n.policeAttend = attend;
        if (attend == 0)
            n.noAttendanceReason = QStringLiteral("rcrp_threshold_not_met");
        n.callBackTold = true;
        return n.toJson();
    }
    QString save(Contact c, const QString &actor)
    {
        ContactStore store(*m_profile->db);
        const Status s = store.save(c, actor);
        if (!s)
            qFatal("not saved: %s", qPrintable(s.errorMessage()));
        return c.id;
    }

private slots:
    void initTestCase()
    {
        Result<ThriveDefinition> d = ThriveDefinition::loadShipped();
        CD_VERIFY_OK(d);
        m_thrive = d.value();
    }

    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        const QDateTime nov(QDate(2026, 11, 10), QTime(10, 0), Qt::UTC);
        // Ann, November: THRIVE complete; THRIVE incomplete; a vehicle call that needed none.
        Contact a1 = contact(kAnn, nov, "mental_health");
        a1.thrive = thrive(true);
        a1.vulnerable = 1;
        a1.vulnerabilityKinds = QStringLiteral("mental_health");
        a1.riskGrade = QStringLiteral("high");
        a1.nextSteps = nextSteps(0);
        a1.victimCheckedAt = nov.addSecs(60); // the repeat-victim check found two earlier
        a1.victimCheckMatches = 2;
        save(a1, kAnn);
        Contact a2 = contact(kAnn, nov.addDays(1), "mental_health");
        a2.thrive = thrive(false);
        a2.vulnerable = 0;
        a2.riskGrade = QStringLiteral("medium");
        save(a2, kAnn);
        Contact a3 = contact(kAnn, nov.addDays(2), "vehicle_recovery");
        a3.nextSteps = nextSteps(1);
        a3.victimCheckedAt = nov.addDays(2).addSecs(60); // checked, none found
        a3.victimCheckMatches = 0;
        save(a3, kAnn);
        // Ben, November: two complete, each then lowered; one general enquiry.
        Contact b1 = contact(kBen, nov.addDays(3), "victim_enquiry");
        b1.thrive = thrive(true);
        b1.vulnerable = 1;
        b1.vulnerabilityKinds = QStringLiteral("age");
        b1.riskGrade = QStringLiteral("high");
        b1.nextSteps = nextSteps(1);
        b1.victimCheckedAt = nov.addDays(3).addSecs(60); // checked, one found
        b1.victimCheckMatches = 1;
        m_waitingId = save(b1, kBen);
        Contact b2 = contact(kBen, nov.addDays(4), "mental_health");
        b2.thrive = thrive(true);
        b2.vulnerable = 0;
        b2.riskGrade = QStringLiteral("medium");
        b2.nextSteps = nextSteps(0);
        m_signedId = save(b2, kBen);
        save(contact(kBen, nov.addDays(5), "general_enquiry"), kBen);
        // Ann, October: required, not completed, vulnerable.
        Contact old =
            contact(kAnn, QDateTime(QDate(2026, 10, 15), QTime(12, 0), Qt::UTC), "mental_health");
        old.vulnerable = 1;
        old.vulnerabilityKinds = QStringLiteral("age");
        save(old, kAnn);
    }
    void cleanup() { m_profile.reset(); }

    void lowerGradeIsRefusedUntilAManagerSignsItOff()
    {
        ContactStore store(*m_profile->db);
        Result<Contact> c = store.get(m_waitingId, kBen);
        CD_VERIFY_OK(c);
        Contact lowered = c.value();
        lowered.riskGrade = QStringLiteral("low");
        CD_VERIFY_OK(store.save(lowered, kBen));
        QCOMPARE(store.lastGradeChange(), GradeChange::DowngradeRequested);
        Result<Contact> stored = store.get(m_waitingId, kBen);
        QCOMPARE(stored->riskGrade, QStringLiteral("high")); // the higher grade stands
        QCOMPARE(stored->gradeRequested, QStringLiteral("low"));
        QCOMPARE(stored->gradeRequestedBy, kBen);

        // A handler cannot sign it off, their own or anyone's.
        const Status refused =
            store.signOffDowngrade(m_waitingId, HandlerProfile{kAnn, Role::Handler, kTeam});
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QLatin1String("manager")));
        QCOMPARE(store.get(m_waitingId, kBen)->riskGrade, QStringLiteral("high"));

        const QString manager = QStringLiteral("M. Manager");
        CD_VERIFY_OK(
            store.signOffDowngrade(m_waitingId, HandlerProfile{manager, Role::Manager, kTeam}));
        Result<Contact> signedOff = store.get(m_waitingId, kBen);
        QCOMPARE(signedOff->riskGrade, QStringLiteral("low"));
        QCOMPARE(signedOff->gradeRequested, QString());
        QCOMPARE(signedOff->gradeSignedOffBy, manager);
        QVERIFY(signedOff->gradeSignedOffAt.isValid());

        QStringList actions;
        for (const AuditEntry &e : AuditStore(*m_profile->db).recent(50, m_waitingId))
            actions.append(e.actor + QLatin1Char(' ') + e.action);
        QVERIFY2(actions.contains(kBen + QStringLiteral(" request_lower_grade")),
                 qPrintable(actions.join(QLatin1String("; "))));
        QVERIFY(actions.contains(manager + QStringLiteral(" sign_off_lower_grade")));
    }

    void measuresOnAFixedSet()
    {
        // Ben's first contact lowered and waiting; his second lowered and signed off.
        ContactStore store(*m_profile->db);
        for (const QString &id : {m_waitingId, m_signedId}) {
            Contact c = store.get(id, kBen).value();
            c.riskGrade = QStringLiteral("low");
            CD_VERIFY_OK(store.save(c, kBen));
        }
        CD_VERIFY_OK(store.signOffDowngrade(
            m_signedId, HandlerProfile{QStringLiteral("M. Manager"), Role::Manager, kTeam}));

        DashboardStore dashboard(*m_profile->db);
        const DayRange november =
            parseMonthSpan(QStringLiteral("2026-11"), QStringLiteral("2026-11"));
        const FirstContactMeasures m =
            dashboard.firstContact(DashboardScope::team(kTeam), november);
        QCOMPARE(m.total.contacts, 6);
        QCOMPARE(m.total.thriveRequired, 4);  // Ann's two, Ben's two
        QCOMPARE(m.total.thriveCompleted, 3); // not Ann's second: no engagement note
        QCOMPARE(m.total.vulnerabilityAnswered, 4);
        QCOMPARE(m.total.vulnerable, 2);
        QCOMPARE(m.total.nextStepsRecorded, 4);
        QCOMPARE(m.total.downgradesWaiting, 1);
        QCOMPARE(m.total.downgradesSignedOff, 1);
        QCOMPARE(m.byHandler.size(), 2);
        QCOMPARE(m.byHandler.at(0).key, kAnn);
        QCOMPARE(m.byHandler.at(0).thriveCompleted, 1);
        QCOMPARE(m.byHandler.at(0).thriveRequired, 2);
        QCOMPARE(m.byHandler.at(1).key, kBen);
        QCOMPARE(m.byHandler.at(1).thriveCompleted, 2);

        // One handler's own figures.
        const FirstContactMeasures ann =
            dashboard.firstContact(DashboardScope::handler(kAnn), november);
        QCOMPARE(ann.total.contacts, 3);
        QCOMPARE(ann.total.vulnerable, 1);
        QVERIFY(ann.byHandler.isEmpty());

        // By month: October's contact is its own month.
        const DayRange autumn =
            parseMonthSpan(QStringLiteral("2026-10"), QStringLiteral("2026-11"));
        const FirstContactMeasures months =
            dashboard.firstContact(DashboardScope::team(kTeam), autumn);
        QCOMPARE(months.monthly.size(), 2);
        QCOMPARE(months.monthly.at(0).key, QStringLiteral("2026-10"));
        QCOMPARE(months.monthly.at(0).thriveRequired, 1);
        QCOMPARE(months.monthly.at(0).thriveCompleted, 0);
        QCOMPARE(months.monthly.at(0).vulnerable, 1);
        QCOMPARE(months.monthly.at(1).key, QStringLiteral("2026-11"));
        QCOMPARE(months.monthly.at(1).thriveCompleted, 3);

        // The monthly report: 3 of 4 is 75.0%, 4 of 6 is 66.7%.
        Result<PerformanceReport> report =
            buildPerformanceReport(*m_profile->db, kTeam, november, QStringLiteral("Tester"));
        CD_VERIFY_OK(report);
        const QHash<QString, QString> csv = csvMeasures(performanceReportCsv(report.value()));
        QCOMPARE(csv.value(QStringLiteral("thrive_completed_percent")), QStringLiteral("75.0"));
        QCOMPARE(csv.value(QStringLiteral("vulnerability_identified")), QStringLiteral("2"));
        QCOMPARE(csv.value(QStringLiteral("next_steps_recorded_percent")), QStringLiteral("66.7"));
        QCOMPARE(csv.value(QStringLiteral("downgrades_signed_off")), QStringLiteral("1"));
        QCOMPARE(csv.value(QStringLiteral("downgrades_waiting")), QStringLiteral("1"));
        QCOMPARE(csv.value(QStringLiteral("handler.A. Handler.thrive_completed_percent")),
                 QStringLiteral("50.0"));
        QCOMPARE(csv.value(QStringLiteral("handler.B. Handler.thrive_completed_percent")),
                 QStringLiteral("100.0"));
        QCOMPARE(csv.value(QStringLiteral("month.2026-11.next_steps_recorded_percent")),
                 QStringLiteral("66.7"));
    }

    // The repeat-victim check: done on 3 of November's 6 contacts (50.0%), finding repeat
    // victims on 2; Ann 2 of 3 (66.7%), Ben 1 of 3 (33.3%); October's one contact unchecked.
    // On the dashboard figures, in the CSV by team, handler and month, and in the PDF with the
    // other first-contact measures.
    void repeatVictimChecksAreMeasured()
    {
        DashboardStore dashboard(*m_profile->db);
        const DayRange november =
            parseMonthSpan(QStringLiteral("2026-11"), QStringLiteral("2026-11"));
        const FirstContactMeasures m =
            dashboard.firstContact(DashboardScope::team(kTeam), november);
        QCOMPARE(m.total.victimChecked, 3);
        QCOMPARE(m.total.repeatVictims, 2);
        QCOMPARE(m.byHandler.at(0).victimChecked, 2);
        QCOMPARE(m.byHandler.at(1).victimChecked, 1);

        Result<PerformanceReport> report =
            buildPerformanceReport(*m_profile->db, kTeam, november, QStringLiteral("Tester"));
        CD_VERIFY_OK(report);
        const QHash<QString, QString> csv = csvMeasures(performanceReportCsv(report.value()));
        QCOMPARE(csv.value(QStringLiteral("repeat_victim_checked")), QStringLiteral("3"));
        QCOMPARE(csv.value(QStringLiteral("repeat_victim_checked_percent")),
                 QStringLiteral("50.0"));
        QCOMPARE(csv.value(QStringLiteral("repeat_victims_found")), QStringLiteral("2"));
        QCOMPARE(csv.value(QStringLiteral("handler.A. Handler.repeat_victim_checked_percent")),
                 QStringLiteral("66.7"));
        QCOMPARE(csv.value(QStringLiteral("handler.B. Handler.repeat_victim_checked_percent")),
                 QStringLiteral("33.3"));
        QCOMPARE(csv.value(QStringLiteral("handler.B. Handler.repeat_victims_found")),
                 QStringLiteral("1"));
        QCOMPARE(csv.value(QStringLiteral("month.2026-11.repeat_victim_checked_percent")),
                 QStringLiteral("50.0"));

        const DayRange autumn =
            parseMonthSpan(QStringLiteral("2026-10"), QStringLiteral("2026-11"));
        Result<PerformanceReport> both =
            buildPerformanceReport(*m_profile->db, kTeam, autumn, QStringLiteral("Tester"));
        CD_VERIFY_OK(both);
        const QHash<QString, QString> months = csvMeasures(performanceReportCsv(both.value()));
        QCOMPARE(months.value(QStringLiteral("month.2026-10.repeat_victim_checked_percent")),
                 QStringLiteral("0.0"));

        // The PDF says every first-contact measure in words.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("november.pdf"));
        CD_VERIFY_OK(writePerformancePdf(report.value(), pdf));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        // The PDF's font joins "fi" and "ff" into ligatures; read them back as letters.
        const QString text = QString::fromUtf8(p.readAllStandardOutput())
                                 .replace(QChar(0xFB01), QStringLiteral("fi"))
                                 .replace(QChar(0xFB00), QStringLiteral("ff"))
                                 .simplified();
        for (const char *line :
             {"THRIVE completed where required 3 of 4 (75.0%)", "Vulnerability identified 2",
              "What happens next recorded 4 of 6 (66.7%)", "Lower grades signed off",
              "Repeat-victim check done 3 of 6 (50.0%)", "Repeat victims found 2"})
            QVERIFY2(text.contains(QLatin1String(line)),
                     qPrintable(QLatin1String(line) + QStringLiteral(" in: ") +
                                text.mid(text.indexOf(QLatin1String("First contact")), 900)));
        QVERIFY2(text.contains(QLatin1String("A. Handler: THRIVE 50.0%; next steps 66.7%; "
                                             "repeat-victim check 66.7%")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestFirstContactReport)
#include "tst_firstcontactreport.moc"
