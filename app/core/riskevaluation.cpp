#include "core/riskevaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cd {

Result<QList<RiskSample>> parseRiskSamples(const QByteArray &jsonLines, const QString &origin)
{
    QList<RiskSample> samples;
    QSet<QString> ids;
    const QList<QByteArray> lines = jsonLines.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype lineNumber = i + 1;
        auto fail = [&](const QString &why) {
            return Result<QList<RiskSample>>::failure(
                QStringLiteral("%1 line %2: %3").arg(origin).arg(lineNumber).arg(why));
        };
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(error.errorString());
        if (!doc.isObject())
            return fail(QStringLiteral("not a JSON object"));
        const QJsonObject o = doc.object();
        if (!o.value(QLatin1String("id")).isString() || !o.value(QLatin1String("text")).isString())
            return fail(QStringLiteral("needs a string \"id\" and \"text\""));
        if (!o.value(QLatin1String("kinds")).isArray())
            return fail(QStringLiteral("needs an array \"kinds\""));
        RiskSample s;
        s.id = o.value(QLatin1String("id")).toString();
        s.text = o.value(QLatin1String("text")).toString();
        s.context = o.value(QLatin1String("context")).toString();
        for (const QJsonValue &k : o.value(QLatin1String("kinds")).toArray()) {
            if (!k.isString() || k.toString().isEmpty())
                return fail(QStringLiteral("\"kinds\" holds something other than a kind name"));
            if (!s.kinds.contains(k.toString()))
                s.kinds.append(k.toString());
        }
        if (ids.contains(s.id))
            return fail(QStringLiteral("id \"%1\" is used twice").arg(s.id));
        ids.insert(s.id);
        samples.append(std::move(s));
    }
    if (samples.isEmpty())
        return Result<QList<RiskSample>>::failure(
            QStringLiteral("%1 holds no samples").arg(origin));
    return samples;
}

double RiskEvaluation::overallRecall() const
{
    int labelled = 0;
    int found = 0;
    for (const RiskKindFigures &k : kinds) {
        labelled += k.labelled;
        found += k.found;
    }
    return labelled ? double(found) / labelled : 1.0;
}

const RiskKindFigures *RiskEvaluation::figures(const QString &kind) const
{
    for (const RiskKindFigures &k : kinds)
        if (k.kind == kind)
            return &k;
    return nullptr;
}

RiskEvaluation evaluateRisk(const QList<RiskSample> &samples,
                            const std::function<QSet<QString>(const QString &)> &detect)
{
    RiskEvaluation e;
    auto figuresFor = [&e](const QString &kind) -> RiskKindFigures & {
        for (RiskKindFigures &k : e.kinds)
            if (k.kind == kind)
                return k;
        e.kinds.append(RiskKindFigures{kind});
        return e.kinds.last();
    };
    for (const RiskSample &s : samples)
        for (const QString &kind : s.kinds)
            figuresFor(kind);
    for (const RiskSample &s : samples) {
        const QSet<QString> reported = detect(s.text);
        if (s.kinds.isEmpty()) {
            ++e.quiet;
            if (!reported.isEmpty())
                ++e.quietFired;
            QStringList sorted(reported.cbegin(), reported.cend());
            sorted.sort();
            for (const QString &kind : sorted) {
                ++figuresFor(kind).falseAlarms;
                e.falseAlarmIds.append(s.id + QLatin1Char(' ') + kind);
            }
            continue;
        }
        for (const QString &kind : s.kinds) {
            RiskKindFigures &k = figuresFor(kind);
            ++k.labelled;
            if (reported.contains(kind))
                ++k.found;
            else
                e.missed.append(s.id + QLatin1Char(' ') + kind);
        }
    }
    return e;
}

QString formatRiskEvaluation(const RiskEvaluation &e)
{
    QString out = QStringLiteral("%1 %2 %3 %4 %5\n")
                      .arg(QStringLiteral("kind"), -22)
                      .arg(QStringLiteral("labelled"), 8)
                      .arg(QStringLiteral("found"), 6)
                      .arg(QStringLiteral("recall"), 7)
                      .arg(QStringLiteral("false alarms"), 16);
    auto percent = [](double v) {
        return QString::number(v * 100.0, 'f', 1) + QLatin1Char('%');
    };
    int labelled = 0;
    int found = 0;
    for (const RiskKindFigures &k : e.kinds) {
        labelled += k.labelled;
        found += k.found;
        out +=
            QStringLiteral("%1 %2 %3 %4 %5\n")
                .arg(k.kind, -22)
                .arg(k.labelled, 8)
                .arg(k.found, 6)
                .arg(percent(k.recall()), 7)
                .arg(QStringLiteral("%1 (%2)").arg(k.falseAlarms).arg(percent(e.falseAlarmRate(k))),
                     16);
    }
    out +=
        QStringLiteral("%1 %2 %3 %4 %5\n")
            .arg(QStringLiteral("all kinds"), -22)
            .arg(labelled, 8)
            .arg(found, 6)
            .arg(percent(e.overallRecall()), 7)
            .arg(QStringLiteral("%1 (%2)").arg(e.quietFired).arg(percent(e.falseAlarmRate())), 16);
    out += QStringLiteral("%1 quiet notes; false alarms count quiet notes on which a kind fired\n")
               .arg(e.quiet);
    return out;
}

} // namespace cd
