#include "core/csv.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <utility>

namespace cd::csv {

namespace {

// lupdate reads this file's messages into the context cd::csv.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::csv)
};

// Bytes already read are dropped from the buffer once this many have piled up.
constexpr qsizetype kCompactAt = 1 << 20;

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

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
    result.errors = reader.takeErrors();
    result.error = reader.error();
    result.errorLine = reader.errorLine();
    return result;
}

void Reader::feed(const QByteArray &bytes)
{
    if (m_finished)
        return;
    m_buffer.append(bytes);
    if (!m_sawStart) {
        if (m_buffer.size() < 3 && QByteArray("\xEF\xBB\xBF").startsWith(m_buffer))
            return;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        m_sawStart = true;
        startRecord();
    }
    parseAvailable(false);
}

void Reader::finish()
{
    if (m_finished)
        return;
    if (!m_sawStart) {
        m_sawStart = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        startRecord();
    }
    parseAvailable(true);
    m_finished = true;
}

Record Reader::take()
{
    return m_ready.takeFirst();
}

QList<ReadError> Reader::takeErrors()
{
    return std::exchange(m_errors, {});
}

void Reader::addError(int line, const QString &message)
{
    if (m_firstError.isEmpty()) {
        m_firstError = message;
        m_firstErrorLine = line;
    }
    m_errors.append({line, message});
}

void Reader::startRecord()
{
    m_record = Record();
    m_record.line = m_line;
    m_field.clear();
    m_anyContent = false;
    m_recordStart = m_pos;
    m_quoteResume = -1;
    m_state = State::FieldStart;
}

void Reader::endField()
{
    const int index = int(m_record.fields.size());
    const char *data = m_field.constData();
    const qsizetype size = m_field.size();
    bool ascii = true;
    bool nul = false;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x80)
            ascii = false;
        else if (c == 0)
            nul = true;
    }
    if (nul)
        m_record.problems.append({index, FieldProblem::NulByte});
    if (ascii) {
        m_record.fields.append(QString::fromLatin1(m_field));
    } else {
        if (!isValidUtf8(data, size))
            m_record.problems.append({index, FieldProblem::InvalidUtf8});
        m_record.fields.append(fieldText(m_field));
    }
    m_field.clear();
}

void Reader::endRecord()
{
    if (m_anyContent)
        m_ready.append(std::move(m_record)); // blank lines are skipped
    m_record = Record();
}

// The quoted field that opened on m_quoteLine is broken. Its record is dropped and reading
// goes on at the line after the quote's: the lines up to `errorAt` were read as part of the
// field and are read again as records, but with no quoted field spanning lines before
// `errorAt`, so no byte is read more than twice.
void Reader::quoteError(const QString &message, qsizetype errorAt)
{
    addError(m_quoteLine, message);
    if (m_quoteResume >= 0) {
        m_noSpanUntil = std::max(m_noSpanUntil, errorAt);
        m_pos = m_quoteResume;
        m_line = m_quoteLine + 1;
        startRecord();
        return;
    }
    // The field did not reach the end of its line: skip the rest of the line.
    m_line = m_quoteLine;
    m_record = Record();
    m_field.clear();
    m_pos = errorAt;
    m_recordStart = m_pos;
    m_state = State::SkipLine;
}

void Reader::parseAvailable(bool atEnd)
{
    const int maxMiB = int(kMaxRecordBytes >> 20);
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        while (m_pos < size) {
            const bool inQuotes = m_state == State::Quoted || m_state == State::QuoteInQuoted;
            if (m_state != State::SkipLine && m_state != State::AfterCr &&
                m_pos - m_recordStart > kMaxRecordBytes) {
                if (inQuotes) {
                    quoteError(Tr::tr("line %1: a quoted field opens here and is not closed "
                                      "within %2 MiB")
                                   .arg(m_quoteLine)
                                   .arg(maxMiB),
                               m_pos);
                } else {
                    addError(m_record.line, Tr::tr("line %1: the record is longer than %2 MiB")
                                                .arg(m_record.line)
                                                .arg(maxMiB));
                    m_record = Record();
                    m_field.clear();
                    m_recordStart = m_pos;
                    m_state = State::SkipLine;
                }
                continue;
            }
            const qsizetype limit = std::min(size, m_recordStart + kMaxRecordBytes + 1);
            const char c = data[m_pos];
            switch (m_state) {
            case State::AfterCr:
                if (c == '\n')
                    ++m_pos;
                startRecord();
                continue;
            case State::SkipLine: {
                const void *newline = std::memchr(data + m_pos, '\n', size_t(size - m_pos));
                if (!newline) {
                    m_pos = size;
                    m_recordStart = m_pos;
                    continue;
                }
                m_pos = static_cast<const char *>(newline) - data + 1;
                ++m_line;
                startRecord();
                continue;
            }
            case State::FieldStart:
                if (c == '"') {
                    m_state = State::Quoted;
                    m_quoteLine = m_line;
                    m_quoteResume = -1;
                    m_anyContent = true;
                    ++m_pos;
                    continue;
                }
                m_state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted: {
                qsizetype p = m_pos;
                while (p < limit && data[p] != ',' && data[p] != '\r' && data[p] != '\n')
                    ++p;
                if (p > m_pos) {
                    m_field.append(data + m_pos, p - m_pos);
                    m_anyContent = true;
                    m_pos = p;
                }
                if (p >= limit)
                    continue; // more input, or the record is too long
                endField();
                ++m_pos;
                if (data[p] == ',') {
                    m_anyContent = true;
                    m_state = State::FieldStart;
                    continue;
                }
                endRecord();
                ++m_line;
                if (data[p] == '\r')
                    m_state = State::AfterCr;
                else
                    startRecord();
                continue;
            }
            case State::Quoted: {
                qsizetype p = m_pos;
                while (p < limit && data[p] != '"' && data[p] != '\n')
                    ++p;
                m_field.append(data + m_pos, p - m_pos);
                m_pos = p;
                if (p >= limit)
                    continue;
                if (data[p] == '\n') {
                    if (m_quoteResume < 0)
                        m_quoteResume = p + 1;
                    if (p < m_noSpanUntil) {
                        quoteError(Tr::tr("line %1: a quoted field opens here and is not closed "
                                          "on its line")
                                       .arg(m_quoteLine),
                                   p);
                        continue;
                    }
                    m_field.append('\n');
                    ++m_line;
                    ++m_pos;
                    continue;
                }
                ++m_pos;
                m_state = State::QuoteInQuoted;
                continue;
            }
            case State::QuoteInQuoted:
                if (c == '"') {
                    m_field.append('"');
                    ++m_pos;
                    m_state = State::Quoted;
                    continue;
                }
                m_state = State::AfterQuote;
                continue;
            case State::AfterQuote:
                if (c == ',') {
                    endField();
                    m_state = State::FieldStart;
                    ++m_pos;
                    continue;
                }
                if (c == '\r' || c == '\n') {
                    endField();
                    endRecord();
                    ++m_line;
                    ++m_pos;
                    if (c == '\r')
                        m_state = State::AfterCr;
                    else
                        startRecord();
                    continue;
                }
                quoteError(Tr::tr("line %1: a quoted field opens here and has text after its "
                                  "closing quote")
                               .arg(m_quoteLine),
                           m_pos);
                continue;
            }
        }
        if (!atEnd)
            break;
        // End of input: the last record need not end in a newline.
        if (m_state == State::Quoted) {
            const bool resumes = m_quoteResume >= 0;
            quoteError(
                Tr::tr("line %1: a quoted field opens here and is never closed").arg(m_quoteLine),
                size);
            if (resumes)
                continue; // read the lines after the quote again, as records
        } else if (m_state != State::AfterCr && m_state != State::SkipLine && m_anyContent) {
            endField();
            endRecord();
        }
        m_state = State::SkipLine;
        break;
    }
    const qsizetype keep = std::min(m_recordStart, m_pos);
    if (keep > 0 && (keep == m_buffer.size() || keep > kCompactAt)) {
        m_buffer.remove(0, keep);
        m_pos -= keep;
        m_recordStart -= keep;
        if (m_quoteResume >= 0)
            m_quoteResume -= keep;
        m_noSpanUntil = m_noSpanUntil > keep ? m_noSpanUntil - keep : -1;
    }
}

QString fieldMessage(int line, int field, const QString &name, const QString &what)
{
    if (name.isEmpty())
        return Tr::tr("line %1, column %2: %3").arg(line).arg(field + 1).arg(what);
    return Tr::tr("line %1, column %2 (%3): %4").arg(line).arg(field + 1).arg(name, what);
}

QString problemText(FieldProblem::Kind kind)
{
    switch (kind) {
    case FieldProblem::InvalidUtf8:
        return Tr::tr("not valid UTF-8");
    case FieldProblem::NulByte:
        return Tr::tr("contains a NUL byte");
    }
    return {};
}

bool isValidUtf8(const char *bytes, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes);
    qsizetype i = 0;
    while (i < size) {
        const unsigned c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned cp = 0;
        unsigned min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (size - i <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned b = s[i + k];
            if ((b & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
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

QString neutraliseFormula(const QString &cell)
{
    if (!cell.isEmpty() && startsFormula(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString restoreFormula(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && startsFormula(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QString formatSafeRecord(const QStringList &fields)
{
    QStringList safe;
    safe.reserve(fields.size());
    for (const QString &f : fields)
        safe.append(neutraliseFormula(f));
    return formatRecord(safe);
}

} // namespace cd::csv
