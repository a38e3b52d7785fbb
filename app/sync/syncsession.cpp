#include "sync/syncsession.h"

#include "core/hlc.h"
#include "storage/contactbulkwrite.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "sync/pg.h"
#include "sync/synclog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstring>
#include <future>
#include <libpq-fe.h>
#include <optional>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcSync, "contactdesk.sync", QtWarningMsg)

namespace cd::sync {

// The synced tables. To sync another table, add a line: the server table must mirror the
// workstation's columns (plus server_seq, server_time, pushed_by) and be added to cd_max_seq().
// A table is used only when it exists on both sides, so a side can be upgraded first.
struct SyncSession::Table
{
    enum Kind { Mirror, Merged };
    QString name;
    Kind kind = Mirror;
    bool push = false;
    bool pull = false;
    bool insertOnly = false;

    bool local = false;
    bool server = false;
    QStringList cols;      // mirror: columns both sides have (no server-only columns)
    QStringList types;     // their server data types
    QList<bool> nullable;  // on the server
    QStringList localCols; // merged: the workstation table's columns
};

namespace {

struct Spec
{
    const char *name;
    SyncSession::Table::Kind kind;
    bool push;
    bool pull;
    bool insertOnly;
};

const Spec kSpecs[] = {
    {"contacts", SyncSession::Table::Mirror, true, true, false},
    {"audit_log", SyncSession::Table::Mirror, true, false, true},
    {"escalations", SyncSession::Table::Merged, true, true, false},
    {"escalation_events", SyncSession::Table::Mirror, true, true, true},
    {"escalation_notes", SyncSession::Table::Mirror, true, true, true},
    // Central import: pushed by managers' imports (the server refuses anyone else's), read by all.
    {"vehicles", SyncSession::Table::Mirror, true, true, false},
};

const QStringList kServerOnly = {QStringLiteral("server_seq"), QStringLiteral("server_time"),
                                 QStringLiteral("pushed_by"), QStringLiteral("rowid")};
const QStringList kMergedMeta = {
    QStringLiteral("id"),     QStringLiteral("team"),     QStringLiteral("updated_hlc"),
    QStringLiteral("origin"), QStringLiteral("deleted"),  QStringLiteral("server_seq"),
    QStringLiteral("rowid"),  QStringLiteral("base_seq"), QStringLiteral("field_hlc")};

bool isRejection(const QString &sqlState)
{
    // Privilege / row-level security, data and constraint errors: this entry will never be
    // accepted as it is, so it is set aside for a person rather than blocking the queue.
    return sqlState.startsWith(QLatin1String("42")) || sqlState.startsWith(QLatin1String("22")) ||
           sqlState.startsWith(QLatin1String("23")) || sqlState == QLatin1String("P0001");
}

struct Entry
{
    qint64 seq = 0;
    QString entity;
    QString entityId;
    QString op;
    QString hlc;
    QByteArray payload;
};

// The mirror tables' COPY text of a batch, by table, made before the batch is sent.
using Encoded = QHash<QString, QByteArray>;

struct Rejected
{
    qint64 seq;
    QString reason;
};

QByteArray jsonScalarText(const QJsonValue &v, bool *isNull)
{
    *isNull = false;
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        *isNull = true;
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? "1" : "0";
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = qint64(d);
        if (double(i) == d)
            return QByteArray::number(i);
        return QByteArray::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return v.toString().toUtf8();
    case QJsonValue::Array:
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    }
    *isNull = true;
    return {};
}

// A merged row's JSON-object columns (an escalation's form "fields") are merged value by value:
// {"fields": {"a": 1}} travels as {"fields.a": 1}, and comes back together.
QJsonObject flatten(const QJsonObject &row)
{
    QJsonObject out;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        QJsonValue v = it.value();
        if (v.isString() && it.key() == QLatin1String("fields")) {
            const QJsonDocument d = QJsonDocument::fromJson(v.toString().toUtf8());
            if (d.isObject())
                v = d.object();
        }
        if (v.isObject()) {
            const QJsonObject inner = v.toObject();
            for (auto in = inner.constBegin(); in != inner.constEnd(); ++in)
                out.insert(it.key() + QLatin1Char('.') + in.key(), in.value());
            if (inner.isEmpty())
                out.insert(it.key() + QLatin1Char('.'), QJsonValue::Null);
        } else {
            out.insert(it.key(), v);
        }
    }
    return out;
}

QJsonObject unflatten(const QJsonObject &flat)
{
    QJsonObject out;
    QHash<QString, QJsonObject> nested;
    for (auto it = flat.constBegin(); it != flat.constEnd(); ++it) {
        const int dot = int(it.key().indexOf(QLatin1Char('.')));
        if (dot < 0) {
            out.insert(it.key(), it.value());
            continue;
        }
        QJsonObject &o = nested[it.key().left(dot)];
        const QString sub = it.key().mid(dot + 1);
        if (!sub.isEmpty())
            o.insert(sub, it.value());
    }
    for (auto it = nested.constBegin(); it != nested.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

// A fast path for the usual payload, a flat JSON object of strings, numbers, booleans and
// nulls: each value as COPY-ready UTF-8. Returns false on anything else (nested values, bad
// JSON) so the caller falls back to QJsonDocument.
struct FlatValue
{
    enum Kind { Missing, Null, String, Number, Bool } kind = Missing;
    QByteArray text;
    // A string without escapes or control characters is COPY text as it stands in the payload:
    // it is kept as that slice (raw != nullptr), not copied into text.
    const char *raw = nullptr;
    qsizetype rawLen = 0;
};

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

bool parseHex4(const char *p, const char *end, uint *out)
{
    if (end - p < 4)
        return false;
    uint v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= uint(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= uint(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= uint(c - 'A' + 10);
        else
            return false;
    }
    *out = v;
    return true;
}

bool parseJsonString(const char *&p, const char *end, QByteArray &out)
{
    // p is just after the opening quote. truncate() keeps the buffer for the next value.
    out.truncate(0);
    const char *run = p;
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            out.append(run, p - run);
            ++p;
            return true;
        }
        if (c != '\\') {
            ++p;
            continue;
        }
        out.append(run, p - run);
        if (++p >= end)
            return false;
        switch (*p) {
        case '"':
            out.append('"');
            break;
        case '\\':
            out.append('\\');
            break;
        case '/':
            out.append('/');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            uint cp = 0;
            if (!parseHex4(p + 1, end, &cp))
                return false;
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && end - p > 6 && p[1] == '\\' && p[2] == 'u') {
                uint low = 0;
                if (parseHex4(p + 3, end, &low) && low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            return false;
        }
        ++p;
        run = p;
    }
    return false;
}

void skipSpace(const char *&p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
}

// p is just after a string's opening quote. If the string has no escape and no control
// character before its closing quote, returns its length and leaves p after the quote;
// otherwise returns -1 and leaves p where it was.
qsizetype verbatimJsonString(const char *&p, const char *end)
{
    for (const char *q = p; q < end; ++q) {
        const auto c = static_cast<unsigned char>(*q);
        if (c == '"') {
            const qsizetype n = q - p;
            p = q + 1;
            return n;
        }
        if (c == '\\' || c < 0x20)
            return -1;
    }
    return -1;
}

// Fills values[i] for the keys found in columnIndex (other keys are ignored). The payloads of a
// table have the same keys in the same order: keyOrder remembers the column of each key
// position in the previous payload, tried before the hash.
bool parseFlatJson(const QByteArray &json, const QHash<QByteArray, int> &columnIndex,
                   const std::vector<QByteArray> &names, std::vector<int> &keyOrder,
                   std::vector<FlatValue> &values)
{
    for (FlatValue &v : values) {
        v.kind = FlatValue::Missing;
        v.raw = nullptr;
    }
    const char *p = json.constData();
    const char *end = p + json.size();
    QByteArray key;
    size_t position = 0;
    skipSpace(p, end);
    if (p >= end || *p++ != '{')
        return false;
    skipSpace(p, end);
    if (p < end && *p == '}')
        return true;
    while (p < end) {
        skipSpace(p, end);
        if (p >= end || *p++ != '"')
            return false;
        const char *keyStart = p;
        qsizetype keyLen = verbatimJsonString(p, end);
        if (keyLen < 0) {
            if (!parseJsonString(p, end, key))
                return false;
            keyStart = key.constData();
            keyLen = key.size();
        }
        skipSpace(p, end);
        if (p >= end || *p++ != ':')
            return false;
        skipSpace(p, end);
        if (p >= end)
            return false;
        FlatValue *target = nullptr;
        if (position >= keyOrder.size())
            keyOrder.push_back(-1);
        const int guess = keyOrder[position];
        if (guess >= 0 && names[size_t(guess)].size() == keyLen &&
            std::memcmp(names[size_t(guess)].constData(), keyStart, size_t(keyLen)) == 0) {
            target = &values[size_t(guess)];
        } else {
            const auto it = columnIndex.constFind(QByteArray::fromRawData(keyStart, keyLen));
            keyOrder[position] = it == columnIndex.constEnd() ? -1 : *it;
            if (it != columnIndex.constEnd())
                target = &values[size_t(*it)];
        }
        ++position;
        FlatValue ignored;
        FlatValue &v = target ? *target : ignored;
        v.raw = nullptr;
        const char c = *p;
        if (c == '"') {
            ++p;
            const char *start = p;
            const qsizetype n = verbatimJsonString(p, end);
            if (n >= 0) {
                v.raw = start;
                v.rawLen = n;
            } else if (!parseJsonString(p, end, v.text)) {
                return false;
            }
            v.kind = FlatValue::String;
        } else if (c == 't' && end - p >= 4 && qstrncmp(p, "true", 4) == 0) {
            v.kind = FlatValue::Bool;
            v.text = QByteArrayLiteral("1");
            p += 4;
        } else if (c == 'f' && end - p >= 5 && qstrncmp(p, "false", 5) == 0) {
            v.kind = FlatValue::Bool;
            v.text = QByteArrayLiteral("0");
            p += 5;
        } else if (c == 'n' && end - p >= 4 && qstrncmp(p, "null", 4) == 0) {
            v.kind = FlatValue::Null;
            p += 4;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const char *start = p;
            bool integral = true;
            while (p < end && (*p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E' ||
                               (*p >= '0' && *p <= '9'))) {
                if (*p == '.' || *p == 'e' || *p == 'E')
                    integral = false;
                ++p;
            }
            v.kind = FlatValue::Number;
            v.text = QByteArray(start, p - start);
            if (!integral) {
                const double d = v.text.toDouble();
                if (double(qint64(d)) == d)
                    v.text = QByteArray::number(qint64(d));
            }
        } else {
            return false; // nested object or array
        }
        skipSpace(p, end);
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p < end && *p == '}')
            return true;
        return false;
    }
    return false;
}

bool isIntegerType(const QString &type)
{
    return type == QLatin1String("integer") || type == QLatin1String("bigint") ||
           type == QLatin1String("smallint");
}

class Stmt
{
public:
    Stmt(sqlite3 *db, const QByteArray &sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_s, nullptr);
    }
    ~Stmt() { sqlite3_finalize(m_s); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt *get() const { return m_s; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    void bindText(int i, const QByteArray &v)
    {
        if (v.isNull())
            sqlite3_bind_null(m_s, i);
        else
            sqlite3_bind_text(m_s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    // The same without a copy: `v` must stay unchanged until the statement is stepped.
    void bindStatic(int i, const QByteArray &v)
    {
        if (v.isNull())
            sqlite3_bind_null(m_s, i);
        else
            sqlite3_bind_text(m_s, i, v.constData(), int(v.size()), SQLITE_STATIC);
    }
    void bindJson(int i, const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Bool:
            sqlite3_bind_int(m_s, i, v.toBool() ? 1 : 0);
            break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (double(qint64(d)) == d)
                sqlite3_bind_int64(m_s, i, qint64(d));
            else
                sqlite3_bind_double(m_s, i, d);
            break;
        }
        default: {
            bool isNull = false;
            const QByteArray t = jsonScalarText(v, &isNull);
            if (isNull)
                sqlite3_bind_null(m_s, i);
            else
                sqlite3_bind_text(m_s, i, t.constData(), int(t.size()), SQLITE_TRANSIENT);
        }
        }
    }
    int step()
    {
        const int rc = sqlite3_step(m_s);
        sqlite3_reset(m_s);
        return rc;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_s = nullptr;
    int m_rc = SQLITE_OK;
};

QString stateValue(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status setState(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "remember the sync state"));
    return success();
}

Status rememberClock(Database &db)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('hlc_last', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(db.hlc().last().toString());
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "remember the clock"));
    return success();
}

QStringList localColumns(Database &db, const QString &table)
{
    QStringList cols;
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
        while (q.next())
            cols.append(q.value(0).toString());
    return cols;
}

} // namespace

// The next batch, read and encoded while the server was applying the previous one. Valid only
// within one push(): it is dropped on any failure and when push() returns.
struct SyncSession::Prefetch
{
    QList<Entry> entries;
    Encoded encoded;
    // The encoded tables are already in m_ahead's staging tables, in a transaction it opened.
    bool staged = false;
};

// One batch of server rows after a cursor, read in one repeatable-read snapshot. Uses only the
// libpq connection, so pull() runs it on another thread while the previous batch is applied.
struct SyncSession::Fetched
{
    struct Pulled
    {
        Table *table;
        QList<QList<QByteArray>> rows; // mirror: cols..., server_seq; merged: id, team, fields,
                                       // hlc, origin, deleted, seq
        bool full = false;
    };
    QList<Pulled> pulled;
    qint64 bound = 0;     // the cursor once this batch is applied
    bool anyFull = false; // more rows are waiting after bound
    qint64 ms = 0;
};

// Batches of this push the server committed whose entries are still in the outbox: they are
// cleared (and refused ones set aside) together when push() ends or fails. Until then the
// server's watermark already marks them as applied, so a crash loses nothing.
struct SyncSession::Sent
{
    qint64 maxSeq = 0;
    qint64 nowMs = 0;
    QList<Rejected> rejected;
};

SyncSession::SyncSession(Database &db)
    : m_db(db)
{
    m_connectionName =
        QStringLiteral("contactdesk-sync-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SyncSession::~SyncSession()
{
    disconnect();
}

void SyncSession::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
}

void SyncSession::setBatchSizes(int push, int pull)
{
    m_pushBatch = std::max(1, push);
    m_pullBatch = std::max(1, pull);
}

void SyncSession::fault(const char *point)
{
    if (m_fault)
        m_fault(point);
}

bool SyncSession::isConnected() const
{
    return m_conn && m_conn->isOk();
}

void SyncSession::disconnect()
{
    m_conn.reset();
    m_ahead.reset();
    m_swapped = false;
    dropAhead();
    m_tables.clear();
    if (m_pg.isValid()) {
        m_pg.close();
        m_pg = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

template <typename T> Result<T> SyncSession::failed(const Error &e)
{
    m_prefetch.reset();
    if (m_ahead && m_ahead->isOk())
        PQclear(PQexec(m_ahead->conn(), "ROLLBACK")); // rows staged for a batch not sent
    m_connectionLost = m_conn ? (m_conn->lastError().connectionLost || !m_conn->isOk()) : true;
    if (m_conn && m_conn->isOk() && !m_connectionLost) {
        PQclear(PQexec(m_conn->conn(), "ROLLBACK"));
    }
    if (m_connectionLost)
        disconnect();
    return e;
}

namespace {

// The libpq connection under an open QPSQL connection, or null.
pg_conn *libpqHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}

} // namespace

Status SyncSession::connect()
{
    disconnect();
    m_connectionLost = false;
    if (!m_settings.isConfigured()) {
        m_connectionLost = true;
        return Status::failure(QStringLiteral("no shared database is set up for this profile "
                                              "(host, database and user are needed)"),
                               QStringLiteral("not_configured"));
    }
    m_pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_pg.setHostName(m_settings.host);
    m_pg.setPort(m_settings.port);
    m_pg.setDatabaseName(m_settings.database);
    m_pg.setUserName(m_settings.user);
    if (!m_settings.password.isEmpty())
        m_pg.setPassword(m_settings.password);
    QString options =
        QStringLiteral("connect_timeout=5;application_name=contactdesk-sync;"
                       "keepalives=1;keepalives_idle=30;keepalives_interval=10;keepalives_count=3");
    if (!m_settings.options.isEmpty())
        options += QLatin1Char(';') + m_settings.options;
    m_pg.setConnectOptions(options);
    if (!m_pg.open()) {
        const QString why = m_pg.lastError().databaseText().trimmed();
        disconnect();
        m_connectionLost = true;
        return Status::failure(QStringLiteral("could not connect to the shared database %1: %2")
                                   .arg(m_settings.describe(), why),
                               QStringLiteral("connect"));
    }
    pg_conn *handle = libpqHandle(m_pg);
    if (!handle) {
        disconnect();
        return Status::failure(QStringLiteral("the PostgreSQL driver gave no connection handle"));
    }
    m_conn = std::make_unique<Pg>(handle);

    Result<PgResult> who = m_conn->exec("SELECT (SELECT id FROM cd_server LIMIT 1), cd_my_team()");
    if (!who)
        return failed<Unit>(
            Error{QStringLiteral("%1 does not look like a Contact Desk shared database "
                                 "(run contactdesk-admin server init): %2")
                      .arg(m_settings.describe(), who.errorMessage()),
                  QStringLiteral("schema")});
    if (who->isNull(0, 1)) {
        const QString msg =
            QStringLiteral("the login %1 is not a Contact Desk user on %2 "
                           "(an administrator adds it with contactdesk-admin server add-user)")
                .arg(m_settings.user, m_settings.describe());
        disconnect();
        return Status::failure(msg, QStringLiteral("not_a_user"));
    }
    m_serverId = who->text(0, 0);
    const QString known = stateValue(m_db.sql(), QStringLiteral("server_id"));
    if (known != m_serverId) {
        // A different (or re-created) shared database: start reading it from the beginning.
        Transaction tx(m_db.sql());
        if (!tx.started())
            return tx.started();
        if (!known.isEmpty())
            qCWarning(lcSync)
                << "the shared database changed identity; reading it again from the start";
        if (Status s = setState(m_db.sql(), QStringLiteral("server_id"), m_serverId); !s)
            return s;
        if (Status s = setState(m_db.sql(), QStringLiteral("cursor"), QStringLiteral("0")); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return loadTables();
}

Status SyncSession::loadTables()
{
    m_tables.clear();
    for (const Spec &spec : kSpecs) {
        auto t = std::make_shared<Table>();
        t->name = QString::fromLatin1(spec.name);
        t->kind = spec.kind;
        t->push = spec.push;
        t->pull = spec.pull;
        t->insertOnly = spec.insertOnly;
        t->localCols = localColumns(m_db, t->name);
        t->local = !t->localCols.isEmpty();
        Result<PgResult> r =
            m_conn->exec("SELECT column_name, data_type, is_nullable = 'YES' "
                         "FROM information_schema.columns WHERE table_schema = 'public' "
                         "AND table_name = $1 ORDER BY ordinal_position",
                         {t->name.toUtf8()});
        if (!r)
            return failed<Unit>(r.error());
        t->server = r->rows() > 0;
        for (int i = 0; i < r->rows(); ++i) {
            const QString col = r->text(i, 0);
            if (kServerOnly.contains(col) || !t->localCols.contains(col))
                continue;
            t->cols.append(col);
            t->types.append(r->text(i, 1));
            t->nullable.append(r->text(i, 2) == QLatin1String("t"));
        }
        m_tables.append(t);
    }
    return success();
}

int SyncSession::pendingCount() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next())
        return q.value(0).toInt();
    return -1;
}

qint64 SyncSession::cursor() const
{
    return stateValue(m_db.sql(), QStringLiteral("cursor")).toLongLong();
}

Result<SyncReport> SyncSession::syncOnce()
{
    SyncReport report;
    Result<PushStats> pushed = push();
    if (!pushed)
        return pushed.error();
    report.push = pushed.value();
    Result<PullStats> pulled = pull();
    if (!pulled)
        return pulled.error();
    report.pull = pulled.value();
    return report;
}

Result<PushStats> SyncSession::push()
{
    PushStats total;
    bool more = true;
    m_prefetch.reset();
    while (more) {
        Result<PushStats> r = pushBatch(&more);
        if (!r) {
            m_prefetch.reset();
            swapBack();
            // What the server already committed leaves the outbox even so.
            if (Status cleared = clearSent(); !cleared)
                qCWarning(lcSync) << "sent changes stay in the outbox until the next sync:"
                                  << cleared.errorMessage();
            return r.error();
        }
        total.batches += r->batches;
        total.sent += r->sent;
        total.replayed += r->replayed;
        total.rejected += r->rejected;
    }
    swapBack();
    if (Status cleared = clearSent(); !cleared)
        return cleared.error();
    return total;
}

namespace {

class CheckpointAtEnd
{
public:
    explicit CheckpointAtEnd(sqlite3 *db)
        : m_db(db)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA wal_autocheckpoint", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            m_previous = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
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
        Result<PullStats> r = applyBatch(fetched.value());
        if (!r) {
            if (next.valid())
                next.wait();
            return failed<PullStats>(r.error());
        }
        total.batches += r->batches;
        total.applied += r->applied;
        total.keptLocal += r->keptLocal;
        total.cursor = r->cursor;
        if (!next.valid())
            return total;
        fetched = next.get();
        if (!fetched)
            return failed<PullStats>(fetched.error());
    }
}

namespace {

// What a column of the server table gets in COPY text for a value: the value's text; SQL NULL
// for no value, and for an empty string that may stand for NULL (`emptyAsNull`) in a nullable
// column; for no value in a NOT NULL column, 0 (integer types) or ''.
enum class CopyCell { Text, Null, Zero, Empty };

CopyCell copyCell(bool nullable, bool integral, bool hasValue, bool emptyAsNull)
{
    if (hasValue && !(emptyAsNull && nullable))
        return CopyCell::Text;
    if (nullable)
        return CopyCell::Null;
    return integral ? CopyCell::Zero : CopyCell::Empty;
}

// Column i's value as COPY text (copyCell): `text` null is no value; with `emptyIsNull` an empty
// string may stand for NULL.
void appendCopyValue(QByteArray &data, const SyncSession::Table &t, int i, const QByteArray *text,
                     bool emptyIsNull)
{
    switch (copyCell(t.nullable.at(i), isIntegerType(t.types.at(i)), text != nullptr,
                     emptyIsNull && text && text->isEmpty())) {
    case CopyCell::Text:
        copyAppendField(data, *text);
        break;
    case CopyCell::Null:
        copyAppendNull(data);
        break;
    case CopyCell::Zero:
        data.append('0');
        break;
    case CopyCell::Empty:
        break;
    }
}

// Entries grouped by table, in the order each table first appears. A batch of one table (the
// usual bulk push) is passed on as it is, sharing the list instead of copying every entry.
QList<std::pair<QString, QList<Entry>>> byTable(const QList<Entry> &entries)
{
    QList<std::pair<QString, QList<Entry>>> groups;
    if (entries.isEmpty())
        return groups;
    const QString &first = entries.constFirst().entity;
    if (std::all_of(entries.cbegin(), entries.cend(),
                    [&first](const Entry &e) { return e.entity == first; })) {
        groups.append({first, entries});
        return groups;
    }
    QHash<QString, qsizetype> at;
    for (const Entry &e : entries) {
        auto it = at.constFind(e.entity);
        if (it == at.constEnd()) {
            it = at.insert(e.entity, groups.size());
            groups.append({e.entity, {}});
        }
        groups[*it].second.append(e);
    }
    return groups;
}

// Appends through a cursor into a buffer grown by doubling: QByteArray::append goes through
// insert() on every call, a tenth of a push's time on the workstation in a profile, most of
// it for single tabs and short values.
class CopyWriter
{
public:
    explicit CopyWriter(qsizetype reserve) { grow(std::max<qsizetype>(reserve, 256)); }
    void put(char c)
    {
        if (m_n == m_buf.size())
            grow(1);
        m_p[m_n++] = c;
    }
    void put(const char *s, qsizetype n)
    {
        if (m_n + n > m_buf.size())
            grow(n);
        std::memcpy(m_p + m_n, s, size_t(n));
        m_n += n;
    }
    QByteArray take()
    {
        m_buf.resize(m_n);
        return std::move(m_buf);
    }

private:
    void grow(qsizetype n)
    {
        m_buf.resize(std::max(m_buf.size() * 2, m_n + n));
        m_p = m_buf.data();
    }
    QByteArray m_buf;
    char *m_p = nullptr;
    qsizetype m_n = 0;
};

// A mirror table's entries as COPY text for its staging table. Only the latest entry per row
// matters (the payload is the whole row); append-only tables keep every entry. For tables that
// take updates each line ends with the entry's op (kOpColumn): "insert" marks a row created on
// this workstation and never sent, which the server can take without a conflict check.
QByteArray encodeMirror(const SyncSession::Table &t, const QList<Entry> &entries)
{
    QList<const Entry *> latest;
    if (t.insertOnly) {
        for (const Entry &e : entries)
            latest.append(&e);
    } else {
        QHash<QString, int> at;
        for (const Entry &e : entries) {
            auto it = at.find(e.entityId);
            if (it == at.end()) {
                at.insert(e.entityId, int(latest.size()));
                latest.append(&e);
            } else {
                latest[*it] = &e;
            }
        }
    }
    CopyWriter data(qsizetype(latest.size()) * 512);
    QHash<QByteArray, int> columnIndex;
    std::vector<QByteArray> names;
    std::vector<char> nullable, integral; // per column
    for (int i = 0; i < t.cols.size(); ++i) {
        names.push_back(t.cols.at(i).toUtf8());
        columnIndex.insert(names.back(), i);
        nullable.push_back(t.nullable.at(i));
        integral.push_back(isIntegerType(t.types.at(i)));
    }
    std::vector<FlatValue> values(size_t(t.cols.size()));
    std::vector<int> keyOrder;
    QByteArray field; // one value escaped for COPY
    QString lastOp;
    QByteArray lastOpText;
    for (const Entry *e : latest) {
        if (!parseFlatJson(e->payload, columnIndex, names, keyOrder, values)) {
            const QJsonObject o = QJsonDocument::fromJson(e->payload).object();
            for (int i = 0; i < t.cols.size(); ++i) {
                const QJsonValue v = o.value(t.cols.at(i));
                bool isNull = false;
                FlatValue &f = values[size_t(i)];
                f.raw = nullptr; // the fast path may have stopped half way
                f.text = jsonScalarText(v, &isNull);
                f.kind = v.isUndefined() ? FlatValue::Missing
                         : isNull        ? FlatValue::Null
                         : v.isString()  ? FlatValue::String
                                         : FlatValue::Number;
            }
        }
        // As appendCopyValue: an empty string in a nullable column is NULL.
        for (size_t i = 0; i < values.size(); ++i) {
            if (i)
                data.put('\t');
            const FlatValue &f = values[i];
            const bool hasValue = f.kind != FlatValue::Missing && f.kind != FlatValue::Null;
            const bool empty = f.raw ? f.rawLen == 0 : f.text.isEmpty();
            switch (copyCell(nullable[i], integral[i], hasValue,
                             f.kind == FlatValue::String && empty)) {
            case CopyCell::Text:
                if (f.raw) {
                    data.put(f.raw, f.rawLen); // no backslash, tab, newline or return in it
                } else {
                    field.truncate(0);
                    copyAppendField(field, f.text);
                    data.put(field.constData(), field.size());
                }
                break;
            case CopyCell::Null:
                data.put("\\N", 2);
                break;
            case CopyCell::Zero:
                data.put('0');
                break;
            case CopyCell::Empty:
                break;
            }
        }
        if (!t.insertOnly) {
            if (e->op != lastOp) {
                lastOp = e->op;
                lastOpText.truncate(0);
                copyAppendField(lastOpText, lastOp.toUtf8());
            }
            data.put('\t');
            data.put(lastOpText.constData(), lastOpText.size());
        }
        data.put('\n');
    }
    return data.take();
}

// The staging table's column for the outbox op of each row.
constexpr char kOpColumn[] = "cd_op";

QByteArray stageName(const SyncSession::Table &t)
{
    return "cd_stage_" + t.name.toUtf8();
}

// Copies a mirror table's COPY text into its staging table (a temporary table of the session,
// emptied at every commit), inside the open transaction. `fresh`: nothing was staged for this
// table earlier in the transaction, so the table only has to exist.
// `withOp`: the data ends each line with the entry's op (encodeMirror); otherwise the op is
// left NULL, which counts as an update.
Status stageRows(Pg &pg, const SyncSession::Table &t, const QByteArray &data, bool fresh,
                 bool withOp)
{
    const QByteArray stage = stageName(t);
    if (fresh) {
        QByteArray create = "CREATE TEMP TABLE IF NOT EXISTS " + stage + " (";
        for (int i = 0; i < t.cols.size(); ++i)
            create += (i ? ", " : "") + t.cols.at(i).toUtf8() + ' ' + t.types.at(i).toUtf8();
        if (!t.insertOnly)
            create += QByteArray(", ") + kOpColumn + " text";
        create += ") ON COMMIT DELETE ROWS";
        if (Status s = pg.run(create); !s)
            return s;
    } else if (Status s = pg.run("DELETE FROM " + stage); !s) {
        return s;
    }
    QByteArray cols = t.cols.join(QStringLiteral(", ")).toUtf8();
    if (withOp && !t.insertOnly)
        cols += QByteArray(", ") + kOpColumn;
    return pg.copyIn("COPY " + stage + " (" + cols + ") FROM STDIN", data);
}

// Applies outbox entries of one batch inside the open server transaction.
class BatchApplier
{
public:
    BatchApplier(Pg &pg, Database &db, QList<std::shared_ptr<SyncSession::Table>> &tables,
                 qint64 nowMs)
        : m_pg(pg)
        , m_db(db)
        , m_tables(tables)
        , m_nowMs(nowMs)
    {
    }

    SyncSession::Table *table(const QString &name, bool forPush)
    {
        for (auto &t : m_tables)
            if (t->name == name && t->server && (!forPush || t->push))
                return t.get();
        return nullptr;
    }

    // All entries at once; returns the failing SQLSTATE in the error code. `encoded` may hold
    // mirror tables' COPY text made earlier. With `sendLast`, the last statement (a mirror
    // table's upsert) is only sent: call finish() for its outcome, and do other work meanwhile.
    Status applyAll(const QList<Entry> &entries, const Encoded &encoded = {}, bool sendLast = false)
    {
        const auto groups = byTable(entries);
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const auto &[name, group] = groups.at(g);
            const auto it = encoded.constFind(name);
            if (Status s = applyGroup(name, group, it == encoded.constEnd() ? nullptr : &*it,
                                      sendLast && g == groups.size() - 1);
                !s)
                return s;
        }
        return success();
    }

    // The outcome of a statement applyAll() only sent.
    Status finish()
    {
        if (!m_sent)
            return success();
        m_sent = false;
        return m_pg.finish();
    }

    Status applyGroup(const QString &name, const QList<Entry> &entries,
                      const QByteArray *encoded = nullptr, bool sendOnly = false)
    {
        SyncSession::Table *t = table(name, true);
        if (!t)
            return Status::failure(
                QStringLiteral("the shared database has no table for \"%1\"").arg(name),
                QStringLiteral("42P01"));
        if (t->kind == SyncSession::Table::Merged) {
            for (const Entry &e : entries)
                if (Status s = applyMerged(*t, e); !s)
                    return s;
            return success();
        }
        return applyMirror(*t, entries, encoded, sendOnly);
    }

    // Rows whose op is "insert" go in without a conflict check (see applyMirror).
    void setPlainInserts(bool on) { m_plainInserts = on; }
    bool usedPlainInserts() const { return m_usedPlainInserts; }
    // COPY text given to applyGroup() has no op column (only the bulk vehicle push).
    void setEncodedWithoutOp() { m_encodedWithOp = false; }

    // Tables staged earlier in this transaction (SyncSession::stageAhead); `ready`: their
    // staging tables hold exactly the rows to apply, otherwise they are emptied and filled again.
    void setStaged(const QList<QString> &names, bool ready)
    {
        for (const QString &n : names) {
            m_staged.insert(n);
            if (ready)
                m_ready.insert(n);
        }
    }

    Status applyMirror(SyncSession::Table &t, const QList<Entry> &entries,
                       const QByteArray *encoded, bool sendOnly)
    {
        const QByteArray stage = stageName(t);
        const QByteArray cols = t.cols.join(QStringLiteral(", ")).toUtf8();
        if (m_ready.remove(t.name)) {
            // staged ahead, on this connection, in this transaction
        } else if (Status s = encoded ? stageRows(m_pg, t, *encoded, !m_staged.contains(t.name),
                                                  m_encodedWithOp)
                                      : stageRows(m_pg, t, encodeMirror(t, entries),
                                                  !m_staged.contains(t.name), true);
                   !s) {
            return s;
        }
        m_staged.insert(t.name);
        QByteArray select;
        for (int i = 0; i < t.cols.size(); ++i) {
            const QByteArray c = t.cols.at(i).toUtf8();
            select += i ? ", " : "";
            if (c == "updated_hlc")
                select += "cd_clamp_hlc(updated_hlc, " + QByteArray::number(m_nowMs) + ")";
            else
                select += c;
        }
        const QByteArray insert = "INSERT INTO " + t.name.toUtf8() + " (" + cols + ") SELECT " +
                                  select + " FROM " + stage;
        QByteArray sql = insert;
        if (t.insertOnly) {
            sql += " ON CONFLICT DO NOTHING";
        } else {
            if (m_plainInserts) {
                // Rows created here and never sent go in by plain insert: no conflict check,
                // about a quarter less server time a row. Should one be there after all (the
                // same import on two workstations), the statement fails with a unique
                // violation and the batch is sent again with every row upserted.
                const QByteArray op = QByteArray(kOpColumn);
                sql = "WITH fresh AS (" + insert + " WHERE " + op + " = 'insert') " + insert +
                      " WHERE " + op + " IS DISTINCT FROM 'insert'";
                m_usedPlainInserts = true;
            }
            sql += " ON CONFLICT (id) DO UPDATE SET ";
            bool first = true;
            for (const QString &c : t.cols) {
                if (c == QLatin1String("id"))
                    continue;
                sql += (first ? "" : ", ") + c.toUtf8() + " = EXCLUDED." + c.toUtf8();
                first = false;
            }
            sql += ", pushed_by = current_user WHERE " + t.name.toUtf8() +
                   ".updated_hlc < EXCLUDED.updated_hlc";
        }
        if (!sendOnly)
            return m_pg.run(sql);
        if (Status s = m_pg.send(sql); !s)
            return s;
        m_sent = true;
        return success();
    }

    Status applyMerged(SyncSession::Table &t, const Entry &e)
    {
        QJsonObject payload = flatten(QJsonDocument::fromJson(e.payload).object());
        // The version this workstation edited: the last one it pulled (sync_shadow).
        qint64 base = 0;
        QJsonObject shadow;
        {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral(
                "SELECT server_seq, payload FROM sync_shadow WHERE entity = ? AND entity_id = ?"));
            q.addBindValue(t.name);
            q.addBindValue(e.entityId);
            if (q.exec() && q.next()) {
                base = q.value(0).toLongLong();
                shadow = flatten(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
            }
        }
        if (payload.contains(QLatin1String("base_seq")))
            base = qint64(payload.value(QLatin1String("base_seq")).toDouble());
        QStringList changed;
        for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
            if (kMergedMeta.contains(it.key()))
                continue;
            if (!shadow.contains(it.key()) || shadow.value(it.key()) != it.value())
                changed.append(it.key());
        }
        QByteArray array = "{";
        for (int i = 0; i < changed.size(); ++i) {
            QByteArray name = changed.at(i).toUtf8();
            name.replace('\\', "\\\\").replace('"', "\\\"");
            array += (i ? ",\"" : "\"") + name + '"';
        }
        array += '}';
        payload.insert(QStringLiteral("id"), e.entityId);
        return m_pg.run("SELECT cd_push_escalation($1::jsonb, $2::text[], $3::bigint, $4::bigint)",
                        {QJsonDocument(payload).toJson(QJsonDocument::Compact), array,
                         QByteArray::number(base), QByteArray::number(m_nowMs)});
    }

private:
    Pg &m_pg;
    Database &m_db;
    QList<std::shared_ptr<SyncSession::Table>> &m_tables;
    qint64 m_nowMs;
    QSet<QString> m_staged; // staging tables used in this transaction
    QSet<QString> m_ready;  // ... that hold exactly the rows to apply
    bool m_sent = false;
    bool m_plainInserts = false;
    bool m_usedPlainInserts = false;
    bool m_encodedWithOp = true;
};

} // namespace

namespace {

// Runs SQL of the pull on the workstation's database (Database::exec), saying what failed.
Status execLocal(Database &db, const QByteArray &sql)
{
    if (Status s = db.exec(QString::fromUtf8(sql)); !s)
        return Status::failure(
            QStringLiteral("could not store pulled rows: %1").arg(s.errorMessage()));
    return success();
}

Status readOutbox(Database &db, qint64 afterSeq, int limit, QList<Entry> *entries)
{
    Stmt read(db.handle(), "SELECT seq, entity, entity_id, op, hlc, payload FROM outbox "
                           "WHERE seq > ? ORDER BY seq LIMIT ?");
    if (!read.ok())
        return Status::failure(QStringLiteral("could not read the outbox: %1").arg(read.error()));
    sqlite3_bind_int64(read.get(), 1, afterSeq);
    sqlite3_bind_int(read.get(), 2, limit);
    int rc;
    while ((rc = sqlite3_step(read.get())) == SQLITE_ROW) {
        Entry e;
        e.seq = sqlite3_column_int64(read.get(), 0);
        e.entity =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read.get(), 1)));
        e.entityId =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read.get(), 2)));
        e.op =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read.get(), 3)));
        e.hlc =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read.get(), 4)));
        e.payload = QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(read.get(), 5)),
                               sqlite3_column_bytes(read.get(), 5));
        entries->append(std::move(e));
    }
    if (rc != SQLITE_DONE)
        return Status::failure(QStringLiteral("could not read the outbox: %1").arg(read.error()));
    return success();
}

} // namespace

void SyncSession::prefetch(qint64 afterSeq)
{
    auto next = std::make_unique<Prefetch>();
    if (!readOutbox(m_db, afterSeq, m_pushBatch, &next->entries) || next->entries.isEmpty())
        return; // read again (and report the error) when the batch is due
    for (const auto &[name, group] : byTable(next->entries))
        for (const auto &t : std::as_const(m_tables))
            if (t->name == name && t->server && t->push && t->kind == Table::Mirror)
                next->encoded.insert(t->name, encodeMirror(*t, group));
    m_prefetch = std::move(next);
}

// Copies the prefetched batch's mirror rows into the staging tables of the second connection,
// in a transaction left open for that batch, while the server is still applying the current
// batch on m_conn. Anything going wrong here only means the batch is staged the usual way.
void SyncSession::stageAhead()
{
    if (!m_prefetch || m_prefetch->encoded.isEmpty())
        return;
    for (const Entry &e : std::as_const(m_prefetch->entries))
        if (e.entity == QLatin1String("vehicles_import"))
            return; // the batch will be cut there
    if (!m_ahead || !m_ahead->isOk()) {
        dropAhead();
        const QString name = m_connectionName + QStringLiteral("-ahead");
        m_pgAhead = QSqlDatabase::cloneDatabase(m_pg, name);
        if (!m_pgAhead.open()) {
            qCDebug(lcSync) << "no second connection for staging ahead:"
                            << m_pgAhead.lastError().databaseText().trimmed();
            dropAhead();
            return;
        }
        pg_conn *handle = libpqHandle(m_pgAhead);
        if (!handle) {
            dropAhead();
            return;
        }
        m_ahead = std::make_unique<Pg>(handle);
    }
    Status s = m_ahead->run("BEGIN");
    for (auto it = m_prefetch->encoded.constBegin(); s && it != m_prefetch->encoded.constEnd();
         ++it) {
        const Table *t = nullptr;
        for (const auto &candidate : std::as_const(m_tables))
            if (candidate->name == it.key())
                t = candidate.get();
        s = t ? stageRows(*m_ahead, *t, it.value(), true, true)
              : Status::failure(QStringLiteral("no such table"));
    }
    if (!s) {
        qCDebug(lcSync) << "staging ahead failed, the batch is staged when due:"
                        << s.errorMessage();
        dropAhead();
        return;
    }
    m_prefetch->staged = true;
}

void SyncSession::dropAhead()
{
    if (m_prefetch)
        m_prefetch->staged = false;
    if (m_swapped) {
        // m_ahead is the first connection (the one that listens): keep it, without the rows.
        if (m_ahead && m_ahead->isOk())
            PQclear(PQexec(m_ahead->conn(), "ROLLBACK"));
        return;
    }
    m_ahead.reset();
    if (m_pgAhead.isValid()) {
        const QString name = m_pgAhead.connectionName();
        m_pgAhead.close();
        m_pgAhead = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
}

// Outside push(), m_conn is always the first connection: the one that listens for changes.
// The second login is closed: a workstation holds one server connection between pushes, and
// only a push of more than one batch opens the second.
void SyncSession::swapBack()
{
    if (m_swapped && m_conn && m_ahead)
        std::swap(m_conn, m_ahead);
    m_swapped = false;
    dropAhead();
}

Status SyncSession::clearSent()
{
    if (!m_sent)
        return success();
    const Sent sent = *m_sent;
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    if (!sent.rejected.isEmpty()) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO sync_rejected (seq, entity, entity_id, op, hlc, payload, "
            "reason, rejected_at) "
            "SELECT seq, entity, entity_id, op, hlc, payload, ?, ? FROM outbox WHERE seq = ?"));
        for (const Rejected &r : sent.rejected) {
            q.addBindValue(r.reason);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            q.addBindValue(r.seq);
            if (!q.exec())
                return Status::failure(QueryError::describe(q, "set aside a refused change"));
        }
        qCWarning(lcSync) << sent.rejected.size()
                          << "changes were refused by the shared database and set aside";
    }
    {
        // When everything in the outbox was sent (the usual end of a push), it is emptied
        // without a WHERE, which SQLite does by dropping the table's pages at once: 100,000
        // sent entries take about 10 ms instead of 250 ms row by row. AUTOINCREMENT keeps
        // counting from the highest number ever used, so no number comes back.
        QSqlQuery q(m_db.sql());
        if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox")) || !q.next())
            return Status::failure(QueryError::describe(q, "clear sent changes from the outbox"));
        const bool all = q.value(0).toLongLong() <= sent.maxSeq;
        q.finish();
        if (all) {
            if (!q.exec(QStringLiteral("DELETE FROM outbox")))
                return Status::failure(
                    QueryError::describe(q, "clear sent changes from the outbox"));
        } else {
            q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq <= ?"));
            q.addBindValue(sent.maxSeq);
            if (!q.exec())
                return Status::failure(
                    QueryError::describe(q, "clear sent changes from the outbox"));
        }
    }
    m_db.hlc().receive(Hlc{sent.nowMs, 0, QStringLiteral("server")});
    if (Status s = rememberClock(m_db); !s)
        return s;
    if (Status s = setState(m_db.sql(), QStringLiteral("last_push"), QString::number(sent.nowMs));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_sent.reset();
    return success();
}

// Opens a push transaction holding this workstation's watermark row; returns the last outbox
// seq the server has from it, and the server's clock in `nowMs`.
Result<qint64> SyncSession::beginPush(qint64 *nowMs, bool inTransaction)
{
    const QByteArray ws = m_db.workstationId().toUtf8();
    if (!inTransaction)
        if (Status s = m_conn->run("BEGIN"); !s)
            return s.error();
    if (Status s = m_conn->run(
            "INSERT INTO cd_workstations (workstation) VALUES ($1) ON CONFLICT DO NOTHING", {ws});
        !s)
        return s.error();
    Result<PgResult> r = m_conn->exec(
        "SELECT last_seq, (extract(epoch FROM clock_timestamp()) * 1000)::bigint "
        "FROM cd_workstations WHERE login = current_user AND workstation = $1 FOR UPDATE",
        {ws});
    if (!r)
        return r.error();
    *nowMs = r->integer(0, 1);
    return r->integer(0, 0);
}

// Ends a push transaction: the watermark moves to `seq` and the commit is durable before
// anything leaves the outbox.
Status SyncSession::commitPush(qint64 seq)
{
    if (Status s = m_conn->run("UPDATE cd_workstations SET last_seq = $2, last_push = now() "
                               "WHERE login = current_user AND workstation = $1",
                               {m_db.workstationId().toUtf8(), QByteArray::number(seq)});
        !s)
        return s;
    if (Status s = m_conn->run("SET LOCAL synchronous_commit = on"); !s)
        return s;
    fault("push.before_commit");
    return m_conn->run("COMMIT");
}

// A bulk vehicle import (VehicleStore queues one `vehicles_import` entry naming the rows it
// changed by origin and HLC range, instead of one entry a row): the rows are read from the
// local table and sent by COPY in chunks of the push batch size, each chunk in its own server
// transaction so the change lock is never held for the whole file. Only the last chunk moves
// the watermark past the entry; a chunk sent again after a failure changes nothing (the upsert
// keeps the newer HLC). The server decides who may write vehicles (managers); anyone else's
// import is set aside whole, its rows staying in the local cache.
Result<PushStats> SyncSession::pushBulkVehicles(qint64 seq, const QByteArray &payload)
{
    PushStats stats;
    const QJsonObject p = QJsonDocument::fromJson(payload).object();
    const QByteArray origin = p.value(QLatin1String("origin")).toString().toUtf8();
    const QByteArray from = p.value(QLatin1String("hlc_from")).toString().toUtf8();
    const QByteArray to = p.value(QLatin1String("hlc_to")).toString().toUtf8();
    Table *t = nullptr;
    for (auto &table : m_tables)
        if (table->name == QLatin1String("vehicles") && table->server && table->push &&
            table->local && table->kind == Table::Mirror)
            t = table.get();
    QList<Rejected> rejected;
    if (!t || origin.isEmpty() || from.isEmpty() || to.isEmpty())
        rejected.append({seq, QStringLiteral("a bulk vehicle import this shared database "
                                             "cannot take (no vehicles table, or no rows named)")});
    QByteArray select = "SELECT rowid";
    if (t)
        for (const QString &c : std::as_const(t->cols))
            select += ", " + c.toUtf8();
    select += " FROM vehicles WHERE origin = ? AND updated_hlc >= ? AND updated_hlc <= ? "
              "AND rowid > ? ORDER BY rowid LIMIT ?";
    sqlite3_int64 after = 0;
    qint64 nowMs = 0;
    bool done = !rejected.isEmpty();
    while (!done) {
        // One chunk as COPY text, straight from the local table.
        QByteArray data;
        int rows = 0;
        {
            Stmt read(m_db.handle(), select);
            if (!read.ok())
                return Result<PushStats>::failure(
                    QStringLiteral("could not read imported vehicles: %1").arg(read.error()));
            sqlite3_bind_text(read.get(), 1, origin.constData(), int(origin.size()), SQLITE_STATIC);
            sqlite3_bind_text(read.get(), 2, from.constData(), int(from.size()), SQLITE_STATIC);
            sqlite3_bind_text(read.get(), 3, to.constData(), int(to.size()), SQLITE_STATIC);
            sqlite3_bind_int64(read.get(), 4, after);
            sqlite3_bind_int(read.get(), 5, m_pushBatch);
            while (sqlite3_step(read.get()) == SQLITE_ROW) {
                after = sqlite3_column_int64(read.get(), 0);
                for (int i = 0; i < t->cols.size(); ++i) {
                    if (i)
                        data.append('\t');
                    const int c = i + 1;
                    const QByteArray text = QByteArray::fromRawData(
                        reinterpret_cast<const char *>(sqlite3_column_text(read.get(), c)),
                        sqlite3_column_bytes(read.get(), c));
                    // As stored: an empty string stays one (the per-row path sends it as NULL).
                    appendCopyValue(
                        data, *t, i,
                        sqlite3_column_type(read.get(), c) == SQLITE_NULL ? nullptr : &text, false);
                }
                data.append('\n');
                ++rows;
            }
        }
        done = rows < m_pushBatch;
        Result<qint64> lastSeq = beginPush(&nowMs);
        if (!lastSeq)
            return failed<PushStats>(lastSeq.error());
        if (lastSeq.value() >= seq) { // sent before; only the local clear was lost
            PQclear(PQexec(m_conn->conn(), "ROLLBACK"));
            stats.replayed = 1;
            break;
        }
        if (rows > 0) {
            BatchApplier applier(*m_conn, m_db, m_tables, nowMs);
            applier.setEncodedWithoutOp();
            if (Status s = applier.applyGroup(t->name, {}, &data); !s) {
                if (m_conn->lastError().connectionLost || !isRejection(s.error().code))
                    return failed<PushStats>(s.error());
                // Refused (not a manager, bad data): set the whole import aside.
                PQclear(PQexec(m_conn->conn(), "ROLLBACK"));
                rejected.append({seq, s.errorMessage()});
                break;
            }
        }
        ++stats.batches;
        if (!done) {
            if (Status s = m_conn->run("COMMIT"); !s)
                return failed<PushStats>(s.error());
            continue;
        }
        if (Status s = commitPush(seq); !s)
            return failed<PushStats>(s.error());
        fault("push.after_commit");
    }
    if (!rejected.isEmpty()) {
        // The watermark still moves past the entry, so it is not sent again.
        Result<qint64> lastSeq = beginPush(&nowMs);
        if (!lastSeq)
            return failed<PushStats>(lastSeq.error());
        if (Status s = commitPush(seq); !s)
            return failed<PushStats>(s.error());
        stats.rejected = 1;
    } else if (stats.replayed == 0) {
        stats.sent = 1;
    }
    if (Status s = markSent({seq, nowMs, rejected}, true); !s)
        return s.error();
    qCDebug(lcSync) << "bulk vehicle import sent in" << stats.batches << "transactions";
    return stats;
}

// A batch the server just committed joins those committed before it in this push; they all
// leave the outbox together, now or (`now` false) when the push ends or fails. Until then the
// server's watermark already covers them: a crash in between sends nothing twice.
Status SyncSession::markSent(Sent sent, bool now)
{
    if (m_sent) {
        m_sent->maxSeq = sent.maxSeq;
        m_sent->nowMs = sent.nowMs;
        m_sent->rejected += sent.rejected;
    } else {
        m_sent = std::make_unique<Sent>(std::move(sent));
    }
    return now ? clearSent() : success();
}

Result<PushStats> SyncSession::pushBatch(bool *more)
{
    // Where a batch's time goes, for QT_LOGGING_RULES="contactdesk.sync.debug=true".
    QElapsedTimer phase;
    phase.start();
    qint64 readMs = 0, applyMs = 0, readAheadMs = 0, stagedMs = 0, finishMs = 0, commitMs = 0;
    *more = false;
    PushStats stats;
    QList<Entry> entries;
    Encoded encoded;
    bool staged = false;
    if (m_prefetch) {
        entries = std::move(m_prefetch->entries);
        encoded = std::move(m_prefetch->encoded);
        staged = m_prefetch->staged;
        m_prefetch.reset();
    } else if (Status s = readOutbox(m_db, m_sent ? m_sent->maxSeq : 0, m_pushBatch, &entries);
               !s) {
        return s.error();
    }
    if (entries.isEmpty())
        return stats;
    readMs = phase.restart();
    if (!isConnected()) {
        encoded.clear(); // made for the tables of a connection that is gone
        staged = false;
        if (Status s = connect(); !s)
            return s.error();
    }
    QList<QString> stagedTables;
    if (staged) {
        // This batch's rows wait in the second connection's open transaction: it takes over.
        std::swap(m_conn, m_ahead);
        m_swapped = !m_swapped;
        stagedTables = encoded.keys();
    }
    // A bulk vehicle import goes alone; a batch ends just before one.
    const QLatin1String bulk("vehicles_import");
    if (entries.constFirst().entity == bulk) {
        m_prefetch.reset();
        Result<PushStats> r =
            pushBulkVehicles(entries.constFirst().seq, entries.constFirst().payload);
        *more = r.ok();
        return r;
    }
    bool cut = false;
    for (qsizetype i = 1; i < entries.size() && !cut; ++i)
        if (entries.at(i).entity == bulk) {
            entries.resize(i);
            encoded.clear(); // may hold rows of entries after the cut
            cut = true;
        }
    *more = cut || entries.size() >= m_pushBatch;
    const qint64 maxSeq = entries.constLast().seq;

    QList<Rejected> rejected;
    qint64 nowMs = 0;
    Result<qint64> lastSeq = beginPush(&nowMs, staged);
    if (!lastSeq)
        return failed<PushStats>(lastSeq.error());
    QList<Entry> toApply;
    if (entries.constFirst().seq > lastSeq.value()) {
        toApply = entries; // none replayed (entries are in seq order): the list is shared
    } else {
        for (const Entry &e : entries) {
            if (e.seq > lastSeq.value())
                toApply.append(e);
            else
                ++stats.replayed;
        }
    }
    if (stats.replayed > 0)
        encoded.clear(); // made for entries the server already has
    {
        BatchApplier applier(*m_conn, m_db, m_tables, nowMs);
        // Staged for all its entries: emptied and staged again if the server had some already.
        applier.setStaged(stagedTables, stats.replayed == 0);
        applier.setPlainInserts(true);
        // While the server applies this batch, the next one is read, encoded and staged on the
        // second connection.
        Status s = applier.applyAll(toApply, encoded, *more);
        applyMs = phase.restart();
        if (s && *more) {
            fault("push.sent");
            prefetch(maxSeq);
            readAheadMs = phase.restart();
            stageAhead();
            stagedMs = phase.restart();
            s = applier.finish();
            finishMs = phase.restart();
        }
        if (!s && !m_conn->lastError().connectionLost && isConnected() &&
            s.error().code == QLatin1String("23505") && applier.usedPlainInserts()) {
            // A row thought new was on the server already: the batch again, every row upserted.
            qCDebug(lcSync) << "a row queued as new was on the server already; the batch is sent "
                               "again as updates";
            PQclear(PQexec(m_conn->conn(), "ROLLBACK"));
            lastSeq = beginPush(&nowMs);
            if (!lastSeq)
                return failed<PushStats>(lastSeq.error());
            BatchApplier again(*m_conn, m_db, m_tables, nowMs);
            s = again.applyAll(toApply, encoded);
        }
        if (!s && !m_conn->lastError().connectionLost && isConnected() &&
            isRejection(s.error().code)) {
            // Something in the batch is refused: apply entry by entry, setting aside only those.
            PQclear(PQexec(m_conn->conn(), "ROLLBACK"));
            lastSeq = beginPush(&nowMs);
            if (!lastSeq)
                return failed<PushStats>(lastSeq.error());
            BatchApplier single(*m_conn, m_db, m_tables, nowMs);
            for (const Entry &e : toApply) {
                if (Status sp = m_conn->run("SAVEPOINT entry"); !sp)
                    return failed<PushStats>(sp.error());
                Status one = single.applyGroup(e.entity, {e});
                if (!one) {
                    if (m_conn->lastError().connectionLost || !isRejection(one.error().code))
                        return failed<PushStats>(one.error());
                    rejected.append({e.seq, one.errorMessage()});
                    if (Status rb = m_conn->run("ROLLBACK TO SAVEPOINT entry"); !rb)
                        return failed<PushStats>(rb.error());
                } else if (Status rel = m_conn->run("RELEASE SAVEPOINT entry"); !rel) {
                    return failed<PushStats>(rel.error());
                }
            }
            s = success();
        }
        if (!s)
            return failed<PushStats>(s.error());
    }
    // The outbox entries are deleted once this returns: the commit must be durable on the
    // server whatever its synchronous_commit default is.
    if (Status s = commitPush(maxSeq); !s)
        return failed<PushStats>(s.error()); // in doubt: the watermark tells on the next attempt
    commitMs = phase.restart();
    fault("push.after_commit");

    if (Status st = markSent({maxSeq, nowMs, rejected}, !*more); !st)
        return st.error();
    qCDebug(lcSync) << "push batch of" << entries.size() << "entries: read" << readMs << "ms, send"
                    << applyMs << "ms, next batch read" << readAheadMs << "ms, staged" << stagedMs
                    << "ms, server after that" << finishMs << "ms, commit" << commitMs
                    << "ms, outbox cleared" << phase.elapsed() << "ms";
    stats.batches = 1;
    stats.rejected = int(rejected.size());
    stats.sent = int(toApply.size()) - stats.rejected;
    return stats;
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
    if (Status s = m_conn->run("SET LOCAL enable_sort = off"); !s)
        return s.error();
    qint64 bound = std::numeric_limits<qint64>::max();
    for (auto &t : m_tables) {
        if (!t->pull || !t->server || !t->local)
            continue;
        Fetched::Pulled p{t.get(), {}, false};
        QByteArray select;
        if (t->kind == Table::Mirror) {
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

Result<PullStats> SyncSession::applyBatch(Fetched &fetched)
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
    QHash<QString, QString> pending; // "entity\x1fid" -> newest pending HLC
    {
        QSqlQuery q(m_db.sql());
        if (!q.exec(QStringLiteral(
                "SELECT entity, entity_id, max(hlc) FROM outbox GROUP BY entity, entity_id")))
            return Result<PullStats>::failure(QueryError::describe(q, "read pending changes"));
        while (q.next())
            pending.insert(q.value(0).toString() + QChar(0x1f) + q.value(1).toString(),
                           q.value(2).toString());
    }
    QString newestHlc;
    for (Fetched::Pulled &p : pulled) {
        Table &t = *p.table;
        if (t.kind == Table::Mirror) {
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
            Stmt staged(m_db.handle(), "INSERT INTO " + stage + " VALUES (" + placeholders + ")");
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
            QByteArray newest = newestHlc.toUtf8();
            for (const QList<QByteArray> &row : std::as_const(p.rows)) {
                if (row.size() != t.cols.size() + 1 || row.constLast().toLongLong() > bound)
                    continue;
                const QByteArray hlc = hlcCol >= 0 ? row.at(hlcCol) : QByteArray();
                if (!pending.isEmpty() && idCol >= 0) {
                    const auto it =
                        pending.constFind(t.name + QChar(0x1f) + QString::fromUtf8(row.at(idCol)));
                    if (it != pending.constEnd() && *it > QString::fromUtf8(hlc)) {
                        ++stats.keptLocal;
                        continue;
                    }
                }
                for (int i = 0; i < row.size(); ++i)
                    staged.bindStatic(i + 1, row.at(i)); // the row outlives the step
                if (staged.step() != SQLITE_DONE)
                    return Result<PullStats>::failure(
                        QStringLiteral("could not store a pulled %1 row: %2")
                            .arg(t.name, staged.error()));
                ++stats.applied;
                if (hlc > newest) // HLCs are ASCII: byte order is their order
                    newest = hlc;
            }
            newestHlc = QString::fromUtf8(newest);
            stageMs += phase.restart();
            // Rows the workstation has none of (a first fill, rows new from elsewhere) need no
            // pass for rows it has: one probe each instead of two.
            bool anyKnown = true;
            if (idCol >= 0) {
                Stmt known(m_db.handle(), "SELECT EXISTS (SELECT 1 FROM " + stage +
                                              " WHERE id IN (SELECT id FROM main." + name + "))");
                anyKnown = !known.ok() || sqlite3_step(known.get()) != SQLITE_ROW ||
                           sqlite3_column_int(known.get(), 0) != 0;
            }
            if (anyKnown && !numberOnly.isEmpty())
                if (Status s = execLocal(m_db, numberOnly); !s)
                    return s.error();
            if (t.name != QLatin1String("contacts")) {
                if (Status s = execLocal(m_db, insert + " WHERE true" + upsert); !s)
                    return s.error();
            } else {
                // Contacts the workstation has are updated with their triggers; the new ones
                // (each id comes at most once in a batch, as ContactBulkWrite requires) are
                // inserted without, then indexed and counted set-wise.
                if (anyKnown)
                    if (Status s = execLocal(
                            m_db, insert + " WHERE id IN (SELECT id FROM main.contacts)" + upsert);
                        !s)
                        return s.error();
                ContactBulkWrite bulk(m_db);
                if (Status s = bulk.begin(); !s)
                    return s.error();
                if (Status s = bulk.insertNew(
                        QString::fromUtf8(insert + " WHERE true ON CONFLICT (id) DO NOTHING"));
                    !s)
                    return Result<PullStats>::failure(
                        QStringLiteral("could not store pulled contacts: %1")
                            .arg(s.errorMessage()));
                insertMs += phase.restart();
                if (Status s = bulk.finish(); !s)
                    return s.error();
                catchUpMs += phase.restart();
            }
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
            Stmt ins(m_db.handle(), sql);
            Stmt shadow(
                m_db.handle(),
                "INSERT INTO sync_shadow (entity, entity_id, server_seq, payload) VALUES (?, ?, ?, "
                "?) "
                "ON CONFLICT (entity, entity_id) DO UPDATE SET server_seq = excluded.server_seq, "
                "payload = excluded.payload");
            if (!ins.ok() || !shadow.ok())
                return Result<PullStats>::failure(
                    QStringLiteral("could not prepare to store %1: %2").arg(t.name, ins.error()));
            for (const QList<QByteArray> &row : std::as_const(p.rows)) {
                if (row.size() != 7 || row.at(6).toLongLong() > bound)
                    continue;
                const QString id = QString::fromUtf8(row.at(0));
                const QString hlc = QString::fromUtf8(row.at(3));
                const auto it = pending.constFind(t.name + QChar(0x1f) + id);
                if (it != pending.constEnd() && *it > hlc) {
                    ++stats.keptLocal;
                    continue;
                }
                QJsonObject o = unflatten(QJsonDocument::fromJson(row.at(2)).object());
                o.insert(QStringLiteral("id"), id);
                o.insert(QStringLiteral("team"), QString::fromUtf8(row.at(1)));
                o.insert(QStringLiteral("updated_hlc"), hlc);
                o.insert(QStringLiteral("origin"), QString::fromUtf8(row.at(4)));
                o.insert(QStringLiteral("deleted"), row.at(5).toInt());
                o.insert(QStringLiteral("server_seq"), row.at(6).toLongLong());
                for (int i = 0; i < cols.size(); ++i)
                    ins.bindJson(i + 1, o.value(cols.at(i)));
                if (ins.step() != SQLITE_DONE)
                    return Result<PullStats>::failure(
                        QStringLiteral("could not store a pulled %1 row: %2")
                            .arg(t.name, ins.error()));
                shadow.bindText(1, t.name.toUtf8());
                shadow.bindText(2, id.toUtf8());
                sqlite3_bind_int64(shadow.get(), 3, row.at(6).toLongLong());
                shadow.bindText(4, QJsonDocument(o).toJson(QJsonDocument::Compact));
                if (shadow.step() != SQLITE_DONE)
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
        m_db.hlc().receive(newest);
        if (Status s = rememberClock(m_db); !s)
            return s.error();
    }
    if (Status s = setState(m_db.sql(), QStringLiteral("cursor"), QString::number(bound)); !s)
        return s.error();
    if (Status s = setState(m_db.sql(), QStringLiteral("last_pull"),
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

} // namespace cd::sync
