#include "storage/transaction.h"

#include "core/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
    , m_started(success())
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_started = Status::failure(QueryError::describe(q, "start a transaction"));
        return;
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStorage) << "rollback failed:" << q.lastError().nativeErrorCode();
    }
}

Status Transaction::commit()
{
    if (!m_open)
        return m_started.ok() ? Status::failure(QStringLiteral("transaction already finished"))
                              : m_started;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return Status::failure(QueryError::describe(q, "commit"));
    m_open = false;
    return success();
}

QString QueryError::describe(const QSqlQuery &query, const char *what)
{
    const QSqlError e = query.lastError();
    return QStringLiteral("could not %1: %2 (%3)")
        .arg(QLatin1String(what), e.databaseText().isEmpty() ? e.text() : e.databaseText(),
             e.nativeErrorCode());
}

} // namespace cd
