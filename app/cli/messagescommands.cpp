#include "cli/cli.h"

#include "core/clock.h"
#include "core/csv.h"
#include "core/londonday.h"
#include "core/outcomemessage.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "storage/messagestore.h"
#include "storage/settingsstore.h"
#include "storage/taxonomystore.h"
#include "sync/messagegateway.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>

#include <memory>

#include <qt6keychain/keychain.h>

namespace cd::cli {

namespace {

const char kUsage[] = "messages needs a command: queue | send [--now ISO-TIME] | receipts "
                      "[--file FILE.jsonl] | list [--status S] [--json] | export --out FILE.csv "
                      "[--status S] | key set < KEY";
const QString kKeychainService = QStringLiteral("Contact Desk message gateway");
const QString kKeyEnv = QStringLiteral("CONTACTDESK_MESSAGE_GATEWAY_KEY");

const QStringList kStatuses = {QStringLiteral("queued"), QStringLiteral("sending"),
                               QStringLiteral("sent"),   QStringLiteral("delivered"),
                               QStringLiteral("failed"), QStringLiteral("withheld")};

QString inLondonText(const QDateTime &utc)
{
    return inLondon(utc).toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" London");
}

// The gateway's API key: the environment, then a file of the owner's alone, then the keychain.
Result<QString> gatewayKey(Database &db, const QUrl &url)
{
    if (const QString env = qEnvironmentVariable(kKeyEnv.toLatin1().constData()); !env.isEmpty())
        return env.trimmed();
    const QString path =
        SettingsStore(db).value(SettingsStore::Key::MessagesGatewayKeyFile).toString();
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<QString>::failure(
                QStringLiteral("cannot read the gateway key file %1: %2")
                    .arg(path, file.errorString()));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (file.permissions() & others)
            return Result<QString>::failure(
                QStringLiteral("the gateway key file %1 can be read by others: make it mode 0600")
                    .arg(path));
        return QString::fromUtf8(file.readAll()).trimmed();
    }
    QKeychain::ReadPasswordJob job(kKeychainService);
    job.setAutoDelete(false);
    job.setKey(url.host());
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError)
        return QString(); // no key: the gateway may not need one
    return job.textData().trimmed();
}

int queue(Context &ctx, QStringList args)
{
    if (!args.isEmpty())
        return ctx.usage(QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), kUsage));
    Result<MessageRules> rules = MessageRules::loadShipped();
    if (!rules)
        return ctx.fail(rules.errorMessage());
    Database *db = ctx.database();
    if (!db)
        return Failed;
    Result<Taxonomy> taxonomy = TaxonomyStore(*db).load();
    if (!taxonomy)
        return ctx.fail(taxonomy.errorMessage());
    const QString language =
        SettingsStore(*db).value(SettingsStore::Key::MessagesLanguage).toString();
    MessageStore messages(*db);
    Result<QStringList> ids = messages.contactsWithoutMessage();
    if (!ids)
        return ctx.fail(ids.errorMessage());
    ContactStore contacts(*db);
    int queued = 0, skipped = 0;
    for (const QString &id : ids.value()) {
        Result<Contact> c = contacts.get(id, ctx.actor());
        if (!c)
            return ctx.fail(c.errorMessage());
        const MessageProposal p =
            proposeMessage(c.value(), rules.value(), &taxonomy.value(), language);
        if (!p.decision.eligible) {
            ++skipped;
            continue;
        }
        if (Status s = messages.queue(c.value(), p.decision, p.language, p.text, ctx.actor()); !s)
            return ctx.fail(s.errorMessage());
        ++queued;
    }
    ctx.out << "queued " << queued << " messages; " << skipped
            << " consenting contacts not eligible" << Qt::endl;
    return Ok;
}

int send(Context &ctx, QStringList args)
{
    // --now: the time to send as (a timer that runs late, tests); quiet hours are London's.
    bool hasNow = false;
    const QString nowText = takeOption(args, QStringLiteral("--now"), &hasNow);
    std::unique_ptr<ManualClock> clock;
    if (hasNow) {
        const QDateTime now = QDateTime::fromString(nowText, Qt::ISODateWithMs);
        if (!now.isValid() || now.timeSpec() == Qt::LocalTime)
            return ctx.usage(QStringLiteral("--now needs a time with Z or an offset"));
        clock = std::make_unique<ManualClock>(now);
        Clock::setInstance(clock.get());
    }
    const auto restore = qScopeGuard([&clock] {
        if (clock)
            Clock::setInstance(nullptr);
    });
    if (!args.isEmpty())
        return ctx.usage(QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), kUsage));
    Result<MessageRules> rules = MessageRules::loadShipped();
    if (!rules)
        return ctx.fail(rules.errorMessage());
    Database *db = ctx.database();
    if (!db)
        return Failed;
    sync::GatewayConfig config = sync::GatewayConfig::fromSettings(*db);
    Result<QString> key = gatewayKey(*db, config.url);
    if (!key)
        return ctx.fail(key.errorMessage());
    config.apiKey = key.value();
    sync::MessageSender sender(*db, rules.value(), config);
    Result<sync::SendStats> stats = sender.sendDue();
    if (!stats)
        return ctx.fail(stats.errorMessage());
    if (stats->quietHours) {
        ctx.out << "quiet hours: nothing sent until "
                << inLondonText(nextSendableTime(Clock::instance().now(), rules.value()))
                << Qt::endl;
        return Ok;
    }
    ctx.out << "sent " << stats->sent << ", already with the gateway " << stats->recovered
            << ", to retry " << stats->retrying << ", failed " << stats->failed
            << ", interrupted and waiting " << stats->waiting << Qt::endl;
    return stats->failed > 0 ? PartialFailure : Ok;
}

// Delivery receipts: asked of the gateway's status URL, or read from its callback file.
int receipts(Context &ctx, QStringList args)
{
    bool fromFile = false;
    const QString path = takeOption(args, QStringLiteral("--file"), &fromFile);
    if (fromFile && path.isEmpty())
        return ctx.usage(QStringLiteral("usage: messages receipts [--file FILE.jsonl]"));
    if (!args.isEmpty())
        return ctx.usage(QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), kUsage));
    Result<MessageRules> rules = MessageRules::loadShipped();
    if (!rules)
        return ctx.fail(rules.errorMessage());
    Database *db = ctx.database();
    if (!db)
        return Failed;
    if (fromFile) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        const ReceiptFile parsed = parseReceiptLines(file.readAll(), rules.value());
        Result<ReceiptImport> done = MessageStore(*db).importReceipts(parsed, ctx.actor());
        if (!done)
            return ctx.fail(done.errorMessage());
        if (!done->rejected.isEmpty()) {
            for (const QString &p : done->rejected)
                ctx.err << p << '\n';
            ctx.err << "nothing recorded: " << done->rejected.size() << " bad lines in " << path
                    << Qt::endl;
            return PartialFailure;
        }
        ctx.out << "delivered " << done->delivered << ", failed " << done->failed
                << ", not final yet " << done->notFinal << ", already final " << done->alreadyFinal
                << Qt::endl;
        return Ok;
    }
    sync::GatewayConfig config = sync::GatewayConfig::fromSettings(*db);
    Result<QString> key =
        gatewayKey(*db, QUrl(config.statusUrl.isEmpty() ? rules->statusUrl : config.statusUrl));
    if (!key)
        return ctx.fail(key.errorMessage());
    config.apiKey = key.value();
    Result<sync::ReceiptStats> stats =
        sync::MessageSender(*db, rules.value(), config).pollReceipts();
    if (!stats)
        return ctx.fail(stats.errorMessage());
    ctx.out << "delivered " << stats->delivered << ", failed " << stats->failed
            << ", not final yet " << stats->notFinal << ", already final " << stats->alreadyFinal
            << ", not answered " << stats->unanswered << Qt::endl;
    return stats->unanswered > 0 ? PartialFailure : Ok;
}

Result<QList<OutcomeMessage>> listed(Context &ctx, QStringList &args, Database *db)
{
    const QString status = takeOption(args, QStringLiteral("--status"));
    if (!status.isEmpty() && !kStatuses.contains(status))
        return Result<QList<OutcomeMessage>>::failure(
            QStringLiteral("--status must be one of %1").arg(kStatuses.join(QLatin1String(", "))));
    Q_UNUSED(ctx);
    return MessageStore(*db).list(status);
}

int list(Context &ctx, QStringList args)
{
    const bool json = takeFlag(args, QStringLiteral("--json"));
    Database *db = ctx.database();
    if (!db)
        return Failed;
    Result<QList<OutcomeMessage>> rows = listed(ctx, args, db);
    if (!rows)
        return ctx.usage(rows.errorMessage());
    if (!args.isEmpty())
        return ctx.usage(QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), kUsage));
    if (json) {
        QJsonArray items;
        for (const OutcomeMessage &m : rows.value())
            items.append(QJsonObject{{QStringLiteral("contact_id"), m.contactId},
                                     {QStringLiteral("channel"), m.channel},
                                     {QStringLiteral("to"), m.recipient},
                                     {QStringLiteral("status"), m.status},
                                     {QStringLiteral("text"), m.body}});
        ctx.out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return Ok;
    }
    for (const OutcomeMessage &m : rows.value())
        ctx.out << m.contactId << '\t' << m.channel << '\t' << m.recipient << '\t' << m.status
                << '\t' << (m.status == QLatin1String("withheld") ? m.withheldReason : m.lastError)
                << '\n';
    ctx.out << rows->size() << " messages" << Qt::endl;
    return Ok;
}

int exportCsv(Context &ctx, QStringList args)
{
    bool present = false;
    const QString path = takeOption(args, QStringLiteral("--out"), &present);
    if (!present || path.isEmpty())
        return ctx.usage(QStringLiteral("usage: messages export --out FILE.csv [--status S]"));
    Database *db = ctx.database();
    if (!db)
        return Failed;
    Result<QList<OutcomeMessage>> rows = listed(ctx, args, db);
    if (!rows)
        return ctx.usage(rows.errorMessage());
    if (!args.isEmpty())
        return ctx.usage(QStringLiteral("unexpected \"%1\"; %2").arg(args.first(), kUsage));
    if (Status a = AuditStore(*db).recordNow(
            ctx.actor(), QStringLiteral("export"), QStringLiteral("outcome_message"), QString(),
            QStringLiteral("%1 messages to CSV").arg(rows->size()));
        !a)
        return ctx.fail(QStringLiteral("nothing was exported: the export could not be written to "
                                       "the audit log (%1)")
                            .arg(a.errorMessage()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ctx.fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return ctx.fail(QStringLiteral("cannot make %1 readable by its owner only: %2")
                            .arg(path, file.errorString()));
    file.write(csv::formatRecord({QStringLiteral("reference"), QStringLiteral("contact_id"),
                                  QStringLiteral("channel"), QStringLiteral("to"),
                                  QStringLiteral("language"), QStringLiteral("status"),
                                  QStringLiteral("text"), QStringLiteral("queued_at")})
                   .toUtf8());
    for (const OutcomeMessage &m : rows.value())
        file.write(csv::formatSafeRecord({m.idempotencyKey, m.contactId, m.channel, m.recipient,
                                          m.language, m.status, m.body,
                                          m.createdAt.toUTC().toString(Qt::ISODate)})
                       .toUtf8());
    if (!file.commit())
        return ctx.fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    ctx.out << "exported " << rows->size() << " messages to " << QFileInfo(path).absoluteFilePath()
            << Qt::endl;
    return Ok;
}

int setKey(Context &ctx, QStringList args)
{
    if (args.size() != 1 || args.first() != QLatin1String("set"))
        return ctx.usage(QStringLiteral("usage: messages key set < KEY"));
    Database *db = ctx.database();
    if (!db)
        return Failed;
    const QUrl url(SettingsStore(*db).value(SettingsStore::Key::MessagesGatewayUrl).toString());
    if (url.host().isEmpty())
        return ctx.usage(QStringLiteral("set messages.gateway_url first (profile setting)"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("cannot read the key from standard input"));
    const QString key = QString::fromUtf8(in.readLine()).trimmed();
    if (key.isEmpty())
        return ctx.usage(QStringLiteral("usage: messages key set < KEY (the key is empty)"));
    QKeychain::WritePasswordJob job(kKeychainService);
    job.setAutoDelete(false);
    job.setKey(url.host());
    job.setTextData(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError)
        return ctx.fail(QStringLiteral("the keychain refused the key (%1); give it in %2 or a file "
                                       "of mode 0600 named by messages.gateway_key_file instead")
                            .arg(job.errorString(), kKeyEnv));
    ctx.out << "gateway key stored in the keychain for " << url.host() << Qt::endl;
    return Ok;
}

} // namespace

int runMessages(Context &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return ctx.usage(QLatin1String(kUsage));
    const QString command = args.takeFirst();
    if (command == QLatin1String("queue"))
        return queue(ctx, args);
    if (command == QLatin1String("send"))
        return send(ctx, args);
    if (command == QLatin1String("receipts"))
        return receipts(ctx, args);
    if (command == QLatin1String("list"))
        return list(ctx, args);
    if (command == QLatin1String("export"))
        return exportCsv(ctx, args);
    if (command == QLatin1String("key"))
        return setKey(ctx, args);
    return ctx.usage(QStringLiteral("unknown messages command \"%1\"").arg(command));
}

} // namespace cd::cli
