#include "core/script.h"

#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::Script.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::Script)
};

constexpr int kMaxAnswers = 9; // answered by the number keys 1-9

const QString kWillAttend = QStringLiteral("will_attend");
const QString kWillNotAttend = QStringLiteral("will_not_attend");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

struct Parser
{
    QString origin;
    QList<ScriptProblem> *problems;

    void add(const QString &step, const QString &message) const
    {
        problems->append({origin, step, message});
    }
};

ScriptAction parseAction(const QJsonValue &value, const QString &stepName, const Parser &p)
{
    ScriptAction action;
    const QJsonObject o = value.toObject();
    const QString type = str(o, "type");
    if (!value.isObject() || type.isEmpty()) {
        p.add(stepName, Tr::tr("an action has no type"));
        return action;
    }
    if (!ScriptAction::typeFromName(type, &action.type)) {
        p.add(stepName, Tr::tr("unknown action \"%1\"").arg(type));
        return action;
    }
    action.value = str(o, "value");
    const QJsonArray contacts = o.value(QLatin1String("contacts")).toArray();
    for (const QJsonValue &c : contacts) {
        const QJsonObject co = c.toObject();
        action.contacts.append({str(co, "name"), str(co, "detail"), str(co, "note")});
    }
    return action;
}

ScriptStep parseStep(const QJsonValue &value, int position, const Parser &p, bool *ok)
{
    ScriptStep step;
    const QJsonObject o = value.toObject();
    *ok = value.isObject();
    step.id = str(o, "id");
    const QString name = step.id.isEmpty() ? Tr::tr("#%1").arg(position + 1) : step.id;
    if (!*ok) {
        p.add(name, Tr::tr("a step must be a JSON object"));
        return step;
    }
    if (step.id.isEmpty())
        p.add(name, Tr::tr("the step has no id"));
    const QString type = str(o, "type");
    if (type == QLatin1String("question"))
        step.kind = ScriptStep::Kind::Question;
    else if (type == QLatin1String("prompt"))
        step.kind = ScriptStep::Kind::Prompt;
    else
        p.add(name, type.isEmpty()
                        ? Tr::tr("the step has no type (prompt or question)")
                        : Tr::tr("unknown step type \"%1\" (prompt or question)").arg(type));
    step.text = str(o, "text");
    step.advice = str(o, "advice");
    step.next = str(o, "next");
    const QJsonArray answers = o.value(QLatin1String("answers")).toArray();
    for (const QJsonValue &a : answers) {
        const QJsonObject ao = a.toObject();
        step.answers.append({str(ao, "text"), str(ao, "next")});
    }
    const QJsonArray actions = o.value(QLatin1String("actions")).toArray();
    for (const QJsonValue &a : actions)
        step.actions.append(parseAction(a, name, p));
    return step;
}

} // namespace

QString ScriptAction::typeName(Type type)
{
    switch (type) {
    case Type::SetOutcome:
        return QStringLiteral("set_outcome");
    case Type::OpenEscalation:
        return QStringLiteral("open_escalation");
    case Type::ShowContacts:
        return QStringLiteral("show_contacts");
    case Type::RecordAttendanceTold:
        return QStringLiteral("record_attendance_told");
    case Type::OpenVehicleLookup:
        return QStringLiteral("open_vehicle_lookup");
    }
    return {};
}

bool ScriptAction::typeFromName(const QString &name, Type *out)
{
    for (Type t : {Type::SetOutcome, Type::OpenEscalation, Type::ShowContacts,
                   Type::RecordAttendanceTold, Type::OpenVehicleLookup}) {
        if (typeName(t) == name) {
            *out = t;
            return true;
        }
    }
    return false;
}

QString ScriptAction::summary() const
{
    if (type == Type::ShowContacts) {
        QStringList names;
        for (const ScriptContactPoint &c : contacts)
            names.append(c.name);
        return typeName(type) + QLatin1Char(' ') + names.join(QLatin1String(", "));
    }
    return value.isEmpty() ? typeName(type) : typeName(type) + QLatin1Char(' ') + value;
}

int ScriptStep::choiceCount() const
{
    if (kind == Kind::Question)
        return int(answers.size());
    return next.isEmpty() ? 0 : 1;
}

QString ScriptProblem::toString() const
{
    if (step.isEmpty())
        return QStringLiteral("%1: %2").arg(origin, message);
    return QStringLiteral("%1: step \"%2\": %3").arg(origin, step, message);
}

const ScriptStep *Script::step(const QString &stepId) const
{
    const int i = m_index.value(stepId, -1);
    return i < 0 ? nullptr : &steps.at(i);
}

void Script::reindex()
{
    m_index.clear();
    for (int i = 0; i < steps.size(); ++i)
        if (!steps.at(i).id.isEmpty() && !m_index.contains(steps.at(i).id))
            m_index.insert(steps.at(i).id, i);
}

std::optional<Script> Script::parse(const QByteArray &json, const QString &origin,
                                    QList<ScriptProblem> *problems, const Taxonomy *taxonomy)
{
    QList<ScriptProblem> local;
    QList<ScriptProblem> &out = problems ? *problems : local;
    const qsizetype before = out.size();
    const Parser p{origin, &out};

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        p.add({}, doc.isNull() ? Tr::tr("not valid JSON (%1 at offset %2)")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset)
                               : Tr::tr("a script must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Script script;
    script.origin = origin;
    script.id = str(root, "id");
    const QJsonValue version = root.value(QLatin1String("version"));
    script.version = version.isDouble() ? version.toInt() : 0;
    script.title = str(root, "title");
    script.category = str(root, "category");
    script.effectiveFrom = str(root, "effective_from");
    script.reviewedOn = str(root, "reviewed_on");
    script.summary = str(root, "summary");
    script.start = str(root, "start");
    for (const QJsonValue &s : root.value(QLatin1String("sources")).toArray()) {
        const QJsonObject so = s.toObject();
        script.sources.append({str(so, "title"), str(so, "url")});
    }
    bool structural = true;
    const QJsonArray steps = root.value(QLatin1String("steps")).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        bool ok = true;
        script.steps.append(parseStep(steps.at(i), i, p, &ok));
        structural = structural && ok;
    }
    if (script.start.isEmpty() && !script.steps.isEmpty())
        script.start = script.steps.first().id;
    script.reindex();
    out.append(validate(script, taxonomy));
    if (!structural || out.size() > before)
        return std::nullopt;
    return script;
}

QList<ScriptProblem> Script::validate(const Script &script, const Taxonomy *taxonomy)
{
    QList<ScriptProblem> problems;
    const Parser p{script.origin, &problems};
    if (script.id.isEmpty())
        p.add({}, Tr::tr("the script has no id"));
    else if (!Taxonomy::isValidCode(script.id))
        p.add({}, Tr::tr("the id \"%1\" must be lower_snake_case").arg(script.id));
    if (script.version <= 0)
        p.add({}, Tr::tr("the script needs a whole-number version of 1 or more"));
    if (script.title.isEmpty())
        p.add({}, Tr::tr("the script has no title"));
    if (script.category.isEmpty())
        p.add({}, Tr::tr("the script names no category"));
    else if (taxonomy && !taxonomy->contains(TaxonomyEntry::Kind::Category, script.category))
        p.add({}, Tr::tr("the category \"%1\" is not in the taxonomy").arg(script.category));
    if (script.sources.isEmpty())
        p.add({}, Tr::tr("the script cites no sources"));
    for (const ScriptSource &s : script.sources)
        if (s.title.isEmpty() || s.url.isEmpty())
            p.add({}, Tr::tr("every source needs a title and a url"));
    if (script.steps.isEmpty()) {
        p.add({}, Tr::tr("the script has no steps"));
        return problems;
    }

    QSet<QString> seen;
    for (const ScriptStep &s : script.steps) {
        if (s.id.isEmpty())
            continue; // reported while parsing
        if (seen.contains(s.id))
            p.add(s.id, Tr::tr("the step id is used more than once"));
        seen.insert(s.id);
    }
    auto exists = [&](const QString &stepId) {
        return seen.contains(stepId);
    };

    if (!exists(script.start))
        p.add({}, Tr::tr("the start step \"%1\" does not exist").arg(script.start));

    for (const ScriptStep &s : script.steps) {
        const QString name = s.id.isEmpty() ? Tr::tr("(no id)") : s.id;
        if (s.text.isEmpty())
            p.add(name, Tr::tr("the step has no text to read or ask"));
        if (s.kind == ScriptStep::Kind::Question) {
            if (s.answers.isEmpty())
                p.add(name, Tr::tr("a question needs at least one answer"));
            if (s.answers.size() > kMaxAnswers)
                p.add(name, Tr::tr("a question may have at most %1 answers (number keys 1-9)")
                                .arg(kMaxAnswers));
            if (!s.next.isEmpty())
                p.add(name, Tr::tr("a question continues through its answers, not \"next\""));
            for (int i = 0; i < s.answers.size(); ++i) {
                const ScriptAnswer &a = s.answers.at(i);
                if (a.text.isEmpty())
                    p.add(name, Tr::tr("answer %1 has no text").arg(i + 1));
                if (a.next.isEmpty())
                    p.add(name, Tr::tr("answer %1 leads nowhere (no \"next\")").arg(i + 1));
                else if (!exists(a.next))
                    p.add(name, Tr::tr("answer %1 leads to \"%2\", which does not exist")
                                    .arg(i + 1)
                                    .arg(a.next));
            }
        } else {
            if (!s.answers.isEmpty())
                p.add(name, Tr::tr("a prompt has no answers; make it a question"));
            if (!s.next.isEmpty() && !exists(s.next))
                p.add(name, Tr::tr("\"next\" leads to \"%1\", which does not exist").arg(s.next));
        }
        for (const ScriptAction &a : s.actions) {
            switch (a.type) {
            case ScriptAction::Type::SetOutcome:
                if (a.value.isEmpty())
                    p.add(name, Tr::tr("set_outcome needs an outcome code"));
                else if (taxonomy && !taxonomy->contains(TaxonomyEntry::Kind::Outcome, a.value))
                    p.add(name, Tr::tr("set_outcome: \"%1\" is not an outcome in the taxonomy")
                                    .arg(a.value));
                break;
            case ScriptAction::Type::OpenEscalation:
                if (a.value.isEmpty())
                    p.add(name, Tr::tr("open_escalation needs the form type"));
                break;
            case ScriptAction::Type::ShowContacts:
                if (a.contacts.isEmpty())
                    p.add(name, Tr::tr("show_contacts lists no contacts"));
                for (const ScriptContactPoint &c : a.contacts)
                    if (c.name.isEmpty() || c.detail.isEmpty())
                        p.add(name, Tr::tr("every contact to show needs a name and a detail"));
                break;
            case ScriptAction::Type::RecordAttendanceTold:
                if (a.value != kWillAttend && a.value != kWillNotAttend)
                    p.add(name, Tr::tr("record_attendance_told must be \"will_attend\" or "
                                       "\"will_not_attend\""));
                break;
            case ScriptAction::Type::OpenVehicleLookup:
                break;
            }
        }
    }

    // Every step must be reachable from the start, and every step must be able to finish.
    QHash<QString, QStringList> edges;
    for (const ScriptStep &s : script.steps) {
        QStringList targets;
        if (s.kind == ScriptStep::Kind::Question) {
            for (const ScriptAnswer &a : s.answers)
                if (exists(a.next))
                    targets.append(a.next);
        } else if (exists(s.next)) {
            targets.append(s.next);
        }
        edges.insert(s.id, targets);
    }
    if (exists(script.start)) {
        QSet<QString> reached{script.start};
        QStringList todo{script.start};
        while (!todo.isEmpty()) {
            const QString at = todo.takeLast();
            for (const QString &t : edges.value(at))
                if (!reached.contains(t)) {
                    reached.insert(t);
                    todo.append(t);
                }
        }
        for (const ScriptStep &s : script.steps)
            if (!s.id.isEmpty() && !reached.contains(s.id))
                p.add(s.id,
                      Tr::tr("the step cannot be reached from the start \"%1\"").arg(script.start));
    }
    QSet<QString> finishes;
    for (const ScriptStep &s : script.steps)
        if (s.isEnd() && !s.id.isEmpty())
            finishes.insert(s.id);
    if (finishes.isEmpty())
        p.add({}, Tr::tr("the script has no end step (a prompt without \"next\")"));
    for (bool grew = true; grew;) {
        grew = false;
        for (const ScriptStep &s : script.steps) {
            if (s.id.isEmpty() || finishes.contains(s.id))
                continue;
            for (const QString &t : edges.value(s.id))
                if (finishes.contains(t)) {
                    finishes.insert(s.id);
                    grew = true;
                    break;
                }
        }
    }
    if (!finishes.isEmpty())
        for (const ScriptStep &s : script.steps)
            if (!s.id.isEmpty() && !finishes.contains(s.id))
                p.add(s.id, Tr::tr("no way to finish from this step (a loop with no end)"));
    return problems;
}

QJsonObject Script::toJson() const
{
    QJsonObject root;
    root.insert(QLatin1String("id"), id);
    root.insert(QLatin1String("version"), version);
    root.insert(QLatin1String("title"), title);
    root.insert(QLatin1String("category"), category);
    if (!effectiveFrom.isEmpty())
        root.insert(QLatin1String("effective_from"), effectiveFrom);
    if (!reviewedOn.isEmpty())
        root.insert(QLatin1String("reviewed_on"), reviewedOn);
    if (!summary.isEmpty())
        root.insert(QLatin1String("summary"), summary);
    QJsonArray sourcesJson;
    for (const ScriptSource &s : sources)
        sourcesJson.append(
            QJsonObject{{QLatin1String("title"), s.title}, {QLatin1String("url"), s.url}});
    root.insert(QLatin1String("sources"), sourcesJson);
    root.insert(QLatin1String("start"), start);
    QJsonArray stepsJson;
    for (const ScriptStep &s : steps) {
        QJsonObject so;
        so.insert(QLatin1String("id"), s.id);
        so.insert(QLatin1String("type"), s.kind == ScriptStep::Kind::Question
                                             ? QStringLiteral("question")
                                             : QStringLiteral("prompt"));
        so.insert(QLatin1String("text"), s.text);
        if (!s.advice.isEmpty())
            so.insert(QLatin1String("advice"), s.advice);
        if (!s.next.isEmpty())
            so.insert(QLatin1String("next"), s.next);
        if (!s.answers.isEmpty()) {
            QJsonArray answersJson;
            for (const ScriptAnswer &a : s.answers)
                answersJson.append(
                    QJsonObject{{QLatin1String("text"), a.text}, {QLatin1String("next"), a.next}});
            so.insert(QLatin1String("answers"), answersJson);
        }
        if (!s.actions.isEmpty()) {
            QJsonArray actionsJson;
            for (const ScriptAction &a : s.actions) {
                QJsonObject ao{{QLatin1String("type"), ScriptAction::typeName(a.type)}};
                if (!a.value.isEmpty())
                    ao.insert(QLatin1String("value"), a.value);
                if (!a.contacts.isEmpty()) {
                    QJsonArray cj;
                    for (const ScriptContactPoint &c : a.contacts) {
                        QJsonObject co{{QLatin1String("name"), c.name},
                                       {QLatin1String("detail"), c.detail}};
                        if (!c.note.isEmpty())
                            co.insert(QLatin1String("note"), c.note);
                        cj.append(co);
                    }
                    ao.insert(QLatin1String("contacts"), cj);
                }
                actionsJson.append(ao);
            }
            so.insert(QLatin1String("actions"), actionsJson);
        }
        stepsJson.append(so);
    }
    root.insert(QLatin1String("steps"), stepsJson);
    return root;
}

} // namespace cd
