#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace cd {

// One labelled note of a risk evaluation set (tests/data/risk/*.jsonl, one JSON object a line):
//   {"id": "H0001", "text": "...", "kinds": ["domestic_abuse"], "context": "affirmed"}
// kinds is empty for a note that must stay quiet; context says why (ordinary, near_miss,
// negated, hypothetical, historical, media, idiom) or "affirmed" for a risk.
struct RiskSample
{
    QString id;
    QString text;
    QStringList kinds;
    QString context;
};

// Reads a JSON-lines evaluation set. A line that is not an object with a string id and text
// and an array of kinds fails the whole read, naming the origin and the line.
Result<QList<RiskSample>> parseRiskSamples(const QByteArray &jsonLines, const QString &origin);

// How one kind fared: recall over the notes labelled with it, false alarms over the quiet
// notes (no kind at all) on which it fired.
struct RiskKindFigures
{
    QString kind;
    int labelled = 0;    // notes labelled with this kind
    int found = 0;       // of those, the detector reported this kind
    int falseAlarms = 0; // quiet notes on which the detector reported this kind
    double recall() const { return labelled ? double(found) / labelled : 1.0; }
};

struct RiskEvaluation
{
    QList<RiskKindFigures> kinds; // in the order the kinds first appear (labels, then output)
    int quiet = 0;                // notes with no kind
    int quietFired = 0;           // of those, notes on which any kind fired
    QStringList missed;           // "id kind" for each labelled kind not reported
    QStringList falseAlarmIds;    // "id kind" for each kind reported on a quiet note

    double falseAlarmRate() const { return quiet ? double(quietFired) / quiet : 0.0; }
    // Per-kind false alarm rate over the quiet notes.
    double falseAlarmRate(const RiskKindFigures &k) const
    {
        return quiet ? double(k.falseAlarms) / quiet : 0.0;
    }
    // Recall over every (note, labelled kind) pair.
    double overallRecall() const;
    const RiskKindFigures *figures(const QString &kind) const;
};

// Runs `detect` (the kinds it reports for a text, as the Desk would raise them) on each sample.
RiskEvaluation evaluateRisk(const QList<RiskSample> &samples,
                            const std::function<QSet<QString>(const QString &)> &detect);

// A plain table: one line per kind with labelled, found, recall, false alarms; then totals.
QString formatRiskEvaluation(const RiskEvaluation &evaluation);

} // namespace cd
