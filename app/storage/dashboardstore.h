#pragma once

#include "core/metrics.h"
#include "core/result.h"
#include "storage/surveystore.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

class QIODevice;

class QSqlQuery;

namespace cd {

class Database;

// Whose figures: one handler's (the personal dashboard) or one team's.
struct DashboardScope
{
    enum class Kind { Handler, Team };
    Kind kind = Kind::Handler;
    QString name;

    static DashboardScope handler(const QString &name) { return {Kind::Handler, name}; }
    static DashboardScope team(const QString &name) { return {Kind::Team, name}; }
    QString key() const; // "h:NAME" or "t:NAME", as contact_daily stores it
};

struct DashboardTotals
{
    qint64 contacts = 0;
    qint64 resolved = 0;     // at first contact
    qint64 dissatisfied = 0; // remained dissatisfied
    qint64 handledSeconds = 0;
    qint64 handledCount = 0;
    // Calls with a talk or wrap-up time (schema 18); the others are left out of the averages.
    qint64 talkSeconds = 0;
    qint64 talkCount = 0;
    qint64 wrapUpSeconds = 0;
    qint64 wrapUpCount = 0;

    double fcrRate() const { return firstContactResolutionRate(resolved, contacts); }
    double averageHandlingSeconds() const
    {
        return cd::averageHandlingSeconds(handledSeconds, handledCount);
    }
    double averageTalkSeconds() const { return cd::averageHandlingSeconds(talkSeconds, talkCount); }
    double averageWrapUpSeconds() const
    {
        return cd::averageHandlingSeconds(wrapUpSeconds, wrapUpCount);
    }
};

// One bar or slice: a key (channel, category, reason, handler, department, month) and counts.
struct DashboardCount
{
    QString key;
    DashboardTotals totals;
};

struct EscalationFigures
{
    qint64 open = 0;           // submitted, acknowledged or in progress, now
    qint64 overdue = 0;        // open and past the due date, now
    qint64 raised = 0;         // raised (not drafts) in the period
    qint64 resolved = 0;       // resolved in the period
    qint64 resolvedOnTime = 0; // of those, on or before the due date
    double averageDaysToResolve = 0;
};

struct SatisfactionFigure
{
    QString question;
    qint64 answers = 0;
    qint64 satisfied = 0; // rated 8 or above
    double share() const { return shareOf(satisfied, answers); }
};

// --- First contact (schema 21): what inspectors ask for, counted from the contacts. ---
struct FirstContactFigures
{
    QString key; // "" for the whole period, a handler, or a month "YYYY-MM"
    qint64 contacts = 0;
    qint64 thriveRequired = 0;        // contacts that needed THRIVE
    qint64 thriveCompleted = 0;       // of those, every element noted, vulnerability and grade
    qint64 vulnerabilityAnswered = 0; // the vulnerability question answered, Yes or No
    qint64 vulnerable = 0;            // vulnerability identified
    qint64 nextStepsRecorded = 0;     // "what happens next" recorded
    qint64 downgradesWaiting = 0;     // a lower grade asked for, not signed off
    qint64 downgradesSignedOff = 0;   // a lower grade signed off by a manager
    qint64 victimChecked = 0;         // the repeat-victim check done (schema 22)
    qint64 repeatVictims = 0;         // of those, earlier contacts of the caller found

    double thriveCompletedShare() const { return shareOf(thriveCompleted, thriveRequired); }
    double victimCheckedShare() const { return shareOf(victimChecked, contacts); }
    double nextStepsShare() const { return shareOf(nextStepsRecorded, contacts); }
    double downgradesSignedOffShare() const
    {
        return shareOf(downgradesSignedOff, downgradesSignedOff + downgradesWaiting);
    }
};

struct FirstContactMeasures
{
    FirstContactFigures total;
    QList<FirstContactFigures> byHandler; // team only, by name
    QList<FirstContactFigures> monthly;   // "YYYY-MM", oldest first
};

// Survey answers rated 8 or more (the survey's threshold) for one key of a dimension and one
// question: "channel" / "phone" / "polite".
struct SurveyBreakdownRow
{
    QString key; // handler, team, category, channel, weekday 1-7 (Monday 1), hour 0-23 (London)
    QString question;
    qint64 answers = 0;
    qint64 satisfied = 0;
    double share() const { return shareOf(satisfied, answers); }
};

// Everything one dashboard shows. Team-only parts stay empty for a handler.
struct DashboardData
{
    DashboardScope scope;
    DayRange range;
    QDate today;
    DashboardTotals totals;
    QList<DashboardCount> byChannel;              // most first
    QList<DashboardCount> byCategory;             // most first
    QList<DashboardCount> dissatisfactionReasons; // reasons of dissatisfaction contacts, most first
    QList<DashboardCount> byHandler;              // team only
    QList<DashboardCount> departments; // team only: receiving teams of complaint escalations
    QList<DashboardCount> monthly;     // "YYYY-MM", oldest first
    EscalationFigures escalations;
    qint64 repeatCallers = 0;
    QList<SatisfactionFigure> satisfaction; // empty when there are no survey answers
    // By surveyDimensions(): the share rated 8 or more per key and question.
    QHash<QString, QList<SurveyBreakdownRow>> surveyBy;
    QList<SurveyComment> comments;     // team only: callers' comments with their contacts
    QHash<QString, double> queryMs;    // how long each query took
    FirstContactMeasures firstContact; // THRIVE, vulnerability, next steps, downgrades

    // Team only: outcome messages sent in the London month of `today`, and what they cost
    // (messages.cost_per_message each); -1 for a handler's dashboard.
    qint64 messagesSentThisMonth = -1;
    double messageCostThisMonth = 0;
    // Team only: of this month's messages, those the gateway reported delivered, and those that
    // failed (refused, given up, or failed by receipt); -1 for a handler's dashboard.
    qint64 messagesDeliveredThisMonth = -1;
    qint64 messagesFailedThisMonth = -1;
};

// A contact behind a bar or slice. No caller details: opening one is an audited view.
struct DrillContact
{
    QString id;
    QDateTime startedAt;
    QString handler;
    QString channel;
    QString category;
    QString reason;
    QString outcome;
    QString reference;
    bool remainedDissatisfied = false;
};

// Read-only queries for the dashboards and the monthly report, over the summary tables of
// migrations 007 (contact_daily, contact_repeats) and 009 (escalation_daily), the escalations
// still open (migration 008's indexes) and the survey answers. Use one per thread with that
// thread's Database.
class DashboardStore
{
public:
    explicit DashboardStore(Database &db)
        : m_db(db)
    {
    }

    DashboardTotals totals(const DashboardScope &scope, const DayRange &range) const;
    // dim: "channel", "category", "reason" (key category/reason), "handler" (teams only).
    QList<DashboardCount> breakdown(const DashboardScope &scope, const QString &dim,
                                    const DayRange &range) const;
    QList<DashboardCount> dissatisfactionReasons(const DashboardScope &scope,
                                                 const DayRange &range) const;
    QList<DashboardCount> monthly(const DashboardScope &scope, const DayRange &range) const;
    qint64 repeatCallers(const DashboardScope &scope, const DayRange &range) const;
    EscalationFigures escalations(const DashboardScope &scope, const DayRange &range,
                                  const QDate &today) const;
    QList<DashboardCount> departments(const DashboardScope &scope, const DayRange &range) const;
    QList<SatisfactionFigure> satisfaction(const DashboardScope &scope,
                                           const DayRange &range) const;
    // dim: one of surveyDimensions(). Keys in order (weekdays and hours by number), questions
    // in the survey's order within a key.
    QList<SurveyBreakdownRow> surveyBreakdown(const DashboardScope &scope, const QString &dim,
                                              const DayRange &range) const;
    // Every dimension at once, by name (one pass over the answers; what load() uses).
    QHash<QString, QList<SurveyBreakdownRow>> surveyFigures(const DashboardScope &scope,
                                                            const DayRange &range) const;
    static QStringList surveyDimensions(); // handler, team, category, channel, weekday, hour
    // The survey's "rated N or more" (resources/survey/survey.json), 8 when it cannot be read.
    static int satisfiedAtOrAbove();
    // The survey_daily columns (r8 + r9 + r10) that count as satisfied.
    static QString satisfiedColumns();
    // The summary rows covering a period (dim, key, question, answers, satisfied): its whole
    // months from survey_monthly, the days before and after them from survey_daily, each with
    // `where` added; bindSurveySummaryRows() binds the scope and the days and months.
    static QString surveySummaryRows(const QString &where);
    static void bindSurveySummaryRows(QSqlQuery &q, const DashboardScope &scope,
                                      const DayRange &range);

    // THRIVE completed, vulnerability identified, "what happens next" recorded and downgrades
    // signed off over the period: in total, by handler (teams) and by month.
    FirstContactMeasures firstContact(const DashboardScope &scope, const DayRange &range) const;

    // The whole dashboard; `team` adds the per-handler and department parts.
    DashboardData load(const DashboardScope &scope, const DayRange &range,
                       const QDate &today) const;

    // The contacts behind a bar: dim "channel", "category", "reason" (key category/reason or a
    // dissatisfaction reason), "handler", "month" (YYYY-MM), "dissatisfied", "resolved" or "all".
    QList<DrillContact> contactsBehind(const DashboardScope &scope, const DayRange &range,
                                       const QString &dim, const QString &key,
                                       int limit = 500) const;

    // Recounts the summary tables from the contacts and escalations (after a bulk load with
    // triggers off).
    Status rebuildSummaries();

private:
    Database &m_db;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::DashboardScope)
Q_DECLARE_METATYPE(cd::DayRange)
Q_DECLARE_METATYPE(cd::DashboardData)
Q_DECLARE_METATYPE(cd::DrillContact)
