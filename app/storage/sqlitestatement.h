#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace cd {

// One prepared SQLite statement on a connection (Database::handle()), finalized when it goes.
// For the paths where QtSql's per-value QVariant costs too much: imports, the sync's outbox
// reads and pulled rows. Parameters and columns count as SQLite counts them: parameters from
// 1, columns from 0. A statement that failed to prepare is !ok() and error() says why; using
// it otherwise does nothing and step() reports SQLITE_MISUSE.
class SqliteStatement
{
public:
    // `persistent`: the statement is kept and run many times (SQLITE_PREPARE_PERSISTENT).
    SqliteStatement(sqlite3 *db, const char *sql, bool persistent = false);
    SqliteStatement(sqlite3 *db, const QByteArray &sql, bool persistent = false);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    // The connection's latest error message (after a failed prepare or step).
    QString error() const;

    void bindNull(int i);
    void bindInt(int i, int v);
    void bindInt64(int i, qint64 v);
    void bindDouble(int i, double v);
    // UTF-8 text, copied by SQLite; a null QByteArray binds SQL NULL (an empty one, '').
    void bindText(int i, const QByteArray &utf8);
    // The same without a copy: `utf8` must stay unchanged until the statement is stepped.
    void bindStatic(int i, const QByteArray &utf8);

    // sqlite3_step: SQLITE_ROW while rows come, then SQLITE_DONE (or an error code).
    int step();
    // One step, then a reset for the next values: for a statement run once per row it writes.
    // Returns the step's code (SQLITE_DONE when it worked).
    int run();
    void reset();

    bool isNull(int column) const;
    int columnInt(int column) const;
    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    QByteArray columnBytes(int column) const; // a copy of the text or blob

private:
    void prepare(const char *sql, int size, bool persistent);

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace cd
