#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace cd::csv {

// A record longer than this (in bytes, quoted newlines included) is refused: no field of any
// file the program reads is near it, and a stray quote cannot make the reader hold a whole file.
constexpr qsizetype kMaxRecordBytes = 1 << 20;

// A field whose bytes could not be kept as they were. The field's text is still given
// (invalid bytes as U+FFFD), but a reader of the record must refuse it rather than store it.
struct FieldProblem
{
    enum Kind { InvalidUtf8, NulByte };
    int field = 0; // position in the record, 0-based
    Kind kind = InvalidUtf8;
};

// One record of an RFC 4180 file and the line it starts on (1-based), so errors can name it.
struct Record
{
    Record(int startLine = 0, QStringList values = {}, QList<FieldProblem> flagged = {})
        : line(startLine)
        , fields(std::move(values))
        , problems(std::move(flagged))
    {
    }
    int line = 0;
    QStringList fields;
    QList<FieldProblem> problems; // empty for a clean record
};

// A part of the input that is not a record (a quote error, a record too long). The reader
// carries on with the next record after it.
struct ReadError
{
    int line = 0; // where the offending record or quoted field starts
    QString message;
};

struct ParseResult
{
    QList<Record> records;
    QList<ReadError> errors;
    QString error; // the first of errors; empty when the whole input parsed
    int errorLine = 0;
};

// Parses UTF-8 text with or without a byte-order mark, CRLF or LF line ends, quoted fields
// with embedded commas, quotes ("") and newlines. Blank lines are skipped.
ParseResult parse(const QByteArray &utf8);

// Incremental reader for large files: feed() bytes as they arrive, take() complete records
// and takeErrors(). Runs in time linear in the input, whatever it holds: after a quote error
// it reports the line the quote opened on and goes on with the line after it.
class Reader
{
public:
    void feed(const QByteArray &bytes);
    void finish(); // end of input: the last record need not end in a newline
    bool hasRecord() const { return !m_ready.isEmpty(); }
    Record take();
    bool hasErrors() const { return !m_errors.isEmpty(); }
    QList<ReadError> takeErrors();
    // The first error seen, whether taken or not.
    const QString &error() const { return m_firstError; }
    int errorLine() const { return m_firstErrorLine; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuote, AfterCr, SkipLine };

    void parseAvailable(bool atEnd);
    void endField();
    void endRecord();
    void startRecord();
    void addError(int line, const QString &message);
    void quoteError(const QString &message, qsizetype errorAt);

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_sawStart = false;
    bool m_finished = false;
    State m_state = State::FieldStart;
    int m_line = 1;
    Record m_record;
    QByteArray m_field;
    bool m_anyContent = false;
    qsizetype m_recordStart = 0;  // buffer offset of the record being read
    int m_quoteLine = 0;          // where the open quoted field started
    qsizetype m_quoteResume = -1; // offset after the first newline inside it, if any
    qsizetype m_noSpanUntil = -1; // re-read after a quote error: no quoted newlines before it
    QList<Record> m_ready;
    QList<ReadError> m_errors;
    QString m_firstError;
    int m_firstErrorLine = 0;
};

// Where a field is and what is wrong with it: "line 12, column 3 (caller_name): not valid
// UTF-8". `field` is 0-based; the text says column field + 1.
QString fieldMessage(int line, int field, const QString &name, const QString &what);
// "not valid UTF-8", "contains a NUL byte"
QString problemText(FieldProblem::Kind kind);
// True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
bool isValidUtf8(const char *bytes, qsizetype size);

// A field quoted when it needs to be: comma, quote, CR or LF inside, or spaces at either end.
QString escape(const QString &field);
// One record ending in CRLF.
QString formatRecord(const QStringList &fields);

// A cell a spreadsheet could run as a formula (it starts with = + - @, a tab or a carriage
// return) gets a leading single quote (the OWASP rule for CSV injection); others are unchanged.
QString neutraliseFormula(const QString &cell);
// Undoes neutraliseFormula(): a leading single quote before = + - @ tab or CR is dropped.
QString restoreFormula(const QString &cell);
// formatRecord() of the neutralised cells: for files people open in a spreadsheet.
QString formatSafeRecord(const QStringList &fields);

} // namespace cd::csv
