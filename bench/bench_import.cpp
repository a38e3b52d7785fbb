// Contact import benchmark (issue 21, item 1): `contactdesk-admin contacts import` of ROWS
// generated contacts (default 20,000) into a fresh profile, against the sqlite3 command-line
// tool doing the same job on the same migrated schema, whole processes, alternating, RUNS
// rounds (default 5), medians.
//
// The reference (the raw tool): `sqlite3` with the Contact Desk SQL functions loaded from
// libcontactdesk_sqlext (bench/sqlext.cpp, the same code the application registers), the
// application's pragmas, then in one transaction: `.import --csv` of the same file into a
// temporary table; `INSERT ... SELECT` into contacts with every trigger firing (full-text index,
// daily counts, repeat callers, escalation counts, and the caller-matching expression
// indexes); one outbox row per contact (`json_object` of the row); one audit row per contact,
// hash-chained with audit_hash() by a recursive query, with its own outbox row.
//
// Prints a table for people and one JSON line per figure (the contract of bench/run,
// docs/BENCHMARKS.md): {"name", "value", "unit", "budget", "reference", "pass"}.
#include "core/contactcsv.h"
#include "core/csv.h"
#include "core/demogenerator.h"
#include "storage/database.h"
#include "storage/taxonomystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cd;

namespace {

struct Timing
{
    double wall = 0; // seconds
    double cpu = 0;  // user + system seconds of the child process
};

double childCpu()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

Timing runProcess(const QString &program, const QStringList &args, const QString &stdinFile = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    const double cpu0 = childCpu();
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
        std::exit(1);
    }
    Timing r{double(t.nsecsElapsed()) / 1e9, childCpu() - cpu0};
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "%s exited %d: %s\n", qPrintable(program), p.exitCode(),
                     out.constData());
        std::exit(1);
    }
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// A migrated, empty profile (what `contactdesk-admin` would make on first use).
QString freshProfile(const QString &dir)
{
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/contactdesk.sqlite");
    Database::OpenError error;
    if (!Database::open(path, &error)) {
        std::fprintf(stderr, "cannot make %s: %s\n", qPrintable(path), qPrintable(error.message));
        std::exit(1);
    }
    return path;
}

qint64 count(const QString &dbPath, const char *sql)
{
    Database::OpenError error;
    std::unique_ptr<Database> db = Database::open(dbPath, &error);
    sqlite3_stmt *st = nullptr;
    qint64 n = -1;
    if (db && sqlite3_prepare_v2(db->handle(), sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

QByteArray referenceScript(const QString &extension, const QString &csvFile)
{
    QByteArray s;
    s += ".bail on\n";
    s += ".load " + extension.toUtf8() + " sqlite3_contactdesk_init\n";
    // The application's per-connection pragmas (Database::applyPragmas).
    s += "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;\n"
         "PRAGMA temp_store=MEMORY; PRAGMA secure_delete=FAST; PRAGMA mmap_size=268435456;\n"
         "PRAGMA wal_autocheckpoint=2000;\n";
    s += "BEGIN IMMEDIATE;\n";
    s += ".import --csv --schema temp " + csvFile.toUtf8() + " rows\n";
    s += R"SQL(
CREATE TEMP TABLE clock AS SELECT (SELECT value FROM settings WHERE key = 'workstation_id') AS origin,
    CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) AS ms;
INSERT INTO contacts (id, started_at, ended_at, handler, team, channel, category, reason, outcome,
    remained_dissatisfied, consent_to_outcome, caller_name, caller_phone, caller_email, postcode,
    reference, vrm, notes, script_path, risk_prompts, updated_hlc, origin, deleted, call_id,
    talk_seconds, wrapup_seconds, thrive_required, thrive, vulnerable, vulnerability_kinds,
    risk_grade, grade_requested, grade_requested_by, grade_signed_off_by, grade_signed_off_at,
    next_steps, address, victim_checked_at, victim_check_matches)
SELECT r.id, strftime('%Y-%m-%dT%H:%M:%fZ', r.started_at),
    CASE WHEN r.ended_at <> '' THEN strftime('%Y-%m-%dT%H:%M:%fZ', r.ended_at) END,
    r.handler, r.team, r.channel, r.category, r.reason, r.outcome,
    r.remained_dissatisfied = 'true', r.consent_to_outcome = 'true', r.caller_name, r.caller_phone,
    r.caller_email, r.postcode, r.reference, r.vrm, r.notes, '', '',
    printf('%013d-%06d-%s', k.ms, r.rowid * 2, k.origin), k.origin, 0, r.call_id,
    CASE WHEN r.talk_seconds <> '' THEN CAST(r.talk_seconds AS INTEGER) END,
    CASE WHEN r.wrapup_seconds <> '' THEN CAST(r.wrapup_seconds AS INTEGER) END,
    0, '', CASE r.vulnerable WHEN 'true' THEN 1 WHEN 'false' THEN 0 END, r.vulnerability_kinds,
    '', '', '', '', NULL, '', r.address, NULL, NULL
FROM temp.rows r, temp.clock k WHERE true ORDER BY r.rowid
ON CONFLICT (id) DO NOTHING;
INSERT INTO outbox (entity, entity_id, op, hlc, payload, created_at)
SELECT 'contacts', id, 'insert', updated_hlc, json_object('address', address, 'call_id', call_id,
    'caller_email', caller_email, 'caller_name', caller_name, 'caller_phone', caller_phone,
    'category', category, 'channel', channel,
    'consent_to_outcome', json(CASE WHEN consent_to_outcome THEN 'true' ELSE 'false' END),
    'deleted', json('false'), 'ended_at', coalesce(ended_at, ''),
    'grade_requested', grade_requested, 'grade_requested_by', grade_requested_by,
    'grade_signed_off_at', grade_signed_off_at, 'grade_signed_off_by', grade_signed_off_by,
    'handler', handler, 'id', id, 'next_steps', next_steps, 'notes', notes, 'origin', origin,
    'outcome', outcome, 'postcode', postcode, 'reason', reason, 'reference', reference,
    'remained_dissatisfied', json(CASE WHEN remained_dissatisfied THEN 'true' ELSE 'false' END),
    'risk_grade', risk_grade, 'risk_prompts', risk_prompts, 'script_path', script_path,
    'started_at', started_at, 'talk_seconds', talk_seconds, 'team', team, 'thrive', thrive,
    'thrive_required', json('false'), 'updated_hlc', updated_hlc,
    'victim_check_matches', victim_check_matches, 'victim_checked_at', victim_checked_at,
    'vrm', vrm, 'vulnerability_kinds', vulnerability_kinds, 'vulnerable', vulnerable,
    'wrapup_seconds', wrapup_seconds),
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM contacts ORDER BY rowid;
CREATE TEMP TABLE entries (n INTEGER PRIMARY KEY, id TEXT, at TEXT, entity_id TEXT, hlc TEXT,
    origin TEXT);
INSERT INTO entries (n, id, at, entity_id, hlc, origin)
SELECT row_number() OVER (ORDER BY x.rowid), lower(substr(u, 1, 8) || '-' || substr(u, 9, 4) || '-4' ||
    substr(u, 14, 3) || '-a' || substr(u, 18, 3) || '-' || substr(u, 21, 12)),
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), x.id, printf('%013d-%06d-%s', k.ms, x.rowid * 2 + 1,
    k.origin), k.origin
FROM (SELECT rowid, id, hex(randomblob(16)) AS u FROM contacts) x, temp.clock k;
INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, updated_hlc, origin,
    deleted, prev_hash, hash)
WITH RECURSIVE chain (n, prev, hash) AS (
    SELECT 0, NULL, coalesce((SELECT hash FROM audit_log ORDER BY rowid DESC LIMIT 1),
        '0000000000000000000000000000000000000000000000000000000000000000')
    UNION ALL
    SELECT e.n, c.hash, audit_hash(c.hash, e.id, e.at, 'administrator (contactdesk-admin)',
        'import', 'contact', e.entity_id, '', e.hlc, e.origin, 0)
    FROM chain c JOIN temp.entries e ON e.n = c.n + 1)
SELECT e.id, e.at, 'administrator (contactdesk-admin)', 'import', 'contact', e.entity_id, '',
    e.hlc, e.origin, 0, c.prev, c.hash
FROM chain c JOIN temp.entries e ON e.n = c.n ORDER BY c.n;
INSERT INTO outbox (entity, entity_id, op, hlc, payload, created_at)
SELECT 'audit_log', id, 'insert', updated_hlc, json_object('action', action, 'actor', actor,
    'at', at, 'detail', detail, 'entity', entity, 'entity_id', entity_id, 'id', id,
    'origin', origin, 'updated_hlc', updated_hlc), at
FROM audit_log WHERE action = 'import' AND entity = 'contact' ORDER BY rowid;
INSERT INTO settings (key, value) SELECT 'hlc_last', printf('%013d-%06d-%s', ms, 999999, origin)
FROM temp.clock WHERE true ON CONFLICT (key) DO UPDATE SET value = excluded.value;
COMMIT;
)SQL";
    return s;
}

void jsonLine(const QString &name, double value, const QString &unit, double budget,
              const QString &reference, bool pass)
{
    const QJsonObject o{{QStringLiteral("name"), name},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("unit"), unit},
                        {QStringLiteral("budget"), budget < 0 ? QJsonValue() : QJsonValue(budget)},
                        {QStringLiteral("reference"), reference},
                        {QStringLiteral("pass"), pass}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const qint64 rows = args.value(0, QStringLiteral("20000")).toLongLong();
    const int runs = args.value(1, QStringLiteral("5")).toInt();
    const QString admin = QStringLiteral(CONTACTDESK_ADMIN);
    const QString extension = QStringLiteral(CONTACTDESK_SQLEXT);
    const QString shell = qEnvironmentVariable("SQLITE3", QStringLiteral("sqlite3"));
    QTemporaryDir dir;
    if (!dir.isValid() || rows <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: bench_import [ROWS=20000] [RUNS=5]\n");
        return 2;
    }

    // The file: the demo generator's contacts (the seeded data of `demo seed`) as a CSV export.
    const QString csvFile = dir.filePath(QStringLiteral("contacts.csv"));
    {
        const QString scratch = freshProfile(dir.filePath(QStringLiteral("scratch")));
        Database::OpenError error;
        std::unique_ptr<Database> db = Database::open(scratch, &error);
        Result<Taxonomy> taxonomy = TaxonomyStore(*db).load();
        if (!taxonomy) {
            std::fprintf(stderr, "%s\n", qPrintable(taxonomy.errorMessage()));
            return 1;
        }
        demo::Options options;
        options.seed = 21;
        options.contacts = rows;
        options.now = QDateTime(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC);
        options.team = QStringLiteral("Demo team");
        options.handlers = demo::teamHandlers();
        demo::Generator generator(taxonomy.value(), options);
        QFile out(csvFile);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(csv::formatRecord(contactcsv::columns()).toUtf8());
        while (!generator.atEnd())
            out.write(csv::formatRecord(contactcsv::toRecord(generator.next().contact)).toUtf8());
    }
    const QString script = dir.filePath(QStringLiteral("reference.sql"));
    {
        QFile f(script);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(referenceScript(extension, csvFile));
    }

    std::vector<double> refWall, refCpu, appWall, appCpu, ratioWall, ratioCpu;
    for (int run = 0; run < runs; ++run) {
        const QString refDb = freshProfile(dir.filePath(QStringLiteral("ref%1").arg(run)));
        const QString appDir = dir.filePath(QStringLiteral("app%1").arg(run));
        const QString appDb = freshProfile(appDir);
        auto reference = [&] {
            return runProcess(shell, {refDb}, script);
        };
        auto application = [&] {
            return runProcess(admin,
                              {QStringLiteral("--profile"), appDir, QStringLiteral("contacts"),
                               QStringLiteral("import"), csvFile});
        };
        // Alternate which goes first, so neither always meets a warmer or busier machine.
        Timing r, a;
        if (run % 2 == 0) {
            r = reference();
            a = application();
        } else {
            a = application();
            r = reference();
        }
        refWall.push_back(r.wall);
        refCpu.push_back(r.cpu);
        appWall.push_back(a.wall);
        appCpu.push_back(a.cpu);
        ratioWall.push_back(a.wall / r.wall);
        ratioCpu.push_back(a.cpu / r.cpu);
        const char *check = "SELECT (SELECT count(*) FROM contacts) * 1000000000 + "
                            "(SELECT count(*) FROM outbox) * 100000 + "
                            "(SELECT count(*) FROM audit_log)";
        const qint64 refCounts = count(refDb, check);
        const qint64 appCounts = count(appDb, check);
        std::printf(
            "run %d: reference %.2f s (cpu %.2f s), import %.2f s (cpu %.2f s): %.2fx wall, "
            "%.2fx cpu; rows %s\n",
            run + 1, r.wall, r.cpu, a.wall, a.cpu, a.wall / r.wall, a.cpu / r.cpu,
            refCounts == appCounts ? "match" : "DIFFER");
        std::fflush(stdout);
        QDir(appDir).removeRecursively();
        QDir(QFileInfo(refDb).absolutePath()).removeRecursively();
    }
    double load[3] = {};
    if (getloadavg(load, 3) < 0)
        load[0] = -1;
    const double ratio = median(ratioWall);
    const double ratioOfCpu = median(ratioCpu);
    std::printf("contacts import of %lld rows, median of %d: reference %.2f s (cpu %.2f s), import "
                "%.2f s (cpu %.2f s); ratio %.2fx wall, %.2fx cpu (budget 1.30x); load average "
                "%.1f\n",
                static_cast<long long>(rows), runs, median(refWall), median(refCpu),
                median(appWall), median(appCpu), ratio, ratioOfCpu, load[0]);
    const QString ref = QStringLiteral("sqlite3 shell .import + INSERT ... SELECT, %1 s")
                            .arg(median(refWall), 0, 'f', 2);
    jsonLine(QStringLiteral("contacts import %1 rows, ratio to sqlite3 (wall)").arg(rows), ratio,
             QStringLiteral("x"), 1.3, ref, ratio <= 1.3);
    jsonLine(QStringLiteral("contacts import %1 rows, ratio to sqlite3 (cpu)").arg(rows),
             ratioOfCpu, QStringLiteral("x"), 1.3,
             QStringLiteral("sqlite3 shell, cpu %1 s").arg(median(refCpu), 0, 'f', 2),
             ratioOfCpu <= 1.3);
    jsonLine(QStringLiteral("contacts import %1 rows (wall)").arg(rows), median(appWall),
             QStringLiteral("s"), -1, ref, true);
    return 0;
}
