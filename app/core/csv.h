#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd::csv {

// One record of an RFC 4180 file and the line it starts on (1-based), so errors can name it.
struct Record
{
    int line = 0;
    QStringList fields;
};

struct ParseResult
{
    QList<Record> records;
    QString error; // empty when the whole input parsed
    int errorLine = 0;
};

// Parses UTF-8 text with or without a byte-order mark, CRLF or LF line ends, quoted fields
// with embedded commas, quotes ("") and newlines. Blank lines are skipped.
ParseResult parse(const QByteArray &utf8);

// Incremental reader for large files: feed() bytes as they arrive, take() complete records.
class Reader
{
public:
    void feed(const QByteArray &bytes);
    void finish(); // end of input: the last record need not end in a newline
    bool hasRecord() const { return !m_ready.isEmpty(); }
    Record take();
    const QString &error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    void parseAvailable(bool atEnd);

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_sawStart = false;
    int m_line = 1;
    QList<Record> m_ready;
    QString m_error;
    int m_errorLine = 0;
};

// A field quoted when it needs to be: comma, quote, CR or LF inside, or spaces at either end.
QString escape(const QString &field);
// One record ending in CRLF.
QString formatRecord(const QStringList &fields);

} // namespace cd::csv
