#include "cli/cli.h"

#include "core/practicescenario.h"
#include "core/rubric.h"
#include "storage/contactstore.h"
#include "storage/practicescoring.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

namespace {

const char kUsage[] =
    "usage: practice list | practice score --scenario ID --contact CONTACT_ID [--json]";

QList<PracticeScenario> scenarios(Context &ctx)
{
    QStringList problems;
    QList<PracticeScenario> out = loadPracticeScenarios(practiceShippedDirectory(), &problems);
    for (const QString &p : std::as_const(problems))
        ctx.err << "skipped: " << p << "\n";
    return out;
}

int list(Context &ctx, const QStringList &args)
{
    if (!args.isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), QLatin1String(kUsage)));
    for (const PracticeScenario &s : scenarios(ctx))
        ctx.out << s.id << "\t" << s.title << "\t" << s.expected.category << "\n";
    return Ok;
}

int score(Context &ctx, QStringList args)
{
    bool hasScenario = false;
    bool hasContact = false;
    const QString scenarioId = takeOption(args, QStringLiteral("--scenario"), &hasScenario);
    const QString contactId = takeOption(args, QStringLiteral("--contact"), &hasContact);
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (!args.isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), QLatin1String(kUsage)));
    if (!hasScenario || scenarioId.isEmpty() || !hasContact || contactId.isEmpty())
        return ctx.usage(QStringLiteral("--scenario and --contact are both needed; %1")
                             .arg(QLatin1String(kUsage)));
    const QList<PracticeScenario> all = scenarios(ctx);
    const PracticeScenario *scenario = nullptr;
    for (const PracticeScenario &s : all)
        if (s.id == scenarioId)
            scenario = &s;
    if (!scenario)
        return ctx.usage(
            QStringLiteral("no scenario \"%1\"; practice list shows them").arg(scenarioId));
    const Result<Rubric> rubric = Rubric::loadShipped();
    if (!rubric)
        return ctx.fail(rubric.errorMessage());
    Database *db = ctx.database();
    if (!db)
        return Failed;
    Result<Contact> contact = ContactStore(*db).get(contactId, ctx.actor());
    if (!contact)
        return ctx.fail(contact.errorMessage());
    Result<RubricScore> scored =
        scorePracticeContact(*db, rubric.value(), *scenario, contact.value());
    if (!scored)
        return ctx.fail(scored.errorMessage());
    const RubricScore &s = scored.value();
    if (json) {
        QJsonObject out = s.toJson();
        out.insert(QStringLiteral("scenario"), scenario->id);
        out.insert(QStringLiteral("scenario_version"), scenario->version);
        out.insert(QStringLiteral("contact"), contactId);
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    ctx.out << scenario->title << ": " << s.points() << " of " << s.outOf()
            << " (criteria for the trainer to tick are not counted yet)\n";
    for (const CriterionScore &c : s.criteria) {
        ctx.out << "  " << c.points << "/" << c.weight << "  " << c.title;
        if (c.manual)
            ctx.out << " (for the trainer to tick)";
        ctx.out << "\n";
        for (const QString &m : c.missed)
            ctx.out << "      missed: " << m << "\n";
    }
    return Ok;
}

} // namespace

int runPractice(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(QLatin1String(kUsage));
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("list"))
        return list(ctx, args);
    if (sub == QLatin1String("score"))
        return score(ctx, args);
    return ctx.usage(QLatin1String(kUsage));
}

} // namespace cd::cli
