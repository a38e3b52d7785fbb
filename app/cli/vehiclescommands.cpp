#include "cli/cli.h"

#include "core/clock.h"
#include "core/csv.h"
#include "core/vehiclecharges.h"
#include "core/vehiclegenerator.h"
#include "core/vrm.h"
#include "storage/auditstore.h"
#include "storage/vehiclestore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cd::cli {

namespace {

const char kUsage[] =
    "vehicles needs a command: import FILE.csv [--progress] | find TEXT [--json] [--limit N] | "
    "show VRM [--at ISO-TIME] [--json] | generate --count N --out FILE.csv [--seed S]";

int importVehicles(Context &ctx, const QString &path, bool showProgress)
{
    Database *db = ctx.database();
    if (!db)
        return Failed;
    VehicleStore store(*db);
    VehicleStore::ProgressFn progress;
    if (showProgress)
        progress = [&ctx](const VehicleImportProgress &p) {
            ctx.err << "progress " << p.rows << " rows " << p.bytesRead << "/" << p.bytesTotal
                    << " bytes" << Qt::endl;
            return true;
        };
    Result<VehicleImportReport> r = store.importFile(path, ctx.actor(), progress);
    if (!r)
        return ctx.fail(QStringLiteral("%1: %2").arg(path, r.errorMessage()));
    for (const VehicleImportError &e : r->errors)
        ctx.err << path << ":" << e.line << ": " << e.reason << Qt::endl;
    ctx.out << "imported " << r->rows - r->bad << " of " << r->rows << " vehicles from " << path
            << ": " << r->added << " added, " << r->updated << " updated, " << r->unchanged
            << " unchanged, " << r->bad << " rejected";
    if (r->unusualMarks > 0)
        ctx.out << "; " << r->unusualMarks << " unusual marks flagged for a PNC/DVLA check";
    ctx.out << Qt::endl;
    return r->bad > 0 ? PartialFailure : Ok;
}

int findVehicles(Context &ctx, const QString &text, bool json, int limit)
{
    Database *db = ctx.database();
    if (!db)
        return Failed;
    VehicleStore store(*db);
    const QList<VehicleMatch> matches = store.find(text, limit);
    if (Status s = AuditStore(*db).recordNow(ctx.actor(), QStringLiteral("search"),
                                             QStringLiteral("vehicle"), QString(),
                                             QStringLiteral("%1 matches").arg(matches.size()));
        !s)
        return ctx.fail(s.errorMessage());
    if (json) {
        QJsonArray out;
        for (const VehicleMatch &m : matches)
            out.append(
                QJsonObject{{QStringLiteral("vrm"), m.vehicle.vrm},
                            {QStringLiteral("display"), vrm::display(m.vehicle.vrm)},
                            {QStringLiteral("score"), m.score},
                            {QStringLiteral("status"), m.vehicle.status},
                            {QStringLiteral("reference"), m.vehicle.reference},
                            {QStringLiteral("seized_at"), vehicles::isoUtc(m.vehicle.seizedAt)}});
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const VehicleMatch &m : matches)
        ctx.out << qSetFieldWidth(10) << Qt::left << vrm::display(m.vehicle.vrm)
                << qSetFieldWidth(0) << " " << m.score << "  " << m.vehicle.status << "  "
                << m.vehicle.make << " " << m.vehicle.model << "  " << m.vehicle.reference
                << Qt::endl;
    if (matches.isEmpty())
        ctx.out << "no vehicle matches " << text << Qt::endl;
    return Ok;
}

QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

int showVehicle(Context &ctx, const QString &mark, const QString &atText, bool json)
{
    QDateTime at = Clock::instance().now();
    if (!atText.isEmpty() && !vehicles::parseTime(atText, &at))
        return ctx.usage(
            QStringLiteral("--at \"%1\" is not an ISO-8601 time such as 2024-03-05T14:30:00Z")
                .arg(atText));
    const vehicles::ChargeTables &tables = vehicles::ChargeTables::shipped();
    if (tables.isEmpty())
        return ctx.fail(vehicles::ChargeTables::shippedError());
    Database *db = ctx.database();
    if (!db)
        return Failed;
    VehicleStore store(*db);
    const QList<Vehicle> found = store.findExact(mark);
    if (found.isEmpty())
        return ctx.fail(QStringLiteral("no vehicle with the mark %1 (try: vehicles find %1)")
                            .arg(vrm::display(mark)));
    const Vehicle &v = found.first();
    if (Status s = store.recordView(ctx.actor(), v.id); !s)
        return ctx.fail(s.errorMessage());
    Result<vehicles::Charges> charges = tables.charges(v, at);
    const std::optional<QDate> dispose = tables.mayDisposeAfter(v);
    const vehicles::ReleaseGuidance guidance = vehicles::ReleaseGuidance::forPower(v.power);
    if (json) {
        QJsonObject o = v.toJson();
        o.insert(QStringLiteral("display"), vrm::display(v.vrm));
        o.insert(QStringLiteral("power_label"), vehicles::powerLabel(v.power));
        o.insert(QStringLiteral("at"), vehicles::isoUtc(at));
        if (charges) {
            o.insert(QStringLiteral("charges"),
                     QJsonObject{
                         {QStringLiteral("removal_pence"), charges->removalPence},
                         {QStringLiteral("storage_pence"), charges->storagePence},
                         {QStringLiteral("storage_days"), charges->storageDays},
                         {QStringLiteral("storage_per_24h_pence"), charges->storagePer24hPence},
                         {QStringLiteral("storage_from"), vehicles::isoUtc(charges->storageFrom)},
                         {QStringLiteral("storage_suspended"), charges->storageSuspended},
                         {QStringLiteral("disposal_pence"), charges->disposalPence},
                         {QStringLiteral("total_pence"), charges->totalPence},
                         {QStringLiteral("schedule"), charges->schedule},
                         {QStringLiteral("unverified"),
                          QJsonArray::fromStringList(charges->unverified)}});
        } else {
            o.insert(QStringLiteral("charges"), QJsonValue());
            o.insert(QStringLiteral("charges_error"), charges.errorMessage());
        }
        o.insert(QStringLiteral("may_dispose_after"),
                 optionalString(dispose ? dispose->toString(Qt::ISODate) : QString()));
        o.insert(QStringLiteral("documents"), QJsonArray::fromStringList(guidance.documents));
        o.insert(QStringLiteral("release_steps"), QJsonArray::fromStringList(guidance.steps));
        o.insert(QStringLiteral("other_seizures"), static_cast<int>(found.size() - 1));
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    ctx.out << vrm::display(v.vrm) << "  " << v.colour << " " << v.make << " " << v.model << "  ("
            << v.reference << ")" << Qt::endl;
    ctx.out << "seized " << vehicles::isoUtc(v.seizedAt) << " under "
            << vehicles::powerLabel(v.power) << Qt::endl;
    ctx.out << "at " << v.location << "; " << vehicles::statusLabel(v.status)
            << (v.policeHold ? " (police hold)" : "") << Qt::endl;
    if (charges)
        ctx.out << "owed " << vehicles::formatPence(charges->totalPence) << ": removal "
                << vehicles::formatPence(charges->removalPence) << ", storage "
                << charges->storageDays << " x "
                << vehicles::formatPence(charges->storagePer24hPence) << ", disposal "
                << vehicles::formatPence(charges->disposalPence) << " (" << charges->schedule << ")"
                << Qt::endl;
    else
        ctx.out << "charges: " << charges.errorMessage() << Qt::endl;
    if (dispose)
        ctx.out << "may be disposed of after " << dispose->toString(Qt::ISODate) << Qt::endl;
    return Ok;
}

int generateVehicles(Context &ctx, qint64 count, const QString &path, quint32 seed)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ctx.fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    vehicles::Generator generator(seed);
    QByteArray buffer = csv::formatRecord(vehicles::columnNames()).toUtf8();
    for (qint64 i = 0; i < count; ++i) {
        buffer += csv::formatRecord(vehicles::toRecord(generator.next())).toUtf8();
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) < 0)
                return ctx.fail(
                    QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
            buffer.clear();
        }
    }
    if (file.write(buffer) < 0 || !file.commit())
        return ctx.fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    ctx.out << "wrote " << count << " vehicles to " << QFileInfo(path).absoluteFilePath()
            << Qt::endl;
    return Ok;
}

} // namespace

int runVehicles(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(QString::fromLatin1(kUsage));
    const QString command = args.takeFirst();
    if (command == QLatin1String("import")) {
        const bool progress = takeFlag(args, QStringLiteral("--progress"));
        if (args.size() != 1)
            return ctx.usage(QStringLiteral("vehicles import needs one FILE.csv"));
        return importVehicles(ctx, args.first(), progress);
    }
    if (command == QLatin1String("find")) {
        const bool json = takeFlag(args, QStringLiteral("--json"));
        bool hasLimit = false;
        const QString limitText = takeOption(args, QStringLiteral("--limit"), &hasLimit);
        bool ok = true;
        const int limit = hasLimit ? limitText.toInt(&ok) : 20;
        if (!ok || limit <= 0)
            return ctx.usage(QStringLiteral("--limit needs a positive number"));
        if (args.isEmpty())
            return ctx.usage(QStringLiteral("vehicles find needs the mark, or part of it"));
        return findVehicles(ctx, args.join(QLatin1Char(' ')), json, limit);
    }
    if (command == QLatin1String("show")) {
        const bool json = takeFlag(args, QStringLiteral("--json"));
        const QString at = takeOption(args, QStringLiteral("--at"));
        if (args.isEmpty())
            return ctx.usage(QStringLiteral("vehicles show needs a registration mark"));
        return showVehicle(ctx, args.join(QLatin1Char(' ')), at, json);
    }
    if (command == QLatin1String("generate")) {
        const QString countText = takeOption(args, QStringLiteral("--count"));
        const QString out = takeOption(args, QStringLiteral("--out"));
        const QString seedText = takeOption(args, QStringLiteral("--seed"));
        bool ok = false;
        const qint64 count = countText.toLongLong(&ok);
        if (!ok || count < 0 || out.isEmpty() || !args.isEmpty())
            return ctx.usage(
                QStringLiteral("vehicles generate needs --count N --out FILE.csv [--seed S]"));
        const quint32 seed = seedText.isEmpty() ? 2024u : seedText.toUInt();
        return generateVehicles(ctx, count, out, seed);
    }
    return ctx.usage(QString::fromLatin1(kUsage));
}

} // namespace cd::cli
