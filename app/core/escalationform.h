#pragma once

#include "core/contact.h"
#include "core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cd {

// One field of an escalation form, as the form definition (resources/forms/*.json) gives it.
struct FormField
{
    enum class Type { Text, Date, Choice, Bool, Email, Phone };
    struct Choice
    {
        QString code;
        QString label;
    };

    QString key;
    QString label;
    Type type = Type::Text;
    bool required = false; // for a bool: it must be ticked
    bool multiline = false;
    int maxLength = 0; // 0: no limit
    QList<Choice> choices;
    QString prefill;         // Contact field it starts from: callerName, callerPhone, ...
    QString requiredMessage; // overrides the general "required" message

    QString choiceLabel(const QString &code) const;
    static bool typeFromName(const QString &name, Type *out);
    static QString typeName(Type type);
};

// A cross-field rule of a form. Kinds:
//   not_in_future / not_in_past: a date field compared with today
//   required_when: `field` is required when `whenField` equals `equals`
//   required_when_older_than: `field` is required when `dateField` is more than `months` ago
//   empty_when: each of `fields` must be empty when `whenField` equals `equals`
struct FormRule
{
    QString kind;
    QStringList fields;
    QString whenField;
    QString equals;
    QString dateField;
    int months = 0;
    QString message;
};

struct ServiceLevel
{
    int acknowledgeWorkingDays = 0; // 0: no separate acknowledgement target
    int resolveWorkingDays = 0;
    // Where the figures come from: "force_setting" (the force's own choice, not law) or
    // "source" (a published scheme); empty when the file does not say.
    QString basis;
    QString note;
    // Immediate risk (the form's "immediate_when"): when `immediateField` equals
    // `immediateEquals`, the matter is due the day it is raised, and shows as IMMEDIATE rather
    // than on track. Immediate risk to life is a 999 matter first (DOMAIN-FACTS 2.4).
    QString immediateField;
    QString immediateEquals;
    bool isForceSetting() const { return basis == QLatin1String("force_setting"); }
    bool isImmediate(const QJsonObject &values) const
    {
        return !immediateField.isEmpty() &&
               values.value(immediateField).toVariant().toString() == immediateEquals;
    }
};

// A source the form definition cites; url is empty for an internal or unpublished source.
struct FormSource
{
    QString title;
    QString url;
};

// An escalation type: its fields, rules, receiving team and service level, with a version
// so a stored escalation names the definition it was filled in against.
struct FormDefinition
{
    QString type;
    int version = 0;
    QString title;
    QString description;
    QString source;
    QList<FormSource> sources;
    QDate reviewedOn;      // when the content was last checked against its sources; may be null
    QString receivingTeam; // default receiving team; "" when the form asks for one
    QList<FormField::Choice> receivingTeams;
    ServiceLevel serviceLevel;
    QList<FormField> fields;
    QList<FormRule> rules;
    // The kinds of risk prompt a sent form of this type covers ("covers_risk"): the Desk does
    // not offer the form again for them on the same contact. A kind may be covered only when
    // a field has a value (a child at risk, when the form says the person is a child).
    struct RiskCover
    {
        QString kind;
        QString whenField; // "" for always
        QString equals;
    };
    QList<RiskCover> coversRisk;
    bool coversRiskKind(const QString &kind, const QJsonObject &values) const
    {
        for (const RiskCover &c : coversRisk)
            if (c.kind == kind && (c.whenField.isEmpty() ||
                                   values.value(c.whenField).toVariant().toString() == c.equals))
                return true;
        return false;
    }

    static Result<FormDefinition> fromJson(const QByteArray &json, const QString &origin);

    const FormField *field(const QString &key) const;
    QString receivingTeamLabel(const QString &code) const;
    // The receiving team for filled-in values: the form's "receiving_team" field when it has
    // one, otherwise the definition's default.
    QString receivingTeamFor(const QJsonObject &values) const;
};

// Everything wrong with the values of a form, one message per field (as validateContact).
// `today` is the handler's local date, for the date rules.
QList<FieldError> validateEscalationFields(const FormDefinition &form, const QJsonObject &values,
                                           const QDate &today);

// Initial values from a contact: each field with a `prefill` takes the contact's value.
QJsonObject prefillFromContact(const FormDefinition &form, const Contact &contact);

// Whether a value counts as filled in (non-empty text, or a ticked bool).
bool isFilled(const QJsonValue &value);

// The shipped form definitions, by type.
class FormRegistry
{
public:
    // Reads every *.json in `dir` (":/contactdesk/forms" for the shipped set).
    static Result<FormRegistry> load(const QString &dir);
    static QString shippedDir() { return QStringLiteral(":/contactdesk/forms"); }

    Status add(const FormDefinition &form);
    const FormDefinition *find(const QString &type) const;
    QStringList types() const; // in a fixed order for menus
    const QList<FormDefinition> &forms() const { return m_forms; }

private:
    QList<FormDefinition> m_forms;
};

} // namespace cd
