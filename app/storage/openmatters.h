#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

// An earlier contact of the caller, or of someone in the caller's household, that is still open
// when a new contact comes in: an escalation raised from it is still open, or THRIVE was
// answered on it within the force's re-assessment interval (thrive.json,
// reassess_after_hours). The Desk shows what was decided then (grade, vulnerability, what
// happens next) and offers THRIVE again; the new assessment links back to it (issue 22).
struct OpenMatter
{
    QString contactId;
    QDateTime startedAt;
    QString callerName;
    bool household = false;      // another person at the caller's address
    QString riskGrade;           // the grade that stands on it
    int vulnerable = -1;         // -1 not answered, 0 no, 1 yes
    QString vulnerabilityKinds;  // codes, comma separated
    QString nextSteps;           // NextSteps JSON
    QStringList openEscalations; // types of its escalations still open
    bool assessedInInterval = false;
};

class OpenMatters
{
public:
    explicit OpenMatters(Database &db)
        : m_db(db)
    {
    }
    // The open matters among the caller's earlier contacts (`callerIds`) and the household's
    // (`householdIds`), most recent first, as of `now`.
    QList<OpenMatter> find(const QStringList &callerIds, const QStringList &householdIds,
                           const QDateTime &now, int reassessAfterHours) const;

private:
    Database &m_db;
};

} // namespace cd
