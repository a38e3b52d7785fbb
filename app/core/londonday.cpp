#include "core/londonday.h"

#include <algorithm>
#include <cstdio>

namespace cd {

const QTimeZone &londonZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/London"));
    return zone;
}

QDateTime inLondon(const QDateTime &instant)
{
    return instant.toTimeZone(londonZone());
}

QDate londonDay(const QDateTime &instant)
{
    return inLondon(instant).date();
}

QDateTime londonDayStartUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), londonZone()).toUTC();
}

QDateTime londonDayEndUtc(const QDate &day)
{
    return londonDayStartUtc(day.addDays(1));
}

namespace {

// SQLite's date and time parsing and Julian day arithmetic (src/date.c of SQLite 3.40), so that
// a stored time means here exactly the instant it means to SQLite's date(). Text is read as
// SQLite reads it, up to the end or a NUL.

constexpr qint64 kMsPerDay = 86400000;
constexpr qint64 kUnixEpochJdMs = 210866760000000; // 1970-01-01T00:00Z as a Julian day in ms
constexpr qint64 kMaxJdMs = 464269060799999;       // 9999-12-31T23:59:59.999Z

struct Text
{
    QByteArrayView s;
    qsizetype i = 0;

    char at(qsizetype k) const { return k < s.size() ? s[k] : '\0'; }
    char peek() const { return at(i); }
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// `count` digits from t.i, between min and max, followed by `next` unless that is NUL. Advances
// past the digits and `next`.
bool getDigits(Text &t, int count, int min, int max, char next, int *out)
{
    int v = 0;
    for (int k = 0; k < count; ++k) {
        const char c = t.at(t.i + k);
        if (!isDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    if (v < min || v > max || (next != '\0' && t.at(t.i + count) != next))
        return false;
    *out = v;
    t.i += count + (next != '\0' ? 1 : 0);
    return true;
}

struct Fields
{
    bool validYmd = false;
    int y = 2000, m = 1, d = 1;
    bool validHms = false;
    int h = 0, mi = 0;
    double s = 0;
    int tz = 0; // minutes east of UTC
};

// Z, or +HH:MM / -HH:MM, or nothing; spaces around it. False on anything else.
bool parseTimezone(Text t, Fields *f)
{
    while (isSpace(t.peek()))
        ++t.i;
    f->tz = 0;
    const char c = t.peek();
    if (c == 'Z' || c == 'z') {
        ++t.i;
    } else if (c == '+' || c == '-') {
        ++t.i;
        int oh = 0, om = 0;
        if (!getDigits(t, 2, 0, 14, ':', &oh) || !getDigits(t, 2, 0, 59, '\0', &om))
            return false;
        f->tz = (c == '-' ? -1 : 1) * (oh * 60 + om);
    } else {
        return c == '\0';
    }
    while (isSpace(t.peek()))
        ++t.i;
    return t.peek() == '\0';
}

bool parseHhMmSs(Text t, Fields *f)
{
    int h = 0, mi = 0, sec = 0;
    if (!getDigits(t, 2, 0, 24, ':', &h) || !getDigits(t, 2, 0, 59, '\0', &mi))
        return false;
    double fraction = 0.0;
    if (t.peek() == ':') {
        ++t.i;
        if (!getDigits(t, 2, 0, 59, '\0', &sec))
            return false;
        if (t.peek() == '.' && isDigit(t.at(t.i + 1))) {
            double scale = 1.0;
            ++t.i;
            while (isDigit(t.peek())) {
                fraction = fraction * 10.0 + (t.peek() - '0');
                scale *= 10.0;
                ++t.i;
            }
            fraction /= scale;
        }
    }
    f->validHms = true;
    f->h = h;
    f->mi = mi;
    f->s = sec + fraction;
    return parseTimezone(t, f);
}

bool parseYyyyMmDd(Text t, Fields *f)
{
    bool negative = false;
    if (t.peek() == '-') {
        negative = true;
        ++t.i;
    }
    int y = 0, m = 0, d = 0;
    if (!getDigits(t, 4, 0, 9999, '-', &y) || !getDigits(t, 2, 1, 12, '-', &m) ||
        !getDigits(t, 2, 1, 31, '\0', &d))
        return false;
    while (isSpace(t.peek()) || t.peek() == 'T')
        ++t.i;
    Fields time;
    if (parseHhMmSs(t, &time))
        *f = time;
    else if (t.peek() != '\0')
        return false;
    f->validYmd = true;
    f->y = negative ? -y : y;
    f->m = m;
    f->d = d;
    return true;
}

// SQLite's computeJD: the instant as a Julian day number in milliseconds.
std::optional<qint64> julianDayMs(const Fields &f)
{
    int y = f.y, m = f.m;
    const int d = f.d;
    if (y < -4713 || y > 9999)
        return std::nullopt;
    if (m <= 2) {
        --y;
        m += 12;
    }
    const int a = y / 100;
    const int b = 2 - a + (a / 4);
    const int x1 = 36525 * (y + 4716) / 100;
    const int x2 = 306001 * (m + 1) / 10000;
    qint64 jd = static_cast<qint64>((x1 + x2 + d + b - 1524.5) * 86400000);
    if (f.validHms) {
        jd += f.h * 3600000 + f.mi * 60000 + static_cast<qint64>(f.s * 1000 + 0.5);
        jd -= f.tz * 60000;
    }
    if (jd < 0 || jd > kMaxJdMs)
        return std::nullopt;
    return jd;
}

// SQLite's computeYMD and date() text for a Julian day in milliseconds.
int writeDate(qint64 jd, char (&out)[16])
{
    if (jd < 0 || jd > kMaxJdMs)
        return 0;
    const int z = static_cast<int>((jd + 43200000) / kMsPerDay);
    int a = static_cast<int>((z - 1867216.25) / 36524.25);
    a = z + 1 + a - (a / 4);
    const int b = a + 1524;
    const int c = static_cast<int>((b - 122.1) / 365.25);
    const int d = (36525 * (c & 32767)) / 100;
    const int e = static_cast<int>((b - d) / 30.6001);
    const int x1 = static_cast<int>(30.6001 * e);
    const int day = b - d - x1;
    const int month = e < 14 ? e - 1 : e - 13;
    const int year = month > 2 ? c - 4716 : c - 4715;
    const int n = std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
    return n > 0 && n < int(sizeof out) ? n : 0;
}

bool canonicalDigits(QByteArrayView s, std::initializer_list<int> at)
{
    for (int k : at)
        if (!isDigit(s[k]))
            return false;
    return true;
}

int twoDigits(QByteArrayView s, int at)
{
    return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

} // namespace

std::optional<qint64> parseStoredTime(QByteArrayView text)
{
    Fields f;
    if (!parseYyyyMmDd(Text{text}, &f) && !parseHhMmSs(Text{text}, &f))
        return std::nullopt;
    const std::optional<qint64> jd = julianDayMs(f);
    if (!jd)
        return std::nullopt;
    return *jd - kUnixEpochJdMs;
}

int londonDayOfStoredTime(QByteArrayView text, char (&out)[16])
{
    // The canonical UTC form before 23:00, from 1948 on: its own date.
    if (text.size() == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' &&
        text[13] == ':' && text[16] == ':' && text[19] == '.' && text[23] == 'Z' &&
        canonicalDigits(text, {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22})) {
        const int year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
        const int month = twoDigits(text, 5);
        const int day = twoDigits(text, 8);
        if (year >= 1948 && twoDigits(text, 11) < 23 && twoDigits(text, 14) <= 59 &&
            twoDigits(text, 17) <= 59 && month >= 1 && month <= 12 && day >= 1 &&
            day <= QDate(year, month, 1).daysInMonth()) {
            std::copy(text.begin(), text.begin() + 10, out);
            out[10] = '\0';
            return 10;
        }
    }
    const std::optional<qint64> utc = parseStoredTime(text);
    if (!utc)
        return 0;
    const int offset = londonZone().offsetFromUtc(QDateTime::fromMSecsSinceEpoch(*utc, Qt::UTC));
    return writeDate(*utc + qint64(offset) * 1000 + kUnixEpochJdMs, out);
}

} // namespace cd
