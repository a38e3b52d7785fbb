#pragma once

#include "core/metrics.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

// One entry of the "You said, we did" log: what callers said (the dissatisfaction reasons and
// survey comments it is linked to), what the team found and what it changed, and when.
struct Improvement
{
    QString id;
    QString team;
    QString issue;
    QString rootCause;
    QString changeMade;
    QDate changedOn;        // London date the change was made
    QStringList reasons;    // dissatisfaction reason codes (taxonomy category 'dissatisfaction')
    QStringList commentIds; // survey_comments ids
    QString author;
    QDateTime createdAt;
    QString updatedHlc;
    QString origin;

    QJsonObject toJson() const; // the synced row, as the outbox carries it
};

// A dissatisfaction reason's contacts per month ("YYYY-MM", oldest first), for the trend of
// the reasons behind a change.
struct ReasonTrend
{
    QString reason;
    QList<QPair<QString, qint64>> months;
};

// The improvement log in the cache. Every write commits with its outbox entry and an audit
// record in one transaction; the log syncs with the shared database (server schema 10), where
// only the team's managers may write it.
class ImprovementStore
{
public:
    explicit ImprovementStore(Database &db)
        : m_db(db)
    {
    }

    // Checks and stores a new entry (id, author, created time and sync columns are filled in).
    Result<Improvement> add(Improvement entry, const QString &actor);
    // The team's entries changed in `range` (all when the range is invalid), newest change first.
    QList<Improvement> list(const QString &team, const DayRange &range = {}) const;
    // Monthly dissatisfaction contacts of the team for each reason, for the `months` months
    // ending with the month of `last`.
    QList<ReasonTrend> reasonTrends(const QString &team, const QStringList &reasons,
                                    const QDate &last, int months = 6) const;

private:
    Database &m_db;
};

} // namespace cd
