#include "core/escalation.h"
#include "core/londonday.h"

#include <QCoreApplication>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::Escalation.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::Escalation)
};

struct StatusInfo
{
    EscalationStatus status;
    const char *name;
    const char *label;
};

const StatusInfo kStatuses[] = {
    {EscalationStatus::Draft, "draft", QT_TRANSLATE_NOOP("cd::Escalation", "Draft")},
    {EscalationStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("cd::Escalation", "Submitted")},
    {EscalationStatus::Acknowledged, "acknowledged",
     QT_TRANSLATE_NOOP("cd::Escalation", "Acknowledged")},
    {EscalationStatus::InProgress, "in_progress",
     QT_TRANSLATE_NOOP("cd::Escalation", "In progress")},
    {EscalationStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("cd::Escalation", "Resolved")},
    {EscalationStatus::Closed, "closed", QT_TRANSLATE_NOOP("cd::Escalation", "Closed")},
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString escalationStatusName(EscalationStatus status)
{
    return QLatin1String(kStatuses[static_cast<int>(status)].name);
}

QString escalationStatusLabel(EscalationStatus status)
{
    return Tr::tr(kStatuses[static_cast<int>(status)].label);
}

bool escalationStatusFromName(const QString &name, EscalationStatus *out)
{
    for (const StatusInfo &s : kStatuses) {
        if (name == QLatin1String(s.name)) {
            *out = s.status;
            return true;
        }
    }
    return false;
}

QList<EscalationStatus> allEscalationStatuses()
{
    QList<EscalationStatus> list;
    for (const StatusInfo &s : kStatuses)
        list.append(s.status);
    return list;
}

namespace lifecycle {

bool isAllowed(EscalationStatus from, EscalationStatus to)
{
    using S = EscalationStatus;
    switch (from) {
    case S::Draft:
        return to == S::Submitted;
    case S::Submitted:
        return to == S::Acknowledged;
    case S::Acknowledged:
        return to == S::InProgress;
    case S::InProgress:
        return to == S::Resolved;
    case S::Resolved:
        return to == S::Closed || to == S::InProgress; // closed, or reopened
    case S::Closed:
        return false;
    }
    return false;
}

QList<EscalationStatus> nextStatuses(EscalationStatus from)
{
    QList<EscalationStatus> list;
    for (EscalationStatus to : allEscalationStatuses())
        if (isAllowed(from, to))
            list.append(to);
    return list;
}

Status check(EscalationStatus from, EscalationStatus to)
{
    if (isAllowed(from, to))
        return success();
    if (from == to)
        return Status::failure(
            Tr::tr("The escalation is already %1").arg(escalationStatusLabel(from).toLower()),
            QStringLiteral("same_status"));
    if (from == EscalationStatus::Closed)
        return Status::failure(Tr::tr("The escalation is closed; it cannot become %1")
                                   .arg(escalationStatusLabel(to).toLower()),
                               QStringLiteral("illegal_transition"));
    QStringList allowed;
    for (EscalationStatus s : nextStatuses(from))
        allowed.append(escalationStatusLabel(s).toLower());
    return Status::failure(
        Tr::tr("An escalation that is %1 cannot become %2; it can only become %3")
            .arg(escalationStatusLabel(from).toLower(), escalationStatusLabel(to).toLower(),
                 allowed.join(Tr::tr(" or "))),
        QStringLiteral("illegal_transition"));
}

bool isOpen(EscalationStatus status)
{
    return status != EscalationStatus::Resolved && status != EscalationStatus::Closed;
}

bool isAwaited(EscalationStatus status)
{
    return isOpen(status) && status != EscalationStatus::Draft;
}

} // namespace lifecycle

QJsonObject Escalation::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("contact_id"), contactId);
    o.insert(QLatin1String("type"), type);
    o.insert(QLatin1String("form_version"), formVersion);
    o.insert(QLatin1String("fields"), fields);
    o.insert(QLatin1String("status"), escalationStatusName(status));
    o.insert(QLatin1String("owner"), owner);
    o.insert(QLatin1String("team"), team);
    o.insert(QLatin1String("receiving_team"), receivingTeam);
    o.insert(QLatin1String("raised_on"), raisedOn.toString(Qt::ISODate));
    o.insert(QLatin1String("due_at"),
             dueOn.isValid() ? QJsonValue(dueOn.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QLatin1String("created_at"), iso(createdAt));
    o.insert(QLatin1String("updated_at"), iso(updatedAt));
    o.insert(QLatin1String("updated_hlc"), updatedHlc);
    o.insert(QLatin1String("origin"), origin);
    o.insert(QLatin1String("deleted"), deleted);
    return o;
}

Escalation Escalation::fromJson(const QJsonObject &o)
{
    auto str = [&](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    Escalation e;
    e.id = str("id");
    e.contactId = str("contact_id");
    e.type = str("type");
    e.formVersion = o.value(QLatin1String("form_version")).toInt();
    e.fields = o.value(QLatin1String("fields")).toObject();
    escalationStatusFromName(str("status"), &e.status);
    e.owner = str("owner");
    e.team = str("team");
    e.receivingTeam = str("receiving_team");
    e.raisedOn = QDate::fromString(str("raised_on"), Qt::ISODate);
    e.dueOn = QDate::fromString(str("due_at"), Qt::ISODate);
    e.createdAt = QDateTime::fromString(str("created_at"), Qt::ISODateWithMs);
    e.updatedAt = QDateTime::fromString(str("updated_at"), Qt::ISODateWithMs);
    e.updatedHlc = str("updated_hlc");
    e.origin = str("origin");
    e.deleted = o.value(QLatin1String("deleted")).toBool();
    return e;
}

QJsonObject EscalationEvent::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("escalation_id"), escalationId);
    o.insert(QLatin1String("from_status"), fromStatus);
    o.insert(QLatin1String("to_status"), toStatus);
    o.insert(QLatin1String("actor"), actor);
    o.insert(QLatin1String("at"), iso(at));
    o.insert(QLatin1String("reason"), reason);
    return o;
}

QJsonObject EscalationNote::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("escalation_id"), escalationId);
    o.insert(QLatin1String("author"), author);
    o.insert(QLatin1String("at"), iso(at));
    o.insert(QLatin1String("body"), body);
    return o;
}

Result<QDate> serviceLevelDue(const FormDefinition &form, const WorkingCalendar &calendar,
                              EscalationStatus status, const QDate &raisedOn,
                              const QJsonObject &values)
{
    if (form.serviceLevel.isImmediate(values))
        return calendar.addWorkingDays(raisedOn, 0);
    const bool awaitingAck =
        status == EscalationStatus::Draft || status == EscalationStatus::Submitted;
    const int days = (awaitingAck && form.serviceLevel.acknowledgeWorkingDays > 0)
                         ? form.serviceLevel.acknowledgeWorkingDays
                         : form.serviceLevel.resolveWorkingDays;
    return calendar.addWorkingDays(raisedOn, days);
}

Result<EscalationRules> EscalationRules::load(const QString &formsDir, const QString &calendarPath)
{
    Result<FormRegistry> forms = FormRegistry::load(formsDir);
    if (!forms)
        return forms.error();
    Result<WorkingCalendar> calendar = WorkingCalendar::load(calendarPath);
    if (!calendar)
        return calendar.error();
    return EscalationRules{std::move(forms).value(), std::move(calendar).value()};
}

Result<EscalationRules> EscalationRules::loadShipped()
{
    return load(FormRegistry::shippedDir(), WorkingCalendar::shippedPath());
}

QDate localDate(const QDateTime &utc)
{
    return londonDay(utc);
}

} // namespace cd
