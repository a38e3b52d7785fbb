#pragma once

#include "core/contact.h"
#include "core/escalation.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

// What the lists show of an escalation. No personal data: the fields stay in the record,
// which is read (and audited) with get().
// The SQL list of statuses lifecycle::isAwaited keeps ('submitted','acknowledged',...), for
// queries that count escalations that can be overdue.
QString awaitedEscalationStatusSql();

struct EscalationSummary
{
    QString id;
    QString contactId;
    QString type;
    EscalationStatus status = EscalationStatus::Draft;
    QString owner;
    QString team;
    QString receivingTeam;
    QDate raisedOn;
    QDate dueOn;
    QDateTime updatedAt;
    QString callerName; // from the contact it was raised from, when that is on this workstation
};

struct EscalationFilter
{
    QString owner; // "My escalations": the handler's name
    QString team;  // "Team escalations": the owning team
    QString receivingTeam;
    QString type;
    QString contactId;        // the escalations raised from one contact
    bool openOnly = false;    // not resolved or closed
    bool overdueOnly = false; // open and due before `today`
    QDate today;              // for overdueOnly; the clock's local date when empty
    int limit = 1000;
};

// Escalations in the local cache. Every write commits with its outbox entries and an audit
// record in one transaction; every read of an escalation's fields is audited.
class EscalationStore
{
public:
    EscalationStore(Database &db, const EscalationRules &rules)
        : m_db(db)
        , m_rules(rules)
    {
    }

    // A new draft from a contact, with the contact's details filled in (or `fields` when
    // given). `team` is the owning team; the owner is `actor`.
    Result<Escalation> createFromContact(const Contact &contact, const QString &type,
                                         const QString &actor, const QString &team,
                                         const std::optional<QJsonObject> &fields = {},
                                         const QString &clearDraftSlot = {});
    // A reply to a caller's survey comment (form "feedback_reply"), submitted at once and owned
    // by the contact's team: the clock starts on the London date the caller asked for the reply
    // (`requestedAt`), and it is due the form's working days later (10), amber and overdue as
    // every escalation. insertFeedbackReply runs inside the caller's transaction.
    static QString feedbackReplyType() { return QStringLiteral("feedback_reply"); }
    Result<Escalation> raiseFeedbackReply(const Contact &contact, const QString &comment,
                                          const QDateTime &requestedAt, const QString &actor);
    Result<Escalation> insertFeedbackReply(const Contact &contact, const QString &comment,
                                           const QDateTime &requestedAt, const QString &actor);
    // Replaces the form's values (not once closed). Clears the named draft in the same commit.
    Result<Escalation> updateFields(const QString &id, const QJsonObject &fields,
                                    const QString &actor, const QString &clearDraftSlot = {});
    // Moves to `to` if the lifecycle allows it. Submitting checks every field (code
    // "invalid_fields"); the due date follows the form's service level.
    Result<Escalation> transition(const QString &id, EscalationStatus to, const QString &actor,
                                  const QString &reason = {});
    Result<EscalationNote> addNote(const QString &id, const QString &body, const QString &actor);

    // The field messages the form shows beside each field, as of today.
    QList<FieldError> validate(const Escalation &escalation) const;

    // Reads one escalation and records that `actor` viewed it.
    Result<Escalation> get(const QString &id, const QString &actor);
    // Records a disclosure (PDF export, print) with its recipient.
    Status recordExport(const QString &id, const QString &actor, const QString &recipient);

    QList<EscalationEvent> events(const QString &id) const; // oldest first
    QList<EscalationNote> notes(const QString &id) const;   // oldest first
    QList<EscalationSummary>
    list(const EscalationFilter &filter) const; // by due date, undated last
    // Sent escalations (lifecycle::isAwaited) due before `today`, of one owner and/or team: the
    // same count as the dashboards' "Escalations overdue".
    int overdueCount(const QDate &today, const QString &owner = {}, const QString &team = {}) const;

    // The DraftStore slot that keeps a form as it is typed: one per escalation, or per
    // contact and type while the form has not been saved yet.
    static QString draftSlot(const QString &escalationId);
    static QString newDraftSlot(const QString &contactId, const QString &type);

    static QDate today(); // the clock's local date

private:
    Result<Escalation> load(const QString &id) const;
    Status write(Escalation &e, bool isNew);
    Status writeEvent(const Escalation &e, const QString &from, const QString &actor,
                      const QString &reason);

    Database &m_db;
    const EscalationRules &m_rules;
};

} // namespace cd
