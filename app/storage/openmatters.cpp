#include "storage/openmatters.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cd {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

} // namespace

QList<OpenMatter> OpenMatters::find(const QStringList &callerIds, const QStringList &householdIds,
                                    const QDateTime &now, int reassessAfterHours) const
{
    QList<OpenMatter> out;
    QStringList ids = callerIds;
    for (const QString &id : householdIds)
        if (!ids.contains(id))
            ids.append(id);
    if (ids.isEmpty())
        return out;
    // Escalations still open on those contacts (a draft not yet sent is not a matter).
    QHash<QString, QStringList> escalations;
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT contact_id, type FROM escalations WHERE contact_id IN "
                                 "(%1) AND deleted = 0 AND status IN ('submitted', "
                                 "'acknowledged', 'in_progress') ORDER BY created_at")
                      .arg(placeholders(ids.size())));
        for (const QString &id : std::as_const(ids))
            q.addBindValue(id);
        if (!q.exec())
            qWarning("open matters: %s", qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList &types = escalations[q.value(0).toString()];
            if (!types.contains(q.value(1).toString()))
                types.append(q.value(1).toString());
        }
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, started_at, caller_name, risk_grade, vulnerable, "
                             "vulnerability_kinds, next_steps, thrive FROM contacts WHERE id IN "
                             "(%1) AND deleted = 0 ORDER BY started_at DESC")
                  .arg(placeholders(ids.size())));
    for (const QString &id : std::as_const(ids))
        q.addBindValue(id);
    if (!q.exec())
        qWarning("open matters: %s", qPrintable(q.lastError().text()));
    const QDateTime since = now.addSecs(-qint64(reassessAfterHours) * 3600);
    while (q.next()) {
        OpenMatter m;
        m.contactId = q.value(0).toString();
        m.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        m.callerName = q.value(2).toString();
        m.household = !callerIds.contains(m.contactId);
        m.riskGrade = q.value(3).toString();
        m.vulnerable = q.value(4).isNull() ? -1 : (q.value(4).toInt() != 0 ? 1 : 0);
        m.vulnerabilityKinds = q.value(5).toString();
        m.nextSteps = q.value(6).toString();
        m.openEscalations = escalations.value(m.contactId);
        m.assessedInInterval =
            !q.value(7).toString().isEmpty() && m.startedAt.isValid() && m.startedAt >= since;
        if (!m.openEscalations.isEmpty() || m.assessedInInterval)
            out.append(m);
    }
    return out;
}

} // namespace cd
