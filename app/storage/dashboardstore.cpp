#include "storage/dashboardstore.h"

#include "storage/escalationstore.h"

#include "core/csv.h"
#include "core/logging.h"
#include "core/londonday.h"
#include "core/repeatcaller.h"
#include "core/survey.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/messagestore.h"
#include "storage/settingsstore.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>

namespace cd {

namespace {

QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QSqlQuery prepared(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qWarning("dashboard query did not prepare: %s", qPrintable(q.lastError().text()));
    return q;
}

void readTotals(const QSqlQuery &q, int first, DashboardTotals *t)
{
    t->contacts = q.value(first).toLongLong();
    t->resolved = q.value(first + 1).toLongLong();
    t->dissatisfied = q.value(first + 2).toLongLong();
    t->handledSeconds = q.value(first + 3).toLongLong();
    t->handledCount = q.value(first + 4).toLongLong();
    t->talkSeconds = q.value(first + 5).toLongLong();
    t->talkCount = q.value(first + 6).toLongLong();
    t->wrapUpSeconds = q.value(first + 7).toLongLong();
    t->wrapUpCount = q.value(first + 8).toLongLong();
}

void sortMostFirst(QList<DashboardCount> &list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const DashboardCount &a, const DashboardCount &b) {
                         if (a.totals.contacts != b.totals.contacts)
                             return a.totals.contacts > b.totals.contacts;
                         return a.key < b.key;
                     });
}

// Runs a query whose rows are a key followed by the five sums, most contacts first.
QList<DashboardCount> rankedCounts(QSqlQuery &q)
{
    QList<DashboardCount> out;
    if (q.exec()) {
        while (q.next()) {
            DashboardCount c;
            c.key = q.value(0).toString();
            readTotals(q, 1, &c.totals);
            out << c;
        }
    }
    sortMostFirst(out);
    return out;
}

const char *const kSums = "sum(contacts), sum(resolved), sum(dissatisfied), sum(handled_seconds), "
                          "sum(handled_count), sum(talk_seconds), sum(talk_count), "
                          "sum(wrapup_seconds), sum(wrapup_count)";

} // namespace

QString DashboardScope::key() const
{
    return (kind == Kind::Handler ? QStringLiteral("h:") : QStringLiteral("t:")) + name;
}

DashboardTotals DashboardStore::totals(const DashboardScope &scope, const DayRange &range) const
{
    QSqlQuery q = prepared(
        m_db, QStringLiteral("SELECT %1 FROM contact_daily WHERE scope = ? AND dim = 'all' "
                             "AND day BETWEEN ? AND ?")
                  .arg(QLatin1String(kSums)));
    q.addBindValue(scope.key());
    q.addBindValue(dayText(range.first));
    q.addBindValue(dayText(range.last));
    DashboardTotals t;
    if (q.exec() && q.next())
        readTotals(q, 0, &t);
    return t;
}

QList<DashboardCount> DashboardStore::breakdown(const DashboardScope &scope, const QString &dim,
                                                const DayRange &range) const
{
    QSqlQuery q = prepared(
        m_db, QStringLiteral("SELECT key, %1 FROM contact_daily WHERE scope = ? AND dim = ? "
                             "AND day BETWEEN ? AND ? GROUP BY key HAVING sum(contacts) > 0")
                  .arg(QLatin1String(kSums)));
    q.addBindValue(scope.key());
    q.addBindValue(dim);
    q.addBindValue(dayText(range.first));
    q.addBindValue(dayText(range.last));
    return rankedCounts(q);
}

QList<DashboardCount> DashboardStore::dissatisfactionReasons(const DashboardScope &scope,
                                                             const DayRange &range) const
{
    QSqlQuery q =
        prepared(m_db, QStringLiteral("SELECT substr(key, 17), %1 FROM contact_daily "
                                      "WHERE scope = ? AND dim = 'reason' AND day BETWEEN ? AND ? "
                                      "AND key >= 'dissatisfaction/' AND key < 'dissatisfaction0' "
                                      "GROUP BY key HAVING sum(contacts) > 0")
                           .arg(QLatin1String(kSums)));
    q.addBindValue(scope.key());
    q.addBindValue(dayText(range.first));
    q.addBindValue(dayText(range.last));
    return rankedCounts(q);
}

QList<DashboardCount> DashboardStore::monthly(const DashboardScope &scope,
                                              const DayRange &range) const
{
    QSqlQuery q =
        prepared(m_db, QStringLiteral("SELECT substr(day, 1, 7), %1 FROM contact_daily "
                                      "WHERE scope = ? AND dim = 'all' AND day BETWEEN ? AND ? "
                                      "GROUP BY 1 ORDER BY 1")
                           .arg(QLatin1String(kSums)));
    q.addBindValue(scope.key());
    q.addBindValue(dayText(range.first));
    q.addBindValue(dayText(range.last));
    QHash<QString, DashboardTotals> found;
    if (q.exec()) {
        while (q.next())
            readTotals(q, 1, &found[q.value(0).toString()]);
    }
    QList<DashboardCount> out;
    for (const QString &month : monthsIn(range))
        out << DashboardCount{month, found.value(month)};
    return out;
}

qint64 DashboardStore::repeatCallers(const DashboardScope &scope, const DayRange &range) const
{
    const QString column = scope.kind == DashboardScope::Kind::Handler ? QStringLiteral("handler")
                                                                       : QStringLiteral("team");
    QSqlQuery q =
        prepared(m_db, QStringLiteral("SELECT count(DISTINCT caller) FROM contact_repeats "
                                      "WHERE %1 = ? AND day BETWEEN ? AND ?")
                           .arg(column));
    q.addBindValue(scope.name);
    q.addBindValue(dayText(range.first));
    q.addBindValue(dayText(range.last));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

EscalationFigures DashboardStore::escalations(const DashboardScope &scope, const DayRange &range,
                                              const QDate &today) const
{
    const QString column = scope.kind == DashboardScope::Kind::Handler ? QStringLiteral("owner")
                                                                       : QStringLiteral("team");
    EscalationFigures f;
    {
        QSqlQuery q = prepared(
            m_db, QStringLiteral(
                      "SELECT count(*), sum(due_at IS NOT NULL AND due_at < ?) FROM escalations "
                      "WHERE %1 = ? AND deleted = 0 AND status IN (%2)")
                      .arg(column, awaitedEscalationStatusSql()));
        q.addBindValue(dayText(today));
        q.addBindValue(scope.name);
        if (q.exec() && q.next()) {
            f.open = q.value(0).toLongLong();
            f.overdue = q.value(1).toLongLong();
        }
    }
    {
        // Raised, and resolved from the daily summary of migration 009: each escalation counts
        // once, at its first resolution inside the period (the rows whose previous resolution,
        // the key, fell before the period or never happened).
        QSqlQuery q = prepared(
            m_db, QStringLiteral(
                      "SELECT dim, sum(escalations), sum(on_time), sum(days) FROM escalation_daily "
                      "WHERE scope = ? AND dim IN ('raised', 'resolved') AND day BETWEEN ? AND ? "
                      "AND (dim = 'raised' OR key < ?) GROUP BY dim"));
        q.addBindValue(scope.key());
        q.addBindValue(dayText(range.first));
        q.addBindValue(dayText(range.last));
        q.addBindValue(dayText(range.first));
        qint64 days = 0;
        if (q.exec()) {
            while (q.next()) {
                if (q.value(0).toString() == QLatin1String("raised")) {
                    f.raised = q.value(1).toLongLong();
                } else {
                    f.resolved = q.value(1).toLongLong();
                    f.resolvedOnTime = q.value(2).toLongLong();
                    days = q.value(3).toLongLong();
                }
            }
        }
        f.averageDaysToResolve = f.resolved > 0 ? double(days) / double(f.resolved) : 0.0;
    }
    return f;
}

QList<DashboardCount> DashboardStore::departments(const DashboardScope &scope,
                                                  const DayRange &range) const
{
    QSqlQuery q = prepared(
        m_db, QStringLiteral("SELECT key, sum(escalations) FROM escalation_daily WHERE scope = ? "
                             "AND dim = 'department' AND day BETWEEN ? AND ? GROUP BY key "
                             "HAVING sum(escalations) > 0"));
    q.addBindValue(scope.key());
    q.addBindValue(dayText(range.first));
    q.addBindValue(dayText(range.last));
    QList<DashboardCount> out;
    if (q.exec()) {
        while (q.next()) {
            DashboardCount c;
            c.key = q.value(0).toString();
            c.totals.contacts = q.value(1).toLongLong();
            out << c;
        }
    }
    sortMostFirst(out);
    return out;
}

QList<SatisfactionFigure> DashboardStore::satisfaction(const DashboardScope &scope,
                                                       const DayRange &range) const
{
    const QString column = scope.kind == DashboardScope::Kind::Handler ? QStringLiteral("handler")
                                                                       : QStringLiteral("team");
    // The scope's own dimension in the survey summaries (migration 026) holds each of its
    // answers once.
    QSqlQuery q = prepared(
        m_db, QStringLiteral("SELECT question, sum(answers), sum(satisfied) FROM (%1) GROUP BY "
                             "question ORDER BY question")
                  .arg(surveySummaryRows(QStringLiteral(" AND dim = '%1'").arg(column))));
    bindSurveySummaryRows(q, scope, range);
    QList<SatisfactionFigure> out;
    if (q.exec()) {
        while (q.next())
            out << SatisfactionFigure{q.value(0).toString(), q.value(1).toLongLong(),
                                      q.value(2).toLongLong()};
    }
    return out;
}

QStringList DashboardStore::surveyDimensions()
{
    return {QStringLiteral("handler"), QStringLiteral("team"),    QStringLiteral("category"),
            QStringLiteral("channel"), QStringLiteral("weekday"), QStringLiteral("hour")};
}

QString DashboardStore::surveySummaryRows(const QString &where)
{
    const QString cols =
        QStringLiteral("dim, key, question, answers, %1 AS satisfied").arg(satisfiedColumns());
    return QStringLiteral("SELECT %1 FROM survey_daily WHERE scope = ? AND day BETWEEN ? AND ?%2 "
                          "UNION ALL SELECT %1 FROM survey_monthly WHERE scope = ? AND month "
                          "BETWEEN ? AND ?%2 UNION ALL SELECT %1 FROM survey_daily WHERE scope = "
                          "? AND day BETWEEN ? AND ?%2")
        .arg(cols, where);
}

void DashboardStore::bindSurveySummaryRows(QSqlQuery &q, const DashboardScope &scope,
                                           const DayRange &range)
{
    // The whole London months inside the range, and the days before and after them.
    const QDate firstWhole = range.first.day() == 1
                                 ? range.first
                                 : QDate(range.first.year(), range.first.month(), 1).addMonths(1);
    const QDate lastWhole = range.last.day() == range.last.daysInMonth()
                                ? range.last
                                : QDate(range.last.year(), range.last.month(), 1).addDays(-1);
    const QString key = scope.key();
    if (firstWhole >= lastWhole) { // no whole month: every day from the daily summary
        for (const QString &v : {key, dayText(range.first), dayText(range.last), key,
                                 QStringLiteral("9999-12"), QStringLiteral("0000-01"), key,
                                 QStringLiteral("9999-12-31"), QStringLiteral("0000-01-01")})
            q.addBindValue(v);
        return;
    }
    const QString month = QStringLiteral("yyyy-MM");
    for (const QString &v : {key, dayText(range.first), dayText(firstWhole.addDays(-1)), key,
                             firstWhole.toString(month), lastWhole.toString(month), key,
                             dayText(lastWhole.addDays(1)), dayText(range.last)})
        q.addBindValue(v);
}

QString DashboardStore::satisfiedColumns()
{
    // survey_daily counts each rating 0-10 in r0 .. r10.
    QStringList cols;
    for (int r = std::clamp(satisfiedAtOrAbove(), 0, 11); r <= 10; ++r)
        cols << QStringLiteral("r%1").arg(r);
    return cols.isEmpty() ? QStringLiteral("0") : cols.join(QLatin1String(" + "));
}

int DashboardStore::satisfiedAtOrAbove()
{
    static const int threshold = [] {
        const Result<SurveyDefinition> survey = SurveyDefinition::load();
        return survey ? survey->satisfiedAtOrAbove : kSatisfiedRating;
    }();
    return threshold;
}

QList<SurveyBreakdownRow> DashboardStore::surveyBreakdown(const DashboardScope &scope,
                                                          const QString &dim,
                                                          const DayRange &range) const
{
    return surveyFigures(scope, range).value(dim);
}

QHash<QString, QList<SurveyBreakdownRow>> DashboardStore::surveyFigures(const DashboardScope &scope,
                                                                        const DayRange &range) const
{
    // The survey summaries (migration 026), every dimension at once: whole months from the
    // monthly one, the days at either end from the daily one.
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT dim, key, question, sum(answers), "
                                                "sum(satisfied) FROM (%1) GROUP BY dim, key, "
                                                "question")
                                     .arg(surveySummaryRows(QString())));
    bindSurveySummaryRows(q, scope, range);
    QHash<QString, QHash<QPair<QString, QString>, QPair<qint64, qint64>>> counts;
    if (q.exec()) {
        while (q.next()) {
            const qint64 answers = q.value(3).toLongLong();
            if (answers <= 0)
                continue; // answers since changed or removed
            counts[q.value(0).toString()][{q.value(1).toString(), q.value(2).toString()}] = {
                answers, q.value(4).toLongLong()};
        }
    }
    // Questions in the survey's order within a key; weekdays and hours by number.
    static const QStringList order = [] {
        const Result<SurveyDefinition> survey = SurveyDefinition::load();
        return survey ? survey->questionIds() : QStringList();
    }();
    const auto rank = [](const QString &question) {
        const qsizetype i = order.indexOf(question);
        return i < 0 ? order.size() : i;
    };
    QHash<QString, QList<SurveyBreakdownRow>> out;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const bool numeric =
            it.key() == QLatin1String("weekday") || it.key() == QLatin1String("hour");
        QList<SurveyBreakdownRow> rows;
        for (auto c = it->begin(); c != it->end(); ++c)
            rows << SurveyBreakdownRow{c.key().first, c.key().second, c.value().first,
                                       c.value().second};
        std::sort(rows.begin(), rows.end(),
                  [&](const SurveyBreakdownRow &a, const SurveyBreakdownRow &b) {
                      if (a.key != b.key)
                          return numeric ? a.key.toInt() < b.key.toInt() : a.key < b.key;
                      if (rank(a.question) != rank(b.question))
                          return rank(a.question) < rank(b.question);
                      return a.question < b.question;
                  });
        out.insert(it.key(), rows);
    }
    return out;
}

DashboardData DashboardStore::load(const DashboardScope &scope, const DayRange &range,
                                   const QDate &today) const
{
    DashboardData d;
    d.scope = scope;
    d.range = range;
    d.today = today;
    QElapsedTimer timer;
    auto timed = [&](const char *name, auto &&fn) {
        timer.start();
        fn();
        d.queryMs.insert(QLatin1String(name), double(timer.nsecsElapsed()) / 1e6);
    };
    timed("totals", [&] { d.totals = totals(scope, range); });
    timed("channel", [&] { d.byChannel = breakdown(scope, QStringLiteral("channel"), range); });
    timed("category", [&] { d.byCategory = breakdown(scope, QStringLiteral("category"), range); });
    timed("reasons", [&] { d.dissatisfactionReasons = dissatisfactionReasons(scope, range); });
    timed("monthly", [&] {
        // Trends always show the 12 months up to the end of the period.
        const DayRange year = periodRange(Period::Last12Months, range.last);
        d.monthly = monthly(scope, year);
    });
    timed("escalations", [&] { d.escalations = escalations(scope, range, today); });
    timed("repeat", [&] { d.repeatCallers = repeatCallers(scope, range); });
    timed("satisfaction", [&] { d.satisfaction = satisfaction(scope, range); });
    timed("first_contact", [&] { d.firstContact = firstContact(scope, range); });
    timed("survey", [&] {
        if (d.satisfaction.isEmpty())
            return; // no answers: nothing to break down
        d.surveyBy = surveyFigures(scope, range);
    });
    if (scope.kind == DashboardScope::Kind::Team) {
        timed("handler", [&] { d.byHandler = breakdown(scope, QStringLiteral("handler"), range); });
        timed("departments", [&] { d.departments = departments(scope, range); });
        timed("messages", [&] {
            const QDate first(today.year(), today.month(), 1);
            d.messagesSentThisMonth = MessageStore(m_db).sentBetween(
                londonDayStartUtc(first), londonDayStartUtc(first.addMonths(1)), scope.name);
            const auto [delivered, failed] = MessageStore(m_db).deliveryBetween(
                londonDayStartUtc(first), londonDayStartUtc(first.addMonths(1)), scope.name);
            d.messagesDeliveredThisMonth = delivered;
            d.messagesFailedThisMonth = failed;
            d.messageCostThisMonth =
                double(std::max<qint64>(d.messagesSentThisMonth, 0)) *
                SettingsStore(m_db).value(SettingsStore::Key::MessagesCostPerMessage).toDouble();
        });
        timed("comments", [&] { d.comments = readSurveyComments(m_db, scope, range, 200); });
    }
    return d;
}

FirstContactMeasures DashboardStore::firstContact(const DashboardScope &scope,
                                                  const DayRange &range) const
{
    // Counted from the contacts (by the handler or team index on started_at) rather than from a
    // summary table: a period's contacts are few next to what the summaries serve.
    const QString column = scope.kind == DashboardScope::Kind::Handler ? QStringLiteral("handler")
                                                                       : QStringLiteral("team");
    auto run = [&](const QString &group) {
        QList<FirstContactFigures> out;
        QSqlQuery q = prepared(
            m_db,
            QStringLiteral(
                "SELECT %2, count(*), sum(thrive_required), "
                "sum(thrive_required = 1 AND vulnerable IS NOT NULL AND risk_grade <> '' AND "
                "CASE WHEN json_valid(thrive) THEN json_extract(thrive, '$.completed') ELSE 0 END "
                "= 1), sum(vulnerable IS NOT NULL), sum(vulnerable = 1), sum(next_steps <> ''), "
                "sum(grade_requested <> ''), sum(grade_signed_off_at IS NOT NULL), "
                "sum(victim_checked_at IS NOT NULL), sum(victim_check_matches > 0) "
                "FROM contacts WHERE %1 = ? AND started_at >= ? AND started_at < ? AND deleted = 0 "
                "GROUP BY 1 ORDER BY 1")
                .arg(column, group));
        q.addBindValue(scope.name);
        q.addBindValue(isoUtc(range.startUtc()));
        q.addBindValue(isoUtc(range.endUtc()));
        if (!q.exec()) {
            qWarning("first-contact measures: %s", qPrintable(q.lastError().text()));
            return out;
        }
        while (q.next()) {
            FirstContactFigures f;
            f.key = q.value(0).toString();
            f.contacts = q.value(1).toLongLong();
            f.thriveRequired = q.value(2).toLongLong();
            f.thriveCompleted = q.value(3).toLongLong();
            f.vulnerabilityAnswered = q.value(4).toLongLong();
            f.vulnerable = q.value(5).toLongLong();
            f.nextStepsRecorded = q.value(6).toLongLong();
            f.downgradesWaiting = q.value(7).toLongLong();
            f.downgradesSignedOff = q.value(8).toLongLong();
            f.victimChecked = q.value(9).toLongLong();
            f.repeatVictims = q.value(10).toLongLong();
            out.append(f);
        }
        return out;
    };
    FirstContactMeasures m;
    const QList<FirstContactFigures> total = run(QStringLiteral("''"));
    if (!total.isEmpty())
        m.total = total.first();
    if (scope.kind == DashboardScope::Kind::Team)
        m.byHandler = run(QStringLiteral("handler"));
    m.monthly = run(QStringLiteral("substr(london_day(started_at), 1, 7)"));
    return m;
}

QList<DrillContact> DashboardStore::contactsBehind(const DashboardScope &scope,
                                                   const DayRange &range, const QString &dim,
                                                   const QString &key, int limit) const
{
    DayRange r = range;
    QString where;
    QVariantList binds;
    if (dim == QLatin1String("channel") || dim == QLatin1String("category") ||
        dim == QLatin1String("handler") || dim == QLatin1String("outcome")) {
        where = QStringLiteral(" AND %1 = ?").arg(dim);
        binds << key;
    } else if (dim == QLatin1String("reason")) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        where = QStringLiteral(" AND category = ? AND reason = ?");
        binds << (slash < 0 ? QStringLiteral("dissatisfaction") : key.left(slash))
              << (slash < 0 ? key : key.mid(slash + 1));
    } else if (dim == QLatin1String("month")) {
        const DayRange m = parseMonth(key);
        r = {std::max(m.first, range.first), std::min(m.last, range.last)};
        if (!m.isValid() || !r.isValid())
            return {};
    } else if (dim == QLatin1String("dissatisfied")) {
        where = QStringLiteral(" AND remained_dissatisfied <> 0");
    } else if (dim == QLatin1String("resolved")) {
        where = QStringLiteral(" AND outcome = ?");
        binds << firstContactOutcome();
    } else if (dim != QLatin1String("all")) {
        return {};
    }
    const QString column = scope.kind == DashboardScope::Kind::Handler ? QStringLiteral("handler")
                                                                       : QStringLiteral("team");
    QSqlQuery q = prepared(
        m_db, QStringLiteral("SELECT id, started_at, handler, channel, category, reason, outcome, "
                             "reference, remained_dissatisfied FROM contacts WHERE %1 = ? "
                             "AND started_at >= ? AND started_at < ? AND deleted = 0%2 "
                             "ORDER BY started_at DESC LIMIT ?")
                  .arg(column, where));
    q.addBindValue(scope.name);
    q.addBindValue(isoUtc(r.startUtc()));
    q.addBindValue(isoUtc(r.endUtc()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    QList<DrillContact> out;
    if (q.exec()) {
        while (q.next()) {
            DrillContact c;
            c.id = q.value(0).toString();
            c.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            c.handler = q.value(2).toString();
            c.channel = q.value(3).toString();
            c.category = q.value(4).toString();
            c.reason = q.value(5).toString();
            c.outcome = q.value(6).toString();
            c.reference = q.value(7).toString();
            c.remainedDissatisfied = q.value(8).toInt() != 0;
            out << c;
        }
    }
    return out;
}

namespace {

// Per-contact figures of the daily summary, as contact_daily_source (migration 018) computes
// them, one row per live contact: the sums are C++'s, every value is SQL's.
const char kDailyRows[] =
    "SELECT handler, team, channel, category, reason, london_day(started_at), "
    "outcome = 'resolved_first_contact', remained_dissatisfied <> 0, "
    "CASE WHEN ended_at > started_at THEN CAST(round((julianday(ended_at) - "
    "julianday(started_at)) * 86400) AS INTEGER) ELSE 0 END, "
    "ended_at IS NOT NULL AND ended_at > started_at, coalesce(talk_seconds, 0), "
    "talk_seconds IS NOT NULL, coalesce(wrapup_seconds, 0), wrapup_seconds IS NOT NULL "
    "FROM contacts WHERE deleted = 0";

constexpr int kDailySums = 9; // contacts .. wrapup_count

struct DailySums
{
    std::array<qint64, kDailySums> v{};
    void add(const DailySums &o)
    {
        for (int i = 0; i < kDailySums; ++i)
            v[i] += o.v[i];
    }
};

// contact_daily recounted in one pass over the contacts (no temporary B-tree): each contact
// is added to its group (handler, team, channel, category, reason, day), each group is spread
// over the nine scope and dimension pairs as the fill of migration 007 does, and the rows are
// written in primary-key order through one prepared statement.
Status rebuildContactDaily(sqlite3 *h)
{
    std::unordered_map<std::string, DailySums> groups;
    groups.reserve(1 << 16);
    {
        SqliteStatement scan(h, kDailyRows);
        if (!scan.ok())
            return Status::failure(scan.error());
        std::string key;
        int rc;
        while ((rc = scan.step()) == SQLITE_ROW) {
            sqlite3_stmt *st = scan.get();
            key.clear();
            for (int i = 0; i < 6; ++i) {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
                key.append(t ? t : "", size_t(sqlite3_column_bytes(st, i)));
                key.push_back('\0');
            }
            DailySums &sums = groups[key];
            sums.v[0] += 1;
            for (int i = 1; i < kDailySums; ++i)
                sums.v[i] += sqlite3_column_int64(st, 5 + i);
        }
        if (rc != SQLITE_DONE)
            return Status::failure(scan.error());
    }
    // (scope, dim, day, key) -> sums; the parts joined by '\0', which sorts as SQLite's BINARY
    // collation sorts the primary key (no text here holds a NUL).
    std::unordered_map<std::string, DailySums> rows;
    rows.reserve(groups.size() * 4);
    std::string row;
    for (const auto &[group, sums] : groups) {
        std::string_view part[6];
        size_t from = 0;
        for (auto &p : part) {
            const size_t to = group.find('\0', from);
            p = std::string_view(group).substr(from, to - from);
            from = to + 1;
        }
        const std::string_view handler = part[0], team = part[1], channel = part[2],
                               category = part[3], reason = part[4], day = part[5];
        auto spread = [&](char scope, std::string_view name, std::string_view dim,
                          std::string_view k1, std::string_view k2 = {}, bool slash = false) {
            row.clear();
            row.push_back(scope);
            row.push_back(':');
            row.append(name);
            row.push_back('\0');
            row.append(dim);
            row.push_back('\0');
            row.append(day);
            row.push_back('\0');
            row.append(k1);
            if (slash) {
                row.push_back('/');
                row.append(k2);
            }
            rows[row].add(sums);
        };
        for (const auto &[scope, name] : {std::pair{'h', handler}, std::pair{'t', team}}) {
            spread(scope, name, "all", {});
            spread(scope, name, "channel", channel);
            spread(scope, name, "category", category);
            if (!reason.empty())
                spread(scope, name, "reason", category, reason, true);
        }
        spread('t', team, "handler", handler);
    }
    std::vector<const std::pair<const std::string, DailySums> *> sorted;
    sorted.reserve(rows.size());
    for (const auto &r : rows)
        sorted.push_back(&r);
    std::sort(sorted.begin(), sorted.end(),
              [](const auto *a, const auto *b) { return a->first < b->first; });
    SqliteStatement insert(
        h, "INSERT INTO contact_daily (scope, dim, day, key, contacts, resolved, dissatisfied, "
           "handled_seconds, handled_count, talk_seconds, talk_count, wrapup_seconds, "
           "wrapup_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!insert.ok())
        return Status::failure(insert.error());
    sqlite3_stmt *st = insert.get();
    for (const auto *r : sorted) {
        const std::string &k = r->first;
        size_t from = 0;
        for (int i = 1; i <= 4; ++i) {
            const size_t to = i < 4 ? k.find('\0', from) : k.size();
            sqlite3_bind_text(st, i, k.data() + from, int(to - from), SQLITE_STATIC);
            from = to + 1;
        }
        for (int i = 0; i < kDailySums; ++i)
            sqlite3_bind_int64(st, 5 + i, r->second.v[i]);
        if (insert.run() != SQLITE_DONE)
            return Status::failure(insert.error());
    }
    return success();
}

// Repeat callers as the fill of migration 007 finds them: a live contact is a repeat when
// is_repeat_contact() says so of the number of its caller's live contacts (by phone, or by email
// when it has no phone) at or after its time less the window and strictly before its time.
// Instead of one index range count per contact, the live contacts with a phone or an email are
// read once (their time in whole milliseconds and their London day from SQL), grouped by caller
// and sorted by time, and each contact's earlier contacts in the window are counted with two
// binary searches. Whole milliseconds order times exactly as the fill's text comparison does
// when every time is stored as strftime('%Y-%m-%dT%H:%M:%fZ') writes it: the caller checks that.
const char kRepeatCandidates[] =
    "SELECT rowid, CAST(strftime('%s', started_at) AS INTEGER) * 1000 "
    "+ CAST(substr(strftime('%f', started_at), 4) AS INTEGER), caller_phone, caller_email, "
    "handler, team, london_day(started_at) FROM contacts "
    "WHERE deleted = 0 AND (caller_phone <> '' OR caller_email <> '')";

qint64 scalar(sqlite3 *h, const char *sql, qint64 otherwise)
{
    SqliteStatement st(h, sql);
    return st.ok() && st.step() == SQLITE_ROW ? st.columnInt64(0) : otherwise;
}

Status countRepeats(sqlite3 *h, qint64 windowMs, int threshold)
{
    struct Candidate
    {
        qint64 rowid;
        qint64 ms;
        int handler, team, day; // indexes into `names`
        bool phone;
    };
    std::vector<Candidate> rows;
    std::vector<std::string> names;
    std::unordered_map<std::string, int> nameIds;
    std::unordered_map<std::string, std::vector<quint32>> byPhone, byEmail;
    auto intern = [&](sqlite3_stmt *st, int column) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
        std::string text(t ? t : "", size_t(sqlite3_column_bytes(st, column)));
        auto [it, added] = nameIds.try_emplace(std::move(text), int(names.size()));
        if (added)
            names.push_back(it->first);
        return it->second;
    };
    {
        SqliteStatement scan(h, kRepeatCandidates);
        if (!scan.ok())
            return Status::failure(scan.error());
        int rc;
        while ((rc = scan.step()) == SQLITE_ROW) {
            sqlite3_stmt *st = scan.get();
            const auto index = quint32(rows.size());
            const auto *phone = reinterpret_cast<const char *>(sqlite3_column_text(st, 2));
            const auto *email = reinterpret_cast<const char *>(sqlite3_column_text(st, 3));
            const bool hasPhone = phone && *phone;
            rows.push_back({sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), intern(st, 4),
                            intern(st, 5), intern(st, 6), hasPhone});
            if (hasPhone)
                byPhone[phone].push_back(index);
            if (email && *email)
                byEmail[email].push_back(index);
        }
        if (rc != SQLITE_DONE)
            return Status::failure(scan.error());
    }
    // (contact rowid, row, caller key) of each repeat.
    std::vector<std::tuple<qint64, quint32, std::string>> repeats;
    std::vector<qint64> times;
    auto count = [&](std::unordered_map<std::string, std::vector<quint32>> &groups,
                     const char *prefix, bool phoneGroups) {
        for (auto &[caller, members] : groups) {
            std::sort(members.begin(), members.end(),
                      [&](quint32 a, quint32 b) { return rows[a].ms < rows[b].ms; });
            times.clear();
            for (const quint32 m : members)
                times.push_back(rows[m].ms);
            for (const quint32 m : members) {
                const Candidate &c = rows[m];
                if (c.phone != phoneGroups) // by email only when the contact has no phone
                    continue;
                const auto from = std::lower_bound(times.begin(), times.end(), c.ms - windowMs);
                const auto to = std::lower_bound(times.begin(), times.end(), c.ms);
                if (isRepeatContact(int(std::min<qint64>(to - from, 1000000000)), threshold))
                    repeats.emplace_back(c.rowid, m, prefix + caller);
            }
        }
    };
    count(byPhone, "p:", true);
    count(byEmail, "e:", false);
    std::sort(repeats.begin(), repeats.end(),
              [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
    SqliteStatement insert(h, "INSERT INTO contact_repeats (contact_rowid, handler, team, day, "
                              "caller) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert.ok())
        return Status::failure(insert.error());
    sqlite3_stmt *st = insert.get();
    for (const auto &[rowid, m, caller] : repeats) {
        const Candidate &c = rows[m];
        sqlite3_bind_int64(st, 1, rowid);
        const std::string *texts[] = {&names[size_t(c.handler)], &names[size_t(c.team)],
                                      &names[size_t(c.day)]};
        for (int i = 0; i < 3; ++i)
            sqlite3_bind_text(st, 2 + i, texts[i]->data(), int(texts[i]->size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 5, caller.data(), int(caller.size()), SQLITE_STATIC);
        if (insert.run() != SQLITE_DONE)
            return Status::failure(insert.error());
    }
    return success();
}

// `fill` is the fill of migration 007, run when the counting above cannot be used.
Status rebuildRepeats(Database &db, const QString &fill)
{
    sqlite3 *h = db.handle();
    const qint64 days = scalar(h,
                               "SELECT COALESCE((SELECT CAST(value AS INTEGER) FROM settings "
                               "WHERE key = 'repeat_caller.window_days'), 30)",
                               -1);
    const qint64 threshold = scalar(h,
                                    "SELECT COALESCE((SELECT CAST(value AS INTEGER) FROM "
                                    "settings WHERE key = 'repeat_caller.threshold'), 3)",
                                    3);
    const bool storedTimes =
        scalar(h,
               "SELECT NOT EXISTS (SELECT 1 FROM contacts WHERE deleted = 0 AND "
               "(caller_phone <> '' OR caller_email <> '') AND "
               "strftime('%Y-%m-%dT%H:%M:%fZ', started_at) IS NOT started_at)",
               0) == 1;
    // The two indexes are made again after the rows are in: one sort each, not a B-tree
    // insert per repeat contact.
    QStringList names;
    QList<QByteArray> indexes;
    {
        SqliteStatement list(h, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                "tbl_name = 'contact_repeats' AND sql IS NOT NULL");
        while (list.ok() && list.step() == SQLITE_ROW) {
            names << list.columnText(0);
            indexes << list.columnBytes(1);
        }
    }
    for (const QString &name : std::as_const(names))
        if (Status s = db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
            return s;
    const Status filled =
        storedTimes && days >= 0 && days <= 36500
            ? countRepeats(h, days * 86400000,
                           int(std::clamp<qint64>(threshold, -1000000000, 1000000000)))
            : db.exec(fill);
    if (!filled)
        return filled;
    for (const QByteArray &sql : std::as_const(indexes))
        if (Status s = db.exec(QString::fromUtf8(sql)); !s)
            return s;
    return success();
}

} // namespace

Status DashboardStore::rebuildSummaries()
{
    // The fill sections of the migrations that define the summary tables, in order; the daily
    // contact counts (the fills of 007 and 018) are recounted in one pass instead.
    const QStringList sources = {
        QStringLiteral(":/contactdesk/migrations/007_reports.sql"),
        QStringLiteral(":/contactdesk/migrations/009_escalation_daily.sql"),
        QStringLiteral(":/contactdesk/migrations/026_survey_summary_and_sync.sql")};
    QStringList fills;
    for (const QString &source : sources) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(
                QStringLiteral("The summary definitions are missing from this build."));
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype fill = text.indexOf(QLatin1String("-- FILL"));
        if (fill < 0)
            return Status::failure(QStringLiteral("The summary definitions have no fill section."));
        QString part = text.mid(fill);
        if (source.contains(QLatin1String("007_"))) {
            // Leave out the contact_daily statement (the first): counted below.
            const qsizetype repeats = part.indexOf(QLatin1String("INSERT INTO contact_repeats"));
            if (repeats < 0)
                return Status::failure(
                    QStringLiteral("The summary definitions have no fill section."));
            part = part.mid(repeats);
        }
        fills << part;
    }
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    QElapsedTimer timer; // for QT_LOGGING_RULES="contactdesk.storage.debug=true"
    timer.start();
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM contact_daily; DELETE FROM "
                                            "contact_repeats; DELETE FROM escalation_daily; "
                                            "DELETE FROM survey_daily; DELETE FROM "
                                            "survey_monthly;"));
        !s)
        return s;
    const qint64 cleared = timer.restart();
    if (Status s = rebuildContactDaily(m_db.handle()); !s)
        return Status::failure(
            QStringLiteral("could not recount the daily summaries: %1").arg(s.errorMessage()));
    const qint64 daily = timer.restart();
    qint64 other[2] = {};
    if (Status s = rebuildRepeats(m_db, fills.at(0)); !s)
        return s;
    other[0] = timer.restart();
    if (Status s = m_db.exec(fills.at(1)); !s)
        return s;
    other[1] = timer.restart();
    if (Status s = m_db.exec(fills.at(2)); !s) // survey answers by day and by month
        return s;
    qCDebug(lcStorage) << "summaries rebuilt: cleared" << cleared << "ms, daily counts" << daily
                       << "ms, repeat callers" << other[0] << "ms, escalations" << other[1]
                       << "ms, survey" << timer.elapsed() << "ms";
    return tx.commit();
}

} // namespace cd
