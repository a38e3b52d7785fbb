// The guidance script loader (app/core/script.cpp, scriptlibrary.*): `scripts import` and the
// Desk read these JSON files, which an administrator may have edited by hand.
//
// Checks: no crash, leak or UB; a script that loads passes validate(), survives toJson() and
// loading again unchanged, and can be walked from its start to an end with ScriptSession,
// whose saved walk replays.

#include "core/script.h"
#include "core/scriptlibrary.h"
#include "core/scriptsession.h"
#include "core/taxonomy.h"
#include "fuzzcheck.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdint>

using namespace cd;

namespace {

const Taxonomy &taxonomy()
{
    static const Taxonomy t = [] {
        QFile f(QStringLiteral(":/contactdesk/taxonomy/taxonomy.json"));
        FUZZ_CHECK(f.open(QIODevice::ReadOnly));
        Result<Taxonomy> r = Taxonomy::fromJson(f.readAll(), f.fileName());
        FUZZ_CHECK(r.ok());
        return r.value();
    }();
    return t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    const QString origin = QStringLiteral("fuzz.json");

    ScriptLibrary library;
    const bool added = library.add(json, origin, &taxonomy());
    FUZZ_CHECK(added || !library.problems().isEmpty());

    QList<ScriptProblem> problems;
    const std::optional<Script> script = Script::parse(json, origin, &problems, &taxonomy());
    FUZZ_CHECK(script.has_value() == added);
    for (const ScriptProblem &p : problems)
        FUZZ_CHECK(!p.toString().isEmpty());
    if (!script) {
        FUZZ_CHECK(!problems.isEmpty());
        return 0;
    }
    FUZZ_CHECK(problems.isEmpty());
    FUZZ_CHECK(Script::validate(*script, &taxonomy()).isEmpty());
    FUZZ_CHECK(library.byId(script->id) != nullptr);

    // Written out and read back, it is the same script.
    const QByteArray written = QJsonDocument(script->toJson()).toJson(QJsonDocument::Compact);
    const std::optional<Script> again = Script::parse(written, origin, nullptr, &taxonomy());
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(QJsonDocument(again->toJson()).toJson(QJsonDocument::Compact) == written);

    // Walk it: the choice at each step comes from the input; every step can reach an end.
    ScriptSession session(*script);
    size_t k = 0;
    for (int moves = 0; !session.atEnd() && moves < 200; ++moves) {
        const int choices = session.current().choiceCount();
        FUZZ_CHECK(choices > 0);
        FUZZ_CHECK(session.choices().size() == choices);
        FUZZ_CHECK(session.answer(1 + int(data[k++ % size] % unsigned(choices))));
        if (data[k % size] % 5 == 0 && session.canGoBack())
            FUZZ_CHECK(session.back());
    }
    FUZZ_CHECK(!session.answer(0));
    (void)session.actionsTaken();
    (void)session.attendanceTold();
    const Result<ScriptSession> replayed = ScriptSession::fromJson(*script, session.toJson());
    FUZZ_CHECK(replayed.ok());
    FUZZ_CHECK(replayed.value().path().size() == session.path().size());
    const QString merged = ScriptSession::mergeInto(QString(), session.toJson());
    (void)ScriptSession::describe(merged);
    return 0;
}
