#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QVariant>

namespace cd {

// A write transaction (BEGIN IMMEDIATE) rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_started; }
    Status commit();

private:
    QSqlDatabase &m_db;
    Status m_started;
    bool m_open = false;
};

// Text for a NOT NULL column: QtSql binds a null QString as NULL, so make it ''.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// Prepares and runs a statement; the error names the statement's purpose.
class QueryError
{
public:
    static QString describe(const class QSqlQuery &query, const char *what);
};

} // namespace cd
