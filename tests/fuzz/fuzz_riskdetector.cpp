// The risk detector (app/core/riskdetector*) with the shipped concept data, on note text as a
// handler types it: it runs on every keystroke, so any text must be safe.
//
// Checks: no crash, leak or UB; every match lies inside the text, in order of start, with a
// known kind and status; the JSON explanations are valid JSON; the affirmed matches are the
// affirmed ones of detect(); a second scan (cached words) gives the same matches.

#include "core/riskdetector.h"
#include "fuzzcheck.h"

#include <QJsonDocument>

#include <cstdint>

using namespace cd;

namespace {

const RiskDetector &detector()
{
    static const RiskDetector d = [] {
        Result<RiskDetector> r = RiskDetector::loadShipped();
        FUZZ_CHECK(r.ok());
        return r.value();
    }();
    return d;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RiskDetector &d = detector();
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QList<RiskMatch> matches = d.detect(text);
    int lastStart = 0;
    for (const RiskMatch &m : matches) {
        FUZZ_CHECK(m.start >= 0 && m.start < m.end && m.end <= text.size());
        FUZZ_CHECK(m.start >= lastStart);
        lastStart = m.start;
        FUZZ_CHECK(d.kinds().contains(m.kind));
        FUZZ_CHECK(!m.rule.isEmpty() && !m.phrase.isEmpty());
        FUZZ_CHECK(m.words.size() == m.concepts.size());
        FUZZ_CHECK(!RiskMatch::statusName(m.status).isEmpty());
        (void)d.offer(m);
    }
    QList<RiskMatch> affirmed = matches;
    affirmed.removeIf([](const RiskMatch &m) { return !m.affirmed(); });
    FUZZ_CHECK(d.detectAffirmed(text) == affirmed);
    FUZZ_CHECK(d.detect(text) == matches);

    QJsonParseError error;
    QJsonDocument::fromJson(RiskDetector::toJsonText(matches).toUtf8(), &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    const QJsonDocument explained =
        QJsonDocument::fromJson(RiskDetector::explainJsonText(matches).toUtf8(), &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    FUZZ_CHECK(explained.array().size() == matches.size());
    FUZZ_CHECK(RiskDetector::toJson(matches).size() == matches.size());
    return 0;
}
