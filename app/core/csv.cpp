#include "core/csv.h"

#include <QCoreApplication>

namespace cd::csv {

namespace {

// A field's text. QString::fromUtf8 drops a leading byte-order mark, but inside a file U+FEFF
// is part of the field (only the file's own mark, skipped by the reader, is not).
QString fieldText(const QByteArray &utf8)
{
    qsizetype marks = 0;
    while (QByteArrayView(utf8).sliced(marks * 3).startsWith("\xEF\xBB\xBF"))
        ++marks;
    if (marks == 0)
        return QString::fromUtf8(utf8);
    return QString(marks, QChar(0xFEFF)) + QString::fromUtf8(utf8.sliced(marks * 3));
}

} // namespace

ParseResult parse(const QByteArray &utf8)
{
    Reader reader;
    reader.feed(utf8);
    reader.finish();
    ParseResult result;
    while (reader.hasRecord())
        result.records.append(reader.take());
    result.error = reader.error();
    result.errorLine = reader.errorLine();
    return result;
}

void Reader::feed(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return;
    m_buffer.append(bytes);
    if (!m_sawStart) {
        if (m_buffer.size() < 3 && QByteArray("\xEF\xBB\xBF").startsWith(m_buffer))
            return;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        m_sawStart = true;
    }
    parseAvailable(false);
}

void Reader::finish()
{
    if (!m_sawStart) {
        m_sawStart = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    if (m_error.isEmpty())
        parseAvailable(true);
}

Record Reader::take()
{
    return m_ready.takeFirst();
}

// Parses as many whole records as the buffer holds. A record is whole once its terminating
// newline (outside quotes) is seen, or at the end of input.
void Reader::parseAvailable(bool atEnd)
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    auto fail = [this](const QString &message, int line) {
        m_error = message;
        m_errorLine = line;
        m_buffer.clear();
        m_pos = 0;
    };
    while (m_pos < size) {
        Record record;
        record.line = m_line;
        int line = m_line;
        qsizetype p = m_pos;
        QByteArray field;
        bool inQuotes = false;
        bool fieldQuoted = false;
        bool anyContent = false;
        bool complete = false;
        while (true) {
            if (p >= size) {
                if (!atEnd)
                    break; // need more input
                if (inQuotes) {
                    fail(QCoreApplication::translate(
                             "cd::csv", "a quoted field starting on line %1 is never closed")
                             .arg(record.line),
                         record.line);
                    return;
                }
                record.fields.append(fieldText(field));
                complete = true;
                break;
            }
            const char c = data[p];
            if (inQuotes) {
                if (c == '"') {
                    if (p + 1 >= size && !atEnd)
                        break; // cannot yet tell "" from a closing quote
                    if (p + 1 < size && data[p + 1] == '"') {
                        field.append('"');
                        p += 2;
                        continue;
                    }
                    inQuotes = false;
                    ++p;
                    continue;
                }
                if (c == '\n')
                    ++line;
                field.append(c);
                ++p;
                continue;
            }
            if (c == '"' && field.isEmpty() && !fieldQuoted) {
                inQuotes = true;
                fieldQuoted = true;
                anyContent = true;
                ++p;
                continue;
            }
            if (c == ',') {
                record.fields.append(fieldText(field));
                field.clear();
                fieldQuoted = false;
                anyContent = true;
                ++p;
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    if (p + 1 >= size && !atEnd)
                        break; // wait to see whether LF follows
                    ++p;
                    if (p < size && data[p] == '\n')
                        ++p;
                } else {
                    ++p;
                }
                record.fields.append(fieldText(field));
                ++line;
                complete = true;
                break;
            }
            if (fieldQuoted) {
                fail(QCoreApplication::translate("cd::csv", "line %1: text after a closing quote")
                         .arg(line),
                     line);
                return;
            }
            field.append(c);
            anyContent = true;
            ++p;
        }
        if (!complete)
            break;
        m_pos = p;
        m_line = line;
        if (anyContent)
            m_ready.append(record); // blank lines are skipped
    }
    if (m_pos > 0 && m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > (1 << 20)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

QString escape(const QString &field)
{
    bool needsQuotes = false;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n')) {
            needsQuotes = true;
            break;
        }
    }
    if (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
        needsQuotes = true;
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString formatRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(','));
        line.append(escape(fields.at(i)));
    }
    line.append(QLatin1String("\r\n"));
    return line;
}

} // namespace cd::csv
