// Sync benchmark against a real PostgreSQL (run it through tools/with-postgres.sh):
//   push: 100,000 new contacts (the count may be given as the first argument) from a
//         workstation's outbox to the shared database with SyncSession::push(), as a handler's
//         login under row-level security, against psql's COPY of the same rows into the same
//         (empty) table, run as the database owner;
//   pull: the same rows into a fresh workstation's SQLite cache with SyncSession::pull();
//   and, without a budget, the pushing workstation's next pull, which brings its rows back.
// Budgets (ARCHITECTURE.md, issue 7): push at least 0.7x the speed of COPY; pull within 2x
// the push time. Each figure is the median of three rounds, each with fresh databases.
#include "core/contact.h"
#include "core/hlc.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "sync/pg.h"
#include "sync/serveradmin.h"
#include "sync/syncsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cd;

namespace {

const char *kColumns =
    "id, started_at, ended_at, handler, team, channel, category, reason, outcome, "
    "remained_dissatisfied, consent_to_outcome, caller_name, caller_phone, caller_email, "
    "postcode, reference, vrm, notes, script_path, risk_prompts, updated_hlc, origin, deleted";

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QString conninfo(const QString &db, const QString &user)
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
        .arg(env("CONTACTDESK_TEST_PG_SOCKET"), env("CONTACTDESK_TEST_PG_PORT"), user, db);
}

bool superRun(const QString &db, const QString &sql)
{
    auto conn = sync::connectPg(conninfo(db, QStringLiteral("postgres")));
    if (!conn) {
        std::fprintf(stderr, "%s\n", qPrintable(conn.errorMessage()));
        return false;
    }
    sync::Pg pg(conn->get());
    Status s = pg.run(sql.toUtf8());
    if (!s)
        std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
    return bool(s);
}

QString newDatabase(int round, const char *what)
{
    const QString name = QStringLiteral("bench_sync_%1_%2_%3")
                             .arg(QLatin1String(what))
                             .arg(round)
                             .arg(QCoreApplication::applicationPid());
    if (!superRun(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    auto init = sync::initServer(conninfo(name, QStringLiteral("postgres")));
    if (!init) {
        std::fprintf(stderr, "%s\n", qPrintable(init.errorMessage()));
        return {};
    }
    return name;
}

Contact makeContact(int i, const QString &node)
{
    static const char *channels[] = {"phone", "email", "online", "live_chat"};
    static const char *categories[] = {"dissatisfaction", "low_level_concern", "victim_enquiry",
                                       "vehicle_recovery"};
    Contact c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.startedAt = QDateTime::fromMSecsSinceEpoch(1767225600000LL + qint64(i) * 60000, Qt::UTC);
    c.endedAt = c.startedAt.addSecs(240);
    c.handler = QStringLiteral("Bench Handler");
    c.team = QStringLiteral("north");
    c.channel = QLatin1String(channels[i % 4]);
    c.category = QLatin1String(categories[i % 4]);
    c.outcome = QStringLiteral("resolved_first_contact");
    c.callerName = QStringLiteral("Caller %1").arg(i);
    c.callerPhone = QStringLiteral("07700 9%1").arg(i % 100000, 5, 10, QLatin1Char('0'));
    c.postcode = QStringLiteral("LS1 %1AB").arg(i % 10);
    c.reference = QStringLiteral("INC-%1").arg(i);
    c.notes =
        QStringLiteral("Caller asked about progress on report %1; advised and given the reference. "
                       "No further action needed today.")
            .arg(i);
    c.updatedHlc = Hlc{1767225600000LL + i, 0, node}.toString();
    c.origin = node;
    return c;
}

void appendCopy(QByteArray &out, const Contact &c)
{
    const QList<QByteArray> v = {c.id.toUtf8(),
                                 c.startedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8(),
                                 c.endedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8(),
                                 c.handler.toUtf8(),
                                 c.team.toUtf8(),
                                 c.channel.toUtf8(),
                                 c.category.toUtf8(),
                                 c.reason.toUtf8(),
                                 c.outcome.toUtf8(),
                                 c.remainedDissatisfied ? "1" : "0",
                                 c.consentToOutcome ? "1" : "0",
                                 c.callerName.toUtf8(),
                                 c.callerPhone.toUtf8(),
                                 c.callerEmail.toUtf8(),
                                 c.postcode.toUtf8(),
                                 c.reference.toUtf8(),
                                 c.vrm.toUtf8(),
                                 c.notes.toUtf8(),
                                 c.scriptPath.toUtf8(),
                                 c.riskPrompts.toUtf8(),
                                 c.updatedHlc.toUtf8(),
                                 c.origin.toUtf8(),
                                 c.deleted ? "1" : "0"};
    for (int i = 0; i < v.size(); ++i) {
        if (i)
            out.append('\t');
        sync::copyAppendField(out, v.at(i));
    }
    out.append('\n');
}

// A workstation whose outbox holds `count` new contacts (contacts only: audit entries would
// double what is sent and have no COPY counterpart here).
bool makeTemplate(const QString &path, int count, QByteArray *copyData)
{
    Database::OpenError error;
    auto db = Database::open(path, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return false;
    }
    sqlite3 *h = db->handle();
    sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *ins = nullptr;
    sqlite3_stmt *out = nullptr;
    sqlite3_prepare_v2(h,
                       (QByteArray("INSERT INTO contacts (") + kColumns +
                        ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                           .constData(),
                       -1, &ins, nullptr);
    sqlite3_prepare_v2(h,
                       "INSERT INTO outbox (entity, entity_id, op, hlc, payload, created_at) "
                       "VALUES ('contacts', ?, 'insert', ?, ?, ?)",
                       -1, &out, nullptr);
    const QString node = db->workstationId();
    for (int i = 0; i < count; ++i) {
        const Contact c = makeContact(i, node);
        QByteArray row;
        appendCopy(row, c);
        copyData->append(row);
        QList<QByteArray> fields;
        sync::copySplitLine(row.constData(), int(row.size()) - 1, fields);
        for (int f = 0; f < fields.size(); ++f)
            sqlite3_bind_text(ins, f + 1, fields.at(f).constData(), int(fields.at(f).size()),
                              SQLITE_TRANSIENT);
        sqlite3_step(ins);
        sqlite3_reset(ins);
        const QByteArray id = c.id.toUtf8();
        const QByteArray hlc = c.updatedHlc.toUtf8();
        const QByteArray payload = QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact);
        sqlite3_bind_text(out, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(out, 2, hlc.constData(), int(hlc.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(out, 3, payload.constData(), int(payload.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(out, 4, "2026-01-01T00:00:00.000Z", -1, SQLITE_STATIC);
        if (sqlite3_step(out) != SQLITE_DONE) {
            std::fprintf(stderr, "outbox: %s\n", sqlite3_errmsg(h));
            return false;
        }
        sqlite3_reset(out);
    }
    sqlite3_finalize(ins);
    sqlite3_finalize(out);
    return sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto takeValue = [&args](const QString &option) {
        QString value;
        if (const auto at = args.indexOf(option); at >= 0 && at + 1 < args.size()) {
            value = args.at(at + 1);
            args.remove(at, 2);
        }
        return value;
    };
    // --batches PUSH,PULL: the session's batch sizes (default 10000,5000).
    const QStringList sizes = takeValue(QStringLiteral("--batches")).split(QLatin1Char(','));
    const int pushBatch = sizes.size() == 2 ? sizes.at(0).toInt() : 10000;
    const int pullBatch = sizes.size() == 2 ? sizes.at(1).toInt() : 5000;
    // Diagnostic: --drop-triggers LIKE-PATTERN drops the pulling workstation's matching triggers
    // (e.g. "contact_repeats%"), to separate the sync's own cost from theirs.
    const QString dropPattern = takeValue(QStringLiteral("--drop-triggers"));
    // Diagnostic: --push-only skips the pull (to profile the push alone).
    const bool pushOnly = args.removeAll(QStringLiteral("--push-only")) > 0;
    const int count = args.isEmpty() ? 100000 : args.first().toInt();
    if (env("CONTACTDESK_TEST_PG").isEmpty()) {
        std::fprintf(stderr,
                     "bench_sync needs a PostgreSQL: run it through tools/with-postgres.sh\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString templatePath = dir.filePath(QStringLiteral("template.sqlite"));
    QByteArray copyData;
    std::printf("generating %d contacts...\n", count);
    std::fflush(stdout);
    if (!makeTemplate(templatePath, count, &copyData))
        return 1;
    const QString copyFile = dir.filePath(QStringLiteral("contacts.copy"));
    {
        QFile f(copyFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(copyData) != copyData.size())
            return 1;
    }

    std::vector<double> copyMs, pushMs, pullMs, backMs;
    for (int round = 0; round < 3; ++round) {
        // Reference: psql COPY into the same (empty) table of a fresh shared database.
        const QString refDb = newDatabase(round, "copy");
        if (refDb.isEmpty())
            return 1;
        QProcess psql;
        psql.setStandardInputFile(copyFile);
        QElapsedTimer t;
        t.start();
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    conninfo(refDb, QStringLiteral("postgres")), QStringLiteral("-c"),
                    QStringLiteral("COPY contacts (%1) FROM STDIN").arg(QLatin1String(kColumns))});
        psql.waitForFinished(-1);
        copyMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (psql.exitCode() != 0) {
            std::fprintf(stderr, "psql: %s\n", psql.readAllStandardError().constData());
            return 1;
        }

        // Push: the workstation's outbox, as the handler's own login.
        const QString db = newDatabase(round, "push");
        const QString login =
            QStringLiteral("bench_%1_%2").arg(round).arg(QCoreApplication::applicationPid());
        if (Status s = sync::addUser(conninfo(db, QStringLiteral("postgres")),
                                     {QStringLiteral("Bench Handler"),
                                      login,
                                      QStringLiteral("north"),
                                      QStringLiteral("handler"),
                                      {}});
            !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
            return 1;
        }
        sync::ConnectionSettings settings;
        settings.host = env("CONTACTDESK_TEST_PG_SOCKET");
        settings.port = env("CONTACTDESK_TEST_PG_PORT").toInt();
        settings.database = db;
        settings.user = login;
        const QString wsPath = dir.filePath(QStringLiteral("ws%1.sqlite").arg(round));
        QFile::copy(templatePath, wsPath);
        {
            Database::OpenError error;
            auto ws = Database::open(wsPath, &error);
            sync::SyncSession session(*ws);
            session.setSettings(settings);
            session.setBatchSizes(pushBatch, pullBatch);
            if (Status s = session.connect(); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
                return 1;
            }
            t.restart();
            auto pushed = session.push();
            pushMs.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!pushed || pushed->sent != count) {
                std::fprintf(stderr, "push: %s\n", qPrintable(pushed.errorMessage()));
                return 1;
            }
            // The pushing workstation's next pull brings its own rows back.
            if (!pushOnly) {
                t.restart();
                auto back = session.pull();
                backMs.push_back(double(t.nsecsElapsed()) / 1e6);
                if (!back) {
                    std::fprintf(stderr, "pull back: %s\n", qPrintable(back.errorMessage()));
                    return 1;
                }
            }
        }
        // Pull: everything into a fresh workstation.
        if (pushOnly) {
            pullMs.push_back(0);
        } else {
            Database::OpenError error;
            auto ws =
                Database::open(dir.filePath(QStringLiteral("fresh%1.sqlite").arg(round)), &error);
            if (!dropPattern.isEmpty()) {
                QStringList names;
                QSqlQuery q(ws->sql());
                q.prepare(QStringLiteral(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?"));
                q.addBindValue(dropPattern);
                if (q.exec())
                    while (q.next())
                        names.append(q.value(0).toString());
                for (const QString &n : names)
                    if (!ws->exec(QStringLiteral("DROP TRIGGER %1").arg(n)))
                        return 1;
            }
            sync::SyncSession session(*ws);
            session.setSettings(settings);
            session.setBatchSizes(pushBatch, pullBatch);
            if (Status s = session.connect(); !s)
                return 1;
            t.restart();
            auto pulled = session.pull();
            pullMs.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!pulled || pulled->applied != count) {
                std::fprintf(stderr, "pull: %s (%d rows)\n", qPrintable(pulled.errorMessage()),
                             pulled ? pulled->applied : -1);
                return 1;
            }
        }
        superRun(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(refDb));
        superRun(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(db));
        std::printf("round %d: COPY %.0f ms, push %.0f ms, pull %.0f ms\n", round + 1,
                    copyMs.back(), pushMs.back(), pullMs.back());
        std::fflush(stdout);
    }
    const double copy = median(copyMs), push = median(pushMs), pull = median(pullMs);
    const double pushRatio = copy / push; // speed of push relative to COPY
    const double pullRatio = pull / push;
    std::printf("\n%d rows, median of 3 rounds%s%s\n", count,
                dropPattern.isEmpty() ? "" : ", pulling workstation without the triggers like ",
                qPrintable(dropPattern));
    std::printf("psql COPY      %8.0f ms  %8.0f rows/s\n", copy, count / copy * 1000);
    std::printf("sync push      %8.0f ms  %8.0f rows/s  speed %.2fx COPY (budget >= 0.70x) %s\n",
                push, count / push * 1000, pushRatio, pushRatio >= 0.7 ? "OK" : "OVER BUDGET");
    std::printf("sync pull      %8.0f ms  %8.0f rows/s  %.2fx push time (budget <= 2.0x) %s\n",
                pull, count / pull * 1000, pullRatio, pullRatio <= 2.0 ? "OK" : "OVER BUDGET");
    if (!backMs.empty())
        std::printf(
            "own rows back  %8.0f ms  %8.0f rows/s  (the pushing workstation's next pull)\n",
            median(backMs), count / median(backMs) * 1000);
    return (pushRatio >= 0.7 && pullRatio <= 2.0) ? 0 : 1;
}
