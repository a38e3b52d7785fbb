#include "storage/sqlitestatement.h"

#include <sqlite3.h>

namespace cd {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql, bool persistent)
    : m_db(db)
{
    prepare(sql, -1, persistent);
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QByteArray &sql, bool persistent)
    : m_db(db)
{
    prepare(sql.constData(), int(sql.size()), persistent);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::prepare(const char *sql, int size, bool persistent)
{
    if (!m_db)
        return;
    if (sqlite3_prepare_v3(m_db, sql, size, persistent ? SQLITE_PREPARE_PERSISTENT : 0, &m_stmt,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

QString SqliteStatement::error() const
{
    if (!m_db)
        return QStringLiteral("the database is not open");
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

void SqliteStatement::bindInt(int i, int v)
{
    sqlite3_bind_int(m_stmt, i, v);
}

void SqliteStatement::bindInt64(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}

void SqliteStatement::bindDouble(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
}

void SqliteStatement::bindText(int i, const QByteArray &utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, i);
    else
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindStatic(int i, const QByteArray &utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, i);
    else
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

int SqliteStatement::step()
{
    return sqlite3_step(m_stmt);
}

int SqliteStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    return rc;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray SqliteStatement::columnBytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

} // namespace cd
