#include "core/nextstepsrule.h"

#include "core/contact.h"
#include "core/thrive.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::NextStepsRule.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::NextStepsRule)
};

} // namespace

Result<NextStepsRule> NextStepsRule::fromJson(const QByteArray &json, const QString &origin)
{
    using R = Result<NextStepsRule>;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    NextStepsRule rule;
    rule.m_version = root.value(QLatin1String("version")).toString().trimmed();
    const QJsonValue value = root.value(QLatin1String("next_steps_required"));
    if (!value.isObject())
        return R::failure(Tr::tr("%1: \"next_steps_required\" is missing").arg(origin));
    const QJsonObject o = value.toObject();
    for (const char *key : {"when_thrive_required", "when_risk_prompt"})
        if (!o.value(QLatin1String(key)).isBool())
            return R::failure(Tr::tr("%1: next_steps_required.%2 is true or false")
                                  .arg(origin, QLatin1String(key)));
    rule.m_whenThriveRequired = o.value(QLatin1String("when_thrive_required")).toBool();
    rule.m_whenRiskPrompt = o.value(QLatin1String("when_risk_prompt")).toBool();
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (const QJsonValue &v : o.value(QLatin1String("outcomes")).toArray()) {
        const QString c = v.toString();
        if (!code.match(c).hasMatch())
            return R::failure(Tr::tr("%1: \"%2\" is not an outcome code").arg(origin, c));
        rule.m_outcomes.append(c);
    }
    return rule;
}

const NextStepsRule &NextStepsRule::shipped()
{
    static const NextStepsRule rule = [] {
        QFile file(ThriveDefinition::shippedPath());
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("the rule for \"what happens next\" is not readable");
            return NextStepsRule();
        }
        Result<NextStepsRule> r = fromJson(file.readAll(), ThriveDefinition::shippedPath());
        if (!r) {
            qWarning("the rule for \"what happens next\" is not loaded: %s",
                     qPrintable(r.errorMessage()));
            return NextStepsRule();
        }
        return r.value();
    }();
    return rule;
}

bool riskPromptShown(const Contact &c)
{
    const QJsonDocument doc = QJsonDocument::fromJson(c.riskPrompts.toUtf8());
    return doc.isArray() && !doc.array().isEmpty();
}

QString NextStepsRule::reason(const Contact &c, const QString &outcomeLabel) const
{
    if (m_whenThriveRequired && c.thriveRequired)
        return Tr::tr("THRIVE is needed for this contact");
    if (m_whenRiskPrompt && riskPromptShown(c))
        return Tr::tr("a risk prompt came up");
    if (!c.outcome.isEmpty() && m_outcomes.contains(c.outcome))
        return Tr::tr("the outcome (%1) promises police action")
            .arg(outcomeLabel.isEmpty() ? c.outcome : outcomeLabel);
    return {};
}

QList<FieldError> NextStepsRule::check(const Contact &c, const QString &outcomeLabel) const
{
    if (NextSteps::fromJson(c.nextSteps).isRecorded())
        return {};
    const QString why = reason(c, outcomeLabel);
    if (why.isEmpty())
        return {};
    return {
        {QStringLiteral("nextSteps"),
         Tr::tr("Record what happens next (Next…): %1. Say whether police will attend.").arg(why)}};
}

} // namespace cd
