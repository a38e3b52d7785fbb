#include "core/script.h"

#include "core/taxonomy.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <vector>

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

    if (const QString tooBig = checkFileSize(json.size()); !tooBig.isEmpty()) {
        p.add({}, tooBig);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        p.add({}, doc.isNull() ? Tr::tr("not valid JSON (%1 at offset %2)")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset)
                               : Tr::tr("a script must be a JSON object"));
        return std::nullopt;
    }
    if (const QString duplicate = findDuplicateKey(json); !duplicate.isEmpty()) {
        p.add({},
              Tr::tr("the key %1 appears twice in one object; name each key once").arg(duplicate));
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
    using namespace validation::limits;
    if (script.id.size() > kCode)
        p.add({}, Tr::tr("the id is longer than %1 characters").arg(kCode));
    if (script.title.isEmpty())
        p.add({}, Tr::tr("the script has no title"));
    else if (script.title.size() > kScriptTitle)
        p.add({}, Tr::tr("the title has %1 characters; at most %2")
                      .arg(script.title.size())
                      .arg(kScriptTitle));
    if (script.summary.size() > kScriptText)
        p.add({}, Tr::tr("the summary has %1 characters; at most %2")
                      .arg(script.summary.size())
                      .arg(kScriptText));
    if (script.steps.size() > kScriptSteps)
        p.add({}, Tr::tr("the script has %1 steps; at most %2")
                      .arg(script.steps.size())
                      .arg(kScriptSteps));
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
        if (s.id.size() > kCode)
            p.add(name.left(kCode), Tr::tr("the step id is longer than %1 characters").arg(kCode));
        if (s.text.size() > kScriptText || s.advice.size() > kScriptText)
            p.add(
                name.left(kCode),
                Tr::tr("the step's text or advice is longer than %1 characters").arg(kScriptText));
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
                else if (a.text.size() > kScriptText)
                    p.add(name, Tr::tr("answer %1 is longer than %2 characters")
                                    .arg(i + 1)
                                    .arg(kScriptText));
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
    // One node per step id (a repeated id, reported above, takes the last step's links), the
    // links as node numbers: each link is followed once either way, so this is linear.
    QHash<QString, int> node;
    node.reserve(script.steps.size());
    for (const ScriptStep &s : script.steps)
        if (!s.id.isEmpty() && !node.contains(s.id))
            node.insert(s.id, int(node.size()));
    const int nodes = int(node.size());
    const auto count = static_cast<size_t>(nodes);
    std::vector<std::vector<int>> links(count);
    std::vector<std::vector<int>> leadsHere(count);
    std::vector<char> isEnd(count, 0);
    for (const ScriptStep &s : script.steps) {
        if (s.id.isEmpty())
            continue;
        const int from = node.value(s.id);
        std::vector<int> &out = links[size_t(from)];
        out.clear(); // the last step of a repeated id wins
        auto link = [&](const QString &to) {
            const auto it = node.constFind(to);
            if (it != node.cend())
                out.push_back(*it);
        };
        if (s.kind == ScriptStep::Kind::Question) {
            for (const ScriptAnswer &a : s.answers)
                link(a.next);
        } else {
            link(s.next);
        }
        if (s.isEnd())
            isEnd[size_t(from)] = 1;
    }
    for (int from = 0; from < nodes; ++from)
        for (const int to : links[size_t(from)])
            leadsHere[size_t(to)].push_back(from);
    auto spread = [](const std::vector<std::vector<int>> &graph, std::vector<char> &marked,
                     std::vector<int> pending) {
        while (!pending.empty()) {
            const int at = pending.back();
            pending.pop_back();
            for (const int next : graph[size_t(at)])
                if (!marked[size_t(next)]) {
                    marked[size_t(next)] = 1;
                    pending.push_back(next);
                }
        }
    };
    if (exists(script.start)) {
        std::vector<char> reached(count, 0);
        const int start = node.value(script.start);
        reached[size_t(start)] = 1;
        spread(links, reached, std::vector<int>{start});
        for (const ScriptStep &s : script.steps)
            if (!s.id.isEmpty() && !reached[size_t(node.value(s.id))])
                p.add(s.id,
                      Tr::tr("the step cannot be reached from the start \"%1\"").arg(script.start));
    }
    // Steps that can finish: the end steps, and every step leading to one, found backwards.
    std::vector<char> finishes(count, 0);
    std::vector<int> ends;
    for (int n = 0; n < nodes; ++n)
        if (isEnd[size_t(n)]) {
            finishes[size_t(n)] = 1;
            ends.push_back(n);
        }
    if (ends.empty())
        p.add({}, Tr::tr("the script has no end step (a prompt without \"next\")"));
    spread(leadsHere, finishes, ends);
    if (!ends.empty())
        for (const ScriptStep &s : script.steps)
            if (!s.id.isEmpty() && !finishes[size_t(node.value(s.id))])
                p.add(s.id, Tr::tr("no way to finish from this step (a loop with no end)"));
    return problems;
}

QString Script::checkFileSize(qint64 bytes)
{
    if (bytes <= validation::limits::kScriptFileBytes)
        return {};
    return Tr::tr("the file has %1 bytes; a script file may have at most %2 (1 MiB)")
        .arg(bytes)
        .arg(validation::limits::kScriptFileBytes);
}

QString Script::findDuplicateKey(const QByteArray &json)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    std::vector<Frame> stack;
    const char *d = json.constData();
    const qsizetype n = json.size();
    int line = 1;
    for (qsizetype i = 0; i < n; ++i) {
        switch (d[i]) {
        case '\n':
            ++line;
            break;
        case '{':
            stack.push_back({true, true, {}});
            break;
        case '[':
            stack.push_back({false, false, {}});
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            break;
        case '"': {
            const qsizetype start = ++i;
            bool escaped = false;
            while (i < n && d[i] != '"') {
                if (d[i] == '\\') {
                    escaped = true;
                    ++i;
                }
                ++i;
            }
            if (stack.empty() || !stack.back().object || !stack.back().expectKey)
                break;
            const QByteArray raw(d + start, std::min(i, n) - start);
            QString key = QString::fromUtf8(raw);
            if (escaped) {
                // "\u0074itle" is "title" to a JSON reader: compare what it reads.
                const QJsonDocument one = QJsonDocument::fromJson("[\"" + raw + "\"]");
                key = one.array().at(0).toString();
            }
            Frame &frame = stack.back();
            frame.expectKey = false;
            if (frame.keys.contains(key))
                return Tr::tr("\"%1\" (line %2)").arg(key).arg(line);
            frame.keys.insert(key);
            break;
        }
        default:
            break;
        }
    }
    return {};
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
