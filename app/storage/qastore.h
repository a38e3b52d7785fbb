#pragma once

#include "core/metrics.h"
#include "core/profile.h"
#include "core/qasample.h"
#include "core/result.h"
#include "core/rubric.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

// One criterion as a reviewer (or a practice call's scorer) left it.
struct QaCriterionPoints
{
    QString id;
    int points = 0;
    int weight = 0;
};

// A manager's review of a sampled contact against the rubric (docs/QA.md).
struct QaReview
{
    QString id;
    QString contactId;
    QString team;
    QString handler;
    QString reviewer;
    QString month; // YYYY-MM, the contact's London month
    QString rubricId;
    int rubricVersion = 0;
    QList<QaCriterionPoints> scores; // in the rubric's order
    QString feedback;
    QDateTime reviewedAt;
    QString updatedHlc;
    QString origin;

    int points() const;
    int outOf() const;
    QJsonObject toJson() const; // the synced row, as the outbox carries it
    static QJsonArray scoresJson(const QList<QaCriterionPoints> &scores);
    static QList<QaCriterionPoints> scoresFromJson(const QString &json);
};

// A contact of a drawn sample, with its review when there is one.
struct QaSampledContact
{
    QString contactId;
    QString handler;
    QString category;
    QString channel;
    QDateTime startedAt;
    std::optional<QaReview> review;
};

// Average points of one criterion over a month's reviews.
struct QaCriterionFigure
{
    QString month; // YYYY-MM
    QString criterion;
    int reviews = 0;
    double averagePoints = 0;
    int weight = 0;
};

// A month's QA figures for a team or a handler.
struct QaFigures
{
    int reviews = 0;
    double averagePoints = 0; // of the total
    int outOf = 0;
    QList<QaCriterionFigure> criteria; // by month, then in the rubric's order when given
    QList<QaCriterionFigure> overall;  // the whole range (month empty), in the same order
};

// A practice call's score, kept in the (training) profile it was played on.
struct PracticeResult
{
    QString id;
    QString scenario;
    int scenarioVersion = 0;
    QString trainee;
    QString contactId;
    RubricScore score;
    QDateTime scoredAt;
};

// Quality dip sampling in the cache: the samples drawn here, the reviews (synced with the
// shared database, server schema 13: managers write in their own team, the handler reads their
// own), and kept practice scores. Every review commits with its outbox entry and an audit record.
class QaStore
{
public:
    explicit QaStore(Database &db)
        : m_db(db)
    {
    }

    // The sampling rules from the profile's settings (qa.*), for this reviewer.
    QaSampleRules rules(const QString &reviewer) const;
    // The team's contacts in the month, as the sampler sees them.
    Result<QList<QaCandidate>> candidates(const QString &team, const DayRange &month) const;
    // Draws and keeps the team's sample for the month (replacing one drawn before).
    Result<QaSample> drawSample(const QString &team, const DayRange &month,
                                const QaSampleRules &rules, const QString &actor);
    // The sample kept for the team and month, in the order drawn, with the reviews.
    QList<QaSampledContact> sample(const QString &team, const QString &month) const;

    // Stores the review (a second review of the same contact updates the first); the reviewer
    // is `actor`. Scores must name the rubric's criteria with points from 0 to their weight.
    Result<QaReview> saveReview(QaReview review, const Rubric &rubric, const QString &actor);
    std::optional<QaReview> reviewOf(const QString &contactId) const;
    // Reviews of a team's (or, with `handler`, one handler's) contacts in the months of `range`,
    // newest first.
    QList<QaReview> reviews(const QString &team, const QString &handler,
                            const DayRange &range) const;
    // Reviews done and the average points by criterion for each month of `range`.
    QaFigures figures(const QString &team, const QString &handler, const DayRange &range,
                      const Rubric *rubric = nullptr) const;

    // Practice scores (never synced).
    Status keepPracticeResult(const PracticeResult &result);
    QList<PracticeResult> practiceResults() const;
    // One row per criterion of each result (RFC 4180), for the trainer's records.
    QByteArray practiceResultsCsv() const;

    static QString draftSlot() { return QStringLiteral("qa_review"); }

private:
    Database &m_db;
};

} // namespace cd
