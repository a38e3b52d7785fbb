#include "core/practicescenario.h"

#include "core/demogenerator.h"
#include "core/scriptlibrary.h"
#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace cd {

namespace {
// lupdate reads this file's messages into the context cd::PracticeScenario.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PracticeScenario)
};

// The largest scenario file read: scenarios are a page of text.
constexpr qint64 kMaxFileBytes = 256 * 1024;
} // namespace

const PracticeTopic *PracticeScenario::topic(const QString &topicId) const
{
    for (const PracticeTopic &t : topics)
        if (t.id == topicId)
            return &t;
    return nullptr;
}

Result<PracticeScenario> PracticeScenario::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Result<PracticeScenario>::failure(
            Tr::tr("%1: not a practice scenario (%2)").arg(origin, parseError.errorString()));
    const QJsonObject root = doc.object();
    PracticeScenario s;
    s.origin = origin;
    s.id = root.value(QLatin1String("id")).toString();
    s.version = root.value(QLatin1String("version")).toInt();
    s.title = root.value(QLatin1String("title")).toString();
    s.summary = root.value(QLatin1String("summary")).toString();
    const QJsonObject caller = root.value(QLatin1String("caller")).toObject();
    s.callerName = caller.value(QLatin1String("name")).toString();
    s.callerPhone = caller.value(QLatin1String("phone")).toString();
    s.openingLine = root.value(QLatin1String("opening_line")).toString();
    QStringList problems;
    if (!Taxonomy::isValidCode(s.id))
        problems.append(Tr::tr("\"id\" must be a lower_snake_case code"));
    if (s.version <= 0)
        problems.append(Tr::tr("\"version\" must be a positive number"));
    if (s.title.trimmed().isEmpty())
        problems.append(Tr::tr("\"title\" is missing"));
    if (s.callerName.trimmed().isEmpty() || s.callerPhone.isEmpty())
        problems.append(Tr::tr("the caller needs a name and a phone number"));
    if (s.openingLine.trimmed().isEmpty())
        problems.append(Tr::tr("\"opening_line\" is missing"));
    QSet<QString> ids;
    for (const QJsonValue &value : root.value(QLatin1String("topics")).toArray()) {
        const QJsonObject o = value.toObject();
        PracticeTopic t{o.value(QLatin1String("id")).toString(),
                        o.value(QLatin1String("label")).toString(),
                        o.value(QLatin1String("answer")).toString()};
        if (!Taxonomy::isValidCode(t.id) || ids.contains(t.id))
            problems.append(
                Tr::tr("topic \"%1\": the id must be a new lower_snake_case code").arg(t.id));
        if (t.label.trimmed().isEmpty() || t.answer.trimmed().isEmpty())
            problems.append(Tr::tr("topic \"%1\" needs a label and an answer").arg(t.id));
        ids.insert(t.id);
        s.topics.append(t);
    }
    if (s.topics.isEmpty())
        problems.append(Tr::tr("there are no topics for the trainee to ask about"));
    Result<ExpectedRecord> expected =
        ExpectedRecord::fromJson(root.value(QLatin1String("expected")).toObject(), origin);
    if (expected)
        s.expected = expected.value();
    else
        problems.append(expected.errorMessage());
    if (!problems.isEmpty())
        return Result<PracticeScenario>::failure(origin + QStringLiteral(": ") +
                                                 problems.join(QStringLiteral("; ")));
    return s;
}

QStringList checkPracticeScenario(const PracticeScenario &s, const PracticeReferences &refs)
{
    QStringList problems;
    const ExpectedRecord &e = s.expected;
    using K = TaxonomyEntry::Kind;
    if (refs.taxonomy) {
        const Taxonomy &t = *refs.taxonomy;
        if (!t.contains(K::Category, e.category))
            problems.append(Tr::tr("unknown category \"%1\"").arg(e.category));
        if (!e.reason.isEmpty()) {
            const TaxonomyEntry *reason = t.find(K::Reason, e.reason);
            if (!reason)
                problems.append(Tr::tr("unknown reason \"%1\"").arg(e.reason));
            else if (reason->parent != e.category)
                problems.append(Tr::tr("reason \"%1\" belongs to category \"%2\", not \"%3\"")
                                    .arg(e.reason, reason->parent, e.category));
        } else if (!t.entries(K::Reason, e.category).isEmpty()) {
            problems.append(Tr::tr("category \"%1\" needs a reason").arg(e.category));
        }
        if (!t.contains(K::Outcome, e.outcome))
            problems.append(Tr::tr("unknown outcome \"%1\"").arg(e.outcome));
    }
    if (refs.scripts && !e.script.isEmpty()) {
        const Script *script = refs.scripts->byId(e.script);
        if (!script) {
            problems.append(Tr::tr("unknown script \"%1\"").arg(e.script));
        } else {
            // The steps must be a walk: the start, then each step one choice from the last.
            for (qsizetype i = 0; i < e.scriptSteps.size(); ++i) {
                const QString &id = e.scriptSteps.at(i);
                if (!script->step(id)) {
                    problems.append(Tr::tr("script \"%1\" has no step \"%2\"").arg(e.script, id));
                    continue;
                }
                if (i == 0) {
                    if (id != script->start)
                        problems.append(
                            Tr::tr("the walk must begin at step \"%1\"").arg(script->start));
                    continue;
                }
                const ScriptStep *previous = script->step(e.scriptSteps.at(i - 1));
                if (!previous)
                    continue;
                bool leads = previous->next == id;
                for (const ScriptAnswer &a : previous->answers)
                    leads = leads || a.next == id;
                if (!leads)
                    problems.append(Tr::tr("step \"%1\" does not lead to step \"%2\"")
                                        .arg(e.scriptSteps.at(i - 1), id));
            }
            // The outcome, attendance and escalations the walk's actions set must agree.
            QString outcome;
            QString told;
            QStringList forms;
            for (const QString &id : e.scriptSteps) {
                const ScriptStep *step = script->step(id);
                if (!step)
                    continue;
                for (const ScriptAction &a : step->actions) {
                    if (a.type == ScriptAction::Type::SetOutcome)
                        outcome = a.value;
                    else if (a.type == ScriptAction::Type::RecordAttendanceTold)
                        told = a.value;
                    else if (a.type == ScriptAction::Type::OpenEscalation)
                        forms.append(a.value);
                }
            }
            if (!outcome.isEmpty() && outcome != e.outcome)
                problems.append(Tr::tr("the walk sets outcome \"%1\" but \"%2\" is expected")
                                    .arg(outcome, e.outcome));
            if (told != e.attendanceTold)
                problems.append(Tr::tr("the walk tells the caller \"%1\" but \"%2\" is expected")
                                    .arg(told, e.attendanceTold));
            for (const QString &form : std::as_const(forms))
                if (!e.escalations.contains(form))
                    problems.append(
                        Tr::tr("the walk opens a %1 escalation that is not expected").arg(form));
        }
    }
    for (const QString &type : e.escalations)
        if (!refs.formTypes.contains(type))
            problems.append(Tr::tr("unknown escalation form \"%1\"").arg(type));
    for (const QString &kind : e.riskKinds)
        if (!refs.riskKinds.contains(kind))
            problems.append(Tr::tr("unknown kind of risk \"%1\"").arg(kind));
    if (!demo::isMadeUpName(s.callerName))
        problems.append(Tr::tr("the caller's name \"%1\" is not made from the demo "
                               "generator's lists")
                            .arg(s.callerName));
    if (!demo::isDramaNumber(s.callerPhone))
        problems.append(Tr::tr("%1 is not a number Ofcom keeps for drama").arg(s.callerPhone));
    return problems;
}

QString practiceShippedDirectory()
{
    return QStringLiteral(":/contactdesk/practice");
}

QList<PracticeScenario> loadPracticeScenarios(const QString &directory, QStringList *problems)
{
    QList<PracticeScenario> out;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
            problems->append(Tr::tr("%1: cannot be read or is too large").arg(file.fileName()));
            continue;
        }
        Result<PracticeScenario> s = PracticeScenario::fromJson(file.readAll(), file.fileName());
        if (s)
            out.append(s.value());
        else
            problems->append(s.errorMessage());
    }
    std::sort(out.begin(), out.end(), [](const PracticeScenario &a, const PracticeScenario &b) {
        return a.title < b.title;
    });
    return out;
}

} // namespace cd
