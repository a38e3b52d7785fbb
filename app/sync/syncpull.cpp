#include "sync/syncsession.h"

#include "core/hlc.h"
#include "core/londonday.h"
#include "storage/contactbulkwrite.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/sqlitestatement.h"
#include "storage/syncstate.h"
#include "storage/transaction.h"
#include "sync/flatjson.h"
#include "sync/mergedrow.h"
#include "sync/pg.h"
#include "sync/synclog.h"
#include "sync/syncsession_p.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <future>
#include <limits>
#include <optional>
#include <sqlite3.h>

// The pull: rows changed on the shared database since the cursor, into the local cache.

namespace cd::sync {

namespace {

class CheckpointAtEnd
{
public:
    explicit CheckpointAtEnd(sqlite3 *db)
        : m_db(db)
    {
        SqliteStatement st(db, "PRAGMA wal_autocheckpoint");
        if (st.ok() && st.step() == SQLITE_ROW)
            m_previous = st.columnInt(0);
        sqlite3_wal_autocheckpoint(db, 0);
    }
    ~CheckpointAtEnd()
    {
        sqlite3_wal_autocheckpoint(m_db, m_previous);
        QElapsedTimer timer;
        timer.start();
        int pages = 0;
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &pages, nullptr);
        qCDebug(lcSync) << "pull checkpoint:" << pages << "pages in" << timer.elapsed() << "ms";
    }
    CheckpointAtEnd(const CheckpointAtEnd &) = delete;
    CheckpointAtEnd &operator=(const CheckpointAtEnd &) = delete;

private:
    sqlite3 *m_db;
    int m_previous = 1000;
};

// Runs SQL of the pull on the workstation's database (Database::exec), saying what failed.
Status execLocal(Database &db, const QByteArray &sql)
{
    if (Status s = db.exec(QString::fromUtf8(sql)); !s)
        return Status::failure(
            QStringLiteral("could not store pulled rows: %1").arg(s.errorMessage()));
    return success();
}

// A merged row's value, bound as SQLite would store it from the JSON.
void bindJson(SqliteStatement &st, int i, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        st.bindInt(i, v.toBool() ? 1 : 0);
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (double(qint64(d)) == d)
            st.bindInt64(i, qint64(d));
        else
            st.bindDouble(i, d);
        break;
    }
    default: {
        bool isNull = false;
        const QByteArray t = jsonScalarText(v, &isNull);
        if (isNull)
            st.bindNull(i);
        else
            st.bindText(i, t.isNull() ? QByteArray("") : t);
    }
    }
}

// Times the workstation reads (london_day(), the Desk): a pulled row whose time it cannot read
// is set aside rather than stored, where it would break the daily counts or every later pull.
struct TimeColumn
{
    const char *table;
    const char *column;
    bool required;
};
const TimeColumn kTimeColumns[] = {
    {"contacts", "started_at", true},        {"contacts", "ended_at", false},
    {"vehicles", "seized_at", true},         {"vehicles", "imported_at", true},
    {"vehicles", "notice_served_at", false}, {"vehicles", "released_at", false},
    {"vehicles", "disposed_at", false},      {"vehicles", "hold_ended_at", false},
    {"escalations", "raised_on", true},      {"escalations", "due_at", false},
    {"escalations", "created_at", true},     {"escalations", "updated_at", true},
    {"escalation_events", "at", true},       {"escalation_notes", "at", true},
    {"improvements", "created_at", true},    {"qa_reviews", "reviewed_at", true},
};

struct TimeCheck
{
    int col; // in the pulled row (mirror) or -1 (merged: by name)
    QString name;
    bool required;
};

QList<TimeCheck> timeChecks(const QString &table, const QStringList &cols)
{
    QList<TimeCheck> checks;
    for (const TimeColumn &c : kTimeColumns)
        if (table == QLatin1String(c.table)) {
            const QString name = QLatin1String(c.column);
            checks.append({int(cols.indexOf(name)), name, c.required});
        }
    return checks;
}

// Why a stored time cannot be used here (names the column, never the value), or "".
QString timeProblem(const TimeCheck &check, const QByteArray &value)
{
    if (value.isEmpty())
        return check.required ? QStringLiteral("%1 is missing").arg(check.name) : QString();
    if (!parseStoredTime(value))
        return QStringLiteral("%1 cannot be read as a time here").arg(check.name);
    return {};
}

// The error code of a batch whose rows a table refused set-wise: it is applied again row by row.
constexpr char kRowsRefused[] = "rows_refused";

// Whether a failed SQLite step refused the row itself (a constraint, a trigger's check, a
// value of the wrong type or size, malformed JSON), so that the row can be set aside; anything
// else (disk full, I/O, a lock) fails the pull, which is then tried again with nothing lost.
bool refusesTheRow(int rc, const QString &message)
{
    switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return true;
    case SQLITE_ERROR:
        return message.contains(QLatin1String("JSON"), Qt::CaseInsensitive);
    default:
        return false;
    }
}

} // namespace

Result<PullStats> SyncSession::pull()
{
    PullStats total;
    if (!isConnected())
        if (Status s = connect(); !s)
            return s.error();
    Result<Fetched> fetched = fetchBatch(cursor());
    if (!fetched)
        return failed<PullStats>(fetched.error());
    // A pull of many batches writes the same index and full-text pages batch after batch; with
    // the usual checkpoint every 2,000 pages each of them is copied into the database file
    // again and again. For such a pull the WAL is checkpointed once, when it ends (even by a
    // failure), here on the sync's connection rather than at someone's next save.
    std::optional<CheckpointAtEnd> checkpoint;
    if (fetched->anyFull)
        checkpoint.emplace(m_db.handle());
    for (;;) {
        fault("pull.before_apply");
        // The server's next batch is read on another thread while this one goes into SQLite;
        // the connection is used by that thread alone until get().
        std::future<Result<Fetched>> next;
        if (fetched->anyFull)
            next = std::async(std::launch::async,
                              [this, from = fetched->bound] { return fetchBatch(from); });
        Result<PullStats> r = applyBatch(fetched.value(), false);
        if (!r && r.error().code == QLatin1String(kRowsRefused))
            r = applyBatch(fetched.value(), true);
        if (!r) {
            if (next.valid())
                next.wait();
            return failed<PullStats>(r.error());
        }
        total.batches += r->batches;
        total.applied += r->applied;
        total.keptLocal += r->keptLocal;
        total.setAside += r->setAside;
        total.cursor = r->cursor;
        if (!next.valid())
            return total;
        fetched = next.get();
        if (!fetched)
            return failed<PullStats>(fetched.error());
    }
}

Result<SyncSession::Fetched> SyncSession::fetchBatch(qint64 from)
{
    QElapsedTimer timer;
    timer.start();
    Fetched f;
    if (Status s = m_conn->run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !s)
        return s.error();
    // Each query wants the next rows in server_seq order, which the (team, server_seq) and
    // server_seq indexes give without sorting. Before the server has statistics for a table
    // (just after a large push, until autovacuum analyses it) the planner guesses the team
    // filter keeps a handful of rows and reads every row after the cursor to sort them for the
    // first batch: each batch then costs as much as all that remain. No sort is ever needed.
    // (With the server's clock, read in the same round trip: what a pulled row's time may be
    // ahead of at most, for the workstation's clock.)
    Result<PgResult> now =
        m_conn->exec("SELECT set_config('enable_sort', 'off', true), "
                     "(extract(epoch FROM statement_timestamp()) * 1000)::bigint");
    if (!now)
        return now.error();
    f.serverMs = now->integer(0, 1);
    qint64 bound = std::numeric_limits<qint64>::max();
    for (auto &t : m_tables) {
        if (!t->pull || !t->server || !t->local)
            continue;
        Fetched::Pulled p{t.get(), {}, false};
        QByteArray select;
        if (t->kind == SyncTable::Mirror) {
            if (t->cols.isEmpty())
                continue;
            select = "SELECT " + t->cols.join(QStringLiteral(", ")).toUtf8() +
                     ", server_seq FROM " + t->name.toUtf8();
        } else {
            select =
                "SELECT id, team, fields::text, updated_hlc, origin, deleted, server_seq FROM " +
                t->name.toUtf8();
        }
        select += " WHERE server_seq > " + QByteArray::number(from) +
                  " ORDER BY server_seq LIMIT " + QByteArray::number(m_pullBatch);
        QList<QByteArray> fields;
        Status s =
            m_conn->copyOut("COPY (" + select + ") TO STDOUT", [&](const char *data, int len) {
                copySplitLine(data, len, fields);
                p.rows.append(std::move(fields));
            });
        if (!s)
            return s.error();
        if (p.rows.size() >= m_pullBatch) {
            p.full = true;
            f.anyFull = true;
            bound = std::min(bound, p.rows.constLast().constLast().toLongLong());
        }
        f.pulled.append(std::move(p));
    }
    if (!f.anyFull) {
        Result<PgResult> r = m_conn->exec("SELECT cd_max_seq()");
        if (!r)
            return r.error();
        bound = std::max(from, r->integer(0, 0));
    }
    if (Status s = m_conn->run("COMMIT"); !s)
        return s.error();
    f.bound = bound;
    f.ms = timer.elapsed();
    return f;
}

Result<PullStats> SyncSession::applyBatch(Fetched &fetched, bool careful)
{
    QElapsedTimer phase; // for QT_LOGGING_RULES="contactdesk.sync.debug=true"
    phase.start();
    qint64 stageMs = 0, insertMs = 0, catchUpMs = 0;
    PullStats stats;
    const qint64 bound = fetched.bound;
    QList<Fetched::Pulled> &pulled = fetched.pulled;
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    // Outbox::pendingKey() -> the newest pending HLC of that row
    Result<QHash<QString, QString>> pendingHlc = Outbox(m_db).newestPending();
    if (!pendingHlc)
        return pendingHlc.error();
    const QHash<QString, QString> &pending = pendingHlc.value();
    SyncStateStore state(m_db);
    // Rows set aside by earlier pulls: a version of one that lands here takes it off the list.
    const bool anySetAside = state.setAsideCount() > 0;
    QString newestHlc;
    for (Fetched::Pulled &p : pulled) {
        SyncTable &t = *p.table;
        if (t.kind == SyncTable::Mirror) {
            // The rows go into a scratch table first and from there into the table in one
            // statement. Row by row, every insert into a table with triggers and six indexes
            // opens its own statement journal and copies each page it touches into it; one
            // statement does that once per page for the whole batch.
            const QByteArray name = t.name.toUtf8();
            const QByteArray cols = t.cols.join(QStringLiteral(", ")).toUtf8() + ", server_seq";
            const QByteArray stage = "temp.cd_pull_" + name;
            if (Status s =
                    execLocal(m_db, "CREATE TABLE IF NOT EXISTS " + stage + " (" + cols + ")");
                !s)
                return s.error();
            QByteArray placeholders;
            for (int i = 0; i <= t.cols.size(); ++i)
                placeholders += i ? ",?" : "?";
            SqliteStatement staged(m_db.handle(),
                                   "INSERT INTO " + stage + " VALUES (" + placeholders + ")");
            if (!staged.ok())
                return Result<PullStats>::failure(
                    QStringLiteral("could not prepare to store %1: %2")
                        .arg(t.name, staged.error()));
            // "INSERT ... SELECT ... FROM stage" + the rows' condition + what a conflict does.
            const QByteArray insert =
                "INSERT INTO " + name + " (" + cols + ") SELECT " + cols + " FROM " + stage;
            QByteArray upsert = " ON CONFLICT (id) DO UPDATE SET ";
            if (!t.insertOnly) // append-only rows never change; only their number is filled in
                for (const QString &c : t.cols)
                    if (c != QLatin1String("id"))
                        upsert += c.toUtf8() + " = excluded." + c.toUtf8() + ", ";
            upsert += "server_seq = excluded.server_seq WHERE coalesce(" + name +
                      ".server_seq, 0) < excluded.server_seq";
            const int idCol = int(t.cols.indexOf(QStringLiteral("id")));
            const int hlcCol = int(t.cols.indexOf(QStringLiteral("updated_hlc")));
            // A row whose version (HLC) the workstation has already, such as one it pushed
            // itself, only takes its server number: rewritten whole it would run every update
            // trigger (full text, counts) for nothing. No trigger watches server_seq.
            QByteArray numberOnly;
            if (!t.insertOnly && hlcCol >= 0) {
                upsert += " AND " + name + ".updated_hlc IS NOT excluded.updated_hlc";
                numberOnly = "UPDATE " + name + " SET server_seq = s.server_seq FROM " + stage +
                             " AS s WHERE " + name + ".id = s.id AND " + name +
                             ".updated_hlc = s.updated_hlc AND coalesce(" + name +
                             ".server_seq, 0) < s.server_seq";
            }
            const QList<TimeCheck> checks = timeChecks(t.name, t.cols);
            QByteArray newest = newestHlc.toUtf8();
            for (const QList<QByteArray> &row : std::as_const(p.rows)) {
                if (row.isEmpty() || row.constLast().toLongLong() > bound)
                    continue;
                QString problem;
                if (row.size() != t.cols.size() + 1)
                    problem = QStringLiteral("the row has %1 columns, not %2")
                                  .arg(row.size())
                                  .arg(t.cols.size() + 1);
                for (qsizetype c = 0; c < checks.size() && problem.isEmpty(); ++c)
                    if (checks.at(c).col >= 0)
                        problem = timeProblem(checks.at(c), row.at(checks.at(c).col));
                if (!problem.isEmpty()) {
                    if (Status s = state.setAside(t.name, QString::fromUtf8(row.value(idCol)),
                                                  row.constLast().toLongLong(), problem);
                        !s)
                        return s.error();
                    ++stats.setAside;
                    continue;
                }
                const QByteArray hlc = hlcCol >= 0 ? row.at(hlcCol) : QByteArray();
                if (!pending.isEmpty() && idCol >= 0) {
                    const auto it = pending.constFind(
                        Outbox::pendingKey(t.name, QString::fromUtf8(row.at(idCol))));
                    if (it != pending.constEnd() && *it > QString::fromUtf8(hlc)) {
                        ++stats.keptLocal;
                        continue;
                    }
                }
                for (int i = 0; i < row.size(); ++i)
                    staged.bindStatic(i + 1, row.at(i)); // the row outlives the step
                if (staged.run() != SQLITE_DONE)
                    return Result<PullStats>::failure(
                        QStringLiteral("could not store a pulled %1 row: %2")
                            .arg(t.name, staged.error()));
                ++stats.applied;
                if (hlc > newest) // HLCs are ASCII: byte order is their order
                    newest = hlc;
            }
            newestHlc = QString::fromUtf8(newest);
            stageMs += phase.restart();
            // The rows go in set-wise. Should the table refuse any of them (a constraint, a
            // trigger's check), the whole batch is rolled back and applied again `carefully`:
            // the rows one by one, those refused set aside. One bad row never stops the pull,
            // and a batch without one pays nothing for that.
            const auto setWise = [&]() -> Status {
                // Rows the workstation has none of (a first fill, rows new from elsewhere) need no
                // pass for rows it has: one probe each instead of two.
                bool anyKnown = true;
                if (idCol >= 0) {
                    SqliteStatement known(m_db.handle(), "SELECT EXISTS (SELECT 1 FROM " + stage +
                                                             " WHERE id IN (SELECT id FROM main." +
                                                             name + "))");
                    anyKnown = !known.ok() || known.step() != SQLITE_ROW || known.columnInt(0) != 0;
                }
                if (anyKnown && !numberOnly.isEmpty())
                    if (Status s = execLocal(m_db, numberOnly); !s)
                        return s;
                if (t.name != QLatin1String("contacts")) {
                    if (Status s = execLocal(m_db, insert + " WHERE true" + upsert); !s)
                        return s;
                } else {
                    // Contacts the workstation has are updated with their triggers; the new ones
                    // (each id comes at most once in a batch, as ContactBulkWrite requires) are
                    // inserted without, then indexed and counted set-wise.
                    if (anyKnown)
                        if (Status s = execLocal(
                                m_db,
                                insert + " WHERE id IN (SELECT id FROM main.contacts)" + upsert);
                            !s)
                            return s;
                    ContactBulkWrite bulk(m_db);
                    if (Status s = bulk.begin(); !s)
                        return s;
                    if (Status s = bulk.insertNew(
                            QString::fromUtf8(insert + " WHERE true ON CONFLICT (id) DO NOTHING"));
                        !s)
                        return Status::failure(QStringLiteral("could not store pulled contacts: %1")
                                                   .arg(s.errorMessage()));
                    insertMs += phase.restart();
                    if (Status s = bulk.finish(); !s)
                        return s;
                    catchUpMs += phase.restart();
                }
                return success();
            };
            if (careful) {
                if (Status one = applyRowByRow(t, stage, insert, upsert, numberOnly, &stats); !one)
                    return one.error();
            } else if (Status s = setWise(); !s) {
                qCDebug(lcSync) << "pulled" << t.name
                                << "rows refused set-wise; the batch is applied row by row:"
                                << s.errorMessage();
                return Error{s.errorMessage(), QString::fromLatin1(kRowsRefused)};
            }
            if (anySetAside && idCol >= 0)
                if (Status s =
                        execLocal(m_db, "DELETE FROM sync_set_aside WHERE entity = '" + name +
                                            "' AND entity_id IN (SELECT id FROM " + stage + ")");
                    !s)
                    return s.error();
            if (Status s = execLocal(m_db, "DELETE FROM " + stage); !s)
                return s.error();
            insertMs += phase.restart();
        } else {
            QStringList cols;
            for (const QString &c : t.localCols)
                if (c != QLatin1String("rowid"))
                    cols.append(c);
            QByteArray sql = "INSERT INTO " + t.name.toUtf8() + " (" +
                             cols.join(QStringLiteral(", ")).toUtf8() + ") VALUES (";
            for (int i = 0; i < cols.size(); ++i)
                sql += i ? ",?" : "?";
            sql += ") ON CONFLICT (id) DO UPDATE SET ";
            for (int i = 0; i < cols.size(); ++i)
                sql += (i ? ", " : "") + cols.at(i).toUtf8() + " = excluded." + cols.at(i).toUtf8();
            SqliteStatement ins(m_db.handle(), sql);
            SqliteStatement shadow(
                m_db.handle(),
                "INSERT INTO sync_shadow (entity, entity_id, server_seq, payload) VALUES (?, ?, ?, "
                "?) "
                "ON CONFLICT (entity, entity_id) DO UPDATE SET server_seq = excluded.server_seq, "
                "payload = excluded.payload");
            SqliteStatement forget(m_db.handle(),
                                   "DELETE FROM sync_set_aside WHERE entity = ? AND entity_id = ?");
            const QList<TimeCheck> checks = timeChecks(t.name, {});
            if (!ins.ok() || !shadow.ok() || !forget.ok())
                return Result<PullStats>::failure(
                    QStringLiteral("could not prepare to store %1: %2").arg(t.name, ins.error()));
            for (const QList<QByteArray> &row : std::as_const(p.rows)) {
                if (row.size() != 7 || row.at(6).toLongLong() > bound)
                    continue; // the pull's own SELECT: always 7 columns
                const QString id = QString::fromUtf8(row.at(0));
                const QString hlc = QString::fromUtf8(row.at(3));
                const auto it = pending.constFind(Outbox::pendingKey(t.name, id));
                if (it != pending.constEnd() && *it > hlc) {
                    ++stats.keptLocal;
                    continue;
                }
                const QJsonDocument doc = QJsonDocument::fromJson(row.at(2));
                QString problem;
                if (!doc.isObject())
                    problem = QStringLiteral("fields is not a JSON object");
                QJsonObject o = unflatten(doc.object());
                o.insert(QStringLiteral("id"), id);
                o.insert(QStringLiteral("team"), QString::fromUtf8(row.at(1)));
                o.insert(QStringLiteral("updated_hlc"), hlc);
                o.insert(QStringLiteral("origin"), QString::fromUtf8(row.at(4)));
                o.insert(QStringLiteral("deleted"), row.at(5).toInt());
                o.insert(QStringLiteral("server_seq"), row.at(6).toLongLong());
                for (qsizetype c = 0; c < checks.size() && problem.isEmpty(); ++c) {
                    const QJsonValue v = o.value(checks.at(c).name);
                    if (!v.isString() && !v.isNull() && !v.isUndefined())
                        problem = QStringLiteral("%1 cannot be read as a time here")
                                      .arg(checks.at(c).name);
                    else
                        problem = timeProblem(checks.at(c), v.toString().toUtf8());
                }
                if (problem.isEmpty()) {
                    for (int i = 0; i < cols.size(); ++i)
                        bindJson(ins, i + 1, o.value(cols.at(i)));
                    if (const int rc = ins.run(); rc != SQLITE_DONE) {
                        if (!refusesTheRow(rc, ins.error()))
                            return Result<PullStats>::failure(
                                QStringLiteral("could not store a pulled %1 row: %2")
                                    .arg(t.name, ins.error()));
                        problem = QStringLiteral("not stored here: %1").arg(ins.error());
                    }
                }
                if (!problem.isEmpty()) {
                    if (Status s = state.setAside(t.name, id, row.at(6).toLongLong(), problem); !s)
                        return s.error();
                    ++stats.setAside;
                    continue;
                }
                if (anySetAside) {
                    forget.bindText(1, t.name.toUtf8());
                    forget.bindText(2, id.toUtf8());
                    if (forget.run() != SQLITE_DONE)
                        return Result<PullStats>::failure(
                            QStringLiteral("could not clear a set-aside %1 row: %2")
                                .arg(t.name, forget.error()));
                }
                shadow.bindText(1, t.name.toUtf8());
                shadow.bindText(2, id.toUtf8());
                shadow.bindInt64(3, row.at(6).toLongLong());
                shadow.bindText(4, QJsonDocument(o).toJson(QJsonDocument::Compact));
                if (shadow.run() != SQLITE_DONE)
                    return Result<PullStats>::failure(
                        QStringLiteral("could not remember a pulled %1 row: %2")
                            .arg(t.name, shadow.error()));
                ++stats.applied;
                if (hlc > newestHlc)
                    newestHlc = hlc;
            }
        }
    }
    Hlc newest;
    if (!newestHlc.isEmpty() && Hlc::parse(newestHlc, &newest)) {
        m_db.hlc().receive(boundedRemote(newest, fetched.serverMs));
        if (Status s = SyncStateStore(m_db).rememberClock(); !s)
            return s.error();
    }
    if (Status s = state.setCursor(bound); !s)
        return s.error();
    if (Status s = state.setValue(SyncStateStore::Key::LastPull,
                                  QString::number(QDateTime::currentMSecsSinceEpoch()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCDebug(lcSync) << "pull batch:" << stats.applied << "rows; fetch" << fetched.ms
                    << "ms (beside the previous batch's apply), staged" << stageMs << "ms, insert"
                    << insertMs << "ms, index and count" << catchUpMs << "ms, the rest"
                    << phase.elapsed() << "ms";
    stats.batches = 1;
    stats.cursor = bound;
    return stats;
}

// The rows of `stage` one at a time, each a statement of its own (SQLite undoes a refused one
// alone, triggers included): a row the table refuses is set aside with SQLite's reason, which
// names the constraint or the column, never the value. Contacts go in with their triggers.
Status SyncSession::applyRowByRow(SyncTable &t, const QByteArray &stage, const QByteArray &insert,
                                  const QByteArray &upsert, const QByteArray &numberOnly,
                                  PullStats *stats)
{
    sqlite3 *h = m_db.handle();
    struct Staged
    {
        qint64 rowid;
        QByteArray id;
        qint64 seq;
    };
    QList<Staged> rows;
    {
        SqliteStatement read(h, "SELECT rowid, id, server_seq FROM " + stage + " ORDER BY rowid");
        if (!read.ok())
            return Status::failure(
                QStringLiteral("could not read pulled %1 rows: %2").arg(t.name, read.error()));
        while (read.step() == SQLITE_ROW)
            rows.append({read.columnInt64(0), read.columnBytes(1), read.columnInt64(2)});
    }
    SqliteStatement one(h, insert + " WHERE rowid = ?1" + upsert);
    std::optional<SqliteStatement> number;
    if (!numberOnly.isEmpty())
        number.emplace(h, numberOnly + " AND s.rowid = ?1");
    SqliteStatement drop(h, "DELETE FROM " + stage + " WHERE rowid = ?1");
    if (!one.ok() || (number && !number->ok()) || !drop.ok())
        return Status::failure(
            QStringLiteral("could not prepare to store %1: %2").arg(t.name, one.error()));
    SyncStateStore state(m_db);
    for (const Staged &r : std::as_const(rows)) {
        int rc = SQLITE_DONE;
        if (number) {
            number->bindInt64(1, r.rowid);
            rc = number->run();
        }
        QString why = rc == SQLITE_DONE ? QString() : number->error();
        if (rc == SQLITE_DONE) {
            one.bindInt64(1, r.rowid);
            rc = one.run();
            if (rc != SQLITE_DONE)
                why = one.error();
        }
        if (rc == SQLITE_DONE)
            continue;
        if (!refusesTheRow(rc, why))
            return Status::failure(
                QStringLiteral("could not store a pulled %1 row: %2").arg(t.name, why));
        if (Status s = state.setAside(t.name, QString::fromUtf8(r.id), r.seq,
                                      QStringLiteral("not stored here: %1").arg(why));
            !s)
            return s;
        drop.bindInt64(1, r.rowid);
        if (drop.run() != SQLITE_DONE)
            return Status::failure(
                QStringLiteral("could not store pulled %1 rows: %2").arg(t.name, drop.error()));
        ++stats->setAside;
        --stats->applied;
    }
    return success();
}

} // namespace cd::sync
