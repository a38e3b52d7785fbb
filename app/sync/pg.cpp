#include "sync/pg.h"

#include <libpq-fe.h>

namespace cd::sync {

Error PgError::toError(const QString &what) const
{
    return Error{QStringLiteral("could not %1: %2").arg(what, message), sqlState};
}

PgResult::PgResult(pg_result *r)
    : m_r(r)
{
}

PgResult::~PgResult()
{
    if (m_r)
        PQclear(m_r);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_r(other.m_r)
{
    other.m_r = nullptr;
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_r)
            PQclear(m_r);
        m_r = other.m_r;
        other.m_r = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return m_r ? PQntuples(m_r) : 0;
}

bool PgResult::isNull(int row, int col) const
{
    return PQgetisnull(m_r, row, col) != 0;
}

QString PgResult::text(int row, int col) const
{
    return QString::fromUtf8(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col));
}

qint64 PgResult::integer(int row, int col) const
{
    return QByteArray(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col)).toLongLong();
}

bool Pg::isOk() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

Status Pg::fail(pg_result *r, const char *what)
{
    m_error = {};
    if (r) {
        const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        m_error.sqlState = QString::fromLatin1(state ? state : "");
        const char *primary = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        m_error.message = QString::fromUtf8(primary ? primary : PQresultErrorMessage(r)).trimmed();
    }
    if (m_error.message.isEmpty())
        m_error.message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    // An error without SQLSTATE comes from libpq itself, not the server: the connection failed
    // (after a server's immediate shutdown libpq can say so while its status still reads OK).
    if (PQstatus(m_conn) != CONNECTION_OK || m_error.sqlState.isEmpty() ||
        m_error.sqlState.startsWith(QLatin1String("08")) ||
        m_error.sqlState == QLatin1String("57P01") || m_error.sqlState == QLatin1String("57P02") ||
        m_error.sqlState == QLatin1String("57P03"))
        m_error.connectionLost = true;
    if (r)
        PQclear(r);
    return Status(m_error.toError(QString::fromLatin1(what)));
}

Result<PgResult> Pg::exec(const QByteArray &sql, const QList<QByteArray> &params)
{
    QList<const char *> values;
    QList<int> lengths;
    values.reserve(params.size());
    for (const QByteArray &p : params) {
        values.append(p.isNull() ? nullptr : p.constData());
        lengths.append(int(p.size()));
    }
    pg_result *r = PQexecParams(m_conn, sql.constData(), int(params.size()), nullptr,
                                values.constData(), lengths.constData(), nullptr, 0);
    const ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        const QByteArray head = sql.left(48).simplified();
        return fail(r, head.constData()).error();
    }
    return PgResult(r);
}

Status Pg::run(const QByteArray &sql, const QList<QByteArray> &params)
{
    Result<PgResult> r = exec(sql, params);
    if (!r)
        return r.error();
    return success();
}

Status Pg::send(const QByteArray &sql)
{
    if (PQsendQuery(m_conn, sql.constData()) != 1)
        return fail(nullptr, "send a statement");
    return success();
}

Status Pg::finish()
{
    Status status = success();
    pg_result *r = nullptr;
    while ((r = PQgetResult(m_conn)) != nullptr) {
        const ExecStatusType st = PQresultStatus(r);
        if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && status)
            status = fail(r, "apply the rows sent");
        else
            PQclear(r);
    }
    if (status && PQstatus(m_conn) != CONNECTION_OK)
        status = fail(nullptr, "apply the rows sent");
    return status;
}

Status Pg::copyIn(const QByteArray &copySql, const QByteArray &data)
{
    pg_result *r = PQexec(m_conn, copySql.constData());
    if (!r || PQresultStatus(r) != PGRES_COPY_IN)
        return fail(r, "start sending rows");
    PQclear(r);
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += kChunk) {
        const int len = int(std::min(kChunk, data.size() - at));
        if (PQputCopyData(m_conn, data.constData() + at, len) != 1)
            return fail(nullptr, "send rows");
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return fail(nullptr, "finish sending rows");
    Status status = success();
    while ((r = PQgetResult(m_conn)) != nullptr) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            status = fail(r, "store the rows sent");
        else
            PQclear(r);
    }
    return status;
}

Status Pg::copyOutImpl(const QByteArray &copySql, void *ctx, void (*cb)(void *, const char *, int))
{
    pg_result *r = PQexec(m_conn, copySql.constData());
    if (!r || PQresultStatus(r) != PGRES_COPY_OUT)
        return fail(r, "start reading rows");
    PQclear(r);
    char *buffer = nullptr;
    int len = 0;
    while ((len = PQgetCopyData(m_conn, &buffer, 0)) > 0) {
        int n = len;
        if (n > 0 && buffer[n - 1] == '\n')
            --n;
        cb(ctx, buffer, n);
        PQfreemem(buffer);
    }
    Status status = success();
    if (len == -2)
        status = fail(nullptr, "read rows");
    while ((r = PQgetResult(m_conn)) != nullptr) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            status = fail(r, "read rows");
        else
            PQclear(r);
    }
    return status;
}

void copyAppendField(QByteArray &out, const QByteArray &utf8)
{
    // Runs of ordinary bytes are appended whole; only \\, tab, newline and return are escaped.
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    const char *run = p;
    for (; p < end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        out.append(run, p - run);
        out.append('\\');
        out.append(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
        run = p + 1;
    }
    out.append(run, end - run);
}

void copyAppendNull(QByteArray &out)
{
    out.append("\\N", 2);
}

void copySplitLine(const char *data, int len, QList<QByteArray> &fields)
{
    // Fields without a backslash (nearly all) are copied whole; the others are decoded run by
    // run. An empty field is an empty, not a null, byte array; \N is null.
    fields.clear();
    const char *p = data;
    const char *const end = data + len;
    auto text = [](const char *from, const char *to) {
        return to > from ? QByteArray(from, to - from) : QByteArray("");
    };
    for (;;) {
        const char *start = p;
        while (p < end && *p != '\t' && *p != '\\')
            ++p;
        if (p < end && *p == '\\') {
            QByteArray field = text(start, p);
            bool isNull = false;
            while (p < end && *p != '\t') {
                if (*p != '\\' || p + 1 >= end) {
                    const char *run = p++;
                    while (p < end && *p != '\t' && *p != '\\')
                        ++p;
                    field.append(run, p - run);
                    continue;
                }
                const char e = p[1];
                p += 2;
                switch (e) {
                case 'N':
                    isNull = true;
                    break;
                case 't':
                    field.append('\t');
                    break;
                case 'n':
                    field.append('\n');
                    break;
                case 'r':
                    field.append('\r');
                    break;
                case 'b':
                    field.append('\b');
                    break;
                case 'f':
                    field.append('\f');
                    break;
                case 'v':
                    field.append('\v');
                    break;
                default:
                    field.append(e);
                    break;
                }
            }
            fields.append(isNull ? QByteArray() : field);
        } else {
            fields.append(text(start, p));
        }
        if (p >= end)
            return;
        ++p; // the tab
    }
}

Result<std::shared_ptr<pg_conn>> connectPg(const QString &conninfo)
{
    std::shared_ptr<pg_conn> conn(PQconnectdb(conninfo.toUtf8().constData()), [](pg_conn *c) {
        if (c)
            PQfinish(c);
    });
    if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
        const QString why = conn ? QString::fromUtf8(PQerrorMessage(conn.get())).trimmed()
                                 : QStringLiteral("out of memory");
        return Result<std::shared_ptr<pg_conn>>::failure(
            QStringLiteral("could not connect to the shared database: %1").arg(why),
            QStringLiteral("connect"));
    }
    PQsetClientEncoding(conn.get(), "UTF8");
    PQsetNoticeProcessor(
        conn.get(), [](void *, const char *) {}, nullptr);
    return conn;
}

QByteArray quoteIdent(pg_conn *conn, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    char *q = PQescapeIdentifier(conn, utf8.constData(), size_t(utf8.size()));
    QByteArray out(q ? q : "");
    PQfreemem(q);
    return out;
}

QByteArray quoteLiteral(pg_conn *conn, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    char *q = PQescapeLiteral(conn, utf8.constData(), size_t(utf8.size()));
    QByteArray out(q ? q : "");
    PQfreemem(q);
    return out;
}

} // namespace cd::sync
