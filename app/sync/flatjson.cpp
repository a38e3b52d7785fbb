#include "sync/flatjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace cd::sync {

namespace {

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

bool parseHex4(const char *p, const char *end, uint *out)
{
    if (end - p < 4)
        return false;
    uint v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= uint(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= uint(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= uint(c - 'A' + 10);
        else
            return false;
    }
    *out = v;
    return true;
}

bool parseJsonString(const char *&p, const char *end, QByteArray &out)
{
    // p is just after the opening quote. truncate() keeps the buffer for the next value.
    out.truncate(0);
    const char *run = p;
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            out.append(run, p - run);
            ++p;
            return true;
        }
        if (c != '\\') {
            ++p;
            continue;
        }
        out.append(run, p - run);
        if (++p >= end)
            return false;
        switch (*p) {
        case '"':
            out.append('"');
            break;
        case '\\':
            out.append('\\');
            break;
        case '/':
            out.append('/');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            uint cp = 0;
            if (!parseHex4(p + 1, end, &cp))
                return false;
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && end - p > 6 && p[1] == '\\' && p[2] == 'u') {
                uint low = 0;
                if (parseHex4(p + 3, end, &low) && low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            return false;
        }
        ++p;
        run = p;
    }
    return false;
}

// Whether qint64(d) is defined: converting a double outside the range (1e300, infinity, NaN)
// is undefined behaviour.
bool fitsInt64(double d)
{
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

void skipSpace(const char *&p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
}

// p is just after a string's opening quote. If the string has no escape and no control
// character before its closing quote, returns its length and leaves p after the quote;
// otherwise returns -1 and leaves p where it was.
qsizetype verbatimJsonString(const char *&p, const char *end)
{
    for (const char *q = p; q < end; ++q) {
        const auto c = static_cast<unsigned char>(*q);
        if (c == '"') {
            const qsizetype n = q - p;
            p = q + 1;
            return n;
        }
        if (c == '\\' || c < 0x20)
            return -1;
    }
    return -1;
}

} // namespace

bool parseFlatJson(const QByteArray &json, const QHash<QByteArray, int> &columnIndex,
                   const std::vector<QByteArray> &names, std::vector<int> &keyOrder,
                   std::vector<FlatValue> &values)
{
    for (FlatValue &v : values) {
        v.kind = FlatValue::Missing;
        v.raw = nullptr;
    }
    const char *p = json.constData();
    const char *end = p + json.size();
    QByteArray key;
    size_t position = 0;
    skipSpace(p, end);
    if (p >= end || *p++ != '{')
        return false;
    skipSpace(p, end);
    if (p < end && *p == '}')
        return true;
    while (p < end) {
        skipSpace(p, end);
        if (p >= end || *p++ != '"')
            return false;
        const char *keyStart = p;
        qsizetype keyLen = verbatimJsonString(p, end);
        if (keyLen < 0) {
            if (!parseJsonString(p, end, key))
                return false;
            keyStart = key.constData();
            keyLen = key.size();
        }
        skipSpace(p, end);
        if (p >= end || *p++ != ':')
            return false;
        skipSpace(p, end);
        if (p >= end)
            return false;
        FlatValue *target = nullptr;
        if (position >= keyOrder.size())
            keyOrder.push_back(-1);
        const int guess = keyOrder[position];
        if (guess >= 0 && names[size_t(guess)].size() == keyLen &&
            std::memcmp(names[size_t(guess)].constData(), keyStart, size_t(keyLen)) == 0) {
            target = &values[size_t(guess)];
        } else {
            const auto it = columnIndex.constFind(QByteArray::fromRawData(keyStart, keyLen));
            keyOrder[position] = it == columnIndex.constEnd() ? -1 : *it;
            if (it != columnIndex.constEnd())
                target = &values[size_t(*it)];
        }
        ++position;
        FlatValue ignored;
        FlatValue &v = target ? *target : ignored;
        v.raw = nullptr;
        const char c = *p;
        if (c == '"') {
            ++p;
            const char *start = p;
            const qsizetype n = verbatimJsonString(p, end);
            if (n >= 0) {
                v.raw = start;
                v.rawLen = n;
            } else if (!parseJsonString(p, end, v.text)) {
                return false;
            }
            v.kind = FlatValue::String;
        } else if (c == 't' && end - p >= 4 && qstrncmp(p, "true", 4) == 0) {
            v.kind = FlatValue::Bool;
            v.text = QByteArrayLiteral("1");
            p += 4;
        } else if (c == 'f' && end - p >= 5 && qstrncmp(p, "false", 5) == 0) {
            v.kind = FlatValue::Bool;
            v.text = QByteArrayLiteral("0");
            p += 5;
        } else if (c == 'n' && end - p >= 4 && qstrncmp(p, "null", 4) == 0) {
            v.kind = FlatValue::Null;
            p += 4;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const char *start = p;
            bool integral = true;
            while (p < end && (*p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E' ||
                               (*p >= '0' && *p <= '9'))) {
                if (*p == '.' || *p == 'e' || *p == 'E')
                    integral = false;
                ++p;
            }
            v.kind = FlatValue::Number;
            v.text = QByteArray(start, p - start);
            if (!integral) {
                const double d = v.text.toDouble();
                if (fitsInt64(d) && double(qint64(d)) == d)
                    v.text = QByteArray::number(qint64(d));
            }
        } else {
            return false; // nested object or array
        }
        skipSpace(p, end);
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        if (p < end && *p == '}')
            return true;
        return false;
    }
    return false;
}

QByteArray jsonScalarText(const QJsonValue &v, bool *isNull)
{
    *isNull = false;
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        *isNull = true;
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? "1" : "0";
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (fitsInt64(d) && double(qint64(d)) == d)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return v.toString().toUtf8();
    case QJsonValue::Array:
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    }
    *isNull = true;
    return {};
}

} // namespace cd::sync
