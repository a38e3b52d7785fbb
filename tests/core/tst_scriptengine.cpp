#include "core/script.h"
#include "core/scriptlibrary.h"
#include "core/scriptsession.h"
#include "core/taxonomy.h"
#include "verify.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

Taxonomy shippedTaxonomy()
{
    QFile f(QStringLiteral(":/contactdesk/taxonomy/taxonomy.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("taxonomy resource missing");
    return Taxonomy::fromJson(f.readAll(), f.fileName()).value();
}

// A small valid script; each malformed row changes one thing in it.
QJsonObject validScript()
{
    QFile f(QStringLiteral(CONTACTDESK_TEST_DATA "/scripts/demo.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("tests/data/scripts/demo.json is missing");
    const QByteArray json = f.readAll();
    return QJsonDocument::fromJson(json).object();
}

QJsonObject stepObject(const QJsonObject &script, int i)
{
    return script.value(QLatin1String("steps")).toArray().at(i).toObject();
}

QJsonObject withStep(QJsonObject script, int i, const QJsonObject &step)
{
    QJsonArray steps = script.value(QLatin1String("steps")).toArray();
    steps.replace(i, step);
    script.insert(QLatin1String("steps"), steps);
    return script;
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestScriptEngine : public QObject
{
    Q_OBJECT

private slots:
    void shippedScriptsLoad_data();
    void shippedScriptsLoad();
    void shippedScriptsCoverTheRequiredCategories();
    void mentalHealthScriptAlwaysTellsAttendance();
    void mentalHealthThresholdAndMentalHealthActSections();
    void travellerPowersFollowTheAct();
    void complaintScreeningIncludesIopcReferral();
    void unsourcedContactsAreMarked();
    void taxonomyCitesItsSources();
    void malformedScriptsNameFileAndStep_data();
    void malformedScriptsNameFileAndStep();
    void libraryKeepsNewestAndSkipsBroken();
    void sessionWalksAnswersAndBack();
    void sessionRefusesChoicesThatAreNotOffered();
    void sessionSerialisesAndRestores();
    void restoreFailsWhenScriptChanged();
    void mergeIntoKeepsOneWalkPerScript();
    void describeReadsLikeTheHistory();
};

void TestScriptEngine::shippedScriptsLoad_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(ScriptLibrary::shippedDirectory());
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 7);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestScriptEngine::shippedScriptsLoad()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Taxonomy taxonomy = shippedTaxonomy();
    QList<ScriptProblem> problems;
    const std::optional<Script> script = Script::parse(f.readAll(), path, &problems, &taxonomy);
    QStringList text;
    for (const ScriptProblem &p : problems)
        text.append(p.toString());
    QVERIFY2(script.has_value(), qPrintable(text.join(u'\n')));
    // validate() already rejects unreachable steps; check it independently here.
    QSet<QString> reached{script->start};
    QStringList todo{script->start};
    while (!todo.isEmpty()) {
        const ScriptStep *s = script->step(todo.takeLast());
        QVERIFY(s);
        QStringList next;
        for (const ScriptAnswer &a : s->answers)
            next.append(a.next);
        if (!s->next.isEmpty())
            next.append(s->next);
        for (const QString &n : next)
            if (!reached.contains(n)) {
                reached.insert(n);
                todo.append(n);
            }
    }
    QCOMPARE(reached.size(), script->steps.size());
    QVERIFY(!script->sources.isEmpty());
    // Every shipped script was checked against its sources, and says when.
    QCOMPARE(script->reviewedOn, QStringLiteral("2026-12-02"));
    QCOMPARE(script->toJson().value(QLatin1String("reviewed_on")).toString(),
             QStringLiteral("2026-12-02"));
    QVERIFY(taxonomy.contains(TaxonomyEntry::Kind::Category, script->category));
    // The escalation forms the scripts open must exist where the forms are shipped.
    const QDir forms(QStringLiteral(":/contactdesk/forms"));
    for (const ScriptStep &s : script->steps)
        for (const ScriptAction &a : s.actions)
            if (a.type == ScriptAction::Type::OpenEscalation && forms.exists())
                QVERIFY2(forms.exists(a.value + QStringLiteral(".json")), qPrintable(a.value));
}

void TestScriptEngine::shippedScriptsCoverTheRequiredCategories()
{
    ScriptLibrary library;
    const Taxonomy taxonomy = shippedTaxonomy();
    QVERIFY(library.addDirectory(ScriptLibrary::shippedDirectory(), &taxonomy) >= 7);
    QVERIFY(library.problems().isEmpty());
    for (const char *category : {"mental_health", "traveller_encampment", "vehicle_recovery",
                                 "dissatisfaction", "vrr", "fraud", "intelligence"})
        QVERIFY2(library.forCategory(QLatin1String(category)), category);
    // The vehicle script hands over to the vehicle lookup once the handler continues.
    const Script *vehicle = library.forCategory(QStringLiteral("vehicle_recovery"));
    ScriptSession walk(*vehicle);
    QVERIFY(walk.current().actions.isEmpty());
    QVERIFY(walk.answer(1));
    QCOMPARE(walk.current().actions.size(), 1);
    QCOMPARE(walk.current().actions.first().type, ScriptAction::Type::OpenVehicleLookup);
}

namespace {

Script shippedScript(const QString &id)
{
    ScriptLibrary library;
    library.addDirectory(ScriptLibrary::shippedDirectory());
    const Script *s = library.byId(id);
    if (!s)
        qFatal("shipped script missing: %s", qPrintable(id));
    return *s;
}

} // namespace

void TestScriptEngine::mentalHealthThresholdAndMentalHealthActSections()
{
    const Script mh = shippedScript(QStringLiteral("mental_health"));
    QCOMPARE(mh.version, 2);
    // Right Care, Right Person: "a real and immediate risk to the life of a person, or of a
    // person being subject to or at risk of serious harm".
    const ScriptStep *threshold = mh.step(QStringLiteral("threshold"));
    QVERIFY(threshold);
    QVERIFY2(threshold->text.contains(QLatin1String("real and immediate risk to the life of a "
                                                    "person, or of a person being subject to or "
                                                    "at risk of serious harm")),
             qPrintable(threshold->text));
    QCOMPARE(threshold->answers.size(), 3);
    QCOMPARE(threshold->answers.at(1).next, QStringLiteral("signpost")); // unchanged: key 2

    // A caller asking about s.136 or a s.135 warrant is told who decides, then the handler
    // returns to the threshold.
    ScriptSession walk(mh);
    QVERIFY(walk.answer(2)); // no immediate risk
    QCOMPARE(walk.current().id, QStringLiteral("threshold"));
    QVERIFY(walk.answer(3));
    const ScriptStep &sections = walk.current();
    QCOMPARE(sections.id, QStringLiteral("mha_sections"));
    QVERIFY(sections.text.contains(QLatin1String("section 136 of the Mental Health Act 1983")));
    QVERIFY(sections.text.contains(QLatin1String("decided by a police officer at the scene")));
    QVERIFY(sections.text.contains(QLatin1String("section 135 warrant is planned work")));
    QVERIFY(sections.text.contains(QLatin1String("agreed locally")));
    QVERIFY(sections.actions.isEmpty()); // nothing promised, no outcome set
    QVERIFY(walk.answer(1));
    QCOMPARE(walk.current().id, QStringLiteral("threshold"));
}

void TestScriptEngine::travellerPowersFollowTheAct()
{
    const Script t = shippedScript(QStringLiteral("traveller_encampment"));
    QCOMPARE(t.version, 2);
    const ScriptStep *powers = t.step(QStringLiteral("police_powers"));
    QVERIFY(powers);
    const QString &text = powers->text;
    // s.62A turns on a suitable pitch, after consulting the local authority.
    const qsizetype s62a = text.indexOf(QLatin1String("(s.62A)"));
    const qsizetype s60c = text.indexOf(QLatin1String("Offence (s.60C)"));
    const qsizetype s61 = text.indexOf(QLatin1String("(CJPOA s.61)"));
    QVERIFY(s61 >= 0 && s62a > s61 && s60c > s62a);
    const QString s61Part = text.mid(s61, s62a - s61);
    const QString s62aPart = text.mid(s62a, s60c - s62a);
    const QString s60cPart = text.mid(s60c);
    QVERIFY(s62aPart.contains(QLatin1String("suitable pitch on a relevant caravan site")));
    QVERIFY(s62aPart.contains(QLatin1String("consult the local authority")));
    QVERIFY(!s62aPart.contains(QLatin1String("six")));
    QVERIFY(!s62aPart.contains(QLatin1String("damage")));
    // s.61: damage, disruption or distress (no "significant"), threats, or six or more
    // vehicles, after the occupier asked them to leave.
    QVERIFY(s61Part.contains(QLatin1String("the senior officer present may direct")));
    QVERIFY(s61Part.contains(QLatin1String("caused damage, disruption or distress")));
    QVERIFY(s61Part.contains(QLatin1String("six or more vehicles")));
    QVERIFY(!s61Part.contains(QLatin1String("significant")));
    // s.60C is an offence, with the "significant" test and a request to leave.
    QVERIFY(s60cPart.contains(QLatin1String("commits an offence")));
    QVERIFY(s60cPart.contains(QLatin1String("significant damage, disruption or distress")));
    QVERIFY(s60cPart.contains(QLatin1String("asks them to")));
    QVERIFY(!s60cPart.contains(QLatin1String("senior officer")));
    QVERIFY(!text.contains(QLatin1String("decides whether to use them (CJPOA s.60C")));
}

void TestScriptEngine::complaintScreeningIncludesIopcReferral()
{
    const Script c = shippedScript(QStringLiteral("complaint"));
    QCOMPARE(c.version, 2);
    const ScriptStep *serious = c.step(QStringLiteral("serious"));
    QVERIFY(serious);
    // Sch.3 para 2(6B): death or serious injury, criminal or disciplinary, Article 2 or 3, and
    // a complaint that must be referred to the IOPC.
    QVERIFY(serious->text.contains(QLatin1String("death or serious injury")));
    QVERIFY(serious->text.contains(QLatin1String("crime or misconduct")));
    QVERIFY(serious->text.contains(QLatin1String("inhuman or degrading")));
    QVERIFY(serious->text.contains(QLatin1String("must be referred to the IOPC")));
    QVERIFY(serious->advice.contains(QLatin1String("must be referred to the IOPC")));
    QCOMPARE(c.step(serious->answers.first().next)->actions.first().value,
             QStringLiteral("formal_complaint"));
}

void TestScriptEngine::unsourcedContactsAreMarked()
{
    auto contact = [](const Script &s, const QString &name) {
        for (const ScriptStep &step : s.steps)
            for (const ScriptAction &a : step.actions)
                for (const ScriptContactPoint &c : a.contacts)
                    if (c.name == name)
                        return c;
        return ScriptContactPoint{};
    };
    const ScriptContactPoint crimestoppers =
        contact(shippedScript(QStringLiteral("intelligence")), QStringLiteral("Crimestoppers"));
    QCOMPARE(crimestoppers.detail, QStringLiteral("0800 555 111"));
    QVERIFY2(crimestoppers.note.contains(QLatin1String("unsourced")),
             qPrintable(crimestoppers.note));
    QVERIFY(!crimestoppers.note.contains(QLatin1String("24 hours")));

    const Script fraud = shippedScript(QStringLiteral("fraud"));
    const ScriptContactPoint phone = contact(fraud, QStringLiteral("Report Fraud (phone)"));
    QCOMPARE(phone.detail, QStringLiteral("0300 123 2040"));
    QVERIFY2(phone.note.contains(QLatin1String("per one Met Police message")),
             qPrintable(phone.note));
    bool citesMet = false;
    for (const ScriptSource &s : fraud.sources)
        citesMet = citesMet || s.url.contains(QLatin1String("metengage.co.uk"));
    QVERIFY(citesMet);

    // s.165A: the keeper has 7 working days to bring the documents (West Midlands Police).
    const Script vehicle = shippedScript(QStringLiteral("vehicle_recovery"));
    QCOMPARE(vehicle.version, 3);
    QVERIFY(vehicle.step(QStringLiteral("explain"))
                ->text.contains(QLatin1String("within 7 working days of the seizure")));
}

void TestScriptEngine::taxonomyCitesItsSources()
{
    const Taxonomy taxonomy = shippedTaxonomy();
    QCOMPARE(taxonomy.reviewedOn(), QDate(2026, 12, 2));
    // It used to cite docs/DOMAIN.md, which is not in the repository.
    QVERIFY(!taxonomy.source().contains(QLatin1String("docs/DOMAIN.md")));
    QVERIFY(taxonomy.source().contains(QLatin1String("DOMAIN.md")));
    QCOMPARE(taxonomy.sources().size(), 1);
    QVERIFY(taxonomy.sources().first().title.contains(QLatin1String("not in this repository")));
}

void TestScriptEngine::mentalHealthScriptAlwaysTellsAttendance()
{
    ScriptLibrary library;
    library.addDirectory(ScriptLibrary::shippedDirectory());
    const Script *mh = library.forCategory(QStringLiteral("mental_health"));
    QVERIFY(mh);
    // Walk every route to an end (first time through each step) and check each one tells the
    // caller whether police will attend: the IOPC learning the script exists for.
    struct Route
    {
        QList<int> answers;
    };
    QList<Route> todo{{}};
    int routes = 0;
    while (!todo.isEmpty()) {
        const Route r = todo.takeLast();
        ScriptSession session(*mh);
        QSet<QString> seen;
        for (int a : r.answers) {
            seen.insert(session.current().id);
            QVERIFY(session.answer(a));
        }
        if (session.atEnd()) {
            ++routes;
            QVERIFY2(!session.attendanceTold().isEmpty(), qPrintable(session.toJsonString()));
            continue;
        }
        if (seen.contains(session.current().id))
            continue; // a loop back ("explain again")
        for (int c = 1; c <= session.current().choiceCount(); ++c) {
            Route next = r;
            next.answers.append(c);
            todo.append(next);
        }
    }
    QVERIFY(routes >= 4);
}

void TestScriptEngine::malformedScriptsNameFileAndStep_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("message");

    const QJsonObject base = validScript();
    QTest::newRow("not json") << QByteArray("{\"id\": ") << QString() << "not valid JSON";
    QTest::newRow("array") << QByteArray("[]") << QString() << "must be a JSON object";
    {
        QJsonObject o = base;
        o.remove(QLatin1String("sources"));
        QTest::newRow("no sources") << bytes(o) << QString() << "cites no sources";
    }
    {
        QJsonObject o = base;
        o.insert(QLatin1String("version"), 0);
        QTest::newRow("version zero") << bytes(o) << QString() << "version";
    }
    {
        QJsonObject o = base;
        o.insert(QLatin1String("category"), QStringLiteral("weather"));
        QTest::newRow("unknown category") << bytes(o) << QString() << "not in the taxonomy";
    }
    {
        QJsonObject o = base;
        o.insert(QLatin1String("start"), QStringLiteral("nowhere"));
        QTest::newRow("dangling start")
            << bytes(o) << QString() << "start step \"nowhere\" does not exist";
    }
    {
        QJsonObject s = stepObject(base, 0);
        QJsonArray answers = s.value(QLatin1String("answers")).toArray();
        answers.replace(1, QJsonObject{{QLatin1String("text"), QStringLiteral("No")},
                                       {QLatin1String("next"), QStringLiteral("missing_step")}});
        s.insert(QLatin1String("answers"), answers);
        QTest::newRow("dangling answer")
            << bytes(withStep(base, 0, s)) << "ask"
            << "answer 2 leads to \"missing_step\", which does not exist";
    }
    {
        QJsonObject s = stepObject(base, 2);
        s.insert(QLatin1String("next"), QStringLiteral("gone"));
        QTest::newRow("dangling next") << bytes(withStep(base, 2, s)) << "advise"
                                       << "\"next\" leads to \"gone\"";
    }
    {
        QJsonObject o = base;
        QJsonArray steps = o.value(QLatin1String("steps")).toArray();
        steps.append(QJsonObject{{QLatin1String("id"), QStringLiteral("orphan")},
                                 {QLatin1String("type"), QStringLiteral("prompt")},
                                 {QLatin1String("text"), QStringLiteral("Never shown")}});
        o.insert(QLatin1String("steps"), steps);
        QTest::newRow("unreachable") << bytes(o) << "orphan"
                                     << "cannot be reached";
    }
    {
        QJsonObject s = stepObject(base, 1);
        s.remove(QLatin1String("text"));
        QTest::newRow("missing text") << bytes(withStep(base, 1, s)) << "urgent"
                                      << "no text";
    }
    {
        QJsonObject s = stepObject(base, 0);
        s.insert(QLatin1String("answers"), QJsonArray());
        QTest::newRow("question without answers") << bytes(withStep(base, 0, s)) << "ask"
                                                  << "at least one answer";
    }
    {
        QJsonObject s = stepObject(base, 0);
        QJsonArray answers = s.value(QLatin1String("answers")).toArray();
        answers.replace(0, QJsonObject{{QLatin1String("next"), QStringLiteral("urgent")}});
        s.insert(QLatin1String("answers"), answers);
        QTest::newRow("answer without text") << bytes(withStep(base, 0, s)) << "ask"
                                             << "answer 1 has no text";
    }
    {
        QJsonObject s = stepObject(base, 3);
        s.insert(QLatin1String("id"), QStringLiteral("advise"));
        QTest::newRow("duplicate id") << bytes(withStep(base, 3, s)) << "advise"
                                      << "more than once";
    }
    {
        QJsonObject s = stepObject(base, 1);
        s.insert(QLatin1String("type"), QStringLiteral("essay"));
        QTest::newRow("unknown type") << bytes(withStep(base, 1, s)) << "urgent"
                                      << "unknown step type";
    }
    {
        QJsonObject s = stepObject(base, 1);
        s.insert(QLatin1String("actions"),
                 QJsonArray{QJsonObject{{QLatin1String("type"), QStringLiteral("launch_rocket")}}});
        QTest::newRow("unknown action") << bytes(withStep(base, 1, s)) << "urgent"
                                        << "unknown action \"launch_rocket\"";
    }
    {
        QJsonObject s = stepObject(base, 1);
        s.insert(QLatin1String("actions"),
                 QJsonArray{
                     QJsonObject{{QLatin1String("type"), QStringLiteral("record_attendance_told")},
                                 {QLatin1String("value"), QStringLiteral("maybe")}}});
        QTest::newRow("attendance value") << bytes(withStep(base, 1, s)) << "urgent"
                                          << "will_not_attend";
    }
    {
        QJsonObject s = stepObject(base, 2);
        s.insert(QLatin1String("actions"),
                 QJsonArray{QJsonObject{{QLatin1String("type"), QStringLiteral("set_outcome")},
                                        {QLatin1String("value"), QStringLiteral("sorted")}}});
        QTest::newRow("unknown outcome") << bytes(withStep(base, 2, s)) << "advise"
                                         << "\"sorted\" is not an outcome";
    }
    {
        QJsonObject s = stepObject(base, 2);
        s.insert(QLatin1String("actions"),
                 QJsonArray{QJsonObject{{QLatin1String("type"), QStringLiteral("show_contacts")}}});
        QTest::newRow("no contacts") << bytes(withStep(base, 2, s)) << "advise"
                                     << "lists no contacts";
    }
    {
        // done -> ask makes a loop with no end step left.
        QJsonObject s = stepObject(base, 3);
        s.insert(QLatin1String("next"), QStringLiteral("advise"));
        QJsonObject o = withStep(base, 3, s);
        QJsonObject u = stepObject(o, 1);
        u.insert(QLatin1String("next"), QStringLiteral("ask"));
        QTest::newRow("loop without end") << bytes(withStep(o, 1, u)) << QString() << "no end step";
    }
}

void TestScriptEngine::malformedScriptsNameFileAndStep()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, step);
    QFETCH(QString, message);
    const Taxonomy taxonomy = shippedTaxonomy();
    QList<ScriptProblem> problems;
    const QString origin = QStringLiteral("/srv/scripts/demo.json");
    QVERIFY(!Script::parse(json, origin, &problems, &taxonomy).has_value());
    QVERIFY(!problems.isEmpty());
    bool found = false;
    QStringList all;
    for (const ScriptProblem &p : problems) {
        all.append(p.toString());
        QCOMPARE(p.origin, origin);
        if (p.step == step && p.message.contains(message)) {
            found = true;
            QVERIFY(p.toString().startsWith(origin + QStringLiteral(": ")));
            if (!step.isEmpty())
                QVERIFY(p.toString().contains(QStringLiteral("step \"%1\"").arg(step)));
        }
    }
    QVERIFY2(found, qPrintable(all.join(u'\n')));
}

void TestScriptEngine::libraryKeepsNewestAndSkipsBroken()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &json) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
    };
    QJsonObject v1 = validScript();
    QJsonObject v3 = validScript();
    v3.insert(QLatin1String("version"), 3);
    v3.insert(QLatin1String("title"), QStringLiteral("Demo v3"));
    QJsonObject v2 = validScript();
    v2.insert(QLatin1String("version"), 2);
    write(QStringLiteral("a.json"), bytes(v1));
    write(QStringLiteral("b.json"), bytes(v3));
    write(QStringLiteral("c.json"), bytes(v2));
    write(QStringLiteral("d.json"), QByteArray("{ broken"));
    ScriptLibrary library;
    QCOMPARE(library.addDirectory(dir.path()), 3);
    QCOMPARE(library.byId(QStringLiteral("demo"))->version, 3);
    QCOMPARE(library.forCategory(QStringLiteral("mental_health"))->title,
             QStringLiteral("Demo v3"));
    QCOMPARE(library.problems().size(), 1);
    QCOMPARE(library.problems().first().origin, dir.filePath(QStringLiteral("d.json")));
    QCOMPARE(library.scripts().size(), 1);
}

void TestScriptEngine::sessionWalksAnswersAndBack()
{
    const std::optional<Script> script =
        Script::parse(bytes(validScript()), QStringLiteral("demo"), nullptr);
    QVERIFY(script);
    ScriptSession s(*script);
    QCOMPARE(s.current().id, QStringLiteral("ask"));
    QCOMPARE(s.choices(), QStringList({QStringLiteral("Yes"), QStringLiteral("No")}));
    QVERIFY(!s.canGoBack());
    QVERIFY(s.answer(2));
    QCOMPARE(s.current().id, QStringLiteral("advise"));
    QCOMPARE(s.choices(), QStringList({QStringLiteral("Continue")}));
    QVERIFY(s.answer(1));
    QCOMPARE(s.current().id, QStringLiteral("done"));
    QVERIFY(s.atEnd());
    QCOMPARE(s.path().size(), 3);
    QCOMPARE(s.path().at(0).answer, 2);
    QCOMPARE(s.path().at(0).answerText, QStringLiteral("No"));
    QCOMPARE(s.actionsTaken().size(), 2);
    QVERIFY(s.attendanceTold().isEmpty());

    QVERIFY(s.back());
    QVERIFY(s.back());
    QVERIFY(!s.back());
    QCOMPARE(s.current().id, QStringLiteral("ask"));
    QCOMPARE(s.path().size(), 1);
    QCOMPARE(s.path().first().answer, 0);
    QVERIFY(s.answer(1));
    QCOMPARE(s.current().id, QStringLiteral("urgent"));
    QCOMPARE(s.attendanceTold(), QStringLiteral("will_attend"));
    QVERIFY(s.atEnd());
}

void TestScriptEngine::sessionRefusesChoicesThatAreNotOffered()
{
    const std::optional<Script> script =
        Script::parse(bytes(validScript()), QStringLiteral("demo"), nullptr);
    ScriptSession s(*script);
    QVERIFY(!s.answer(0));
    QVERIFY(!s.answer(3));
    QCOMPARE(s.current().id, QStringLiteral("ask"));
    QVERIFY(s.answer(1));
    QVERIFY(!s.answer(1)); // an end step offers nothing
    QCOMPARE(s.path().size(), 2);
}

void TestScriptEngine::sessionSerialisesAndRestores()
{
    const std::optional<Script> script =
        Script::parse(bytes(validScript()), QStringLiteral("demo"), nullptr);
    ScriptSession s(*script);
    QVERIFY(s.answer(2));
    QVERIFY(s.answer(1));
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QLatin1String("script")).toString(), QStringLiteral("demo"));
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("finished")).toBool(), true);
    const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).toObject().value(QLatin1String("step")).toString(), QStringLiteral("ask"));
    QCOMPARE(steps.at(0).toObject().value(QLatin1String("answer_text")).toString(),
             QStringLiteral("No"));
    QCOMPARE(steps.at(2).toObject().value(QLatin1String("step")).toString(),
             QStringLiteral("done"));
    QVERIFY(!steps.at(2).toObject().contains(QLatin1String("answer")));
    QCOMPARE(json.value(QLatin1String("actions")).toArray().at(1).toString(),
             QStringLiteral("set_outcome signposted"));

    const QJsonObject reread = QJsonDocument::fromJson(s.toJsonString().toUtf8()).object();
    Result<ScriptSession> restored = ScriptSession::fromJson(*script, reread);
    CD_VERIFY_OK(restored);
    QCOMPARE(restored->current().id, QStringLiteral("done"));
    QCOMPARE(restored->path().size(), 3);
    QCOMPARE(restored->toJson(), json);
}

void TestScriptEngine::restoreFailsWhenScriptChanged()
{
    const std::optional<Script> script =
        Script::parse(bytes(validScript()), QStringLiteral("demo"), nullptr);
    ScriptSession s(*script);
    QVERIFY(s.answer(2));
    QJsonObject changed = validScript();
    QJsonObject ask = stepObject(changed, 0);
    QJsonArray answers = ask.value(QLatin1String("answers")).toArray();
    answers.removeAt(1);
    ask.insert(QLatin1String("answers"), answers);
    changed = withStep(changed, 0, ask);
    QJsonObject advise = stepObject(changed, 2);
    QJsonArray steps = changed.value(QLatin1String("steps")).toArray();
    steps.removeAt(3);
    steps.removeAt(2);
    changed.insert(QLatin1String("steps"), steps);
    Q_UNUSED(advise);
    const std::optional<Script> newer =
        Script::parse(bytes(changed), QStringLiteral("demo2"), nullptr);
    QVERIFY(newer);
    Result<ScriptSession> restored = ScriptSession::fromJson(*newer, s.toJson());
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorMessage().contains(QStringLiteral("\"ask\"")),
             qPrintable(restored.errorMessage()));
}

void TestScriptEngine::mergeIntoKeepsOneWalkPerScript()
{
    const std::optional<Script> script =
        Script::parse(bytes(validScript()), QStringLiteral("demo"), nullptr);
    ScriptSession s(*script);
    QString path = ScriptSession::mergeInto(QString(), s.toJson());
    QCOMPARE(ScriptSession::walks(path).size(), 1);
    const QJsonObject other{{QLatin1String("script"), QStringLiteral("fraud")}};
    path = ScriptSession::mergeInto(path, other);
    QVERIFY(s.answer(2));
    path = ScriptSession::mergeInto(path, s.toJson());
    const QJsonArray walks = ScriptSession::walks(path);
    QCOMPARE(walks.size(), 2);
    QCOMPARE(walks.at(0).toObject().value(QLatin1String("steps")).toArray().size(), 2);
    QCOMPARE(walks.at(1).toObject().value(QLatin1String("script")).toString(),
             QStringLiteral("fraud"));
}

void TestScriptEngine::describeReadsLikeTheHistory()
{
    const std::optional<Script> script =
        Script::parse(bytes(validScript()), QStringLiteral("demo"), nullptr);
    ScriptSession s(*script);
    QVERIFY(s.answer(1));
    QCOMPARE(ScriptSession::describe(ScriptSession::mergeInto(QString(), s.toJson())),
             QStringLiteral("Demo (version 1)\n"
                            "• Risk now? → Yes\n"
                            "• Start the emergency response.\n"
                            "Caller told: police will attend"));
    ScriptSession unfinished(*script);
    QVERIFY(unfinished.answer(2));
    QVERIFY(ScriptSession::describe(ScriptSession::mergeInto(QString(), unfinished.toJson()))
                .startsWith(QStringLiteral("Demo (version 1), not finished\n")));
    QVERIFY(ScriptSession::describe(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestScriptEngine)
#include "tst_scriptengine.moc"
