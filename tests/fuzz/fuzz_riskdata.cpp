// The risk detector's data loader (app/core/riskdetectordata.cpp, RiskDetector::fromJson): the
// concept file is versioned data that is edited by hand and may be replaced, so a broken one
// must be refused with a message, never crash the Desk. A file that loads is then run over a
// few notes.
//
// Checks: no crash, leak or UB; a refused file says why; a loaded one has rules and kinds, and
// its matches lie inside the note, in order, with kinds it knows.

#include "core/riskdetector.h"
#include "fuzzcheck.h"

#include <cstdint>

using namespace cd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<RiskDetector> loaded =
        RiskDetector::fromJson(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!loaded.ok()) {
        FUZZ_CHECK(!loaded.errorMessage().isEmpty());
        return 0;
    }
    const RiskDetector &d = loaded.value();
    FUZZ_CHECK(d.version() > 0);
    FUZZ_CHECK(d.ruleCount() > 0 && !d.kinds().isEmpty());
    static const QStringList notes = {
        QStringLiteral("Her partner beat her. He has a knife; she denies he hit her but if he "
                       "comes back he will kill her."),
        QStringLiteral("Caller (15yo girl, 7yo brother) wants to end it all. In 2019 my husband "
                       "strangled me. Watched a film; beat the traffic."),
        QStringLiteral("no ex. no partner, no violence - kill him 12 years ago")};
    for (const QString &note : notes) {
        const QList<RiskMatch> matches = d.detect(note);
        int lastStart = 0;
        for (const RiskMatch &m : matches) {
            FUZZ_CHECK(m.start >= 0 && m.start < m.end && m.end <= note.size());
            FUZZ_CHECK(m.start >= lastStart);
            lastStart = m.start;
            FUZZ_CHECK(d.kinds().contains(m.kind));
            FUZZ_CHECK(m.words.size() == m.concepts.size());
            (void)d.offer(m);
        }
        (void)RiskDetector::explainJsonText(matches);
    }
    return 0;
}
