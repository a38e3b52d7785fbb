#include "cli/cli.h"

#include "core/contactcsv.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "storage/taxonomystore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <utility>

namespace cd::cli {

namespace {

constexpr int kBatch = 2000;

int importContacts(Context &ctx, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    Database *db = ctx.database();
    if (!db)
        return Failed;
    Result<Taxonomy> taxonomy = TaxonomyStore(*db).load();
    if (!taxonomy)
        return ctx.fail(taxonomy.errorMessage());
    const HandlerProfile profile = ctx.profile();
    const contactcsv::ImportDefaults defaults{profile.name, profile.team};
    const QString actor = ctx.actor();
    // The whole file in one transaction: a failure or a killed import stores none of it.
    ContactImport import(*db, actor);
    if (Status s = import.begin(); !s)
        return ctx.fail(QStringLiteral("nothing was imported: %1").arg(s.errorMessage()));

    csv::Reader reader;
    std::optional<contactcsv::Header> header;
    QList<Contact> batch;
    QList<int> batchLines; // the line each row of the batch starts on
    ImportCounts total;
    int conflicts = 0;
    int bad = 0;
    auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        Result<ImportCounts> counts = import.add(batch);
        const QList<Contact> rows = std::exchange(batch, {});
        const QList<int> lines = std::exchange(batchLines, {});
        if (!counts) {
            ctx.err << "contactdesk-admin: nothing was imported: " << counts.errorMessage()
                    << Qt::endl;
            return false;
        }
        total.added += counts->added;
        total.alreadyPresent += counts->alreadyPresent;
        for (const qsizetype i : counts->conflicts) {
            ++conflicts;
            ctx.err << path << ": line " << lines.at(i) << ": conflict: contact " << rows.at(i).id
                    << " is already stored with other content; the row was not imported"
                    << Qt::endl;
        }
        return true;
    };
    auto drain = [&]() -> int {
        // Parts of the file that are not records (a quote error): reported by line.
        for (const csv::ReadError &e : reader.takeErrors()) {
            ++bad;
            ctx.err << path << ": " << e.message << Qt::endl;
        }
        while (reader.hasRecord()) {
            const csv::Record record = reader.take();
            if (!header) {
                Result<contactcsv::Header> h = contactcsv::Header::fromRecord(record);
                if (!h)
                    return ctx.fail(QStringLiteral("%1: %2").arg(path, h.errorMessage()));
                header = h.value();
                continue;
            }
            Result<Contact> contact =
                contactcsv::fromRecord(*header, record, taxonomy.value(), defaults);
            if (!contact) {
                ++bad;
                ctx.err << path << ": " << contact.errorMessage() << Qt::endl;
                continue;
            }
            batch.append(contact.value());
            batchLines.append(record.line);
            if (batch.size() >= kBatch && !flush())
                return Failed;
        }
        return Ok;
    };
    while (!file.atEnd()) {
        reader.feed(file.read(1 << 16));
        if (const int code = drain(); code != Ok)
            return code;
    }
    reader.finish();
    if (const int code = drain(); code != Ok)
        return code;
    if (!flush())
        return Failed;
    if (!header)
        return ctx.fail(QStringLiteral("%1 is empty: it has no header line").arg(path));
    if (Status s = import.commit(); !s)
        return ctx.fail(QStringLiteral("nothing was imported: %1").arg(s.errorMessage()));
    ctx.out << "imported " << total.added << " contacts, " << total.alreadyPresent
            << " already present, " << conflicts << " conflicts, " << bad << " rejected"
            << Qt::endl;
    // Any row not imported (rejected or in conflict) makes the exit code 1.
    return bad > 0 || conflicts > 0 ? PartialFailure : Ok;
}

int exportContacts(Context &ctx, const QString &path)
{
    Database *db = ctx.database();
    if (!db)
        return Failed;
    ContactStore store(*db);
    // A disclosure of personal data: on the audit log (who and how much, not the content)
    // before a byte is written, so no file exists that the log does not know of.
    const int count = store.count();
    if (Status a = AuditStore(*db).recordNow(ctx.actor(), QStringLiteral("export"),
                                             QStringLiteral("contact"), QString(),
                                             QStringLiteral("%1 contacts to CSV").arg(count));
        !a)
        return ctx.fail(
            QStringLiteral("nothing was exported: the export could not be written to the audit "
                           "log (%1)")
                .arg(a.errorMessage()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ctx.fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    // Owner-only whatever the umask: the file holds callers' personal data.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return ctx.fail(QStringLiteral("cannot make %1 readable by its owner only: %2")
                            .arg(path, file.errorString()));
    file.write(csv::formatRecord(contactcsv::columns()).toUtf8());
    int written = 0;
    bool writeFailed = false;
    // Cells a spreadsheet would run as a formula (= + - @ tab CR) start with a single quote.
    const Status s = store.forEach([&](const Contact &c) {
        if (file.write(csv::formatSafeRecord(contactcsv::toRecord(c)).toUtf8()) < 0) {
            writeFailed = true;
            return false;
        }
        ++written;
        return true;
    });
    if (!s)
        return ctx.fail(s.errorMessage());
    if (writeFailed || !file.commit())
        return ctx.fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    ctx.out << "exported " << written << " contacts to " << QFileInfo(path).absoluteFilePath()
            << Qt::endl;
    return Ok;
}

// Caller matching (issue 22): `contacts history`.
const char kHistoryUsage[] = "usage: contacts history --phone P | --email E | --name N --postcode "
                             "PC | --address A [--postcode PC] [--json]";

int contactHistory(Context &ctx, QStringList args)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    bool hasPhone = false, hasEmail = false, hasName = false, hasPostcode = false,
         hasAddress = false;
    const QString phone = takeOption(args, QStringLiteral("--phone"), &hasPhone);
    const QString email = takeOption(args, QStringLiteral("--email"), &hasEmail);
    const QString name = takeOption(args, QStringLiteral("--name"), &hasName);
    const QString postcode = takeOption(args, QStringLiteral("--postcode"), &hasPostcode);
    const QString address = takeOption(args, QStringLiteral("--address"), &hasAddress);
    if (!args.isEmpty() || (!hasPhone && !hasEmail && !hasName && !hasAddress))
        return ctx.usage(QString::fromLatin1(kHistoryUsage));
    if (hasName && !hasPostcode)
        return ctx.usage(QStringLiteral("--name needs --postcode: a name alone is not matched"));
    if (hasPostcode && !hasName && !hasAddress)
        return ctx.usage(QStringLiteral("--postcode goes with --name or --address"));
    const callermatch::CallerKeys keys =
        callermatch::CallerKeys::of(phone, email, name, postcode, address);
    if (hasPhone && keys.phone.isEmpty())
        return ctx.usage(QStringLiteral("--phone: not a UK phone number"));
    if (hasEmail && keys.email.isEmpty())
        return ctx.usage(QStringLiteral("--email: not an email address"));
    if (hasPostcode && keys.postcode.isEmpty())
        return ctx.usage(QStringLiteral("--postcode: not a full UK postcode"));
    if (hasName && keys.name.isEmpty())
        return ctx.usage(QStringLiteral("--name: no letters to match on"));
    if (hasAddress && keys.address.isEmpty())
        return ctx.usage(QStringLiteral("--address needs a house number and a street"));
    Database *db = ctx.database();
    if (!db)
        return Failed;
    const CallerHistory history =
        ContactStore(*db).history(keys, QDateTime(), ctx.actor(), QString(), 1000);
    if (json) {
        QJsonArray rows;
        for (const ContactSummary &s : history.contacts)
            rows.append(QJsonObject{{QLatin1String("id"), s.id},
                                    {QLatin1String("started_at"), isoUtc(s.startedAt)},
                                    {QLatin1String("handler"), s.handler},
                                    {QLatin1String("channel"), s.channel},
                                    {QLatin1String("category"), s.category},
                                    {QLatin1String("reason"), s.reason},
                                    {QLatin1String("outcome"), s.outcome},
                                    {QLatin1String("caller_name"), s.callerName},
                                    {QLatin1String("caller_phone"), s.callerPhone},
                                    {QLatin1String("caller_email"), s.callerEmail},
                                    {QLatin1String("postcode"), s.postcode},
                                    {QLatin1String("address"), s.address},
                                    {QLatin1String("matched_by"),
                                     QJsonArray::fromStringList(callermatch::codes(s.reasons))},
                                    {QLatin1String("why"), callermatch::describe(s.reasons)}});
        ctx.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QLatin1String("count"), int(rows.size())},
                                      {QLatin1String("contacts"), rows}})
                .toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return Ok;
    }
    if (history.contacts.isEmpty()) {
        ctx.out << "no earlier contacts" << Qt::endl;
        return Ok;
    }
    for (const ContactSummary &s : history.contacts)
        ctx.out << s.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << s.id
                << "  " << (s.callerName.isEmpty() ? QStringLiteral("-") : s.callerName) << "  "
                << s.category << "/" << s.outcome << "  (" << callermatch::describe(s.reasons)
                << ")" << Qt::endl;
    ctx.out << history.contacts.size() << " earlier contacts" << Qt::endl;
    return Ok;
}

} // namespace

int runContacts(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(
            QStringLiteral("contacts needs a command: import FILE.csv, export --out FILE.csv, "
                           "history (--phone P | --email E | --name N --postcode PC | "
                           "--address A [--postcode PC]) [--json]"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("import")) {
        if (args.size() != 1)
            return ctx.usage(QStringLiteral("usage: contacts import FILE.csv"));
        return importContacts(ctx, args.first());
    }
    if (command == QLatin1String("export")) {
        bool present = false;
        const QString out = takeOption(args, QStringLiteral("--out"), &present);
        if (!present || out.isEmpty() || !args.isEmpty())
            return ctx.usage(QStringLiteral("usage: contacts export --out FILE.csv"));
        return exportContacts(ctx, out);
    }
    if (command == QLatin1String("history"))
        return contactHistory(ctx, args);
    return ctx.usage(QStringLiteral("unknown contacts command \"%1\"").arg(command));
}

} // namespace cd::cli
