#pragma once

#include "storage/outbox.h"
#include "sync/synctable.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstring>
#include <utility>

namespace cd::sync {

// The mirror tables' COPY text of a batch, by table, made before the batch is sent.
using Encoded = QHash<QString, QByteArray>;

// What a column of the server table gets in COPY text for a value: the value's text; SQL NULL
// for no value, and for an empty string that may stand for NULL (`emptyAsNull`) in a nullable
// column; for no value in a NOT NULL column, 0 (integer types) or ''.
enum class CopyCell { Text, Null, Zero, Empty };

inline CopyCell copyCell(bool nullable, bool integral, bool hasValue, bool emptyAsNull)
{
    if (hasValue && !(emptyAsNull && nullable))
        return CopyCell::Text;
    if (nullable)
        return CopyCell::Null;
    return integral ? CopyCell::Zero : CopyCell::Empty;
}

// Column i's value as COPY text (copyCell): `text` null is no value; with `emptyIsNull` an empty
// string may stand for NULL.
void appendCopyValue(QByteArray &data, const SyncTable &t, int i, const QByteArray *text,
                     bool emptyIsNull);

// Entries grouped by table, in the order each table first appears. A batch of one table (the
// usual bulk push) is passed on as it is, sharing the list instead of copying every entry.
QList<std::pair<QString, QList<OutboxEntry>>> byTable(const QList<OutboxEntry> &entries);

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
QByteArray encodeMirror(const SyncTable &t, const QList<OutboxEntry> &entries);

} // namespace cd::sync
