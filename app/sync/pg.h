#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <type_traits>

struct pg_conn;
struct pg_result;

namespace cd::sync {

// Small helpers over libpq for what QtSql's QPSQL driver has no API for (COPY, SQLSTATE on
// every error, parameters as raw text). The connection may come from QPSQL's handle().
struct PgError
{
    QString message;
    QString sqlState; // "" when the connection itself failed
    bool connectionLost = false;

    Error toError(const QString &what) const;
};

class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *r);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    bool isNull(int row, int col) const;
    QString text(int row, int col) const;
    qint64 integer(int row, int col) const;
    pg_result *raw() const { return m_r; }

private:
    pg_result *m_r = nullptr;
};

class Pg
{
public:
    explicit Pg(pg_conn *conn)
        : m_conn(conn)
    {
    }
    pg_conn *conn() const { return m_conn; }
    bool isOk() const;

    // Runs one statement; parameters are sent as text (null QByteArray = SQL NULL).
    Result<PgResult> exec(const QByteArray &sql, const QList<QByteArray> &params = {});
    Status run(const QByteArray &sql, const QList<QByteArray> &params = {}); // no rows wanted
    // The same in two halves, so the caller can work while the server runs the statement:
    // send() returns once the statement is sent; finish() waits for it and reports its outcome.
    // Nothing else may use the connection in between.
    Status send(const QByteArray &sql);
    Status finish();
    // COPY ... FROM STDIN with data already in COPY text format.
    Status copyIn(const QByteArray &copySql, const QByteArray &data);
    // COPY ... TO STDOUT; calls onLine for each line (without the newline).
    template <typename F> Status copyOut(const QByteArray &copySql, F &&onLine);

    const PgError &lastError() const { return m_error; }

private:
    Status fail(pg_result *r, const char *what);
    Status copyOutImpl(const QByteArray &copySql, void *ctx, void (*cb)(void *, const char *, int));

    pg_conn *m_conn;
    PgError m_error;
};

template <typename F> Status Pg::copyOut(const QByteArray &copySql, F &&onLine)
{
    return copyOutImpl(copySql, &onLine, [](void *c, const char *data, int len) {
        (*static_cast<std::remove_reference_t<F> *>(c))(data, len);
    });
}

// COPY text format: append one field (escaped) or a NULL; rows end with '\n'.
void copyAppendField(QByteArray &out, const QByteArray &utf8);
void copyAppendNull(QByteArray &out);
// Splits a COPY text line into fields, unescaping; a NULL field comes back as a null QByteArray.
void copySplitLine(const char *data, int len, QList<QByteArray> &fields);

// Opens a plain libpq connection (for admin commands); the error says what failed.
Result<std::shared_ptr<pg_conn>> connectPg(const QString &conninfo);

// SQL-quoted identifier / literal using the connection's rules.
QByteArray quoteIdent(pg_conn *conn, const QString &name);
QByteArray quoteLiteral(pg_conn *conn, const QString &value);

} // namespace cd::sync
