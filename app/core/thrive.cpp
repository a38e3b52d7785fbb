#include "core/thrive.h"

#include "core/contact.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::Thrive.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::Thrive)
};

// The six THRIVE elements every definition starts with; a force adds its own after them.
const char *const kCoreElements[] = {"threat",        "harm",          "risk",
                                     "investigation", "vulnerability", "engagement"};

bool isCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re.match(code).hasMatch();
}

Result<QList<ThriveChoice>> readChoices(const QJsonObject &root, const char *key, bool ranked,
                                        const QString &origin)
{
    using R = Result<QList<ThriveChoice>>;
    QList<ThriveChoice> out;
    QSet<QString> seen;
    const QJsonArray array = root.value(QLatin1String(key)).toArray();
    if (array.isEmpty())
        return R::failure(Tr::tr("%1: \"%2\" is missing or empty").arg(origin, QLatin1String(key)));
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ThriveChoice c;
        c.code = o.value(QLatin1String("code")).toString();
        c.label = o.value(QLatin1String("label")).toString().trimmed();
        c.rank = o.value(QLatin1String("rank")).toInt();
        if (!isCode(c.code) || c.label.isEmpty())
            return R::failure(Tr::tr("%1: an entry of \"%2\" needs a lower_snake_case code and a "
                                     "label")
                                  .arg(origin, QLatin1String(key)));
        if (seen.contains(c.code))
            return R::failure(
                Tr::tr("%1: \"%2\" names %3 twice").arg(origin, QLatin1String(key), c.code));
        if (ranked && c.rank <= 0)
            return R::failure(Tr::tr("%1: grade %2 needs a rank above 0").arg(origin, c.code));
        seen.insert(c.code);
        out.append(c);
    }
    if (ranked)
        std::stable_sort(out.begin(), out.end(), [](const ThriveChoice &a, const ThriveChoice &b) {
            return a.rank > b.rank;
        });
    return out;
}

} // namespace

QString ThriveDefinition::shippedPath()
{
    return QStringLiteral(":/contactdesk/thrive/thrive.json");
}

Result<ThriveDefinition> ThriveDefinition::loadShipped()
{
    return load(shippedPath());
}

Result<ThriveDefinition> ThriveDefinition::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ThriveDefinition>::failure(
            Tr::tr("Cannot read the THRIVE questions %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<ThriveDefinition> ThriveDefinition::fromJson(const QByteArray &json, const QString &origin)
{
    using R = Result<ThriveDefinition>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return R::failure(Tr::tr("%1 is not a JSON object: %2").arg(origin, error.errorString()));
    const QJsonObject root = doc.object();
    ThriveDefinition d;
    d.m_version = root.value(QLatin1String("version")).toString().trimmed();
    if (d.m_version.isEmpty())
        return R::failure(Tr::tr("%1 has no version").arg(origin));
    QSet<QString> ids;
    for (const QJsonValue &v : root.value(QLatin1String("elements")).toArray()) {
        const QJsonObject o = v.toObject();
        ThriveElement e;
        e.id = o.value(QLatin1String("id")).toString();
        e.label = o.value(QLatin1String("label")).toString().trimmed();
        e.prompt = o.value(QLatin1String("prompt")).toString().trimmed();
        e.help = o.value(QLatin1String("help")).toString().trimmed();
        if (!isCode(e.id) || e.label.isEmpty() || e.prompt.isEmpty())
            return R::failure(
                Tr::tr("%1: each element needs a lower_snake_case id, a label and a prompt")
                    .arg(origin));
        if (ids.contains(e.id))
            return R::failure(Tr::tr("%1: element %2 is there twice").arg(origin, e.id));
        ids.insert(e.id);
        d.m_elements.append(e);
    }
    for (std::size_t i = 0; i < std::size(kCoreElements); ++i)
        if (qsizetype(i) >= d.m_elements.size() ||
            d.m_elements.at(qsizetype(i)).id != QLatin1String(kCoreElements[i]))
            return R::failure(Tr::tr("%1: the elements start with threat, harm, risk, "
                                     "investigation, vulnerability and engagement, in that order")
                                  .arg(origin));
    for (const QJsonValue &v : root.value(QLatin1String("required_categories")).toArray()) {
        const QString code = v.toString();
        if (!isCode(code))
            return R::failure(Tr::tr("%1: \"%2\" is not a category code").arg(origin, code));
        d.m_requiredCategories.append(code);
    }
    d.m_reassessAfterHours = root.value(QLatin1String("reassess_after_hours")).toInt(-1);
    if (d.m_reassessAfterHours < 1 || d.m_reassessAfterHours > 24 * 28)
        return R::failure(
            Tr::tr("%1: reassess_after_hours is a whole number of hours from 1 to 672")
                .arg(origin));
    auto grades = readChoices(root, "grades", true, origin);
    if (!grades)
        return grades.error();
    if (grades->size() < 2)
        return R::failure(Tr::tr("%1: a risk grade scale has at least two grades").arg(origin));
    for (qsizetype i = 1; i < grades->size(); ++i)
        if (grades->at(i).rank == grades->at(i - 1).rank)
            return R::failure(
                Tr::tr("%1: two grades share rank %2").arg(origin).arg(grades->at(i).rank));
    d.m_grades = grades.value();
    auto kinds = readChoices(root, "vulnerability_kinds", false, origin);
    if (!kinds)
        return kinds.error();
    d.m_kinds = kinds.value();
    auto reasons = readChoices(root, "no_attendance_reasons", false, origin);
    if (!reasons)
        return reasons.error();
    d.m_noAttendance = reasons.value();
    auto advice = readChoices(root, "advice", false, origin);
    if (!advice)
        return advice.error();
    d.m_advice = advice.value();
    return d;
}

int ThriveDefinition::gradeRank(const QString &code) const
{
    for (const ThriveChoice &g : m_grades)
        if (g.code == code)
            return g.rank;
    return 0;
}

QString ThriveDefinition::label(const QList<ThriveChoice> &choices, const QString &code) const
{
    for (const ThriveChoice &c : choices)
        if (c.code == code)
            return c.label;
    return code;
}

bool ThriveAnswers::isComplete(const ThriveDefinition &definition) const
{
    for (const ThriveElement &e : definition.elements())
        if (notes.value(e.id).toString().trimmed().isEmpty())
            return false;
    return !definition.elements().isEmpty();
}

QString ThriveAnswers::toJson(const ThriveDefinition &definition) const
{
    QJsonObject kept;
    for (auto it = notes.begin(); it != notes.end(); ++it)
        if (!it.value().toString().trimmed().isEmpty())
            kept.insert(it.key(), it.value());
    if (kept.isEmpty())
        return {};
    QJsonObject o;
    o.insert(QLatin1String("version"), version.isEmpty() ? definition.version() : version);
    o.insert(QLatin1String("notes"), kept);
    o.insert(QLatin1String("completed"), isComplete(definition));
    if (assessedAt.isValid())
        o.insert(QLatin1String("assessed_at"), assessedAt.toUTC().toString(Qt::ISODateWithMs));
    QJsonArray again;
    for (const QDateTime &t : reassessedAt)
        again.append(t.toUTC().toString(Qt::ISODateWithMs));
    if (!again.isEmpty())
        o.insert(QLatin1String("reassessed_at"), again);
    if (!reassessmentOf.isEmpty())
        o.insert(QLatin1String("reassessment_of"), reassessmentOf);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ThriveAnswers ThriveAnswers::fromJson(const QString &json)
{
    ThriveAnswers a;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    a.version = o.value(QLatin1String("version")).toString();
    a.notes = o.value(QLatin1String("notes")).toObject();
    a.assessedAt =
        QDateTime::fromString(o.value(QLatin1String("assessed_at")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : o.value(QLatin1String("reassessed_at")).toArray())
        a.reassessedAt.append(QDateTime::fromString(v.toString(), Qt::ISODateWithMs));
    a.reassessmentOf = o.value(QLatin1String("reassessment_of")).toString();
    return a;
}

QString NextSteps::toJson() const
{
    if (!isRecorded())
        return {};
    QJsonObject o;
    o.insert(QLatin1String("police_attend"), policeAttend == 1);
    if (policeAttend == 0) {
        o.insert(QLatin1String("no_attendance_reason"), noAttendanceReason);
        o.insert(QLatin1String("why"), why);
    }
    o.insert(QLatin1String("reference"), reference);
    o.insert(QLatin1String("timescale"), timescale);
    o.insert(QLatin1String("advice"), QJsonArray::fromStringList(advice));
    o.insert(QLatin1String("call_back_told"), callBackTold);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

NextSteps NextSteps::fromJson(const QString &json)
{
    NextSteps n;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonValue attend = o.value(QLatin1String("police_attend"));
    n.policeAttend = attend.isBool() ? int(attend.toBool()) : -1;
    n.noAttendanceReason = o.value(QLatin1String("no_attendance_reason")).toString();
    n.why = o.value(QLatin1String("why")).toString();
    n.reference = o.value(QLatin1String("reference")).toString();
    n.timescale = o.value(QLatin1String("timescale")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("advice")).toArray())
        n.advice.append(v.toString());
    n.callBackTold = o.value(QLatin1String("call_back_told")).toBool();
    return n;
}

QString NextSteps::problem() const
{
    if (!isRecorded())
        return Tr::tr("Say whether police will attend");
    if (policeAttend == 0 && noAttendanceReason.isEmpty())
        return Tr::tr("Say why police will not attend");
    if (noAttendanceReason == QLatin1String("other") && why.trimmed().isEmpty())
        return Tr::tr("Say in the note why police will not attend");
    return {};
}

QStringList vulnerabilityKindList(const QString &kinds)
{
    QStringList list;
    for (const QString &part : kinds.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toLower();
        if (!code.isEmpty() && !list.contains(code))
            list.append(code);
    }
    list.sort();
    return list;
}

QString joinVulnerabilityKinds(QStringList kinds)
{
    return vulnerabilityKindList(kinds.join(QLatin1Char(','))).join(QLatin1Char(','));
}

bool isValidVulnerabilityKinds(const QString &kinds)
{
    const QStringList list = vulnerabilityKindList(kinds);
    return std::all_of(list.begin(), list.end(), isCode);
}

bool thriveCompleted(const Contact &c, const ThriveDefinition &definition)
{
    return c.thriveRequired && c.vulnerable >= 0 && !c.riskGrade.isEmpty() &&
           ThriveAnswers::fromJson(c.thrive).isComplete(definition);
}

GradeChange settleRiskGrade(const Contact &stored, Contact &incoming,
                            const ThriveDefinition &definition, const QString &actor)
{
    // Who signed off last, and a request still waiting, are the stored contact's to keep.
    incoming.gradeSignedOffBy = stored.gradeSignedOffBy;
    incoming.gradeSignedOffAt = stored.gradeSignedOffAt;
    incoming.gradeRequested = stored.gradeRequested;
    incoming.gradeRequestedBy = stored.gradeRequestedBy;
    const int before = definition.gradeRank(stored.riskGrade);
    const int after = definition.gradeRank(incoming.riskGrade);
    if (incoming.riskGrade == stored.riskGrade)
        return GradeChange::None;
    if (before > 0 && after < before) {
        // Refused: the higher grade stands; the lower one waits for a manager.
        incoming.gradeRequested = incoming.riskGrade;
        incoming.gradeRequestedBy = actor;
        incoming.riskGrade = stored.riskGrade;
        return GradeChange::DowngradeRequested;
    }
    // Graded for the first time or raised: stands, and a lower request waiting is overtaken.
    incoming.gradeRequested.clear();
    incoming.gradeRequestedBy.clear();
    return before > 0 ? GradeChange::Raised : GradeChange::None;
}

Status signOffDowngrade(Contact &c, const HandlerProfile &who, const QDateTime &at)
{
    if (who.role != Role::Manager)
        return Status::failure(
            Tr::tr("Only a manager can sign off a lower risk grade; %1 is signed in as %2.")
                .arg(who.name, roleLabel(who.role)),
            QStringLiteral("not_manager"));
    if (c.gradeRequested.isEmpty())
        return Status::failure(Tr::tr("No lower risk grade is waiting for sign-off."),
                               QStringLiteral("nothing_waiting"));
    c.riskGrade = c.gradeRequested;
    c.gradeRequested.clear();
    c.gradeRequestedBy.clear();
    c.gradeSignedOffBy = who.name;
    c.gradeSignedOffAt = at.toUTC();
    return success();
}

} // namespace cd
