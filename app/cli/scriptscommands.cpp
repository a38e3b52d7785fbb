#include "cli/cli.h"

#include "core/riskdetector.h"
#include "core/riskevaluation.h"
#include "core/script.h"
#include "core/scriptlibrary.h"
#include "core/taxonomy.h"
#include "storage/scriptstore.h"
#include "storage/taxonomystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace cd::cli {

namespace {

// Validation needs no profile: the shipped taxonomy is enough to check codes.
std::optional<Taxonomy> shippedTaxonomy()
{
    QFile file(QStringLiteral(":/contactdesk/taxonomy/taxonomy.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Result<Taxonomy> t = Taxonomy::fromJson(file.readAll(), file.fileName());
    if (!t)
        return std::nullopt;
    return t.value();
}

int validate(Context &ctx, const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return ctx.fail(QStringLiteral("%1 does not exist").arg(path));
    QStringList files;
    if (info.isDir()) {
        const QDir dir(path);
        for (const QString &name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
        if (files.isEmpty())
            return ctx.fail(QStringLiteral("%1 holds no *.json scripts").arg(path));
    } else {
        files.append(path);
    }
    const std::optional<Taxonomy> taxonomy = shippedTaxonomy();
    int broken = 0;
    int problemCount = 0;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            ++broken;
            ++problemCount;
            ctx.out << file << ": cannot be read: " << f.errorString() << "\n";
            continue;
        }
        if (const QString tooBig = Script::checkFileSize(f.size()); !tooBig.isEmpty()) {
            ++broken;
            ++problemCount;
            ctx.out << file << ": " << tooBig << "\n";
            continue;
        }
        QList<ScriptProblem> problems;
        const std::optional<Script> script =
            Script::parse(f.readAll(), file, &problems, taxonomy ? &*taxonomy : nullptr);
        if (script) {
            ctx.out << file << ": ok (" << script->id << " version " << script->version << ", "
                    << script->steps.size() << " steps)\n";
            continue;
        }
        ++broken;
        problemCount += int(problems.size());
        for (const ScriptProblem &p : problems)
            ctx.out << p.toString() << "\n";
    }
    ctx.out << files.size() << " script(s) checked, " << broken << " with problems ("
            << problemCount << " problem(s))" << Qt::endl;
    return broken > 0 ? PartialFailure : Ok;
}

int import(Context &ctx, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (const QString tooBig = Script::checkFileSize(file.size()); !tooBig.isEmpty()) {
        ctx.err << path << ": " << tooBig << "\n";
        ctx.err << "contactdesk-admin: " << path << " was not imported" << Qt::endl;
        return PartialFailure;
    }
    Database *db = ctx.database();
    if (!db)
        return Failed;
    QList<ScriptProblem> problems;
    Result<Script> script = ScriptStore(*db).import(file.readAll(), path, ctx.actor(), &problems);
    for (const ScriptProblem &p : problems)
        ctx.err << p.toString() << "\n";
    if (!script) {
        ctx.err << "contactdesk-admin: " << script.errorMessage() << Qt::endl;
        return PartialFailure;
    }
    ctx.out << "imported " << script->id << " version " << script->version << " (" << script->title
            << ")" << Qt::endl;
    ctx.out << "the script is local to this workstation: scripts are not shared through the "
               "server, so import it on each workstation that needs it"
            << Qt::endl;
    return Ok;
}

int list(Context &ctx)
{
    Database *db = ctx.database();
    if (!db)
        return Failed;
    Result<Taxonomy> taxonomy = TaxonomyStore(*db).load();
    const ScriptLibrary library = ScriptStore(*db).library(taxonomy ? &taxonomy.value() : nullptr);
    for (const Script *s : library.scripts())
        ctx.out << s->id << "\t" << s->version << "\t" << s->category << "\t" << s->title << "\t"
                << s->origin << "\n";
    for (const ScriptProblem &p : library.problems())
        ctx.err << "skipped: " << p.toString() << "\n";
    ctx.out.flush();
    ctx.err.flush();
    return library.problems().isEmpty() ? Ok : PartialFailure;
}

Result<RiskDetector> loadDetector(const QString &phrasesFile)
{
    if (phrasesFile.isEmpty())
        return RiskDetector::loadShipped();
    QFile f(phrasesFile);
    if (!f.open(QIODevice::ReadOnly))
        return Result<RiskDetector>::failure(
            QStringLiteral("cannot read %1: %2").arg(phrasesFile, f.errorString()));
    return RiskDetector::fromJson(f.readAll(), phrasesFile);
}

// The affirmed matches (kind, phrase, offsets); with --explain every match, negated and
// hypothetical too, with the rule, status and words that fired.
int detect(Context &ctx, const QString &phrasesFile, bool explain)
{
    Result<RiskDetector> detector = loadDetector(phrasesFile);
    if (!detector)
        return ctx.fail(detector.errorMessage());
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("cannot read standard input"));
    const QString text = QString::fromUtf8(in.readAll());
    if (explain)
        ctx.out << RiskDetector::explainJsonText(detector->detect(text)) << Qt::endl;
    else
        ctx.out << RiskDetector::toJsonText(detector->detectAffirmed(text)) << Qt::endl;
    return Ok;
}

// Recall and false alarms per kind on a labelled set (tests/data/risk/*.jsonl).
int evaluate(Context &ctx, const QString &file, const QString &phrasesFile, bool listMisses)
{
    Result<RiskDetector> detector = loadDetector(phrasesFile);
    if (!detector)
        return ctx.fail(detector.errorMessage());
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
    const Result<QList<RiskSample>> samples = parseRiskSamples(f.readAll(), file);
    if (!samples)
        return ctx.fail(samples.errorMessage());
    const RiskDetector &d = detector.value();
    const RiskEvaluation e = evaluateRisk(samples.value(), [&d](const QString &text) {
        QSet<QString> kinds;
        for (const RiskMatch &m : d.detectAffirmed(text)) // negated, hypothetical: not a risk
            kinds.insert(m.kind);
        return kinds;
    });
    ctx.out << QStringLiteral("%1: %2 notes, detector version %3\n")
                   .arg(file)
                   .arg(samples->size())
                   .arg(d.version())
            << formatRiskEvaluation(e);
    if (listMisses) {
        for (const QString &m : e.missed)
            ctx.out << "missed " << m << "\n";
        for (const QString &m : e.falseAlarmIds)
            ctx.out << "false alarm " << m << "\n";
    }
    ctx.out.flush();
    return Ok;
}

} // namespace

int runScripts(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(
            QStringLiteral("scripts needs a command: validate PATH, import FILE, list, "
                           "detect [--phrases FILE] [--explain], "
                           "evaluate FILE.jsonl [--phrases FILE] [--misses]"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("validate")) {
        if (args.size() != 1)
            return ctx.usage(QStringLiteral("usage: scripts validate FILE.json|FOLDER"));
        return validate(ctx, args.first());
    }
    if (command == QLatin1String("import")) {
        if (args.size() != 1)
            return ctx.usage(QStringLiteral("usage: scripts import FILE.json"));
        return import(ctx, args.first());
    }
    if (command == QLatin1String("list")) {
        if (!args.isEmpty())
            return ctx.usage(QStringLiteral("usage: scripts list"));
        return list(ctx);
    }
    if (command == QLatin1String("detect")) {
        const QString phrases = takeOption(args, QStringLiteral("--phrases"));
        const bool explain = args.removeAll(QStringLiteral("--explain")) > 0;
        if (!args.isEmpty())
            return ctx.usage(
                QStringLiteral("usage: scripts detect [--phrases FILE.json] [--explain] < TEXT"));
        return detect(ctx, phrases, explain);
    }
    if (command == QLatin1String("evaluate")) {
        const QString phrases = takeOption(args, QStringLiteral("--phrases"));
        const bool misses = args.removeAll(QStringLiteral("--misses")) > 0;
        if (args.size() != 1)
            return ctx.usage(QStringLiteral(
                "usage: scripts evaluate FILE.jsonl [--phrases FILE.json] [--misses]"));
        return evaluate(ctx, args.first(), phrases, misses);
    }
    return ctx.usage(QStringLiteral("unknown scripts command \"%1\"").arg(command));
}

} // namespace cd::cli
