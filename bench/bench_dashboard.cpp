// Dashboard benchmark: 1,000,000 generated contacts (or the count given as the first argument)
// over three years, 40 handlers in 4 teams, 200,000 callers, 30,000 escalations, survey answers
// from one contact in ten (five questions each) and comments from one in forty.
// Measures every DashboardStore query of the personal (handler) and team dashboards for each
// period (today, this week, this month, last 12 months): median of 5 runs each, and the whole
// dashboard. Budgets (issue 6, PERF-NOTES T5): each query < 30 ms, a whole dashboard < 150 ms.
// Baselines in the same run: the plain GROUP BY over the contacts table that the summary table
// replaces (category counts for one team over 12 months on the (team, started_at) index), and the
// one pass over a team's 12 months of survey answers the daily survey summary replaces.
#include "core/metrics.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace cd;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeMs(const std::function<void()> &fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e6;
}

double medianMs(const std::function<void()> &fn, int runs = 5)
{
    std::vector<double> v;
    for (int i = 0; i < runs; ++i)
        v.push_back(timeMs(fn));
    return median(v);
}

bool exec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, err ? err : "?");
        sqlite3_free(err);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    // A second argument keeps the generated database there and reuses it on the next run.
    QTemporaryDir dir;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : Database::fileNameIn(dir.path());
    const bool reuse = argc > 2 && QFile::exists(path);
    Database::OpenError error;
    auto db = Database::open(path, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    sqlite3 *h = db->handle();

    // Bulk load as a historical import would: triggers off, then one rebuild of the summaries.
    const char *const triggers[] = {
        "contact_daily_ai",   "contact_daily_ad",   "contact_daily_au_old", "contact_daily_au_new",
        "contact_repeats_ai", "contact_repeats_ad", "contact_repeats_au",   "contacts_fts_ai",
        "contacts_fts_ad",    "contacts_fts_au"};
    for (const char *t : triggers)
        exec(
            h,
            QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(t)).toUtf8().constData());

    const char *channels[] = {"phone",  "phone",     "phone",       "email",
                              "online", "live_chat", "social_media"};
    const char *categories[] = {
        "dissatisfaction", "low_level_concern", "victim_enquiry", "vehicle_recovery",
        "mental_health",   "intelligence",      "fraud",          "general_enquiry",
        "general_enquiry"};
    const char *reasons[] = {"no_update",         "delay_in_attendance", "attitude",
                             "not_kept_informed", "outcome_disputed",    "no_call_back"};
    const char *outcomes[] = {
        "resolved_first_contact", "resolved_first_contact", "referred", "signposted", "callback",
        "escalated_complaint"};
    std::mt19937_64 rng(6);
    auto pick = [&](int n) {
        return int(rng() % quint64(n));
    };
    const QDate today(2026, 11, 20);
    const QDateTime end(today.addDays(1), QTime(0, 0), Qt::UTC);
    const qint64 spanSecs = 3LL * 365 * 86400;

    exec(h, "PRAGMA cache_size = -400000");
    // Start times sorted, as a historical import arrives, so the indexes fill in order.
    std::vector<qint64> starts(size_t(std::max(count, 0)));
    for (auto &t : starts)
        t = end.toSecsSinceEpoch() - qint64(rng() % quint64(spanSecs));
    std::sort(starts.begin(), starts.end());
    const double loadMs = reuse ? 0.0 : timeMs([&] {
        exec(h, "BEGIN");
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            h,
            "INSERT INTO contacts (id, started_at, ended_at, handler, team, channel, category, "
            "reason, outcome, remained_dissatisfied, caller_phone, updated_hlc, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'h', 'bench')",
            -1, &st, nullptr);
        for (int i = 0; i < count; ++i) {
            const QDateTime started = QDateTime::fromSecsSinceEpoch(starts[size_t(i)], Qt::UTC);
            if (i % 100000 == 0)
                std::printf("loading: %d rows\n", i);
            const int handler = pick(40);
            const int cat = pick(9);
            const QByteArray id = QByteArray::number(i);
            const QByteArray s = isoUtc(started).toUtf8();
            const QByteArray e = isoUtc(started.addSecs(60 + pick(900))).toUtf8();
            const QByteArray hn = QByteArray("Handler ") + QByteArray::number(handler);
            const QByteArray tn = QByteArray("Team ") + QByteArray::number(handler % 4);
            const QByteArray phone =
                QByteArray("0770") + QByteArray::number(1000000 + pick(200000));
            sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 2, s.constData(), int(s.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 3, e.constData(), int(e.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 4, hn.constData(), int(hn.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 5, tn.constData(), int(tn.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 6, channels[pick(7)], -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 7, categories[cat], -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 8, cat == 0 ? reasons[pick(6)] : "", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 9, outcomes[pick(6)], -1, SQLITE_STATIC);
            sqlite3_bind_int(st, 10, pick(8) == 0 ? 1 : 0);
            sqlite3_bind_text(st, 11, phone.constData(), int(phone.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(st) != SQLITE_DONE) {
                std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(h));
                return;
            }
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        // Escalations: one in about 33 contacts, a third of them resolved, some overdue.
        sqlite3_stmt *es = nullptr;
        sqlite3_prepare_v2(
            h,
            "INSERT INTO escalations (id, contact_id, type, form_version, status, owner, team, "
            "receiving_team, raised_on, due_at, created_at, updated_at, updated_hlc, origin) "
            "SELECT 'e' || rowid, id, 'formal_complaint', 1, "
            "CASE (rowid / 33) % 3 WHEN 0 THEN 'resolved' WHEN 1 THEN 'in_progress' "
            "ELSE 'submitted' END, "
            "handler, team, 'Department ' || ((rowid / 33) % 12), substr(started_at, 1, 10), "
            "date(started_at, '+14 days'), started_at, started_at, 'h', 'bench' "
            "FROM contacts WHERE rowid % 33 = 0",
            -1, &es, nullptr);
        sqlite3_step(es);
        sqlite3_finalize(es);
        exec(h, "INSERT INTO escalation_events (id, escalation_id, to_status, actor, at, "
                "updated_hlc, origin) "
                "SELECT id || '-r', id, 'resolved', owner, strftime('%Y-%m-%dT%H:%M:%fZ', "
                "raised_on, '+10 days'), "
                "'h', 'bench' FROM escalations WHERE status = 'resolved'");
        // The SMS survey: one contact in ten answers the five questions (0-10), with a comment
        // from one in four of those.
        exec(h, "INSERT INTO survey_responses (id, contact_id, handler, team, day, question, "
                "rating, answered_at, channel, category, weekday, hour) "
                "SELECT c.id || '-' || q.column1, c.id, c.handler, c.team, "
                "london_day(c.started_at), q.column1, (c.rowid * 7 + length(q.column1) * 3) % 11, "
                "c.started_at, c.channel, c.category, "
                "((CAST(strftime('%w', london_day(c.started_at)) AS INTEGER) + 6) % 7) + 1, "
                "london_hour(c.started_at) FROM contacts c, (VALUES ('polite'), ('time_taken'), "
                "('helped'), ('next_steps'), ('knowledge')) AS q WHERE c.rowid % 10 = 3");
        exec(h, "INSERT INTO survey_comments (id, contact_id, handler, team, day, answered_at, "
                "channel, category, comment) SELECT c.id || '-c', c.id, c.handler, c.team, "
                "london_day(c.started_at), c.started_at, c.channel, c.category, 'comment ' || "
                "c.rowid FROM contacts c WHERE c.rowid % 40 = 3");
        exec(h, "COMMIT");
    });
    DashboardStore store(*db);
    bool summarised = false;
    if (reuse) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h, "SELECT EXISTS (SELECT 1 FROM contact_daily)", -1, &st, nullptr);
        summarised = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) != 0;
        sqlite3_finalize(st);
    }
    const double rebuildMs = summarised ? 0.0 : timeMs([&] {
        if (!store.rebuildSummaries())
            std::fprintf(stderr, "rebuild failed\n");
    });
    exec(h, "ANALYZE");
    std::printf("contacts: %d; load %.0f ms; summary rebuild %.0f ms\n", count, loadMs, rebuildMs);

    // Baseline: the plain GROUP BY a summary table avoids.
    const DayRange year = periodRange(Period::Last12Months, today);
    const double baseline = medianMs([&] {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            h,
            "SELECT category, count(*) FROM contacts WHERE team = ? AND started_at >= ? "
            "AND started_at < ? AND deleted = 0 GROUP BY category",
            -1, &st, nullptr);
        const QByteArray a = isoUtc(year.startUtc()).toUtf8();
        const QByteArray b = isoUtc(year.endUtc()).toUtf8();
        sqlite3_bind_text(st, 1, "Team 1", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, a.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, b.constData(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW) {
        }
        sqlite3_finalize(st);
    });
    std::printf("baseline: category GROUP BY on contacts, one team, 12 months: %.1f ms\n",
                baseline);
    // Baseline for the survey figures: what the dashboards did before the daily survey summary
    // (migration 026), one pass over the period's answers counted under six dimensions.
    qint64 surveyAnswers = 0;
    const double surveyBaseline = medianMs([&] {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h,
                           "SELECT question, rating >= 8, handler, team, category, channel, "
                           "weekday, hour FROM survey_responses WHERE team = ? AND day BETWEEN ? "
                           "AND ?",
                           -1, &st, nullptr);
        const QByteArray a = year.first.toString(Qt::ISODate).toUtf8();
        const QByteArray b = year.last.toString(Qt::ISODate).toUtf8();
        sqlite3_bind_text(st, 1, "Team 1", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, a.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, b.constData(), -1, SQLITE_TRANSIENT);
        QHash<QString, QHash<QPair<QString, QString>, QPair<qint64, qint64>>> counts;
        static const char *const dims[] = {"handler", "team",    "category",
                                           "channel", "weekday", "hour"};
        surveyAnswers = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            ++surveyAnswers;
            const QString question =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            const qint64 satisfied = sqlite3_column_int(st, 1);
            for (int d = 0; d < 6; ++d) {
                if (sqlite3_column_type(st, 2 + d) == SQLITE_NULL)
                    continue;
                auto &c = counts[QLatin1String(dims[d])]
                                [{QString::fromUtf8(reinterpret_cast<const char *>(
                                      sqlite3_column_text(st, 2 + d))),
                                  question}];
                ++c.first;
                c.second += satisfied;
            }
        }
        sqlite3_finalize(st);
    });
    std::printf("baseline: survey figures by one pass over the answers (before migration 026), "
                "one team, 12 months, %lld answers: %.1f ms\n\n",
                static_cast<long long>(surveyAnswers), surveyBaseline);

    std::printf("%-9s %-9s %-13s %9s\n", "scope", "period", "query", "median ms");
    double worstQuery = 0;
    double worstDashboard = 0;
    const QList<DashboardScope> scopes = {DashboardScope::handler(QStringLiteral("Handler 7")),
                                          DashboardScope::team(QStringLiteral("Team 1"))};
    for (const DashboardScope &scope : scopes) {
        for (Period p :
             {Period::Today, Period::ThisWeek, Period::ThisMonth, Period::Last12Months}) {
            const DayRange range = periodRange(p, today);
            QHash<QString, std::vector<double>> perQuery;
            std::vector<double> whole;
            qint64 contacts = 0;
            for (int run = 0; run < 5; ++run) {
                DashboardData d;
                whole.push_back(timeMs([&] { d = store.load(scope, range, today); }));
                for (auto it = d.queryMs.cbegin(); it != d.queryMs.cend(); ++it)
                    perQuery[it.key()].push_back(it.value());
                contacts = d.totals.contacts;
            }
            QStringList keys = perQuery.keys();
            keys.sort();
            for (const QString &k : keys) {
                const double m = median(perQuery.value(k));
                worstQuery = std::max(worstQuery, m);
                std::printf("%-9s %-9s %-13s %9.2f\n",
                            scope.kind == DashboardScope::Kind::Team ? "team" : "handler",
                            qPrintable(periodName(p)), qPrintable(k), m);
            }
            const double m = median(whole);
            worstDashboard = std::max(worstDashboard, m);
            std::printf("%-9s %-9s %-13s %9.2f   (%lld contacts)\n\n",
                        scope.kind == DashboardScope::Kind::Team ? "team" : "handler",
                        qPrintable(periodName(p)), "WHOLE", m, static_cast<long long>(contacts));
        }
    }
    const double drill = medianMs([&] {
        store.contactsBehind(DashboardScope::team(QStringLiteral("Team 1")),
                             periodRange(Period::ThisMonth, today), QStringLiteral("reason"),
                             QStringLiteral("no_update"));
    });
    std::printf("drill-down (team, month, dissatisfaction 'no update'): %.2f ms\n", drill);
    std::printf("worst query %.2f ms (budget 30); worst whole dashboard %.2f ms (budget 150)\n",
                worstQuery, worstDashboard);
    return worstQuery < 30 && worstDashboard < 150 ? 0 : 1;
}
