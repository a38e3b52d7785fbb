#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// One contact a quality dip sample may draw: who handled it, what it was and which risks it
// raised (RiskDetector kinds from its prompts, and its vulnerability kinds).
struct QaCandidate
{
    QString contactId;
    QString handler;
    QString category;
    QString channel;
    QStringList riskKinds;
};

// How a month's sample is drawn (docs/QA.md). The share is in basis points (2% is 200) so the
// sample size is whole-number arithmetic: the same on every workstation.
struct QaSampleRules
{
    int shareBasisPoints = 200;
    int minimumPerHandler = 2;
    QStringList sensitiveCategories; // taxonomy category codes
    QStringList sensitiveRiskKinds;  // RiskDetector kinds
    bool reviewerSeesSensitive = false;
    quint64 seed = 1;

    // "2", "2.5", "2%" -> 200, 250, 200 basis points; a share of 0.01% to 100%.
    static Result<int> parseShare(const QString &text);
    static QString shareText(int basisPoints); // 250 -> "2.5%"
    bool isSensitive(const QaCandidate &c) const;
    // A handler's sample size for `contacts` contacts in the month: the share of them rounded up,
    // at least the minimum, never more than there are (0 for none).
    int targetSize(int contacts) const;
};

// What the draw did for one handler.
struct QaHandlerDraw
{
    QString handler;
    int contacts = 0;          // the handler's contacts in the month
    int sensitiveWithheld = 0; // sensitive contacts this reviewer may not see
    int target = 0;            // the rule's sample size for `contacts`
    int drawn = 0;             // target, or fewer when too many were withheld
};

struct QaSample
{
    QList<QaCandidate> picked;     // handler by handler (by name), each in the order drawn
    QList<QaHandlerDraw> handlers; // by name
};

// The sample's order key of a contact: a 64-bit hash of the seed and the contact's id. Sorting
// by it shuffles the contacts reproducibly, whatever order they were read in.
quint64 qaSampleKey(quint64 seed, const QString &contactId);

// Draws each handler's sample: every handler gets the rule's size for their own volume. A
// handler's contacts are grouped by category (most contacts first, then by code) and within a
// category by channel (the same order), each group shuffled by qaSampleKey; the draw takes one
// contact from each category in turn, moving to the category's next channel each time, so the
// sample spreads over categories first and channels within them. Sensitive contacts (a
// category or a risk kind the rules name) are left out when the reviewer may not see them.
// Same seed and same contacts, same sample.
QaSample drawQaSample(const QList<QaCandidate> &contacts, const QaSampleRules &rules);

} // namespace cd
