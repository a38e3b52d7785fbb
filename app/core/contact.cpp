#include "core/contact.h"
#include "core/repeatcaller.h"

#include "core/thrive.h"
#include "core/validation.h"

#include <functional>

#include <QCoreApplication>

namespace cd {

namespace {
// lupdate reads this file's messages into the context cd::Contact.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::Contact)
};

constexpr qsizetype kMaxNotes = validation::limits::kNotes;
constexpr qsizetype kMaxShortField = validation::limits::kName;

// --- First contact (schema 21): THRIVE, vulnerability, risk grade, "what happens next". ---
void insertFirstContactJson(const Contact &c, QJsonObject &o)
{
    o.insert(QLatin1String("thrive_required"), c.thriveRequired);
    o.insert(QLatin1String("thrive"), c.thrive);
    o.insert(QLatin1String("vulnerable"),
             c.vulnerable >= 0 ? QJsonValue(c.vulnerable) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("vulnerability_kinds"), c.vulnerabilityKinds);
    o.insert(QLatin1String("risk_grade"), c.riskGrade);
    o.insert(QLatin1String("grade_requested"), c.gradeRequested);
    o.insert(QLatin1String("grade_requested_by"), c.gradeRequestedBy);
    o.insert(QLatin1String("grade_signed_off_by"), c.gradeSignedOffBy);
    o.insert(QLatin1String("grade_signed_off_at"),
             c.gradeSignedOffAt.isValid()
                 ? QJsonValue(c.gradeSignedOffAt.toUTC().toString(Qt::ISODateWithMs))
                 : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("next_steps"), c.nextSteps);
}

void readFirstContactJson(const QJsonObject &o, Contact &c)
{
    auto str = [&](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    const QJsonValue required = o.value(QLatin1String("thrive_required"));
    c.thriveRequired = required.isBool() ? required.toBool() : required.toInt() != 0;
    c.thrive = str("thrive");
    const QJsonValue vulnerable = o.value(QLatin1String("vulnerable"));
    c.vulnerable = vulnerable.isBool()     ? int(vulnerable.toBool())
                   : vulnerable.isDouble() ? (vulnerable.toInt() != 0 ? 1 : 0)
                                           : -1;
    c.vulnerabilityKinds = str("vulnerability_kinds");
    c.riskGrade = str("risk_grade");
    c.gradeRequested = str("grade_requested");
    c.gradeRequestedBy = str("grade_requested_by");
    c.gradeSignedOffBy = str("grade_signed_off_by");
    c.gradeSignedOffAt = QDateTime::fromString(str("grade_signed_off_at"), Qt::ISODateWithMs);
    c.nextSteps = str("next_steps");
}

// The vulnerability question is answered (Yes with its kinds, or No) on every contact that needs
// THRIVE: never skipped silently.
void validateFirstContact(const Contact &c,
                          const std::function<void(const char *, const QString &)> &add)
{
    if (c.thriveRequired && c.vulnerable < 0)
        add("vulnerable", Tr::tr("Answer the vulnerability question: Yes (with the kind) or No"));
    else if (c.vulnerable == 1 && vulnerabilityKindList(c.vulnerabilityKinds).isEmpty())
        add("vulnerable", Tr::tr("Say what makes the caller vulnerable"));
    else if (!isValidVulnerabilityKinds(c.vulnerabilityKinds))
        add("vulnerable", Tr::tr("Unknown kind of vulnerability \"%1\"").arg(c.vulnerabilityKinds));
    else if (c.vulnerable != 1 && !c.vulnerabilityKinds.isEmpty())
        add("vulnerable", Tr::tr("Kinds of vulnerability are given only when the answer is Yes"));
    if (!c.nextSteps.isEmpty())
        add("nextSteps", NextSteps::fromJson(c.nextSteps).problem());
}
} // namespace

void Contact::normalise()
{
    using namespace validation;
    callerName = callerName.simplified();
    callerPhone = normaliseUkPhone(callerPhone);
    callerEmail = normaliseEmail(callerEmail);
    postcode = normaliseUkPostcode(postcode);
    reference = reference.trimmed();
    vrm = normaliseVrm(vrm);
    address = address.simplified();
}

QJsonObject Contact::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("ended_at"),
             endedAt.isValid() ? endedAt.toUTC().toString(Qt::ISODateWithMs) : QString());
    o.insert(QLatin1String("handler"), handler);
    o.insert(QLatin1String("team"), team);
    o.insert(QLatin1String("channel"), channel);
    o.insert(QLatin1String("category"), category);
    o.insert(QLatin1String("reason"), reason);
    o.insert(QLatin1String("outcome"), outcome);
    o.insert(QLatin1String("remained_dissatisfied"), remainedDissatisfied);
    o.insert(QLatin1String("consent_to_outcome"), consentToOutcome);
    o.insert(QLatin1String("caller_name"), callerName);
    o.insert(QLatin1String("caller_phone"), callerPhone);
    o.insert(QLatin1String("caller_email"), callerEmail);
    o.insert(QLatin1String("postcode"), postcode);
    o.insert(QLatin1String("reference"), reference);
    o.insert(QLatin1String("vrm"), vrm);
    o.insert(QLatin1String("notes"), notes);
    o.insert(QLatin1String("script_path"), scriptPath);
    o.insert(QLatin1String("risk_prompts"), riskPrompts);
    o.insert(QLatin1String("call_id"), callId);
    o.insert(QLatin1String("talk_seconds"),
             talkSeconds >= 0 ? QJsonValue(talkSeconds) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("wrapup_seconds"),
             wrapUpSeconds >= 0 ? QJsonValue(wrapUpSeconds) : QJsonValue(QJsonValue::Null));
    insertFirstContactJson(*this, o);
    // Caller matching (issue 22).
    o.insert(QLatin1String("address"), address);
    o.insert(QLatin1String("victim_checked_at"),
             victimCheckedAt.isValid()
                 ? QJsonValue(victimCheckedAt.toUTC().toString(Qt::ISODateWithMs))
                 : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("victim_check_matches"), victimCheckMatches >= 0
                                                        ? QJsonValue(victimCheckMatches)
                                                        : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("updated_hlc"), updatedHlc);
    o.insert(QLatin1String("origin"), origin);
    o.insert(QLatin1String("deleted"), deleted);
    return o;
}

Contact Contact::fromJson(const QJsonObject &o)
{
    auto str = [&](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    Contact c;
    c.id = str("id");
    c.startedAt = QDateTime::fromString(str("started_at"), Qt::ISODateWithMs);
    c.endedAt = QDateTime::fromString(str("ended_at"), Qt::ISODateWithMs);
    c.handler = str("handler");
    c.team = str("team");
    c.channel = str("channel");
    c.category = str("category");
    c.reason = str("reason");
    c.outcome = str("outcome");
    c.remainedDissatisfied = o.value(QLatin1String("remained_dissatisfied")).toBool();
    c.consentToOutcome = o.value(QLatin1String("consent_to_outcome")).toBool();
    c.callerName = str("caller_name");
    c.callerPhone = str("caller_phone");
    c.callerEmail = str("caller_email");
    c.postcode = str("postcode");
    c.reference = str("reference");
    c.vrm = str("vrm");
    c.notes = str("notes");
    c.scriptPath = str("script_path");
    c.riskPrompts = str("risk_prompts");
    c.callId = str("call_id");
    auto seconds = [&](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() && v.toDouble() >= 0 ? v.toInt() : -1;
    };
    c.talkSeconds = seconds("talk_seconds");
    c.wrapUpSeconds = seconds("wrapup_seconds");
    readFirstContactJson(o, c);
    // Caller matching (issue 22).
    c.address = str("address");
    c.victimCheckedAt = QDateTime::fromString(str("victim_checked_at"), Qt::ISODateWithMs);
    c.victimCheckMatches = seconds("victim_check_matches");
    c.updatedHlc = str("updated_hlc");
    c.origin = str("origin");
    c.deleted = o.value(QLatin1String("deleted")).toBool();
    return c;
}

QList<FieldError> validateContact(const Contact &c, const Taxonomy &taxonomy)
{
    using K = TaxonomyEntry::Kind;
    QList<FieldError> errors;
    auto add = [&](const char *field, const QString &message) {
        if (!message.isEmpty())
            errors.append({QLatin1String(field), message});
    };

    if (c.channel.isEmpty())
        add("channel", Tr::tr("Choose how the caller got in touch"));
    else if (!taxonomy.contains(K::Channel, c.channel))
        add("channel", Tr::tr("Unknown channel \"%1\"").arg(c.channel));

    add("callerPhone", validation::checkUkPhone(c.callerPhone));
    add("callerEmail", validation::checkEmail(c.callerEmail));
    add("postcode", validation::checkUkPostcode(c.postcode));
    if (c.callerName.size() > kMaxShortField)
        add("callerName", Tr::tr("Keep the name under %1 characters").arg(kMaxShortField));
    if (c.consentToOutcome && c.callerPhone.trimmed().isEmpty() &&
        c.callerEmail.trimmed().isEmpty())
        add("consentToOutcome",
            Tr::tr("To tell the caller the outcome, take a phone number or email"));

    if (c.category.isEmpty()) {
        add("category", Tr::tr("Choose a category before saving"));
    } else if (!taxonomy.contains(K::Category, c.category)) {
        add("category", Tr::tr("Unknown category \"%1\"").arg(c.category));
    } else if (!c.reason.isEmpty()) {
        const TaxonomyEntry *reason = taxonomy.find(K::Reason, c.reason);
        if (!reason || reason->parent != c.category)
            add("reason", Tr::tr("\"%1\" is not a reason for this category").arg(c.reason));
    }

    if (c.outcome.isEmpty())
        add("outcome", Tr::tr("Choose an outcome before saving"));
    else if (!taxonomy.contains(K::Outcome, c.outcome))
        add("outcome", Tr::tr("Unknown outcome \"%1\"").arg(c.outcome));

    if (c.reference.size() > kMaxShortField)
        add("reference", Tr::tr("Keep the reference under %1 characters").arg(kMaxShortField));
    if (c.address.size() > validation::limits::kAddress)
        add("address",
            Tr::tr("Keep the address under %1 characters").arg(validation::limits::kAddress));
    if (c.vrm.size() > 10)
        add("vrm", Tr::tr("A registration mark has at most 8 characters"));
    if (c.notes.size() > kMaxNotes)
        add("notes", Tr::tr("Notes are limited to %1 characters").arg(kMaxNotes));

    if (!c.startedAt.isValid())
        add("startedAt", Tr::tr("The contact has no start time"));
    else if (c.endedAt.isValid() && c.endedAt < c.startedAt)
        add("endedAt", Tr::tr("The contact ends before it starts"));
    if (c.handler.trimmed().isEmpty())
        add("handler", Tr::tr("The contact has no handler"));
    validateFirstContact(c, add);
    return errors;
}

bool RepeatCallerRule::isRepeat(int contactsInWindow) const
{
    return isRepeatContact(contactsInWindow - 1, threshold);
}

} // namespace cd
