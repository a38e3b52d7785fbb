#pragma once

#include "core/escalationform.h"
#include "core/result.h"
#include "core/workingcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cd {

// Where an escalation is in its life. Moves go forward one step at a time; a resolved
// escalation can be reopened (back to in progress) if the caller is still not satisfied.
enum class EscalationStatus { Draft, Submitted, Acknowledged, InProgress, Resolved, Closed };

QString escalationStatusName(EscalationStatus status);  // "draft", "in_progress", ...
QString escalationStatusLabel(EscalationStatus status); // "Draft", "In progress", ...
bool escalationStatusFromName(const QString &name, EscalationStatus *out);
QList<EscalationStatus> allEscalationStatuses();

// The lifecycle's rules, in one place.
namespace lifecycle {
bool isAllowed(EscalationStatus from, EscalationStatus to);
QList<EscalationStatus> nextStatuses(EscalationStatus from);
// success(), or a message saying why the move is refused and what is allowed instead.
Status check(EscalationStatus from, EscalationStatus to);
bool isOpen(EscalationStatus status); // not resolved or closed
// Sent and not yet resolved: the receiving team's clock runs, so it can be overdue. A draft has
// not been sent; the status bar, My figures and Team figures all count overdue this way.
bool isAwaited(EscalationStatus status);
} // namespace lifecycle

// A form raised from a contact, sent to a receiving team and watched to a timely end.
struct Escalation
{
    QString id; // UUID
    QString contactId;
    QString type;
    int formVersion = 0;
    QJsonObject fields;
    EscalationStatus status = EscalationStatus::Draft;
    QString owner; // the handler watching it
    QString team;  // the owning team (the one that raised it)
    QString receivingTeam;
    QDate raisedOn; // local date the clock started (created, then submitted)
    QDate dueOn;    // local date it is due by, in working days
    QDateTime createdAt;
    QDateTime updatedAt;

    QString updatedHlc;
    QString origin;
    bool deleted = false;

    QJsonObject toJson() const;
    static Escalation fromJson(const QJsonObject &object);
};

// One status change: who moved it, from what, to what, when.
struct EscalationEvent
{
    QString id;
    QString escalationId;
    QString fromStatus; // "" for the creation
    QString toStatus;
    QString actor;
    QDateTime at;
    QString reason;

    QJsonObject toJson() const;
};

// One entry in an escalation's note thread. Notes are only ever added.
struct EscalationNote
{
    QString id;
    QString escalationId;
    QString author;
    QDateTime at;
    QString body;

    QJsonObject toJson() const;
};

// The service-level date for an escalation in `status`, counted from `raisedOn`: the
// acknowledgement target until it is acknowledged (when the form has one), then the
// resolution target. An escalation whose values mark immediate risk (ServiceLevel::isImmediate)
// is due the day it is raised.
Result<QDate> serviceLevelDue(const FormDefinition &form, const WorkingCalendar &calendar,
                              EscalationStatus status, const QDate &raisedOn,
                              const QJsonObject &values = {});

// The data escalations run on: the form definitions and the working-day calendar.
struct EscalationRules
{
    FormRegistry forms;
    WorkingCalendar calendar;

    static Result<EscalationRules> loadShipped();
    static Result<EscalationRules> load(const QString &formsDir, const QString &calendarPath);
};

// The team's date (Europe/London, core/londonday.h) for a UTC time, whatever the machine's
// time zone: due dates are London dates.
QDate localDate(const QDateTime &utc);

} // namespace cd
