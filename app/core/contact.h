#pragma once

#include "core/taxonomy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cd {

// One call, email, chat, online message, letter or visit.
struct Contact
{
    QString id; // UUID, made on the workstation
    QDateTime startedAt;
    QDateTime endedAt;
    QString handler;
    QString team;
    QString channel;
    QString category;
    QString reason;
    QString outcome;
    bool remainedDissatisfied = false;
    bool consentToOutcome = false; // the caller agreed to be told the outcome
    QString callerName;
    QString callerPhone;
    QString callerEmail;
    QString postcode;
    QString reference; // incident or crime number
    QString vrm;
    QString notes;
    QString scriptPath;  // JSON array, filled by the guidance panel
    QString riskPrompts; // JSON array of prompts shown and what the handler did
    // Telephony: the call's id from the screen pop, and how long the call (start to call end)
    // and its wrap-up (call end to save) took; -1 when not known (older contacts, other
    // channels, imports without them).
    QString callId;
    int talkSeconds = -1;
    int wrapUpSeconds = -1;

    // --- First contact: THRIVE, vulnerability, risk grade and "what happens next" (schema 21,
    // core/thrive.h). ---
    bool thriveRequired =
        false;           // offered by the category or a risk phrase: the question must be answered
    QString thrive;      // ThriveAnswers as JSON, "" when not assessed
    int vulnerable = -1; // -1 not answered, 0 no (explicitly cleared), 1 yes
    QString vulnerabilityKinds; // comma separated codes: "age,mental_health"
    QString riskGrade;          // the grade that stands, "" when not graded
    QString gradeRequested;     // a lower grade waiting for a manager's sign-off
    QString gradeRequestedBy;
    QString gradeSignedOffBy; // the manager who signed off the last lowering
    QDateTime gradeSignedOffAt;
    QString nextSteps; // NextSteps as JSON, "" when not recorded
    // Caller matching (issue 22): the caller's address line (house number and street), and the
    // repeat-victim check: when the Desk looked the caller's earlier contacts up during this
    // contact and how many it found (invalid / -1: not checked).
    QString address;
    QDateTime victimCheckedAt;
    int victimCheckMatches = -1;

    // Sync metadata.
    QString updatedHlc;
    QString origin;
    bool deleted = false;

    // Canonical forms for storage and matching (phone digits, lower-case email, postcode
    // spacing, VRM without spaces). Leaves invalid input as typed so nothing is lost.
    void normalise();

    QJsonObject toJson() const;
    static Contact fromJson(const QJsonObject &object);
};

// A message meant to appear beside one field of the contact form.
struct FieldError
{
    QString field; // "callerEmail", "callerPhone", "postcode", "category", ...
    QString message;
};

// Everything wrong with a contact, as one message per field. Empty when it can be saved.
QList<FieldError> validateContact(const Contact &contact, const Taxonomy &taxonomy);

// Repeat-caller rule: at least `threshold` contacts in the `windowDays` before `now`.
struct RepeatCallerRule
{
    int threshold = 3;
    int windowDays = 30;

    // contactsInWindow includes the contact being judged (core/repeatcaller.h has the rule).
    bool isRepeat(int contactsInWindow) const;
    QDateTime windowStart(const QDateTime &now) const { return now.addDays(-windowDays); }
};

} // namespace cd
