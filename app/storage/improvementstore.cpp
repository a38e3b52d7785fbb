#include "storage/improvementstore.h"

#include "core/clock.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::ImprovementStore.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ImprovementStore)
};

QStringList splitList(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QStringList cleanList(const QStringList &items)
{
    QStringList out;
    for (const QString &item : items) {
        const QString t = item.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

} // namespace

QJsonObject Improvement::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("team"), team},
        {QStringLiteral("issue"), issue},
        {QStringLiteral("root_cause"), rootCause},
        {QStringLiteral("change_made"), changeMade},
        {QStringLiteral("changed_on"), changedOn.toString(Qt::ISODate)},
        {QStringLiteral("reasons"), reasons.join(QLatin1Char(','))},
        {QStringLiteral("comment_ids"), commentIds.join(QLatin1Char(','))},
        {QStringLiteral("author"), author},
        {QStringLiteral("created_at"), isoUtc(createdAt)},
        {QStringLiteral("updated_hlc"), updatedHlc},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("deleted"), 0},
    };
}

Result<Improvement> ImprovementStore::add(Improvement e, const QString &actor)
{
    e.issue = e.issue.trimmed();
    e.rootCause = e.rootCause.trimmed();
    e.changeMade = e.changeMade.trimmed();
    e.team = e.team.trimmed();
    e.reasons = cleanList(e.reasons);
    e.commentIds = cleanList(e.commentIds);
    if (e.team.isEmpty())
        return Result<Improvement>::failure(Tr::tr("An improvement belongs to a team"));
    if (e.issue.isEmpty())
        return Result<Improvement>::failure(Tr::tr("Say what the issue was"));
    if (e.changeMade.isEmpty())
        return Result<Improvement>::failure(Tr::tr("Say what was changed"));
    if (!e.changedOn.isValid())
        return Result<Improvement>::failure(Tr::tr("Give the date the change was made"));
    if (e.issue.size() > 2000 || e.rootCause.size() > 4000 || e.changeMade.size() > 4000)
        return Result<Improvement>::failure(
            Tr::tr("The issue is limited to 2000 characters, the root cause and the change to "
                   "4000"));
    for (const QString &r : std::as_const(e.reasons))
        if (r.contains(QLatin1Char(',')) || r.size() > 100)
            return Result<Improvement>::failure(Tr::tr("\"%1\" is not a reason code").arg(r));
    if (actor.trimmed().isEmpty())
        return Result<Improvement>::failure(Tr::tr("An improvement needs an author"));

    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    const Hlc hlc = m_db.tick();
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.author = actor;
    e.createdAt = Clock::instance().now();
    e.updatedHlc = hlc.toString();
    e.origin = m_db.workstationId();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO improvements (id, team, issue, root_cause, change_made, changed_on, "
        "reasons, comment_ids, author, created_at, updated_hlc, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QJsonObject row = e.toJson();
    for (const char *column :
         {"id", "team", "issue", "root_cause", "change_made", "changed_on", "reasons",
          "comment_ids", "author", "created_at", "updated_hlc", "origin"})
        q.addBindValue(sqlText(row.value(QLatin1String(column)).toString()));
    if (!q.exec())
        return Result<Improvement>::failure(QueryError::describe(q, "save the improvement"));
    if (Status s = Outbox(m_db).enqueue(QStringLiteral("improvements"), e.id,
                                        QStringLiteral("insert"), hlc, row);
        !s)
        return s.error();
    // No free text in the audit detail: the entry is the team's record, the audit says who.
    if (Status s = AuditStore(m_db).record(
            actor, QStringLiteral("create"), QStringLiteral("improvement"), e.id,
            QStringLiteral("team=%1 changed_on=%2").arg(e.team, e.changedOn.toString(Qt::ISODate)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

QList<Improvement> ImprovementStore::list(const QString &team, const DayRange &range) const
{
    QSqlQuery q(m_db.sql());
    QString sql = QStringLiteral(
        "SELECT id, team, issue, root_cause, change_made, changed_on, reasons, comment_ids, "
        "author, created_at, updated_hlc, origin FROM improvements WHERE team = ? AND deleted = 0");
    if (range.isValid())
        sql += QStringLiteral(" AND changed_on BETWEEN ? AND ?");
    sql += QStringLiteral(" ORDER BY changed_on DESC, created_at DESC");
    q.prepare(sql);
    q.addBindValue(team);
    if (range.isValid()) {
        q.addBindValue(range.first.toString(Qt::ISODate));
        q.addBindValue(range.last.toString(Qt::ISODate));
    }
    QList<Improvement> out;
    if (q.exec())
        while (q.next()) {
            Improvement e;
            e.id = q.value(0).toString();
            e.team = q.value(1).toString();
            e.issue = q.value(2).toString();
            e.rootCause = q.value(3).toString();
            e.changeMade = q.value(4).toString();
            e.changedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            e.reasons = splitList(q.value(6).toString());
            e.commentIds = splitList(q.value(7).toString());
            e.author = q.value(8).toString();
            e.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
            e.updatedHlc = q.value(10).toString();
            e.origin = q.value(11).toString();
            out << e;
        }
    return out;
}

QList<ReasonTrend> ImprovementStore::reasonTrends(const QString &team, const QStringList &reasons,
                                                  const QDate &last, int months) const
{
    QList<ReasonTrend> out;
    if (!last.isValid() || months < 1)
        return out;
    const QDate lastMonth(last.year(), last.month(), 1);
    const QDate firstMonth = lastMonth.addMonths(-(months - 1));
    const DayRange range{firstMonth, lastMonth.addMonths(1).addDays(-1)};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT substr(day, 1, 7), sum(contacts) FROM contact_daily "
                             "WHERE scope = ? AND dim = 'reason' AND key = ? AND day BETWEEN ? "
                             "AND ? GROUP BY 1"));
    for (const QString &reason : cleanList(reasons)) {
        ReasonTrend t;
        t.reason = reason;
        QHash<QString, qint64> counts;
        q.addBindValue(QStringLiteral("t:") + team);
        q.addBindValue(QStringLiteral("dissatisfaction/") + reason);
        q.addBindValue(range.first.toString(Qt::ISODate));
        q.addBindValue(range.last.toString(Qt::ISODate));
        if (q.exec())
            while (q.next())
                counts.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
        for (int m = 0; m < months; ++m) {
            const QString month = firstMonth.addMonths(m).toString(QStringLiteral("yyyy-MM"));
            t.months.append({month, counts.value(month)});
        }
        out << t;
    }
    return out;
}

} // namespace cd
