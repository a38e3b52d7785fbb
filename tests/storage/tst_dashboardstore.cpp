#include "reportdata.h"
#include "testsupport.h"

#include "core/clock.h"
#include "core/escalation.h"
#include "core/metrics.h"
#include "core/vehicle.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"
#include "storage/escalationstore.h"
#include "storage/surveystore.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QMap>
#include <QScopeGuard>
#include <QSqlQuery>
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
        // Repeat caller (README): three contacts from the same caller in 30 days, this one
        // included.
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
        if (earlier + 1 >= 3)
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

// The escalation figures as the dashboards worked them out before the daily summary (migration
// 009), straight from escalations, escalation_events and contacts: each escalation resolved in
// the period counts once, at its first resolution inside the period.
struct ReferenceEscalations
{
    qint64 raised = 0, resolved = 0, onTime = 0, days = 0;
    QMap<QString, qint64> departments;
};

ReferenceEscalations referenceEscalations(Database &db, const DashboardScope &scope,
                                          const DayRange &range)
{
    const QString column = scope.kind == DashboardScope::Kind::Handler ? QStringLiteral("owner")
                                                                       : QStringLiteral("team");
    const QString first = range.first.toString(Qt::ISODate);
    const QString last = range.last.toString(Qt::ISODate);
    ReferenceEscalations r;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM escalations WHERE %1 = ? AND deleted = 0 "
                             "AND status <> 'draft' AND raised_on BETWEEN ? AND ?")
                  .arg(column));
    q.addBindValue(scope.name);
    q.addBindValue(first);
    q.addBindValue(last);
    if (q.exec() && q.next())
        r.raised = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT e.id, e.raised_on, e.due_at, v.at FROM escalation_events v "
                             "JOIN escalations e ON e.id = v.escalation_id "
                             "WHERE v.to_status = 'resolved' AND e.%1 = ? AND e.deleted = 0")
                  .arg(column));
    q.addBindValue(scope.name);
    QHash<QString, QDateTime> firstInPeriod; // by escalation
    QHash<QString, QPair<QDate, QDate>> dates;
    if (q.exec()) {
        while (q.next()) {
            const QString id = q.value(0).toString();
            const QDateTime at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
            if (!range.contains(londonDate(at)))
                continue;
            if (!firstInPeriod.contains(id) || at < firstInPeriod.value(id))
                firstInPeriod.insert(id, at);
            dates.insert(id, {QDate::fromString(q.value(1).toString(), Qt::ISODate),
                              QDate::fromString(q.value(2).toString(), Qt::ISODate)});
        }
    }
    for (auto it = firstInPeriod.cbegin(); it != firstInPeriod.cend(); ++it) {
        const QDate done = londonDate(it.value());
        const auto [raised, due] = dates.value(it.key());
        ++r.resolved;
        r.onTime += !due.isValid() || done <= due;
        r.days += raised.daysTo(done);
    }
    q.prepare(QStringLiteral("SELECT e.receiving_team, count(*) FROM escalations e JOIN contacts c "
                             "ON c.id = e.contact_id WHERE e.%1 = ? AND e.deleted = 0 "
                             "AND e.status <> 'draft' AND e.receiving_team <> '' "
                             "AND e.raised_on BETWEEN ? AND ? AND c.category = 'dissatisfaction' "
                             "GROUP BY 1")
                  .arg(column));
    q.addBindValue(scope.name);
    q.addBindValue(first);
    q.addBindValue(last);
    if (q.exec())
        while (q.next())
            r.departments.insert(q.value(0).toString(), q.value(1).toLongLong());
    return r;
}

// The summary rows that count for something, in key order.
QStringList escalationSummary(Database &db)
{
    QStringList rows;
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral(
            "SELECT scope, dim, day, key, escalations, on_time, days FROM escalation_daily "
            "WHERE escalations <> 0 OR on_time <> 0 OR days <> 0 ORDER BY 1, 2, 3, 4")))
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 7; ++i)
                fields << q.value(i).toString();
            rows << fields.join(QLatin1Char('|'));
        }
    return rows;
}

} // namespace

class TstDashboardStore : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TempProfile> m_profile;
    QList<Contact> m_data;

    // Names the check in a failure message: what, whose figures, which days.
    static QString where(const QString &what, const DashboardScope &scope, const DayRange &range)
    {
        return QStringLiteral("%1 %2 %3..%4")
            .arg(what, scope.key(), range.first.toString(Qt::ISODate),
                 range.last.toString(Qt::ISODate));
    }

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
                const QString at = where(what, scope, range);
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

    // The summary-based figures against the reference for every scope and several periods.
    void compareEscalations(const QString &what)
    {
        DashboardStore store(*m_profile->db);
        const QList<DashboardScope> scopes = {DashboardScope::handler(QStringLiteral("A. Handler")),
                                              DashboardScope::handler(QStringLiteral("B. Okafor")),
                                              DashboardScope::team(QStringLiteral("QoS North")),
                                              DashboardScope::team(QStringLiteral("QoS South"))};
        const QList<DayRange> ranges = {monthRange(2026, 10),
                                        monthRange(2026, 11),
                                        periodRange(Period::Today, QDate(2026, 10, 12)),
                                        periodRange(Period::ThisWeek, QDate(2026, 10, 21)),
                                        DayRange{QDate(2026, 10, 9), QDate(2026, 11, 5)},
                                        DayRange{QDate(2026, 9, 1), QDate(2026, 11, 30)},
                                        periodRange(Period::Last12Months, QDate(2026, 11, 30))};
        for (const DashboardScope &scope : scopes) {
            for (const DayRange &range : ranges) {
                const QString at = where(what, scope, range);
                const ReferenceEscalations want =
                    referenceEscalations(*m_profile->db, scope, range);
                const EscalationFigures got = store.escalations(scope, range, QDate(2026, 11, 30));
                QVERIFY2(got.raised == want.raised, qPrintable(at));
                QVERIFY2(got.resolved == want.resolved, qPrintable(at));
                QVERIFY2(got.resolvedOnTime == want.onTime, qPrintable(at));
                QVERIFY2(got.averageDaysToResolve ==
                             (want.resolved ? double(want.days) / double(want.resolved) : 0.0),
                         qPrintable(at));
                QVERIFY2(asMap(store.departments(scope, range)) == want.departments,
                         qPrintable(at));
            }
        }
    }

    // Stores a row as a sync pull does: an upsert of every column, or for append-only events an
    // insert that only fills in the server's number when the row is already there.
    bool pullEscalation(const QString &id, const QString &contactId, const QString &status,
                        const QString &owner, const QString &team, const QString &receivingTeam,
                        const QDate &raisedOn, const QDate &dueOn, bool deleted, int seq)
    {
        QSqlQuery q(m_profile->db->sql());
        q.prepare(QStringLiteral(
            "INSERT INTO escalations (id, contact_id, type, form_version, fields, status, owner, "
            "team, receiving_team, raised_on, due_at, created_at, updated_at, updated_hlc, origin, "
            "deleted, server_seq) VALUES (?, ?, 'referral', 1, '{}', ?, ?, ?, ?, ?, ?, "
            "'2026-10-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z', 'h', 'other', ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET contact_id = excluded.contact_id, "
            "type = excluded.type, form_version = excluded.form_version, "
            "fields = excluded.fields, status = excluded.status, owner = excluded.owner, "
            "team = excluded.team, receiving_team = excluded.receiving_team, "
            "raised_on = excluded.raised_on, due_at = excluded.due_at, "
            "created_at = excluded.created_at, updated_at = excluded.updated_at, "
            "updated_hlc = excluded.updated_hlc, origin = excluded.origin, "
            "deleted = excluded.deleted, server_seq = excluded.server_seq "
            "WHERE coalesce(escalations.server_seq, 0) < excluded.server_seq"));
        for (const QVariant &v :
             {QVariant(id), QVariant(contactId), QVariant(status), QVariant(owner), QVariant(team),
              QVariant(receivingTeam), QVariant(raisedOn.toString(Qt::ISODate)),
              QVariant(dueOn.toString(Qt::ISODate)), QVariant(deleted ? 1 : 0), QVariant(seq)})
            q.addBindValue(v);
        return q.exec();
    }

    bool pullEvent(const QString &id, const QString &escalationId, const QString &to,
                   const QDateTime &at, int seq)
    {
        QSqlQuery q(m_profile->db->sql());
        q.prepare(QStringLiteral(
            "INSERT INTO escalation_events (id, escalation_id, from_status, to_status, actor, at, "
            "reason, updated_hlc, origin, deleted, server_seq) VALUES (?, ?, '', ?, 'Lee North', "
            "?, '', 'h', 'other', 0, ?) ON CONFLICT (id) DO UPDATE SET "
            "server_seq = excluded.server_seq "
            "WHERE coalesce(escalation_events.server_seq, 0) < excluded.server_seq"));
        q.addBindValue(id);
        q.addBindValue(escalationId);
        q.addBindValue(to);
        q.addBindValue(isoUtc(at));
        q.addBindValue(seq);
        return q.exec();
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<TempProfile>();
        m_data = reportDataset();
        ContactStore contacts(*m_profile->db);
        auto counts = contacts.importContacts(m_data, QStringLiteral("admin"));
        CD_VERIFY_OK(counts);
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
            CD_VERIFY_OK(contacts.save(copy, QStringLiteral("admin")));
        }
        compareAll(QStringLiteral("edited"));
        // A rebuild from the contacts gives the same figures.
        DashboardStore store(*m_profile->db);
        CD_VERIFY_OK(store.rebuildSummaries());
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
        // The status bar's count agrees with My figures and Team figures: the overdue draft e5
        // is not sent, so it is in none of them.
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        const EscalationStore escalations(*m_profile->db, rules.value());
        QCOMPARE(
            qint64(escalations.overdueCount(QDate(2026, 11, 22), QStringLiteral("A. Handler"))),
            mine.overdue);
        QCOMPARE(qint64(escalations.overdueCount(QDate(2026, 11, 22), {}, north)), f.overdue);

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

    void escalationSummaryFollowsLifecycleAndSync()
    {
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        ManualClock clock(QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC));
        Clock::setInstance(&clock);
        const auto restoreClock = qScopeGuard([] { Clock::setInstance(nullptr); });
        EscalationStore escalations(*m_profile->db, rules.value());
        DashboardStore store(*m_profile->db);
        const auto complaint = std::find_if(m_data.cbegin(), m_data.cend(), [](const Contact &c) {
            return c.category == QLatin1String("dissatisfaction");
        });
        QVERIFY(complaint != m_data.cend());
        const DashboardScope a = DashboardScope::handler(QStringLiteral("A. Handler"));
        const DashboardScope b = DashboardScope::handler(QStringLiteral("B. Okafor"));
        const DashboardScope north = DashboardScope::team(QStringLiteral("QoS North"));
        const DashboardScope south = DashboardScope::team(QStringLiteral("QoS South"));
        const DayRange october = monthRange(2026, 10);
        const DayRange november = monthRange(2026, 11);
        const DayRange autumn{QDate(2026, 9, 1), QDate(2026, 11, 30)};
        const QDate today(2026, 11, 30);
        using Departments = QMap<QString, qint64>;
        const Departments lpaNorth{{QStringLiteral("lpa_north"), 1}};

        // Raised on Monday 5 October: a draft counts nowhere.
        const QJsonObject fields =
            QJsonDocument::fromJson(R"({"receiving_team":"lpa_north","caller_name":"Ann Smith",)"
                                    R"("matter":"No call back","caller_told_timescale":true})")
                .object();
        Result<Escalation> e = escalations.createFromContact(*complaint, QStringLiteral("referral"),
                                                             a.name, north.name, fields);
        CD_VERIFY_OK(e);
        QCOMPARE(store.escalations(a, october, today).raised, qint64(0));
        QVERIFY(store.departments(north, october).isEmpty());
        compareEscalations(QStringLiteral("draft"));

        clock.set(QDateTime(QDate(2026, 10, 5), QTime(10, 0), Qt::UTC));
        e = escalations.transition(e->id, EscalationStatus::Submitted, a.name);
        CD_VERIFY_OK(e);
        QCOMPARE(e->raisedOn, QDate(2026, 10, 5));
        QCOMPARE(e->dueOn, QDate(2026, 10, 19)); // 10 working days
        QCOMPARE(store.escalations(a, october, today).raised, qint64(1));
        QCOMPARE(store.escalations(north, october, today).resolved, qint64(0));
        QCOMPARE(asMap(store.departments(north, october)), lpaNorth);
        QCOMPARE(asMap(store.departments(a, october)), lpaNorth);
        compareEscalations(QStringLiteral("submitted"));

        // Resolved on Monday 12 October: on time, 7 days.
        CD_VERIFY_OK(escalations.transition(e->id, EscalationStatus::Acknowledged, a.name));
        CD_VERIFY_OK(escalations.transition(e->id, EscalationStatus::InProgress, a.name));
        clock.set(QDateTime(QDate(2026, 10, 12), QTime(14, 0), Qt::UTC));
        CD_VERIFY_OK(escalations.transition(e->id, EscalationStatus::Resolved, a.name));
        EscalationFigures f = store.escalations(north, october, today);
        QCOMPARE(f.resolved, qint64(1));
        QCOMPARE(f.resolvedOnTime, qint64(1));
        QCOMPARE(f.averageDaysToResolve, 7.0);
        QCOMPARE(f.open, qint64(0));
        compareEscalations(QStringLiteral("resolved"));

        // Reopened on 20 October: October still counts the resolution of the 12th.
        clock.set(QDateTime(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC));
        CD_VERIFY_OK(escalations.transition(e->id, EscalationStatus::InProgress, a.name));
        f = store.escalations(north, october, today);
        QCOMPARE(f.open, qint64(1));
        QCOMPARE(f.overdue, qint64(1)); // due 19 October
        QCOMPARE(f.resolved, qint64(1));
        QCOMPARE(f.averageDaysToResolve, 7.0);
        compareEscalations(QStringLiteral("reopened"));

        // Resolved again on 3 November, late. October and the whole autumn count the first
        // resolution (12 October, on time); November counts the second (29 days, late).
        clock.set(QDateTime(QDate(2026, 11, 3), QTime(11, 0), Qt::UTC));
        CD_VERIFY_OK(escalations.transition(e->id, EscalationStatus::Resolved, a.name));
        f = store.escalations(north, october, today);
        QCOMPARE(f.resolved, qint64(1));
        QCOMPARE(f.resolvedOnTime, qint64(1));
        QCOMPARE(f.averageDaysToResolve, 7.0);
        f = store.escalations(north, november, today);
        QCOMPARE(f.raised, qint64(0));
        QCOMPARE(f.resolved, qint64(1));
        QCOMPARE(f.resolvedOnTime, qint64(0));
        QCOMPARE(f.averageDaysToResolve, 29.0);
        f = store.escalations(north, autumn, today);
        QCOMPARE(f.resolved, qint64(1));
        QCOMPARE(f.averageDaysToResolve, 7.0);
        compareEscalations(QStringLiteral("resolved twice"));

        // By sync: a resolution recorded elsewhere on 8 October arrives after the others and
        // becomes the first; pulled twice, it counts once.
        QVERIFY(pullEvent(QStringLiteral("pulled-1"), e->id, QStringLiteral("resolved"),
                          QDateTime(QDate(2026, 10, 8), QTime(16, 0), Qt::UTC), 101));
        QVERIFY(pullEvent(QStringLiteral("pulled-1"), e->id, QStringLiteral("resolved"),
                          QDateTime(QDate(2026, 10, 8), QTime(16, 0), Qt::UTC), 102));
        f = store.escalations(north, october, today);
        QCOMPARE(f.resolved, qint64(1));
        QCOMPARE(f.averageDaysToResolve, 3.0);
        // From 9 October: the first resolution inside the period is the 12th's.
        f = store.escalations(north, DayRange{QDate(2026, 10, 9), QDate(2026, 11, 5)}, today);
        QCOMPARE(f.resolved, qint64(1));
        QCOMPARE(f.averageDaysToResolve, 7.0);
        compareEscalations(QStringLiteral("pulled resolution"));

        // The escalation pulled back with a new owner, team and receiving team.
        QVERIFY(pullEscalation(e->id, complaint->id, QStringLiteral("resolved"), b.name, south.name,
                               QStringLiteral("lpa_south"), QDate(2026, 10, 5), QDate(2026, 10, 19),
                               false, 103));
        QCOMPARE(store.escalations(a, october, today).raised, qint64(0));
        QCOMPARE(store.escalations(a, october, today).resolved, qint64(0));
        QVERIFY(store.departments(north, october).isEmpty());
        f = store.escalations(b, october, today);
        QCOMPARE(f.raised, qint64(1));
        QCOMPARE(f.resolved, qint64(1));
        QCOMPARE(asMap(store.departments(south, october)),
                 Departments({{QStringLiteral("lpa_south"), 1}}));
        compareEscalations(QStringLiteral("pulled owner"));

        // A new escalation arriving by sync, its events before its row: resolved at 23:30 UTC
        // on 20 October, which is the 21st in London (BST), a day after it was due.
        const auto second = std::find_if(complaint + 1, m_data.cend(), [](const Contact &c) {
            return c.category == QLatin1String("dissatisfaction");
        });
        QVERIFY(second != m_data.cend());
        QVERIFY(pullEvent(QStringLiteral("pulled-2"), QStringLiteral("e-sync"),
                          QStringLiteral("submitted"),
                          QDateTime(QDate(2026, 10, 14), QTime(9, 0), Qt::UTC), 104));
        QVERIFY(pullEvent(QStringLiteral("pulled-3"), QStringLiteral("e-sync"),
                          QStringLiteral("resolved"),
                          QDateTime(QDate(2026, 10, 20), QTime(23, 30), Qt::UTC), 105));
        QCOMPARE(store.escalations(south, october, today).resolved, qint64(1));
        QVERIFY(pullEscalation(QStringLiteral("e-sync"), second->id, QStringLiteral("resolved"),
                               b.name, south.name, QStringLiteral("roads_policing"),
                               QDate(2026, 10, 14), QDate(2026, 10, 20), false, 106));
        f = store.escalations(south, october, today);
        QCOMPARE(f.raised, qint64(2));
        QCOMPARE(f.resolved, qint64(2));
        QCOMPARE(f.resolvedOnTime, qint64(1));
        QCOMPARE(f.averageDaysToResolve, (3.0 + 7.0) / 2.0);
        QCOMPARE(
            asMap(store.departments(south, october)),
            Departments({{QStringLiteral("lpa_south"), 1}, {QStringLiteral("roads_policing"), 1}}));
        compareEscalations(QStringLiteral("pulled new escalation"));

        // Its contact re-categorised: no longer a complaint department. Then deleted by sync.
        Contact recategorised = *second;
        recategorised.category = QStringLiteral("general_enquiry");
        recategorised.reason.clear();
        CD_VERIFY_OK(ContactStore(*m_profile->db).save(recategorised, QStringLiteral("admin")));
        QCOMPARE(asMap(store.departments(south, october)),
                 Departments({{QStringLiteral("lpa_south"), 1}}));
        compareEscalations(QStringLiteral("contact re-categorised"));
        QVERIFY(pullEscalation(QStringLiteral("e-sync"), second->id, QStringLiteral("resolved"),
                               b.name, south.name, QStringLiteral("roads_policing"),
                               QDate(2026, 10, 14), QDate(2026, 10, 20), true, 107));
        f = store.escalations(south, october, today);
        QCOMPARE(f.raised, qint64(1));
        QCOMPARE(f.resolved, qint64(1));
        compareEscalations(QStringLiteral("pulled deletion"));

        // A rebuild (contactdesk-admin report rebuild) gives exactly the same summary rows.
        const QStringList kept = escalationSummary(*m_profile->db);
        QVERIFY(kept.size() >= 8);
        CD_VERIFY_OK(store.rebuildSummaries());
        QCOMPARE(escalationSummary(*m_profile->db), kept);
        compareEscalations(QStringLiteral("rebuilt"));

        // And so does migration 009 filling the table for a cache that had escalations before.
        m_profile->db.reset();
        {
            auto raw = Database::openRaw(m_profile->dbFile(), nullptr);
            QVERIFY(raw);
            for (const char *t :
                 {"escalation_daily_ai", "escalation_daily_ad", "escalation_daily_au",
                  "escalation_daily_events_ai", "escalation_daily_contacts_ai",
                  "escalation_daily_contacts_ad", "escalation_daily_contacts_au"})
                CD_VERIFY_OK(raw->exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(t))));
            CD_VERIFY_OK(raw->exec(QStringLiteral("DROP TABLE escalation_daily")));
            // Schema 18 adds columns, which SQLite cannot add twice: take them out again, with
            // the view and triggers that read them (triggers of the same names stand in for
            // the ones migrations 10 and 15 replace).
            for (const char *t : {"contact_daily_ad", "contact_daily_ai", "contact_daily_au_new",
                                  "contact_daily_au_old"})
                CD_VERIFY_OK(raw->exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(t))));
            CD_VERIFY_OK(raw->exec(QStringLiteral("DROP VIEW contact_daily_source")));
            for (const char *c :
                 {// schema 21 (first contact), the kinds before the flag their CHECK reads
                  "contacts.next_steps", "contacts.grade_signed_off_at",
                  "contacts.grade_signed_off_by", "contacts.grade_requested_by",
                  "contacts.grade_requested", "contacts.risk_grade", "contacts.vulnerability_kinds",
                  "contacts.vulnerable", "contacts.thrive", "contacts.thrive_required",
                  "contacts.call_id", "contacts.talk_seconds", "contacts.wrapup_seconds",
                  "contact_daily.talk_seconds", "contact_daily.talk_count",
                  "contact_daily.wrapup_seconds", "contact_daily.wrapup_count"}) {
                const QStringList tc = QString::fromLatin1(c).split(QLatin1Char('.'));
                CD_VERIFY_OK(raw->exec(
                    QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(tc.at(0), tc.at(1))));
            }
            for (const char *t : {"contact_daily_ad", "contact_daily_ai", "contact_daily_au_new",
                                  "contact_daily_au_old"})
                CD_VERIFY_OK(raw->exec(
                    QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON contacts BEGIN SELECT 1; END")
                        .arg(QLatin1String(t))));
            // Schema 22 (caller matching) adds columns and their indexes: out again too.
            for (const char *i :
                 {"contacts_match_name", "contacts_match_address", "contacts_match_house"})
                CD_VERIFY_OK(raw->exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(i))));
            for (const char *c : {"address", "victim_checked_at", "victim_check_matches"})
                CD_VERIFY_OK(raw->exec(
                    QStringLiteral("ALTER TABLE contacts DROP COLUMN %1").arg(QLatin1String(c))));
            // Schema 26 (survey summary and sync): its triggers, table and columns out again.
            for (const char *sql :
                 {"DROP TRIGGER survey_daily_ai", "DROP TRIGGER survey_daily_ad",
                  "DROP TRIGGER survey_daily_au_old", "DROP TRIGGER survey_daily_au_new",
                  "DROP TABLE survey_daily", "DROP TABLE survey_monthly",
                  "ALTER TABLE survey_responses DROP COLUMN updated_hlc",
                  "ALTER TABLE survey_responses DROP COLUMN origin",
                  "ALTER TABLE survey_responses DROP COLUMN deleted",
                  "ALTER TABLE survey_responses DROP COLUMN server_seq"})
                CD_VERIFY_OK(raw->exec(QLatin1String(sql)));
            // Schema 24 adds columns as well: its tables, indexes and columns out again.
            for (const char *sql :
                 {"DROP TABLE survey_comments", "DROP TABLE improvements",
                  "DROP INDEX survey_responses_contact", "DROP INDEX survey_responses_handler",
                  "DROP INDEX survey_responses_team",
                  "CREATE INDEX survey_responses_handler ON survey_responses (handler, day)",
                  "CREATE INDEX survey_responses_team ON survey_responses (team, day)"})
                CD_VERIFY_OK(raw->exec(QLatin1String(sql)));
            // Schema 27 (QA reviews): its tables out again (their triggers and indexes go too).
            for (const char *table : {"qa_reviews", "qa_scores", "qa_samples", "practice_results"})
                CD_VERIFY_OK(raw->exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            for (const char *c :
                 {"answered_at", "channel", "category", "weekday", "hour", "survey_version"})
                CD_VERIFY_OK(raw->exec(QStringLiteral("ALTER TABLE survey_responses DROP COLUMN %1")
                                           .arg(QLatin1String(c))));
            CD_VERIFY_OK(raw->exec(QStringLiteral("PRAGMA user_version = 8")));
        }
        Database::OpenError error;
        m_profile->db = Database::open(m_profile->dbFile(), &error);
        QVERIFY2(m_profile->db, qPrintable(error.message));
        QCOMPARE(escalationSummary(*m_profile->db), kept);
    }

    void surveys()
    {
        Result<SurveyDefinition> survey = SurveyDefinition::load();
        CD_VERIFY_OK(survey);
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        SurveyStore surveys(*m_profile->db, survey.value(), rules.value());
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
        auto counts = surveys.importCsv(csvText, QStringLiteral("A. Handler"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->rejected, QStringList());
        QCOMPARE(counts->added, 6);
        auto again = surveys.importCsv(csvText, QStringLiteral("A. Handler"));
        CD_VERIFY_OK(again);
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

    // The survey figures come from the daily survey summary (migration 026), which follows every
    // write to the answers (an import, a pulled change of rating or team, a removal) and which
    // `report rebuild` refills to the same counts; every figure equals a count over the answers
    // themselves, for both kinds of dashboard and every dimension.
    void surveySummaryFollowsEveryWrite()
    {
        Result<SurveyDefinition> survey = SurveyDefinition::load();
        CD_VERIFY_OK(survey);
        Result<EscalationRules> rules = EscalationRules::loadShipped();
        CD_VERIFY_OK(rules);
        Database &db = *m_profile->db;
        QByteArray csvText =
            "contact_id,answered_at,polite,time_taken,helped,next_steps,knowledge\r\n";
        int n = 0;
        for (const Contact &c : std::as_const(m_data)) {
            if (n % 7 == 0)
                csvText += QStringLiteral("%1,%2,%3,%4,%5,,%6\r\n")
                               .arg(c.id, isoUtc(c.startedAt.addSecs(3600)))
                               .arg(n % 11)
                               .arg((n + 3) % 11)
                               .arg((n * 7) % 11)
                               .arg(10 - n % 4)
                               .toUtf8();
            ++n;
        }
        Result<SurveyImportCounts> counts =
            SurveyStore(db, survey.value(), rules.value()).importCsv(csvText, QStringLiteral("A"));
        CD_VERIFY_OK(counts);
        QCOMPARE(counts->rejected, QStringList());
        QVERIFY(counts->added > 400);

        // What the dashboards should say, counted from the answers one by one.
        const QStringList dims = DashboardStore::surveyDimensions();
        auto fromAnswers = [&](const DashboardScope &scope, const DayRange &range) {
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral(
                          "SELECT question, rating, handler, team, category, channel, weekday, "
                          "hour FROM survey_responses WHERE deleted = 0 AND %1 = ? AND day "
                          "BETWEEN ? AND ?")
                          .arg(scope.kind == DashboardScope::Kind::Handler
                                   ? QStringLiteral("handler")
                                   : QStringLiteral("team")));
            q.addBindValue(scope.name);
            q.addBindValue(range.first.toString(Qt::ISODate));
            q.addBindValue(range.last.toString(Qt::ISODate));
            QMap<QString, QPair<qint64, qint64>> out; // dim/key/question -> answers, 8 or more
            if (!q.exec())
                qFatal("cannot read the answers");
            while (q.next())
                for (int d = 0; d < dims.size(); ++d) {
                    if (q.value(2 + d).isNull())
                        continue;
                    auto &c = out[dims.at(d) + u'/' + q.value(2 + d).toString() + u'/' +
                                  q.value(0).toString()];
                    ++c.first;
                    c.second += q.value(1).toInt() >= 8 ? 1 : 0;
                }
            return out;
        };
        auto fromDashboard = [&](const DashboardScope &scope, const DayRange &range) {
            QMap<QString, QPair<qint64, qint64>> out;
            const auto figures = DashboardStore(db).surveyFigures(scope, range);
            for (auto it = figures.begin(); it != figures.end(); ++it)
                for (const SurveyBreakdownRow &r : it.value())
                    out[it.key() + u'/' + r.key + u'/' + r.question] = {r.answers, r.satisfied};
            return out;
        };
        const QList<DashboardScope> scopes = {DashboardScope::team(QStringLiteral("QoS North")),
                                              DashboardScope::team(QStringLiteral("QoS South")),
                                              DashboardScope::handler(m_data.at(0).handler)};
        // Whole months (from the monthly summary), days within two months (the daily one), and
        // days before a whole month and after one (both).
        const QList<DayRange> ranges = {monthRange(2026, 10), monthRange(2026, 11),
                                        DayRange{QDate(2026, 10, 13), QDate(2026, 11, 2)},
                                        DayRange{QDate(2026, 10, 13), QDate(2026, 11, 30)},
                                        DayRange{QDate(2026, 9, 1), QDate(2026, 11, 5)}};
        auto compare = [&](const char *when) {
            for (const DashboardScope &scope : scopes)
                for (const DayRange &range : ranges) {
                    const auto expected = fromAnswers(scope, range);
                    QVERIFY2(!expected.isEmpty() || scope.name == QLatin1String("QoS South"), when);
                    QVERIFY2(fromDashboard(scope, range) == expected,
                             qPrintable(QStringLiteral("%1: %2 %3")
                                            .arg(QLatin1String(when), scope.key(),
                                                 range.first.toString())));
                    // The per-question totals agree with the team's (or handler's) own dimension.
                    qint64 answers = 0;
                    for (const SatisfactionFigure &f :
                         DashboardStore(db).satisfaction(scope, range))
                        answers += f.answers;
                    qint64 counted = 0;
                    const QString own = scope.kind == DashboardScope::Kind::Handler
                                            ? QStringLiteral("handler/")
                                            : QStringLiteral("team/");
                    for (auto it = expected.begin(); it != expected.end(); ++it)
                        if (it.key().startsWith(own))
                            counted += it.value().first;
                    QCOMPARE(answers, counted);
                }
        };
        compare("imported");

        // Changes as the sync's pull writes them: a rating, a team, a removal, a deletion mark.
        CD_VERIFY_OK(db.exec(QStringLiteral(
            "UPDATE survey_responses SET rating = 10 - rating WHERE question = 'helped'")));
        CD_VERIFY_OK(db.exec(QStringLiteral(
            "UPDATE survey_responses SET team = 'QoS South' WHERE question = 'polite' AND "
            "rating < 3")));
        CD_VERIFY_OK(db.exec(QStringLiteral(
            "DELETE FROM survey_responses WHERE question = 'knowledge' AND rating = 10")));
        CD_VERIFY_OK(db.exec(QStringLiteral(
            "UPDATE survey_responses SET deleted = 1 WHERE question = 'time_taken' AND rating = "
            "5")));
        compare("changed");

        // A rebuild gives the same summaries, row for row.
        const QString summary = QStringLiteral(
            "SELECT group_concat(scope || dim || day || key || question || answers || r0 || r1 || "
            "r2 || r3 || r4 || r5 || r6 || r7 || r8 || r9 || r10, ';') FROM (SELECT * FROM "
            "survey_daily WHERE answers <> 0 UNION ALL SELECT * FROM survey_monthly WHERE "
            "answers <> 0 ORDER BY 1, 2, 3, 4, 5)");
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(summary) && q.next());
        const QString before = q.value(0).toString();
        q.finish();
        QVERIFY(!before.isEmpty());
        CD_VERIFY_OK(DashboardStore(db).rebuildSummaries());
        QVERIFY(q.exec(summary) && q.next());
        QCOMPARE(q.value(0).toString(), before);
        q.finish();
        compare("rebuilt");
    }
};

QTEST_GUILESS_MAIN(TstDashboardStore)
#include "tst_dashboardstore.moc"
