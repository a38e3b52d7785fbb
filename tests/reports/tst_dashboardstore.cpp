#include "reportdata.h"
#include "testsupport.h"

#include "core/metrics.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"

#include <QBuffer>
#include <QMap>
#include <QTest>

#include <algorithm>

using namespace cd;
using namespace cd::test;

namespace {

// Figures worked out from the contact list itself, without the summary tables.
struct Expected
{
    qint64 contacts = 0, resolved = 0, dissatisfied = 0, handledSeconds = 0, handledCount = 0;
    QMap<QString, qint64> channel, category, reason, handler, month;
    qint64 repeatCallers = 0;
};

bool inScope(const Contact &c, const DashboardScope &s)
{
    return s.kind == DashboardScope::Kind::Handler ? c.handler == s.name : c.team == s.name;
}

Expected expected(const QList<Contact> &all, const DashboardScope &scope, const DayRange &range)
{
    Expected e;
    QSet<QString> repeat;
    for (const Contact &c : all) {
        if (c.deleted || !inScope(c, scope) || !range.contains(londonDate(c.startedAt)))
            continue;
        ++e.contacts;
        e.resolved += c.outcome == QLatin1String("resolved_first_contact");
        e.dissatisfied += c.remainedDissatisfied;
        if (c.endedAt.isValid()) {
            e.handledSeconds += c.startedAt.secsTo(c.endedAt);
            ++e.handledCount;
        }
        ++e.channel[c.channel];
        ++e.category[c.category];
        if (c.category == QLatin1String("dissatisfaction"))
            ++e.reason[c.reason];
        ++e.handler[c.handler];
        ++e.month[londonDate(c.startedAt).toString(QStringLiteral("yyyy-MM"))];
        // Repeat caller: three earlier contacts from the same caller in the 30 days before.
        const QString caller = !c.callerPhone.isEmpty()   ? QStringLiteral("p:") + c.callerPhone
                               : !c.callerEmail.isEmpty() ? QStringLiteral("e:") + c.callerEmail
                                                          : QString();
        if (caller.isEmpty())
            continue;
        int earlier = 0;
        for (const Contact &o : all) {
            const bool same = !c.callerPhone.isEmpty() ? o.callerPhone == c.callerPhone
                                                       : o.callerEmail == c.callerEmail;
            if (same && !o.deleted && o.startedAt < c.startedAt &&
                o.startedAt >= c.startedAt.addDays(-30))
                ++earlier;
        }
        if (earlier >= 3)
            repeat.insert(caller);
    }
    e.repeatCallers = repeat.size();
    return e;
}

QMap<QString, qint64> asMap(const QList<DashboardCount> &list)
{
    QMap<QString, qint64> m;
    for (const DashboardCount &c : list)
        m.insert(c.key, c.totals.contacts);
    return m;
}

} // namespace

class TstDashboardStore : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TempProfile> m_profile;
    QList<Contact> m_data;

    void compareAll(const QString &what)
    {
        DashboardStore store(*m_profile->db);
        const QList<DashboardScope> scopes = {DashboardScope::handler(QStringLiteral("A. Handler")),
                                              DashboardScope::handler(QStringLiteral("D. Patel")),
                                              DashboardScope::team(QStringLiteral("QoS North"))};
        const QList<DayRange> ranges = {monthRange(2026, 10),
                                        periodRange(Period::ThisWeek, QDate(2026, 10, 28)),
                                        periodRange(Period::Today, QDate(2026, 10, 25)),
                                        periodRange(Period::Last12Months, QDate(2026, 11, 30))};
        for (const DashboardScope &scope : scopes) {
            for (const DayRange &range : ranges) {
                const QString at = QStringLiteral("%1 %2 %3..%4")
                                       .arg(what, scope.key(), range.first.toString(Qt::ISODate),
                                            range.last.toString(Qt::ISODate));
                const Expected e = expected(m_data, scope, range);
                const DashboardData d = store.load(scope, range, QDate(2026, 11, 30));
                QVERIFY2(d.totals.contacts == e.contacts, qPrintable(at));
                QVERIFY2(d.totals.resolved == e.resolved, qPrintable(at));
                QVERIFY2(d.totals.dissatisfied == e.dissatisfied, qPrintable(at));
                QVERIFY2(d.totals.handledSeconds == e.handledSeconds, qPrintable(at));
                QVERIFY2(d.totals.handledCount == e.handledCount, qPrintable(at));
                QVERIFY2(asMap(d.byChannel) == e.channel, qPrintable(at));
                QVERIFY2(asMap(d.byCategory) == e.category, qPrintable(at));
                QVERIFY2(asMap(d.dissatisfactionReasons) == e.reason, qPrintable(at));
                QVERIFY2(d.repeatCallers == e.repeatCallers, qPrintable(at));
                if (scope.kind == DashboardScope::Kind::Team)
                    QVERIFY2(asMap(d.byHandler) == e.handler, qPrintable(at));
            }
        }
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_data = reportDataset();
        ContactStore contacts(*m_profile->db);
        auto counts = contacts.importContacts(m_data, QStringLiteral("admin"));
        QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
        QCOMPARE(counts->added, m_data.size());
    }

    void figuresMatchTheContacts() { compareAll(QStringLiteral("imported")); }

    void knownOctoberFigures()
    {
        // A few values a manager would read off the team dashboard, worked out by hand above.
        DashboardStore store(*m_profile->db);
        const DayRange october = monthRange(2026, 10);
        const Expected e =
            expected(m_data, DashboardScope::team(QStringLiteral("QoS North")), october);
        const DashboardData d = store.load(DashboardScope::team(QStringLiteral("QoS North")),
                                           october, QDate(2026, 11, 30));
        QVERIFY(e.contacts > 150); // the dataset really fills the month
        QCOMPARE(d.totals.fcrRate(), double(e.resolved) / double(e.contacts));
        QCOMPARE(d.totals.averageHandlingSeconds(),
                 double(e.handledSeconds) / double(e.handledCount));
        QVERIFY(d.repeatCallers > 0);
        // Most first.
        for (qsizetype i = 1; i < d.byCategory.size(); ++i)
            QVERIFY(d.byCategory.at(i - 1).totals.contacts >= d.byCategory.at(i).totals.contacts);
        // Monthly trend: 12 months ending in October, September to November filled.
        QCOMPARE(d.monthly.size(), 12);
        QCOMPARE(d.monthly.last().key, QStringLiteral("2026-10"));
        QCOMPARE(d.monthly.last().totals.contacts, e.contacts);
        QCOMPARE(
            d.monthly.at(10).totals.contacts,
            expected(m_data, DashboardScope::team(QStringLiteral("QoS North")), monthRange(2026, 9))
                .contacts);
        QCOMPARE(d.monthly.first().totals.contacts, qint64(0));
    }

    void followsEditsAndDeletes()
    {
        ContactStore contacts(*m_profile->db);
        // Change channel, category and handler of some, delete others, through the store.
        for (int i = 0; i < 60; ++i) {
            Contact &c = m_data[i * 7];
            if (i % 3 == 0) {
                c.channel = QStringLiteral("letter");
                c.category = QStringLiteral("dissatisfaction");
                c.reason = QStringLiteral("no_update");
            } else if (i % 3 == 1) {
                c.handler = QStringLiteral("B. Okafor");
                c.remainedDissatisfied = !c.remainedDissatisfied;
            } else {
                c.deleted = true;
            }
            Contact copy = c;
            QVERIFY(contacts.save(copy, QStringLiteral("admin")).ok());
        }
        compareAll(QStringLiteral("edited"));
        // A rebuild from the contacts gives the same figures.
        DashboardStore store(*m_profile->db);
        QVERIFY(store.rebuildSummaries().ok());
        compareAll(QStringLiteral("rebuilt"));
    }

    void contactsBehindABar()
    {
        DashboardStore store(*m_profile->db);
        const DayRange october = monthRange(2026, 10);
        const DashboardScope team = DashboardScope::team(QStringLiteral("QoS North"));
        const QList<DrillContact> noUpdate = store.contactsBehind(
            team, october, QStringLiteral("reason"), QStringLiteral("no_update"));
        QStringList want;
        for (const Contact &c : m_data)
            if (c.team == team.name && october.contains(londonDate(c.startedAt)) &&
                c.category == QLatin1String("dissatisfaction") &&
                c.reason == QLatin1String("no_update"))
                want << c.id;
        QStringList got;
        for (const DrillContact &c : noUpdate)
            got << c.id;
        std::sort(want.begin(), want.end());
        std::sort(got.begin(), got.end());
        QVERIFY(!want.isEmpty());
        QCOMPARE(got, want);
        // Recent first.
        for (qsizetype i = 1; i < noUpdate.size(); ++i)
            QVERIFY(noUpdate.at(i - 1).startedAt >= noUpdate.at(i).startedAt);
        const auto byHandler = store.contactsBehind(team, october, QStringLiteral("handler"),
                                                    QStringLiteral("C. Jones"));
        QCOMPARE(byHandler.size(),
                 expected(m_data, DashboardScope::handler(QStringLiteral("C. Jones")), october)
                     .contacts);
        QVERIFY(
            store.contactsBehind(team, october, QStringLiteral("nonsense"), QString()).isEmpty());
    }

    void escalationFigures()
    {
        DashboardStore store(*m_profile->db);
        const QString north = QStringLiteral("QoS North");
        const QList<SampleEscalation> list = {
            {QStringLiteral("e1"),
             m_data.at(0).id,
             QStringLiteral("in_progress"),
             north,
             QStringLiteral("A. Handler"),
             QStringLiteral("Roads Policing"),
             QDate(2026, 10, 1),
             QDate(2026, 10, 15),
             {}},
            {QStringLiteral("e2"),
             m_data.at(1).id,
             QStringLiteral("submitted"),
             north,
             QStringLiteral("A. Handler"),
             QStringLiteral("Roads Policing"),
             QDate(2026, 11, 20),
             QDate(2026, 12, 4),
             {}},
            {QStringLiteral("e3"), m_data.at(2).id, QStringLiteral("resolved"), north,
             QStringLiteral("B. Okafor"), QStringLiteral("Neighbourhood"), QDate(2026, 10, 2),
             QDate(2026, 10, 16), QDateTime(QDate(2026, 10, 12), QTime(10, 0), Qt::UTC)},
            {QStringLiteral("e4"), m_data.at(3).id, QStringLiteral("closed"), north,
             QStringLiteral("B. Okafor"), QStringLiteral("Neighbourhood"), QDate(2026, 10, 5),
             QDate(2026, 10, 19),
             QDateTime(QDate(2026, 10, 19), QTime(23, 30), Qt::UTC)}, // 20 Oct in London: late
            {QStringLiteral("e5"),
             m_data.at(4).id,
             QStringLiteral("draft"),
             north,
             QStringLiteral("A. Handler"),
             QStringLiteral("Roads Policing"),
             QDate(2026, 10, 1),
             QDate(2026, 10, 2),
             {}},
        };
        for (const SampleEscalation &e : list)
            QVERIFY(insertEscalation(*m_profile->db, e));
        const EscalationFigures f = store.escalations(DashboardScope::team(north),
                                                      monthRange(2026, 10), QDate(2026, 11, 22));
        QCOMPARE(f.open, qint64(2));
        QCOMPARE(f.overdue, qint64(1)); // e1, due 15 October
        QCOMPARE(f.raised, qint64(3));  // e1, e3, e4 (not the draft, not November's e2)
        QCOMPARE(f.resolved, qint64(2));
        QCOMPARE(f.resolvedOnTime, qint64(1));
        QCOMPARE(f.averageDaysToResolve, (10.0 + 15.0) / 2.0);
        const EscalationFigures mine =
            store.escalations(DashboardScope::handler(QStringLiteral("A. Handler")),
                              monthRange(2026, 11), QDate(2026, 11, 22));
        QCOMPARE(mine.open, qint64(2));
        QCOMPARE(mine.overdue, qint64(1));
        QCOMPARE(mine.raised, qint64(1));

        // Departments complained about: receiving teams of escalations from dissatisfaction
        // contacts.
        QMap<QString, qint64> want;
        for (const SampleEscalation &e : list) {
            const auto c = std::find_if(m_data.cbegin(), m_data.cend(),
                                        [&](const Contact &x) { return x.id == e.contactId; });
            if (e.status != QLatin1String("draft") && monthRange(2026, 10).contains(e.raisedOn) &&
                c->category == QLatin1String("dissatisfaction"))
                ++want[e.receivingTeam];
        }
        QCOMPARE(asMap(store.departments(DashboardScope::team(north), monthRange(2026, 10))), want);
    }

    void surveys()
    {
        DashboardStore store(*m_profile->db);
        const QString a = m_data.at(0).id; // the first contact's handler and team
        QByteArray csvText = "contact_id,answered_at,question,rating\r\n";
        const QList<int> ratings = {10, 8, 7, 3, 9};
        for (int i = 0; i < ratings.size(); ++i)
            csvText += QStringLiteral("%1,2026-10-0%2T12:00:00Z,polite,%3\r\n")
                           .arg(a)
                           .arg(i + 1)
                           .arg(ratings.at(i))
                           .toUtf8();
        csvText += QStringLiteral("%1,2026-10-02T12:00:00Z,helped,8\r\n").arg(a).toUtf8();
        csvText += "nobody,2026-10-02T12:00:00Z,helped,8\r\n";
        csvText += QStringLiteral("%1,2026-10-02T12:00:00Z,helped,11\r\n").arg(a).toUtf8();
        QBuffer buffer(&csvText);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto counts = store.importSurveys(buffer);
        QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
        QCOMPARE(counts->added, 6);
        QCOMPARE(counts->rejected.size(), 2);
        QVERIFY(counts->rejected.at(0).startsWith(QStringLiteral("line 8:")));
        buffer.seek(0);
        auto again = store.importSurveys(buffer);
        QVERIFY(again.ok());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->alreadyPresent, 6);

        const auto figures =
            store.satisfaction(DashboardScope::team(m_data.at(0).team), monthRange(2026, 10));
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures.at(0).question, QStringLiteral("helped"));
        QCOMPARE(figures.at(0).share(), 1.0);
        QCOMPARE(figures.at(1).question, QStringLiteral("polite"));
        QCOMPARE(figures.at(1).answers, qint64(5));
        QCOMPARE(figures.at(1).satisfied, qint64(3));
        QVERIFY(store.satisfaction(DashboardScope::team(m_data.at(0).team), monthRange(2026, 9))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstDashboardStore)
#include "tst_dashboardstore.moc"
