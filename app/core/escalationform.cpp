#include "core/escalationform.h"
#include "core/londonday.h"

#include "core/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::EscalationForm.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::EscalationForm)
};

const char *const kTypeNames[] = {"text", "date", "choice", "bool", "email", "phone"};

// The order types appear in menus; unknown types follow alphabetically.
const char *const kTypeOrder[] = {"referral",     "formal_complaint", "vrr", "intelligence_record",
                                  "safeguarding", "callback"};

QList<FormField::Choice> readChoices(const QJsonArray &array)
{
    QList<FormField::Choice> list;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        list.append({o.value(QLatin1String("code")).toString(),
                     o.value(QLatin1String("label")).toString()});
    }
    return list;
}

QDate dateValue(const QJsonValue &value)
{
    return QDate::fromString(value.toString().trimmed(), Qt::ISODate);
}

QString contactValue(const Contact &c, const QString &name)
{
    if (name == QLatin1String("callerName"))
        return c.callerName;
    if (name == QLatin1String("callerPhone"))
        return c.callerPhone;
    if (name == QLatin1String("callerEmail"))
        return c.callerEmail;
    if (name == QLatin1String("postcode"))
        return c.postcode;
    if (name == QLatin1String("reference"))
        return c.reference;
    if (name == QLatin1String("vrm"))
        return c.vrm;
    if (name == QLatin1String("notes"))
        return c.notes;
    if (name == QLatin1String("category"))
        return c.category;
    if (name == QLatin1String("startedAt"))
        return c.startedAt.isValid() ? londonDay(c.startedAt).toString(Qt::ISODate) : QString();
    return {};
}

const QStringList kKnownPrefills = {
    QStringLiteral("callerName"), QStringLiteral("callerPhone"), QStringLiteral("callerEmail"),
    QStringLiteral("postcode"),   QStringLiteral("reference"),   QStringLiteral("vrm"),
    QStringLiteral("notes"),      QStringLiteral("category"),    QStringLiteral("startedAt")};

const QStringList kRuleKinds = {
    QStringLiteral("not_in_future"), QStringLiteral("not_in_past"), QStringLiteral("required_when"),
    QStringLiteral("required_when_older_than"), QStringLiteral("empty_when")};

} // namespace

QString FormField::choiceLabel(const QString &code) const
{
    for (const Choice &c : choices)
        if (c.code == code)
            return c.label;
    return code;
}

bool FormField::typeFromName(const QString &name, Type *out)
{
    for (int i = 0; i < int(std::size(kTypeNames)); ++i) {
        if (name == QLatin1String(kTypeNames[i])) {
            *out = static_cast<Type>(i);
            return true;
        }
    }
    return false;
}

QString FormField::typeName(Type type)
{
    return QLatin1String(kTypeNames[static_cast<int>(type)]);
}

Result<FormDefinition> FormDefinition::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Result<FormDefinition>::failure(
            QStringLiteral("%1: not a form definition (%2)").arg(origin, parseError.errorString()));
    const QJsonObject o = doc.object();
    auto fail = [&](const QString &why) {
        return Result<FormDefinition>::failure(QStringLiteral("%1: %2").arg(origin, why));
    };

    FormDefinition f;
    f.type = o.value(QLatin1String("type")).toString();
    f.version = o.value(QLatin1String("version")).toInt();
    f.title = o.value(QLatin1String("title")).toString();
    f.description = o.value(QLatin1String("description")).toString();
    f.source = o.value(QLatin1String("source")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("sources")).toArray()) {
        const QJsonObject so = v.toObject();
        f.sources.append({so.value(QLatin1String("title")).toString(),
                          so.value(QLatin1String("url")).toString()});
    }
    const QString reviewed = o.value(QLatin1String("reviewed_on")).toString();
    f.reviewedOn = QDate::fromString(reviewed, Qt::ISODate);
    f.receivingTeam = o.value(QLatin1String("receiving_team")).toString();
    f.receivingTeams = readChoices(o.value(QLatin1String("receiving_teams")).toArray());
    const QJsonObject sl = o.value(QLatin1String("service_level")).toObject();
    f.serviceLevel.acknowledgeWorkingDays =
        sl.value(QLatin1String("acknowledge_working_days")).toInt();
    f.serviceLevel.resolveWorkingDays = sl.value(QLatin1String("resolve_working_days")).toInt();
    f.serviceLevel.basis = sl.value(QLatin1String("basis")).toString();
    f.serviceLevel.note = sl.value(QLatin1String("note")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("covers_risk")).toArray()) {
        const QJsonObject c = v.toObject();
        f.coversRisk.append({c.value(QLatin1String("kind")).toString(),
                             c.value(QLatin1String("when_field")).toString(),
                             c.value(QLatin1String("equals")).toString()});
    }
    const QJsonObject immediate = sl.value(QLatin1String("immediate_when")).toObject();
    f.serviceLevel.immediateField = immediate.value(QLatin1String("field")).toString();
    f.serviceLevel.immediateEquals = immediate.value(QLatin1String("equals")).toString();

    if (f.type.isEmpty())
        return fail(QStringLiteral("the form has no type"));
    if (f.version <= 0)
        return fail(QStringLiteral("form %1 has no version").arg(f.type));
    if (f.title.isEmpty())
        return fail(QStringLiteral("form %1 has no title").arg(f.type));
    if (f.serviceLevel.resolveWorkingDays <= 0)
        return fail(QStringLiteral("form %1 has no service level in working days").arg(f.type));
    if (!f.serviceLevel.basis.isEmpty() && !f.serviceLevel.isForceSetting() &&
        f.serviceLevel.basis != QLatin1String("source"))
        return fail(QStringLiteral("form %1: service_level basis must be force_setting or source")
                        .arg(f.type));
    if (!reviewed.isEmpty() && !f.reviewedOn.isValid())
        return fail(
            QStringLiteral("form %1: reviewed_on \"%2\" is not a date").arg(f.type, reviewed));
    for (const FormSource &s : std::as_const(f.sources))
        if (s.title.isEmpty())
            return fail(QStringLiteral("form %1: a source has no title").arg(f.type));
    if (f.receivingTeams.isEmpty())
        return fail(QStringLiteral("form %1 names no receiving team").arg(f.type));
    if (!f.receivingTeam.isEmpty() && f.receivingTeamLabel(f.receivingTeam) == f.receivingTeam)
        return fail(QStringLiteral("form %1: receiving team %2 is not in its list")
                        .arg(f.type, f.receivingTeam));

    for (const QJsonValue &v : o.value(QLatin1String("fields")).toArray()) {
        const QJsonObject fo = v.toObject();
        FormField field;
        field.key = fo.value(QLatin1String("key")).toString();
        field.label = fo.value(QLatin1String("label")).toString();
        const QString typeText = fo.value(QLatin1String("type")).toString();
        if (field.key.isEmpty() || field.label.isEmpty())
            return fail(QStringLiteral("form %1: a field has no key or label").arg(f.type));
        if (f.field(field.key))
            return fail(QStringLiteral("form %1: field %2 appears twice").arg(f.type, field.key));
        if (!FormField::typeFromName(typeText, &field.type))
            return fail(QStringLiteral("form %1: field %2 has unknown type \"%3\"")
                            .arg(f.type, field.key, typeText));
        field.required = fo.value(QLatin1String("required")).toBool();
        field.multiline = fo.value(QLatin1String("multiline")).toBool();
        field.maxLength = fo.value(QLatin1String("max_length")).toInt();
        field.prefill = fo.value(QLatin1String("prefill")).toString();
        field.requiredMessage = fo.value(QLatin1String("required_message")).toString();
        if (fo.value(QLatin1String("choices_from")).toString() == QLatin1String("receiving_teams"))
            field.choices = f.receivingTeams;
        else
            field.choices = readChoices(fo.value(QLatin1String("choices")).toArray());
        if (field.type == FormField::Type::Choice && field.choices.isEmpty())
            return fail(
                QStringLiteral("form %1: choice field %2 has no choices").arg(f.type, field.key));
        if (!field.prefill.isEmpty() && !kKnownPrefills.contains(field.prefill))
            return fail(QStringLiteral("form %1: field %2 prefills from unknown contact field %3")
                            .arg(f.type, field.key, field.prefill));
        f.fields.append(field);
    }
    if (f.fields.isEmpty())
        return fail(QStringLiteral("form %1 has no fields").arg(f.type));
    if (f.receivingTeam.isEmpty() && !f.field(QStringLiteral("receiving_team")))
        return fail(
            QStringLiteral("form %1 has neither a receiving team nor a receiving_team field")
                .arg(f.type));

    for (const QJsonValue &v : o.value(QLatin1String("rules")).toArray()) {
        const QJsonObject ro = v.toObject();
        FormRule rule;
        rule.kind = ro.value(QLatin1String("kind")).toString();
        if (ro.contains(QLatin1String("field")))
            rule.fields.append(ro.value(QLatin1String("field")).toString());
        for (const QJsonValue &fv : ro.value(QLatin1String("fields")).toArray())
            rule.fields.append(fv.toString());
        rule.whenField = ro.value(QLatin1String("when_field")).toString();
        rule.equals = ro.value(QLatin1String("equals")).toString();
        rule.dateField = ro.value(QLatin1String("date_field")).toString();
        rule.months = ro.value(QLatin1String("months")).toInt();
        rule.message = ro.value(QLatin1String("message")).toString();
        if (!kRuleKinds.contains(rule.kind))
            return fail(QStringLiteral("form %1: unknown rule kind \"%2\"").arg(f.type, rule.kind));
        if (rule.fields.isEmpty() || rule.message.isEmpty())
            return fail(QStringLiteral("form %1: rule %2 needs a field and a message")
                            .arg(f.type, rule.kind));
        for (const QString &name : std::as_const(rule.fields))
            if (!f.field(name))
                return fail(QStringLiteral("form %1: rule %2 names unknown field %3")
                                .arg(f.type, rule.kind, name));
        for (const QString &name : {rule.whenField, rule.dateField})
            if (!name.isEmpty() && !f.field(name))
                return fail(QStringLiteral("form %1: rule %2 names unknown field %3")
                                .arg(f.type, rule.kind, name));
        if (rule.kind == QLatin1String("required_when_older_than") &&
            (rule.dateField.isEmpty() || rule.months <= 0))
            return fail(QStringLiteral("form %1: rule %2 needs date_field and months")
                            .arg(f.type, rule.kind));
        if ((rule.kind == QLatin1String("required_when") ||
             rule.kind == QLatin1String("empty_when")) &&
            rule.whenField.isEmpty())
            return fail(QStringLiteral("form %1: rule %2 needs when_field").arg(f.type, rule.kind));
        f.rules.append(rule);
    }
    return f;
}

const FormField *FormDefinition::field(const QString &key) const
{
    for (const FormField &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString FormDefinition::receivingTeamLabel(const QString &code) const
{
    for (const FormField::Choice &c : receivingTeams)
        if (c.code == code)
            return c.label;
    return code;
}

QString FormDefinition::receivingTeamFor(const QJsonObject &values) const
{
    if (field(QStringLiteral("receiving_team"))) {
        const QString chosen = values.value(QLatin1String("receiving_team")).toString();
        if (!chosen.isEmpty())
            return chosen;
    }
    return receivingTeam;
}

bool isFilled(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return !value.toString().trimmed().isEmpty();
    if (value.isDouble())
        return true;
    return false;
}

QList<FieldError> validateEscalationFields(const FormDefinition &form, const QJsonObject &values,
                                           const QDate &today)
{
    QList<FieldError> errors;
    auto hasError = [&](const QString &key) {
        for (const FieldError &e : std::as_const(errors))
            if (e.field == key)
                return true;
        return false;
    };
    auto add = [&](const QString &key, const QString &message) {
        if (!message.isEmpty() && !hasError(key))
            errors.append({key, message});
    };

    for (const FormField &f : form.fields) {
        const QJsonValue v = values.value(f.key);
        if (!isFilled(v)) {
            if (f.required) {
                if (!f.requiredMessage.isEmpty())
                    add(f.key, f.requiredMessage);
                else if (f.type == FormField::Type::Bool)
                    add(f.key, Tr::tr("This must be confirmed before the form is submitted"));
                else if (f.type == FormField::Type::Choice)
                    add(f.key, Tr::tr("Choose one"));
                else
                    add(f.key, Tr::tr("Fill in %1").arg(f.label.toLower()));
            }
            continue;
        }
        const QString text = v.isString() ? v.toString().trimmed() : QString();
        switch (f.type) {
        case FormField::Type::Text:
            if (!v.isString())
                add(f.key, Tr::tr("Expected text"));
            else if (f.maxLength > 0 && text.size() > f.maxLength)
                add(f.key, Tr::tr("Keep this under %1 characters (now %2)")
                               .arg(f.maxLength)
                               .arg(text.size()));
            break;
        case FormField::Type::Date:
            if (!dateValue(v).isValid())
                add(f.key, Tr::tr("Enter a date as YYYY-MM-DD"));
            break;
        case FormField::Type::Choice: {
            bool known = false;
            for (const FormField::Choice &c : f.choices)
                known = known || c.code == text;
            if (!known)
                add(f.key, Tr::tr("\"%1\" is not one of the choices").arg(text));
            break;
        }
        case FormField::Type::Bool:
            if (!v.isBool())
                add(f.key, Tr::tr("Expected yes or no"));
            break;
        case FormField::Type::Email:
            add(f.key, validation::checkEmail(text));
            break;
        case FormField::Type::Phone:
            add(f.key, validation::checkUkPhone(text));
            break;
        }
    }

    for (const FormRule &r : form.rules) {
        const QString &first = r.fields.first();
        if (r.kind == QLatin1String("not_in_future") || r.kind == QLatin1String("not_in_past")) {
            const QDate d = dateValue(values.value(first));
            if (!d.isValid())
                continue;
            if (r.kind == QLatin1String("not_in_future") ? d > today : d < today)
                add(first, r.message);
        } else if (r.kind == QLatin1String("required_when")) {
            if (values.value(r.whenField).toString() == r.equals && !isFilled(values.value(first)))
                add(first, r.message);
        } else if (r.kind == QLatin1String("required_when_older_than")) {
            const QDate d = dateValue(values.value(r.dateField));
            if (d.isValid() && d.addMonths(r.months) < today && !isFilled(values.value(first)))
                add(first, r.message);
        } else if (r.kind == QLatin1String("empty_when")) {
            if (values.value(r.whenField).toString() != r.equals)
                continue;
            for (const QString &name : r.fields)
                if (isFilled(values.value(name)))
                    add(name, r.message);
        }
    }
    return errors;
}

QJsonObject prefillFromContact(const FormDefinition &form, const Contact &contact)
{
    QJsonObject values;
    for (const FormField &f : form.fields) {
        if (f.prefill.isEmpty())
            continue;
        const QString v = contactValue(contact, f.prefill);
        if (!v.isEmpty())
            values.insert(f.key, v);
    }
    return values;
}

Result<FormRegistry> FormRegistry::load(const QString &dir)
{
    FormRegistry registry;
    const QDir d(dir);
    const QStringList names = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return Result<FormRegistry>::failure(
            QStringLiteral("no escalation form definitions in %1").arg(dir));
    for (const QString &name : names) {
        QFile file(d.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Result<FormRegistry>::failure(
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        Result<FormDefinition> form = FormDefinition::fromJson(file.readAll(), file.fileName());
        if (!form)
            return form.error();
        if (Status s = registry.add(form.value()); !s)
            return s.error();
    }
    return registry;
}

Status FormRegistry::add(const FormDefinition &form)
{
    if (find(form.type))
        return Status::failure(
            QStringLiteral("escalation form %1 is defined twice").arg(form.type));
    m_forms.append(form);
    return success();
}

const FormDefinition *FormRegistry::find(const QString &type) const
{
    for (const FormDefinition &f : m_forms)
        if (f.type == type)
            return &f;
    return nullptr;
}

QStringList FormRegistry::types() const
{
    QStringList ordered;
    for (const char *t : kTypeOrder)
        if (find(QLatin1String(t)))
            ordered.append(QLatin1String(t));
    QStringList rest;
    for (const FormDefinition &f : m_forms)
        if (!ordered.contains(f.type))
            rest.append(f.type);
    rest.sort();
    return ordered + rest;
}

} // namespace cd
