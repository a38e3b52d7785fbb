#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace cd {
class Database;
}

namespace cd::sync {

// What is known of one synced table on both sides.
struct SyncTable
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

using SyncTables = QList<std::shared_ptr<SyncTable>>;

// The synced tables, as SyncTable with only the spec filled in (name, kind, push, pull,
// insertOnly); SyncSession adds what the two databases have. To sync another table, add a line
// in synctable.cpp: the server table must mirror the workstation's columns (plus server_seq,
// server_time, pushed_by) and be added to cd_max_seq(). A table is used only when it exists on
// both sides, so a side can be upgraded first.
QList<SyncTable> syncedTableSpecs();

// Columns only the server table has, never synced.
bool isServerOnlyColumn(const QString &column);
// A PostgreSQL integer type (COPY needs a 0, not '', for a missing NOT NULL value).
bool isIntegerType(const QString &type);
// The workstation table's columns, in order; empty when it has no such table.
QStringList localColumns(Database &db, const QString &table);

} // namespace cd::sync
