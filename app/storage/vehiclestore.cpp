#include "storage/vehiclestore.h"

#include "core/clock.h"
#include "core/csv.h"
#include "core/hlc.h"
#include "core/logging.h"
#include "core/vrm.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QUuid>
#include <QWaitCondition>

#include <sqlite3.h>

#include <algorithm>
#include <deque>
#include <optional>
#include <thread>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::VehicleStore.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::VehicleStore)
};

const QString kEntity = QStringLiteral("vehicle");

// Up to this many changed rows an import queues one outbox entry per row (the weekly file);
// above it, one entry for the whole import (the initial fill of a million rows).
constexpr int kRowOutboxLimit = 50000;

enum Statement { Exact, ByKey, ByPrefix, ById, ByRowid };

#define CD_VEHICLE_COLUMNS                                                                         \
    "id, reference, vrm, vrm_format, vrm_unusual, make, model, colour, seized_at, power, "         \
    "location, "                                                                                   \
    "status, weight_class, condition, position, laden, police_hold, notice_served_at, "            \
    "released_at, "                                                                                \
    "disposed_at, hold_ended_at, imported_at, updated_hlc, origin, deleted"

QString text(sqlite3_stmt *stmt, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(stmt, column)) : QString();
}

QDateTime time(sqlite3_stmt *stmt, int column)
{
    if (sqlite3_column_type(stmt, column) == SQLITE_NULL)
        return {};
    return vehicles::fromStored(text(stmt, column));
}

Vehicle readVehicle(sqlite3_stmt *s)
{
    Vehicle v;
    v.id = text(s, 0);
    v.reference = text(s, 1);
    v.vrm = text(s, 2);
    v.vrmFormat = text(s, 3);
    v.vrmUnusual = sqlite3_column_int(s, 4) != 0;
    v.make = text(s, 5);
    v.model = text(s, 6);
    v.colour = text(s, 7);
    v.seizedAt = time(s, 8);
    v.power = text(s, 9);
    v.location = text(s, 10);
    v.status = text(s, 11);
    v.weightClass = text(s, 12);
    v.condition = text(s, 13);
    v.position = text(s, 14);
    v.laden = sqlite3_column_int(s, 15) != 0;
    v.policeHold = sqlite3_column_int(s, 16) != 0;
    v.noticeServedAt = time(s, 17);
    v.releasedAt = time(s, 18);
    v.disposedAt = time(s, 19);
    v.holdEndedAt = time(s, 20);
    v.importedAt = time(s, 21);
    v.updatedHlc = text(s, 22);
    v.origin = text(s, 23);
    v.deleted = sqlite3_column_int(s, 24) != 0;
    return v;
}

int bindText(sqlite3_stmt *stmt, int index, const QString &value)
{
    // The QString outlives the step, so SQLite need not copy it.
    return sqlite3_bind_text16(stmt, index, value.utf16(), static_cast<int>(value.size() * 2),
                               SQLITE_STATIC);
}

// Hlc::toString() without the formatting machinery: it runs once per imported row.
QString hlcText(const Hlc &h)
{
    QString out(13 + 1 + 6 + 1 + h.node.size(), Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    qint64 ms = h.ms;
    for (int i = 12; i >= 0; --i, ms /= 10)
        p[i] = static_cast<char16_t>(u'0' + ms % 10);
    p[13] = u'-';
    quint32 c = h.counter;
    for (int i = 19; i >= 14; --i, c /= 10)
        p[i] = static_cast<char16_t>(u'0' + c % 10);
    p[20] = u'-';
    std::copy(h.node.utf16(), h.node.utf16() + h.node.size(), p + 21);
    return out;
}

int execRaw(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

const char kUpsert[] =
    "INSERT INTO vehicles (id, reference, vrm, vrm_format, vrm_unusual, make, model, colour, "
    "seized_at, power, "
    "location, status, weight_class, condition, position, laden, police_hold, notice_served_at, "
    "released_at, "
    "disposed_at, imported_at, updated_hlc, origin, deleted) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
    "?20, ?21, ?22, "
    "?23, 0) "
    "ON CONFLICT (reference) DO UPDATE SET vrm = excluded.vrm, vrm_format = excluded.vrm_format, "
    "vrm_unusual = excluded.vrm_unusual, make = excluded.make, model = excluded.model, colour = "
    "excluded.colour, "
    "seized_at = excluded.seized_at, power = excluded.power, location = excluded.location, "
    "status = excluded.status, weight_class = excluded.weight_class, condition = "
    "excluded.condition, "
    "position = excluded.position, laden = excluded.laden, police_hold = excluded.police_hold, "
    "notice_served_at = excluded.notice_served_at, released_at = excluded.released_at, "
    "disposed_at = excluded.disposed_at, "
    "hold_ended_at = CASE WHEN vehicles.police_hold = 1 AND excluded.police_hold = 0 THEN "
    "excluded.imported_at "
    "                     WHEN excluded.police_hold = 1 THEN NULL ELSE vehicles.hold_ended_at END, "
    "imported_at = excluded.imported_at, updated_hlc = excluded.updated_hlc, origin = "
    "excluded.origin, "
    "deleted = 0 "
    "WHERE vehicles.vrm IS NOT excluded.vrm OR vehicles.make IS NOT excluded.make "
    "OR vehicles.model IS NOT excluded.model OR vehicles.colour IS NOT excluded.colour "
    "OR vehicles.seized_at IS NOT excluded.seized_at OR vehicles.power IS NOT excluded.power "
    "OR vehicles.location IS NOT excluded.location OR vehicles.status IS NOT excluded.status "
    "OR vehicles.weight_class IS NOT excluded.weight_class OR vehicles.condition IS NOT "
    "excluded.condition "
    "OR vehicles.position IS NOT excluded.position OR vehicles.laden IS NOT excluded.laden "
    "OR vehicles.police_hold IS NOT excluded.police_hold "
    "OR vehicles.notice_served_at IS NOT excluded.notice_served_at "
    "OR vehicles.released_at IS NOT excluded.released_at OR vehicles.disposed_at IS NOT "
    "excluded.disposed_at "
    "OR vehicles.deleted <> 0";

// One outbox entry per row this import added or changed, the payload being the whole row as
// the sync mirror expects. Written by SQLite itself in one statement at the end of the import,
// in the same transaction: no per-row round trip through Qt or JSON classes.
const char kOutbox[] =
    "INSERT INTO outbox (entity, entity_id, op, hlc, payload, created_at) "
    "SELECT 'vehicles', id, 'upsert', updated_hlc, json_object("
    "'id', id, 'reference', reference, 'vrm', vrm, 'vrm_format', vrm_format, 'vrm_unusual', "
    "vrm_unusual, "
    "'make', make, 'model', model, 'colour', colour, 'seized_at', seized_at, 'power', power, "
    "'location', location, 'status', status, 'weight_class', weight_class, 'condition', condition, "
    "'position', position, 'laden', laden, 'police_hold', police_hold, 'notice_served_at', "
    "notice_served_at, "
    "'released_at', released_at, 'disposed_at', disposed_at, 'hold_ended_at', hold_ended_at, "
    "'imported_at', imported_at, 'updated_hlc', updated_hlc, 'origin', origin, 'deleted', "
    "deleted), ?1 "
    "FROM vehicles WHERE updated_hlc >= ?2 AND updated_hlc <= ?3 AND origin = ?4 ORDER BY rowid";

} // namespace

VehicleStore::VehicleStore(Database &db)
    : m_db(db)
{
}

VehicleStore::~VehicleStore() = default;

sqlite3_stmt *VehicleStore::statement(int which, const char *sql)
{
    std::unique_ptr<SqliteStatement> &s = m_statements[which];
    if (!s) {
        s = std::make_unique<SqliteStatement>(m_db.handle(), sql, true);
        if (!s->ok()) {
            qCWarning(lcStorage) << "vehicle lookup could not be prepared:" << s->error();
            s.reset();
            return nullptr;
        }
    }
    return s->get();
}

QList<Vehicle> VehicleStore::readAll(sqlite3_stmt *stmt)
{
    QList<Vehicle> out;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        out.append(readVehicle(stmt));
    sqlite3_reset(stmt);
    return out;
}

QList<Vehicle> VehicleStore::findExact(const QString &vrm)
{
    const QString mark = vrm::normalise(vrm);
    sqlite3_stmt *s = statement(Exact, "SELECT " CD_VEHICLE_COLUMNS
                                       " FROM vehicles WHERE vrm_key = ?1 AND vrm = ?2 "
                                       "AND deleted = 0 ORDER BY seized_at DESC");
    if (!s || mark.isEmpty())
        return {};
    const QString key = vrm::confusionKey(mark);
    bindText(s, 1, key);
    bindText(s, 2, mark);
    return readAll(s);
}

QList<VehicleMatch> VehicleStore::find(const QString &textTyped, int limit)
{
    const QString typed = vrm::normalise(textTyped);
    if (typed.isEmpty() || limit <= 0)
        return {};
    // Two passes: candidates come from the (vrm_key, vrm) index with just their mark and
    // seizure time, are ranked, and only the best `limit` are read in full. A mark shared by
    // many records (a personalised plate seized again and again) then costs index reads, not
    // hundreds of whole records.
    sqlite3_stmt *byKey = statement(ByKey, "SELECT rowid, vrm, seized_at FROM vehicles "
                                           "WHERE vrm_key = ?1 AND deleted = 0");
    sqlite3_stmt *byPrefix =
        statement(ByPrefix, "SELECT rowid, vrm, seized_at FROM vehicles WHERE vrm_key > ?1 "
                            "AND vrm_key < ?2 AND deleted = 0 ORDER BY vrm_key LIMIT ?3");
    sqlite3_stmt *byRowid =
        statement(ByRowid, "SELECT " CD_VEHICLE_COLUMNS " FROM vehicles WHERE rowid = ?1");
    if (!byKey || !byPrefix || !byRowid)
        return {};
    struct Candidate
    {
        sqlite3_int64 rowid;
        int score;
        QByteArray seizedAt; // ISO-8601 UTC text: orders as time does
        QString vrm;
    };
    std::vector<Candidate> candidates;
    QSet<sqlite3_int64> seen;
    QHash<QString, int> scoreOf; // closeness per distinct mark
    const int threshold = 50;
    auto collect = [&](sqlite3_stmt *stmt) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const sqlite3_int64 rowid = sqlite3_column_int64(stmt, 0);
            if (seen.contains(rowid))
                continue;
            seen.insert(rowid);
            const QString mark = text(stmt, 1);
            auto it = scoreOf.find(mark);
            if (it == scoreOf.end())
                it = scoreOf.insert(mark, vrm::closeness(typed, mark));
            if (*it < threshold)
                continue;
            candidates.push_back(
                {rowid, *it,
                 QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)),
                            sqlite3_column_bytes(stmt, 2)),
                 mark});
        }
        sqlite3_reset(stmt);
    };
    const QString key = vrm::confusionKey(typed);
    // Whole marks: every key one edit away. Short input is only ever a start of a mark.
    const QStringList keys = typed.size() >= 4 ? vrm::neighbourKeys(key) : QStringList{key};
    for (const QString &k : keys) {
        bindText(byKey, 1, k);
        collect(byKey);
    }
    // The start of a mark: stored keys that begin with what was typed.
    bindText(byPrefix, 1, key);
    const QString upper = key + QLatin1Char('~');
    bindText(byPrefix, 2, upper);
    sqlite3_bind_int(byPrefix, 3, std::max(limit * 4, 50));
    collect(byPrefix);

    const auto better = [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.seizedAt != b.seizedAt)
            return a.seizedAt > b.seizedAt;
        return a.vrm < b.vrm;
    };
    const auto keep = std::min(candidates.size(), static_cast<size_t>(limit));
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<qsizetype>(keep),
                      candidates.end(), better);
    QList<VehicleMatch> out;
    out.reserve(static_cast<qsizetype>(keep));
    for (size_t i = 0; i < keep; ++i) {
        sqlite3_bind_int64(byRowid, 1, candidates[i].rowid);
        if (sqlite3_step(byRowid) == SQLITE_ROW)
            out.append({readVehicle(byRowid), candidates[i].score});
        sqlite3_reset(byRowid);
    }
    return out;
}

Result<Vehicle> VehicleStore::get(const QString &id)
{
    sqlite3_stmt *s = statement(ById, "SELECT " CD_VEHICLE_COLUMNS " FROM vehicles WHERE id = ?1");
    if (!s)
        return Result<Vehicle>::failure(Tr::tr("could not read the vehicle"));
    bindText(s, 1, id);
    const QList<Vehicle> rows = readAll(s);
    if (rows.isEmpty())
        return Result<Vehicle>::failure(Tr::tr("no vehicle %1").arg(id),
                                        QStringLiteral("not_found"));
    return rows.first();
}

int VehicleStore::count() const
{
    SqliteStatement s(m_db.handle(), "SELECT count(*) FROM vehicles WHERE deleted = 0", true);
    if (!s.ok() || s.step() != SQLITE_ROW)
        return -1;
    return s.columnInt(0);
}

Status VehicleStore::recordView(const QString &actor, const QString &vehicleId)
{
    return AuditStore(m_db).recordNow(actor, QStringLiteral("view"), kEntity, vehicleId);
}

Result<VehicleImportReport> VehicleStore::importFile(const QString &path, const QString &actor,
                                                     const ProgressFn &progress,
                                                     const std::atomic<bool> *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<VehicleImportReport>::failure(
            Tr::tr("cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("file"));
    return importCsv(file, actor, progress, cancel);
}

namespace {

// The import runs as two stages: a reader thread parses and checks the CSV and turns each
// good row into UTF-8 values; the calling thread (which owns the connection) binds them to
// the prepared upsert. A bounded queue between them keeps memory flat.
constexpr int kTextColumns = 17;
// Bind index of each text value, in the order a prepared row holds them.
constexpr int kTextBind[kTextColumns] = {1,  2,  3,  4,  6,  7,  8,  9, 10,
                                         11, 12, 13, 14, 15, 18, 19, 20};
constexpr int kBatchRows = 2048;
constexpr int kQueueBatches = 4;

struct Batch
{
    QByteArray arena;                       // every value of every row, UTF-8
    std::vector<std::pair<int, int>> spans; // offset, length: kTextColumns per row
    std::vector<quint8> flags;              // per row: 1 unusual mark, 2 laden, 4 police hold
    std::vector<int> lines;                 // per row
    QList<VehicleImportError> errors;       // rows rejected while reading this batch
    int records = 0;                        // data rows read, good or bad
    qint64 bytesRead = 0;
    QString fatal; // the header is unusable
    bool end = false;
};

class BatchQueue
{
public:
    void push(Batch &&b)
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.size() >= kQueueBatches && !m_stopped)
            m_notFull.wait(&m_mutex);
        m_queue.push_back(std::move(b));
        m_notEmpty.wakeOne();
    }
    Batch pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_queue.empty())
            m_notEmpty.wait(&m_mutex);
        Batch b = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.wakeOne();
        return b;
    }
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_notFull.wakeAll();
    }
    bool stopped()
    {
        QMutexLocker lock(&m_mutex);
        return m_stopped;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<Batch> m_queue;
    bool m_stopped = false;
};

void appendValue(Batch &b, const QString &value)
{
    const qsizetype at = b.arena.size();
    // Marks, codes and times are ASCII; anything else goes through the UTF-8 encoder.
    bool ascii = true;
    for (QChar c : value)
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {
        b.arena.resize(at + value.size());
        char *out = b.arena.data() + at;
        for (QChar c : value)
            *out++ = static_cast<char>(c.unicode());
    } else {
        b.arena.append(value.toUtf8());
    }
    b.spans.emplace_back(static_cast<int>(at), static_cast<int>(b.arena.size() - at));
}

void readCsv(QIODevice &in, BatchQueue &queue, const QDateTime &now)
{
    csv::Reader reader;
    std::optional<vehicles::CsvHeader> header;
    Batch batch;
    qint64 bytesRead = 0;
    auto flush = [&](bool end) {
        batch.bytesRead = bytesRead;
        batch.end = end;
        queue.push(std::move(batch));
        batch = Batch();
    };
    while (!queue.stopped()) {
        const QByteArray chunk = in.read(1 << 16);
        const bool atEnd = chunk.isEmpty();
        if (atEnd) {
            reader.finish();
        } else {
            bytesRead += chunk.size();
            reader.feed(chunk);
        }
        while (reader.hasRecord()) {
            const csv::Record record = reader.take();
            if (!header) {
                Result<vehicles::CsvHeader> h = vehicles::CsvHeader::fromRecord(record);
                if (!h) {
                    batch.fatal = h.errorMessage();
                    flush(true);
                    return;
                }
                header = h.value();
                continue;
            }
            ++batch.records;
            Result<Vehicle> row = vehicles::fromRecord(*header, record, now);
            if (!row) {
                batch.errors.append({record.line, row.errorMessage()});
                continue;
            }
            const Vehicle &v = row.value();
            for (const QString *value :
                 {&v.id, &v.reference, &v.vrm, &v.vrmFormat, &v.make, &v.model, &v.colour})
                appendValue(batch, *value);
            appendValue(batch, vehicles::isoUtc(v.seizedAt));
            for (const QString *value :
                 {&v.power, &v.location, &v.status, &v.weightClass, &v.condition, &v.position})
                appendValue(batch, *value);
            appendValue(batch, vehicles::isoUtc(v.noticeServedAt));
            appendValue(batch, vehicles::isoUtc(v.releasedAt));
            appendValue(batch, vehicles::isoUtc(v.disposedAt));
            batch.flags.push_back(static_cast<quint8>((v.vrmUnusual ? 1 : 0) | (v.laden ? 2 : 0) |
                                                      (v.policeHold ? 4 : 0)));
            batch.lines.push_back(record.line);
            if (static_cast<int>(batch.lines.size()) >= kBatchRows)
                flush(false);
        }
        // A quote error or an over-long record: reported, and reading goes on after it.
        for (const csv::ReadError &e : reader.takeErrors()) {
            ++batch.records;
            batch.errors.append({e.line, e.message});
        }
        if (atEnd)
            break;
    }
    if (!header && batch.fatal.isEmpty())
        batch.fatal = QCoreApplication::translate(
            "cd::VehicleStore", "the file is empty: the first row must name the columns");
    flush(true);
}

} // namespace

Result<VehicleImportReport> VehicleStore::importCsv(QIODevice &in, const QString &actor,
                                                    const ProgressFn &progress,
                                                    const std::atomic<bool> *cancel)
{
    using R = Result<VehicleImportReport>;
    sqlite3 *db = m_db.handle();
    if (!db)
        return R::failure(Tr::tr("the database is not open"));
    if (execRaw(db, "BEGIN IMMEDIATE") != SQLITE_OK)
        return R::failure(
            Tr::tr("could not start the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    BatchQueue queue;
    std::thread readerThread;
    bool open = true;
    struct Guard
    {
        std::function<void()> done;
        ~Guard() { done(); }
    } guard{[&]() {
        if (readerThread.joinable()) {
            queue.stop();
            // Drain so a reader blocked on a full queue can finish.
            while (!queue.pop().end) {
            }
            readerThread.join();
        }
        if (open)
            execRaw(db, "ROLLBACK");
    }};

    SqliteStatement upsert(db, kUpsert, true);
    if (!upsert.ok())
        return R::failure(Tr::tr("could not prepare the import: %1").arg(upsert.error()));
    sqlite3_stmt *st = upsert.get();

    VehicleImportReport report;
    const QByteArray origin = m_db.workstationId().toUtf8();
    const QByteArray importedAt = vehicles::isoUtc(Clock::instance().now()).toUtf8();
    HybridLogicalClock &clock = m_db.hlc();
    std::optional<Hlc> firstHlc;
    Hlc lastHlc;
    const qint64 total = in.isSequential() ? 0 : in.size();
    qint64 bytesRead = 0;
    int sinceProgress = 0;

    sqlite3_bind_text(st, 21, importedAt.constData(), static_cast<int>(importedAt.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(st, 23, origin.constData(), static_cast<int>(origin.size()), SQLITE_STATIC);
    const QDateTime now = Clock::instance().now();
    readerThread = std::thread([&in, &queue, now] { readCsv(in, queue, now); });
    bool ended = false;
    while (!ended) {
        Batch batch = queue.pop();
        ended = batch.end;
        if (ended)
            readerThread.join();
        if (!batch.fatal.isEmpty())
            return R::failure(batch.fatal, QStringLiteral("header"));
        bytesRead = batch.bytesRead;
        report.rows += batch.records;
        report.bad += static_cast<int>(batch.errors.size());
        report.errors.append(batch.errors);
        const char *base = batch.arena.constData();
        for (size_t r = 0; r < batch.lines.size(); ++r) {
            const Hlc hlc = clock.now();
            if (!firstHlc)
                firstHlc = hlc;
            lastHlc = hlc;
            const QByteArray hlcString = hlcText(hlc).toLatin1();
            const auto *span = &batch.spans[r * kTextColumns];
            for (int c = 0; c < kTextColumns; ++c) {
                const int index = kTextBind[c];
                if (span[c].second == 0 && index >= 18)
                    sqlite3_bind_null(st, index);
                else
                    sqlite3_bind_text(st, index, base + span[c].first, span[c].second,
                                      SQLITE_STATIC);
            }
            const quint8 flags = batch.flags[r];
            sqlite3_bind_int(st, 5, flags & 1 ? 1 : 0);
            sqlite3_bind_int(st, 16, flags & 2 ? 1 : 0);
            sqlite3_bind_int(st, 17, flags & 4 ? 1 : 0);
            sqlite3_bind_text(st, 22, hlcString.constData(), static_cast<int>(hlcString.size()),
                              SQLITE_STATIC);
            const sqlite3_int64 rowidBefore = sqlite3_last_insert_rowid(db);
            const int rc = sqlite3_step(st);
            sqlite3_reset(st);
            if (rc != SQLITE_DONE) {
                if ((rc & 0xff) == SQLITE_CONSTRAINT) {
                    ++report.bad;
                    report.errors.append({batch.lines[r], QString::fromUtf8(sqlite3_errmsg(db))});
                    continue;
                }
                return R::failure(Tr::tr("line %1: could not store the vehicle: %2")
                                      .arg(batch.lines[r])
                                      .arg(QString::fromUtf8(sqlite3_errmsg(db))));
            }
            if (sqlite3_changes(db) == 0)
                ++report.unchanged;
            else if (sqlite3_last_insert_rowid(db) != rowidBefore)
                ++report.added;
            else
                ++report.updated;
            if (flags & 1)
                ++report.unusualMarks;
        }
        sinceProgress += batch.records;
        if (sinceProgress >= 4096 || ended) {
            sinceProgress = 0;
            if ((cancel && cancel->load(std::memory_order_relaxed)) ||
                (!ended && progress && !progress({bytesRead, total, report.rows}))) {
                report.cancelled = true;
                report.added = report.updated = report.unchanged = 0;
                return report; // the guard stops the reader and rolls back
            }
        }
    }
    std::sort(
        report.errors.begin(), report.errors.end(),
        [](const VehicleImportError &a, const VehicleImportError &b) { return a.line < b.line; });

    const int changed = report.added + report.updated;
    if (firstHlc && changed > 0) {
        QElapsedTimer outboxTimer;
        outboxTimer.start();
        const QString created = Clock::instance().now().toString(Qt::ISODateWithMs);
        const QString from = hlcText(*firstHlc);
        const QString to = hlcText(lastHlc);
        if (changed <= kRowOutboxLimit) {
            SqliteStatement outbox(db, kOutbox, true);
            if (!outbox.ok())
                return R::failure(
                    Tr::tr("could not queue the changes for sync: %1").arg(outbox.error()));
            bindText(outbox.get(), 1, created);
            bindText(outbox.get(), 2, from);
            bindText(outbox.get(), 3, to);
            bindText(outbox.get(), 4, m_db.workstationId());
            if (outbox.step() != SQLITE_DONE)
                return R::failure(
                    Tr::tr("could not queue the changes for sync: %1").arg(outbox.error()));
        } else {
            // A bulk fill: one entry naming exactly the rows it changed (this workstation's
            // HLC range), for the sync to send by COPY rather than row by row.
            SqliteStatement outbox(
                db,
                "INSERT INTO outbox (entity, entity_id, op, hlc, payload, created_at) "
                "VALUES ('vehicles_import', ?1, 'upsert', ?2, json_object('table', 'vehicles', "
                "'origin', ?3, 'hlc_from', ?4, 'hlc_to', ?2, 'rows', ?5), ?6)",
                true);
            if (!outbox.ok())
                return R::failure(
                    Tr::tr("could not queue the changes for sync: %1").arg(outbox.error()));
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            bindText(outbox.get(), 1, id);
            bindText(outbox.get(), 2, to);
            bindText(outbox.get(), 3, m_db.workstationId());
            bindText(outbox.get(), 4, from);
            outbox.bindInt(5, changed);
            bindText(outbox.get(), 6, created);
            if (outbox.step() != SQLITE_DONE)
                return R::failure(
                    Tr::tr("could not queue the changes for sync: %1").arg(outbox.error()));
        }
        qCInfo(lcStorage) << "queued" << changed << "vehicle changes for sync in"
                          << outboxTimer.elapsed() << "ms";
        (void)m_db.tick(); // remembers the clock past every value used above
    }
    const QString detail = QStringLiteral("rows=%1 added=%2 updated=%3 unchanged=%4 bad=%5")
                               .arg(report.rows)
                               .arg(report.added)
                               .arg(report.updated)
                               .arg(report.unchanged)
                               .arg(report.bad);
    if (Status s =
            AuditStore(m_db).record(actor, QStringLiteral("import"), kEntity,
                                    QUuid::createUuid().toString(QUuid::WithoutBraces), detail);
        !s)
        return s.error();
    if (execRaw(db, "COMMIT") != SQLITE_OK)
        return R::failure(
            Tr::tr("could not commit the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    open = false;
    if (progress)
        progress({bytesRead, total, report.rows});
    return report;
}

} // namespace cd
