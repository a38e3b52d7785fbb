#pragma once

#include "core/profile.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

struct Contact;

// THRIVE at first contact (Threat, Harm, Risk, Investigation, Vulnerability, Engagement), as
// versioned data: resources/thrive/thrive.json. A force may add elements after the six (THRIVE-SP
// adds scene preservation and prevention advice), choose the categories that need it, the risk
// grades and the time after which an open matter is assessed again.
struct ThriveElement
{
    QString id;
    QString label;
    QString prompt;
    QString help;
};

struct ThriveChoice
{
    QString code;
    QString label;
    int rank = 0; // grades only: higher is more urgent
};

class ThriveDefinition
{
public:
    static QString shippedPath();
    static Result<ThriveDefinition> loadShipped();
    static Result<ThriveDefinition> load(const QString &path);
    static Result<ThriveDefinition> fromJson(const QByteArray &json, const QString &origin);

    QString version() const { return m_version; }
    const QList<ThriveElement> &elements() const { return m_elements; }
    const QStringList &requiredCategories() const { return m_requiredCategories; }
    bool isRequiredFor(const QString &category) const
    {
        return m_requiredCategories.contains(category);
    }
    int reassessAfterHours() const { return m_reassessAfterHours; }
    const QList<ThriveChoice> &grades() const { return m_grades; } // highest first
    const QList<ThriveChoice> &vulnerabilityKinds() const { return m_kinds; }
    const QList<ThriveChoice> &noAttendanceReasons() const { return m_noAttendance; }
    const QList<ThriveChoice> &advice() const { return m_advice; }

    int gradeRank(const QString &code) const; // 0 for no grade or an unknown one
    QString label(const QList<ThriveChoice> &choices, const QString &code) const;

private:
    QString m_version;
    QList<ThriveElement> m_elements;
    QStringList m_requiredCategories;
    int m_reassessAfterHours = 24;
    QList<ThriveChoice> m_grades;
    QList<ThriveChoice> m_kinds;
    QList<ThriveChoice> m_noAttendance;
    QList<ThriveChoice> m_advice;
};

// The answers kept in Contact::thrive (JSON): the definition's version, one short note per
// element, when it was assessed and when it was assessed again.
struct ThriveAnswers
{
    QString version;
    QJsonObject notes; // element id -> note
    QDateTime assessedAt;
    QList<QDateTime> reassessedAt;
    // The earlier contact of the caller or household, still open, that this assessment
    // re-assesses (the Desk offers it when the new contact comes in); "" otherwise.
    QString reassessmentOf;

    bool isEmpty() const { return notes.isEmpty(); }
    // Every element of the definition has a note.
    bool isComplete(const ThriveDefinition &definition) const;
    QString toJson(const ThriveDefinition &definition) const; // "" when nothing is answered
    static ThriveAnswers fromJson(const QString &json);
};

// "What happens next", told to the caller before the contact is closed (Contact::nextSteps).
struct NextSteps
{
    int policeAttend = -1;      // -1 not said, 0 no, 1 yes
    QString noAttendanceReason; // a no_attendance_reasons code when police will not attend
    QString why;                // a note on why not, or which agency will
    QString reference;          // the number the caller was given
    QString timescale;          // when to expect it, as told
    QStringList advice;         // advice codes given
    bool callBackTold = false;  // told to call back if nothing happens

    bool isRecorded() const { return policeAttend >= 0; }
    QString toJson() const; // "" when nothing is recorded
    static NextSteps fromJson(const QString &json);
    // A message when what is recorded is incomplete: no reason when police will not attend.
    QString problem() const;
};

// Vulnerability kinds as kept: comma separated codes, sorted, no repeats.
QStringList vulnerabilityKindList(const QString &kinds);
QString joinVulnerabilityKinds(QStringList kinds);
bool isValidVulnerabilityKinds(const QString &kinds);

// THRIVE done as inspectors count it: required, every element noted, the vulnerability question
// answered and a grade given.
bool thriveCompleted(const Contact &contact, const ThriveDefinition &definition);

// What a save does to the grade of a contact already saved (`stored`): a higher or equal grade
// stands at once; a lower one does not. It is kept as a request (grade_requested, by whom) and
// the saved grade stands until a manager signs it off.
enum class GradeChange { None, Raised, DowngradeRequested };
GradeChange settleRiskGrade(const Contact &stored, Contact &incoming,
                            const ThriveDefinition &definition, const QString &actor);

// A manager signs off the lower grade asked for: it stands, and who signed it off and when are
// kept. Refused for any other role and when nothing is waiting.
Status signOffDowngrade(Contact &contact, const HandlerProfile &who, const QDateTime &at);

} // namespace cd
