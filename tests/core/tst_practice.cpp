// The rubric and the practice scenarios as shipped data, and the scorer that judges a contact
// against an expected record.
#include "core/escalationform.h"
#include "core/practicescenario.h"
#include "core/riskdetector.h"
#include "core/rubric.h"
#include "core/scriptlibrary.h"
#include "core/scriptsession.h"
#include "core/taxonomy.h"
#include "verify.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd;

namespace {

Taxonomy shippedTaxonomy()
{
    QFile f(QStringLiteral(":/contactdesk/taxonomy/taxonomy.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Result<Taxonomy> t = Taxonomy::fromJson(f.readAll(), f.fileName());
    return t ? t.value() : Taxonomy();
}

// The walk a handler makes by choosing, at each step, the answer that leads to the next one.
QString walkThrough(const Script &script, const QStringList &steps)
{
    ScriptSession session(script);
    for (qsizetype i = 1; i < steps.size(); ++i) {
        const ScriptStep &at = session.current();
        int choice = 0;
        if (at.kind == ScriptStep::Kind::Prompt) {
            choice = at.next == steps.at(i) ? 1 : 0;
        } else {
            for (qsizetype a = 0; a < at.answers.size(); ++a)
                if (at.answers.at(a).next == steps.at(i))
                    choice = int(a) + 1;
        }
        if (choice == 0 || !session.answer(choice))
            return {};
    }
    return ScriptSession::mergeInto(QString(), session.toJson());
}

QString prompts(const QStringList &kinds, const QString &response)
{
    QJsonArray array;
    for (const QString &k : kinds)
        array.append(QJsonObject{{QStringLiteral("kind"), k},
                                 {QStringLiteral("phrase"), QStringLiteral("can't go on")},
                                 {QStringLiteral("response"), response}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void fill(Contact &c, const QString &field, const QString &value)
{
    if (field == QLatin1String("callerName"))
        c.callerName = value;
    else if (field == QLatin1String("callerPhone"))
        c.callerPhone = value;
    else if (field == QLatin1String("callerEmail"))
        c.callerEmail = value;
    else if (field == QLatin1String("postcode"))
        c.postcode = value;
    else if (field == QLatin1String("reference"))
        c.reference = value;
    else if (field == QLatin1String("vrm"))
        c.vrm = value;
}

} // namespace

class PracticeTest : public QObject
{
    Q_OBJECT

private slots:
    void theShippedRubricHasEveryCriterion()
    {
        const Result<Rubric> rubric = Rubric::loadShipped();
        CD_VERIFY_OK(rubric);
        QCOMPARE(rubric->version(), 1);
        QStringList automatic;
        QStringList manual;
        for (const RubricCriterion &c : rubric->criteria()) {
            QVERIFY2(!c.help.isEmpty(), qPrintable(c.id));
            (c.isManual() ? manual : automatic).append(c.id);
        }
        QCOMPARE(automatic, (QStringList{"category_reason", "risk_guidance", "next_steps",
                                         "outcome_signposting", "record_complete", "escalation"}));
        QCOMPARE(manual.size(), 3);
        QVERIFY(manual.first().startsWith(QStringLiteral("courtesy_")));
        QCOMPARE(rubric->totalWeight(), 100);
    }

    void aBrokenRubricNamesEveryProblem()
    {
        const QByteArray json = R"({"id": "r", "version": 1, "title": "R", "criteria": [
            {"id": "a", "title": "A", "weight": 10, "scoring": "auto", "check": "guesswork"},
            {"id": "a", "title": "A again", "weight": 0, "scoring": "manual"},
            {"id": "b", "title": "", "weight": 5, "scoring": "sometimes"}]})";
        const Result<Rubric> rubric = Rubric::fromJson(json, QStringLiteral("bad.json"));
        QVERIFY(!rubric);
        const QString message = rubric.errorMessage();
        QVERIFY2(message.contains(QStringLiteral("unknown check \"guesswork\"")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"a\" is listed twice")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("weight must be 1 to 100")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"b\" has no title")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"scoring\" must be")), qPrintable(message));
    }

    void everyScenarioLoadsAndRefersOnlyToCodesThatExist()
    {
        const Taxonomy taxonomy = shippedTaxonomy();
        QVERIFY(!taxonomy.entries().isEmpty());
        ScriptLibrary scripts;
        QVERIFY(scripts.addDirectory(ScriptLibrary::shippedDirectory(), &taxonomy) >= 7);
        const Result<FormRegistry> forms = FormRegistry::load(FormRegistry::shippedDir());
        CD_VERIFY_OK(forms);
        const Result<RiskDetector> detector = RiskDetector::loadShipped();
        CD_VERIFY_OK(detector);
        const PracticeReferences refs{&taxonomy, &scripts, forms->types(), detector->kinds()};

        QStringList problems;
        const QList<PracticeScenario> scenarios =
            loadPracticeScenarios(practiceShippedDirectory(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QStringList ids;
        for (const PracticeScenario &s : scenarios) {
            ids.append(s.id);
            const QStringList wrong = checkPracticeScenario(s, refs);
            QVERIFY2(wrong.isEmpty(),
                     qPrintable(s.id + QStringLiteral(": ") + wrong.join(QStringLiteral("; "))));
            QVERIFY2(s.topic(QStringLiteral("name")) && s.topic(QStringLiteral("phone")),
                     qPrintable(s.id));
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{"distressed_caller", "encampment_playing_field", "fraud_victim",
                                   "intelligence_drug_dealing", "officer_conduct_complaint",
                                   "vehicle_seized_no_insurance", "victim_no_update",
                                   "vrr_out_of_time"}));
    }

    void anUnknownCodeIsNamed()
    {
        const Taxonomy taxonomy = shippedTaxonomy();
        ScriptLibrary scripts;
        scripts.addDirectory(ScriptLibrary::shippedDirectory(), &taxonomy);
        QFile f(practiceShippedDirectory() + QStringLiteral("/fraud_victim.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Result<PracticeScenario> s = PracticeScenario::fromJson(f.readAll(), f.fileName());
        CD_VERIFY_OK(s);
        PracticeScenario wrong = s.value();
        wrong.expected.category = QStringLiteral("fraudd");
        wrong.expected.reason = QStringLiteral("charges");
        wrong.expected.outcome = QStringLiteral("solved");
        wrong.expected.scriptSteps = {QStringLiteral("in_progress"),
                                      QStringLiteral("report_fraud")};
        wrong.expected.escalations = {QStringLiteral("complaint")};
        wrong.expected.riskKinds = {QStringLiteral("sadness")};
        wrong.callerName = QStringLiteral("Jane Doe");
        wrong.callerPhone = QStringLiteral("07700123456");
        const QStringList problems = checkPracticeScenario(
            wrong, {&taxonomy, &scripts, {QStringLiteral("vrr")}, {QStringLiteral("x")}});
        const QString all = problems.join(QLatin1Char('\n'));
        for (const char *expected :
             {"unknown category \"fraudd\"",
              "reason \"charges\" belongs to category "
              "\"vehicle_recovery\"",
              "unknown outcome \"solved\"",
              "step \"in_progress\" does not lead to step "
              "\"report_fraud\"",
              "unknown escalation form \"complaint\"", "unknown kind of risk \"sadness\"",
              "\"Jane Doe\" is not made from", "07700123456 is not a number"})
            QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(all));
    }

    void aPerfectRecordGetsFullMarks()
    {
        const Taxonomy taxonomy = shippedTaxonomy();
        ScriptLibrary scripts;
        scripts.addDirectory(ScriptLibrary::shippedDirectory(), &taxonomy);
        const Result<Rubric> rubric = Rubric::loadShipped();
        CD_VERIFY_OK(rubric);
        QStringList problems;
        const QList<PracticeScenario> scenarios =
            loadPracticeScenarios(practiceShippedDirectory(), &problems);
        QCOMPARE(scenarios.size(), 8);
        for (const PracticeScenario &s : scenarios) {
            const ExpectedRecord &e = s.expected;
            ScoringInput input;
            input.taxonomy = &taxonomy;
            Contact &c = input.contact;
            c.category = e.category;
            c.reason = e.reason;
            c.outcome = e.outcome;
            for (const QString &field : e.fields)
                fill(c, field, QStringLiteral("given"));
            c.notes = QStringLiteral("Caller says: ") + e.notesMention.join(QStringLiteral(", "));
            c.scriptPath = walkThrough(*scripts.byId(e.script), e.scriptSteps);
            QVERIFY2(!c.scriptPath.isEmpty(), qPrintable(s.id));
            c.riskPrompts = prompts(e.riskKinds, QStringLiteral("opened"));
            input.escalationsRaised = e.escalations;

            RubricScore score = scoreContact(rubric.value(), e, input);
            QVERIFY2(score.missed().isEmpty(),
                     qPrintable(s.id + QStringLiteral(": ") +
                                score.missed().join(QStringLiteral("; "))));
            QCOMPARE(score.points(), 90); // all but the trainer's 10 for courtesy
            QCOMPARE(score.outOf(), 100);
            QVERIFY(score.tick(QStringLiteral("courtesy_greeting"), true));
            QVERIFY(score.tick(QStringLiteral("courtesy_listening"), true));
            QVERIFY(score.tick(QStringLiteral("courtesy_close"), true));
            QVERIFY(!score.tick(QStringLiteral("category_reason"), true)); // not a person's
            QCOMPARE(score.points(), 100);
        }
    }

    void theMissesAreNamedExactly()
    {
        const Taxonomy taxonomy = shippedTaxonomy();
        ScriptLibrary scripts;
        scripts.addDirectory(ScriptLibrary::shippedDirectory(), &taxonomy);
        const Result<Rubric> rubric = Rubric::loadShipped();
        CD_VERIFY_OK(rubric);
        // A caller unhappy with an officer who also says they cannot go on.
        ExpectedRecord e;
        e.category = QStringLiteral("dissatisfaction");
        e.reason = QStringLiteral("attitude");
        e.outcome = QStringLiteral("escalated_complaint");
        e.script = QStringLiteral("complaint");
        e.scriptSteps = {QStringLiteral("serious"), QStringLiteral("wants_recorded"),
                         QStringLiteral("record_formal"), QStringLiteral("complaint_end")};
        e.riskKinds = {QStringLiteral("suicide_self_harm")};
        e.escalations = {QStringLiteral("formal_complaint")};
        e.fields = {QStringLiteral("callerName")};

        ScoringInput input;
        input.taxonomy = &taxonomy;
        input.riskLabels = {
            {QStringLiteral("suicide_self_harm"), QStringLiteral("suicide or self-harm")}};
        input.formTitles = {
            {QStringLiteral("formal_complaint"), QStringLiteral("formal complaint")}};
        Contact &c = input.contact;
        c.category = QStringLiteral("dissatisfaction");
        c.reason = QStringLiteral("no_update"); // wrong
        c.outcome = QStringLiteral("escalated_complaint");
        c.callerName = QStringLiteral("Mohammed Khan");
        c.scriptPath = walkThrough(*scripts.byId(e.script), e.scriptSteps);
        c.riskPrompts = prompts(e.riskKinds, QStringLiteral("dismissed")); // missed
        // and no escalation raised

        const RubricScore score = scoreContact(rubric.value(), e, input);
        QCOMPARE(
            score.missed(),
            (QStringList{"Right category and reason: the reason was \"No update\"; this call is "
                         "\"Officer or staff attitude\"",
                         "Risk recognised and the right guidance followed: the risk of suicide or "
                         "self-harm was prompted but the prompt was dismissed",
                         "Escalation raised where needed: no formal complaint escalation was "
                         "raised"}));
        auto points = [&score](const QString &id) {
            for (const CriterionScore &s : score.criteria)
                if (s.id == id)
                    return s.points;
            return -1;
        };
        QCOMPARE(points(QStringLiteral("category_reason")), 10); // category right, reason wrong
        QCOMPARE(points(QStringLiteral("risk_guidance")), 12);   // the guidance, not the risk
        QCOMPARE(points(QStringLiteral("escalation")), 0);
        QCOMPARE(points(QStringLiteral("next_steps")), 15);
        QCOMPARE(score.points(), 10 + 12 + 15 + 10 + 10 + 0);

        // An escalation the call does not need is a miss as well.
        input.escalationsRaised = {QStringLiteral("formal_complaint"), QStringLiteral("vrr")};
        const RubricScore extra = scoreContact(rubric.value(), e, input);
        QVERIFY(extra.missed().contains(QStringLiteral(
            "Escalation raised where needed: a vrr escalation was raised that this call does not "
            "need")));
        QCOMPARE(extra.toJson().value(QStringLiteral("out_of")).toInt(), 100);
    }
};

QTEST_GUILESS_MAIN(PracticeTest)
#include "tst_practice.moc"
