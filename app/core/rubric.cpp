#include "core/rubric.h"

#include "core/scriptsession.h"
#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cd {

namespace {
// lupdate reads this file's messages into the context cd::Rubric.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::Rubric)
};

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QString contactField(const Contact &c, const QString &field)
{
    if (field == QLatin1String("callerName"))
        return c.callerName;
    if (field == QLatin1String("callerPhone"))
        return c.callerPhone;
    if (field == QLatin1String("callerEmail"))
        return c.callerEmail;
    if (field == QLatin1String("postcode"))
        return c.postcode;
    if (field == QLatin1String("reference"))
        return c.reference;
    if (field == QLatin1String("vrm"))
        return c.vrm;
    if (field == QLatin1String("notes"))
        return c.notes;
    return {};
}

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("callerName"))
        return Tr::tr("the caller's name");
    if (field == QLatin1String("callerPhone"))
        return Tr::tr("the caller's phone number");
    if (field == QLatin1String("callerEmail"))
        return Tr::tr("the caller's email");
    if (field == QLatin1String("postcode"))
        return Tr::tr("the postcode");
    if (field == QLatin1String("reference"))
        return Tr::tr("the incident or crime reference");
    if (field == QLatin1String("vrm"))
        return Tr::tr("the vehicle registration");
    if (field == QLatin1String("notes"))
        return Tr::tr("the notes");
    return field;
}

// One requirement of a criterion: met, or a plain sentence saying what was missed.
struct Requirement
{
    bool met = false;
    QString missed;
};

} // namespace

QString Rubric::shippedPath()
{
    return QStringLiteral(":/contactdesk/rubric/rubric.json");
}

QStringList Rubric::checks()
{
    return {QStringLiteral("category_reason"), QStringLiteral("risk_guidance"),
            QStringLiteral("next_steps"),      QStringLiteral("outcome"),
            QStringLiteral("record_complete"), QStringLiteral("escalation")};
}

Result<Rubric> Rubric::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Result<Rubric>::failure(
            Tr::tr("%1: not a rubric file (%2)").arg(origin, parseError.errorString()));
    const QJsonObject root = doc.object();
    Rubric rubric;
    rubric.m_id = root.value(QLatin1String("id")).toString();
    rubric.m_version = root.value(QLatin1String("version")).toInt();
    rubric.m_title = root.value(QLatin1String("title")).toString();
    QStringList problems;
    if (!Taxonomy::isValidCode(rubric.m_id))
        problems.append(Tr::tr("\"id\" must be a lower_snake_case code"));
    if (rubric.m_version <= 0)
        problems.append(Tr::tr("\"version\" must be a positive number"));
    if (rubric.m_title.trimmed().isEmpty())
        problems.append(Tr::tr("\"title\" is missing"));
    const QStringList known = checks();
    QSet<QString> ids;
    for (const QJsonValue &value : root.value(QLatin1String("criteria")).toArray()) {
        const QJsonObject o = value.toObject();
        RubricCriterion c;
        c.id = o.value(QLatin1String("id")).toString();
        c.title = o.value(QLatin1String("title")).toString();
        c.help = o.value(QLatin1String("help")).toString();
        c.weight = o.value(QLatin1String("weight")).toInt();
        c.check = o.value(QLatin1String("check")).toString();
        const QString scoring = o.value(QLatin1String("scoring")).toString();
        if (!Taxonomy::isValidCode(c.id))
            problems.append(
                Tr::tr("criterion \"%1\": the id must be a lower_snake_case code").arg(c.id));
        else if (ids.contains(c.id))
            problems.append(Tr::tr("criterion \"%1\" is listed twice").arg(c.id));
        ids.insert(c.id);
        if (c.title.trimmed().isEmpty())
            problems.append(Tr::tr("criterion \"%1\" has no title").arg(c.id));
        if (c.weight < 1 || c.weight > 100)
            problems.append(Tr::tr("criterion \"%1\": the weight must be 1 to 100").arg(c.id));
        if (scoring == QLatin1String("manual")) {
            c.scoring = RubricCriterion::Scoring::Manual;
            if (!c.check.isEmpty())
                problems.append(
                    Tr::tr("criterion \"%1\" is ticked by a person and has no check").arg(c.id));
        } else if (scoring == QLatin1String("auto")) {
            c.scoring = RubricCriterion::Scoring::Automatic;
            if (!known.contains(c.check))
                problems.append(Tr::tr("criterion \"%1\": unknown check \"%2\" (known: %3)")
                                    .arg(c.id, c.check, known.join(QStringLiteral(", "))));
        } else {
            problems.append(
                Tr::tr("criterion \"%1\": \"scoring\" must be \"auto\" or \"manual\"").arg(c.id));
        }
        rubric.m_criteria.append(c);
    }
    if (rubric.m_criteria.isEmpty())
        problems.append(Tr::tr("there are no criteria"));
    if (!problems.isEmpty())
        return Result<Rubric>::failure(origin + QStringLiteral(": ") +
                                       problems.join(QStringLiteral("; ")));
    return rubric;
}

Result<Rubric> Rubric::loadShipped()
{
    QFile file(shippedPath());
    if (!file.open(QIODevice::ReadOnly))
        return Result<Rubric>::failure(
            Tr::tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
    return fromJson(file.readAll(), file.fileName());
}

const RubricCriterion *Rubric::criterion(const QString &id) const
{
    for (const RubricCriterion &c : m_criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

int Rubric::totalWeight() const
{
    int total = 0;
    for (const RubricCriterion &c : m_criteria)
        total += c.weight;
    return total;
}

QStringList ExpectedRecord::knownFields()
{
    return {QStringLiteral("callerName"),  QStringLiteral("callerPhone"),
            QStringLiteral("callerEmail"), QStringLiteral("postcode"),
            QStringLiteral("reference"),   QStringLiteral("vrm"),
            QStringLiteral("notes")};
}

Result<ExpectedRecord> ExpectedRecord::fromJson(const QJsonObject &o, const QString &origin)
{
    ExpectedRecord e;
    e.category = o.value(QLatin1String("category")).toString();
    e.reason = o.value(QLatin1String("reason")).toString();
    e.outcome = o.value(QLatin1String("outcome")).toString();
    e.script = o.value(QLatin1String("script")).toString();
    e.scriptSteps = stringList(o.value(QLatin1String("script_steps")));
    e.riskKinds = stringList(o.value(QLatin1String("risk_kinds")));
    e.attendanceTold = o.value(QLatin1String("attendance_told")).toString();
    e.escalations = stringList(o.value(QLatin1String("escalations")));
    e.fields = stringList(o.value(QLatin1String("fields")));
    e.notesMention = stringList(o.value(QLatin1String("notes_mention")));
    QStringList problems;
    if (e.category.isEmpty())
        problems.append(Tr::tr("the expected record has no category"));
    if (e.outcome.isEmpty())
        problems.append(Tr::tr("the expected record has no outcome"));
    if (e.script.isEmpty() != e.scriptSteps.isEmpty())
        problems.append(Tr::tr("the expected script and its steps go together"));
    if (!e.attendanceTold.isEmpty() && e.attendanceTold != QLatin1String("will_attend") &&
        e.attendanceTold != QLatin1String("will_not_attend"))
        problems.append(
            Tr::tr("\"attendance_told\" must be \"will_attend\" or \"will_not_attend\""));
    const QStringList known = knownFields();
    for (const QString &f : std::as_const(e.fields))
        if (!known.contains(f))
            problems.append(Tr::tr("unknown field \"%1\" (known: %2)")
                                .arg(f, known.join(QStringLiteral(", "))));
    if (!problems.isEmpty())
        return Result<ExpectedRecord>::failure(origin + QStringLiteral(": ") +
                                               problems.join(QStringLiteral("; ")));
    return e;
}

QJsonObject ExpectedRecord::toJson() const
{
    return {{QLatin1String("category"), category},
            {QLatin1String("reason"), reason},
            {QLatin1String("outcome"), outcome},
            {QLatin1String("script"), script},
            {QLatin1String("script_steps"), QJsonArray::fromStringList(scriptSteps)},
            {QLatin1String("risk_kinds"), QJsonArray::fromStringList(riskKinds)},
            {QLatin1String("attendance_told"), attendanceTold},
            {QLatin1String("escalations"), QJsonArray::fromStringList(escalations)},
            {QLatin1String("fields"), QJsonArray::fromStringList(fields)},
            {QLatin1String("notes_mention"), QJsonArray::fromStringList(notesMention)}};
}

int RubricScore::points() const
{
    int total = 0;
    for (const CriterionScore &c : criteria)
        total += c.points;
    return total;
}

int RubricScore::outOf() const
{
    int total = 0;
    for (const CriterionScore &c : criteria)
        total += c.weight;
    return total;
}

bool RubricScore::tick(const QString &id, bool ticked)
{
    for (CriterionScore &c : criteria) {
        if (c.id == id && c.manual) {
            c.ticked = ticked;
            c.points = ticked ? c.weight : 0;
            return true;
        }
    }
    return false;
}

QStringList RubricScore::missed() const
{
    QStringList lines;
    for (const CriterionScore &c : criteria)
        for (const QString &m : c.missed)
            lines.append(c.title + QStringLiteral(": ") + m);
    return lines;
}

QJsonObject RubricScore::toJson() const
{
    QJsonArray list;
    for (const CriterionScore &c : criteria) {
        QJsonObject o{{QLatin1String("id"), c.id},
                      {QLatin1String("title"), c.title},
                      {QLatin1String("weight"), c.weight},
                      {QLatin1String("points"), c.points},
                      {QLatin1String("scoring"),
                       c.manual ? QStringLiteral("manual") : QStringLiteral("auto")},
                      {QLatin1String("missed"), QJsonArray::fromStringList(c.missed)}};
        if (c.manual)
            o.insert(QLatin1String("ticked"), c.ticked);
        list.append(o);
    }
    return {{QLatin1String("rubric"), rubricId},
            {QLatin1String("rubric_version"), rubricVersion},
            {QLatin1String("points"), points()},
            {QLatin1String("out_of"), outOf()},
            {QLatin1String("criteria"), list}};
}

RubricScore scoreContact(const Rubric &rubric, const ExpectedRecord &expected,
                         const ScoringInput &input)
{
    const Contact &c = input.contact;
    using K = TaxonomyEntry::Kind;
    auto label = [&input](K kind, const QString &code) {
        if (code.isEmpty())
            return Tr::tr("none");
        return input.taxonomy ? input.taxonomy->label(kind, code) : code;
    };
    auto riskLabel = [&input](const QString &kind) {
        return input.riskLabels.value(kind, kind);
    };
    auto formTitle = [&input](const QString &type) {
        return input.formTitles.value(type, type);
    };

    // The walk of the expected script, if the trainee used it.
    QJsonObject walk;
    for (const QJsonValue &w : ScriptSession::walks(c.scriptPath))
        if (w.toObject().value(QLatin1String("script")).toString() == expected.script)
            walk = w.toObject();
    QStringList walked;
    for (const QJsonValue &s : walk.value(QLatin1String("steps")).toArray())
        walked.append(s.toObject().value(QLatin1String("step")).toString());

    auto requirements = [&](const QString &check) {
        QList<Requirement> out;
        if (check == QLatin1String("category_reason")) {
            out.append(
                {c.category == expected.category,
                 Tr::tr("the category was \"%1\"; this call is \"%2\"")
                     .arg(label(K::Category, c.category), label(K::Category, expected.category))});
            if (!expected.reason.isEmpty() || !c.reason.isEmpty())
                out.append(
                    {c.reason == expected.reason,
                     Tr::tr("the reason was \"%1\"; this call is \"%2\"")
                         .arg(label(K::Reason, c.reason), label(K::Reason, expected.reason))});
        } else if (check == QLatin1String("risk_guidance")) {
            const QJsonArray prompts = QJsonDocument::fromJson(c.riskPrompts.toUtf8()).array();
            for (const QString &kind : expected.riskKinds) {
                QString response;
                for (const QJsonValue &p : prompts) {
                    const QJsonObject o = p.toObject();
                    if (o.value(QLatin1String("kind")).toString() != kind)
                        continue;
                    const QString r = o.value(QLatin1String("response")).toString();
                    if (response.isEmpty() || r == QLatin1String("opened") ||
                        r == QLatin1String("denied"))
                        response = r;
                }
                const bool acted =
                    response == QLatin1String("opened") || response == QLatin1String("denied");
                QString why;
                if (response.isEmpty())
                    why = Tr::tr("the risk of %1 was not recognised: the notes do not mention it")
                              .arg(riskLabel(kind));
                else if (response == QLatin1String("dismissed"))
                    why = Tr::tr("the risk of %1 was prompted but the prompt was dismissed")
                              .arg(riskLabel(kind));
                else
                    why =
                        Tr::tr("the risk of %1 was prompted but not acted on").arg(riskLabel(kind));
                out.append({acted, why});
            }
            if (!expected.script.isEmpty()) {
                // The expected steps, in order, within the walk (a step gone back over counts).
                qsizetype at = 0;
                QString firstMissing;
                for (const QString &step : expected.scriptSteps) {
                    const qsizetype found = walked.indexOf(step, at);
                    if (found < 0) {
                        firstMissing = step;
                        break;
                    }
                    at = found + 1;
                }
                QString why;
                if (walk.isEmpty())
                    why = Tr::tr("the %1 guidance was not used").arg(expected.script);
                else
                    why = Tr::tr("the %1 guidance did not reach step \"%2\" on the right branch")
                              .arg(expected.script, firstMissing);
                out.append({!walk.isEmpty() && firstMissing.isEmpty(), why});
            }
        } else if (check == QLatin1String("next_steps")) {
            if (!expected.attendanceTold.isEmpty()) {
                const QString told = walk.value(QLatin1String("police_attendance_told")).toString();
                const QString want = expected.attendanceTold == QLatin1String("will_attend")
                                         ? Tr::tr("police will attend")
                                         : Tr::tr("police will not attend");
                out.append({told == expected.attendanceTold,
                            told.isEmpty()
                                ? Tr::tr("the caller was not told that %1").arg(want)
                                : Tr::tr("the caller was told the wrong thing: this call is \"%1\"")
                                      .arg(want)});
            }
            if (!expected.script.isEmpty())
                out.append({walk.value(QLatin1String("finished")).toBool(),
                            Tr::tr("the guidance was not read to its end, so the caller may "
                                   "not know what happens next")});
        } else if (check == QLatin1String("outcome")) {
            out.append(
                {c.outcome == expected.outcome,
                 Tr::tr("the outcome was \"%1\"; this call is \"%2\"")
                     .arg(label(K::Outcome, c.outcome), label(K::Outcome, expected.outcome))});
        } else if (check == QLatin1String("record_complete")) {
            for (const QString &f : expected.fields)
                out.append({!contactField(c, f).trimmed().isEmpty(),
                            Tr::tr("%1 is missing").arg(fieldLabel(f))});
            for (const QString &word : expected.notesMention)
                out.append({c.notes.contains(word, Qt::CaseInsensitive),
                            Tr::tr("the notes do not mention \"%1\"").arg(word)});
        } else if (check == QLatin1String("escalation")) {
            for (const QString &type : expected.escalations)
                out.append({input.escalationsRaised.contains(type),
                            Tr::tr("no %1 escalation was raised").arg(formTitle(type))});
            for (const QString &type : input.escalationsRaised)
                if (!expected.escalations.contains(type))
                    out.append({false, Tr::tr("a %1 escalation was raised that this call does "
                                              "not need")
                                           .arg(formTitle(type))});
        }
        return out;
    };

    RubricScore score;
    score.rubricId = rubric.id();
    score.rubricVersion = rubric.version();
    for (const RubricCriterion &criterion : rubric.criteria()) {
        CriterionScore s;
        s.id = criterion.id;
        s.title = criterion.title;
        s.weight = criterion.weight;
        s.manual = criterion.isManual();
        if (!s.manual) {
            const QList<Requirement> reqs = requirements(criterion.check);
            int met = 0;
            for (const Requirement &r : reqs) {
                if (r.met)
                    ++met;
                else
                    s.missed.append(r.missed);
            }
            // Nothing asked of this call under the criterion: full marks.
            s.points = reqs.isEmpty() ? s.weight : int(qint64(s.weight) * met / reqs.size());
        }
        score.criteria.append(s);
    }
    return score;
}

} // namespace cd
