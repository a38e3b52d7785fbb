#include "core/vrm.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <vector>

namespace cd::vrm {

namespace {

// lupdate reads this file's messages into the context cd::vrm.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::vrm)
};

bool isLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool anyOf(QStringView text, const char *set)
{
    for (QChar c : text)
        for (const char *s = set; *s; ++s)
            if (c == QLatin1Char(*s))
                return true;
    return false;
}

// Runs of letters and digits: "AB12CDE" -> {L2, D2, L3}.
struct Run
{
    bool letters;
    int length;
};

std::vector<Run> runs(const QString &text)
{
    std::vector<Run> out;
    for (QChar c : text) {
        const bool letter = isLetter(c);
        if (!out.empty() && out.back().letters == letter)
            ++out.back().length;
        else
            out.push_back({letter, 1});
    }
    return out;
}

QChar keyChar(QChar c)
{
    switch (c.unicode()) {
    case 'O':
        return QLatin1Char('0');
    case 'I':
        return QLatin1Char('1');
    case 'S':
        return QLatin1Char('5');
    case 'B':
        return QLatin1Char('8');
    case 'Z':
        return QLatin1Char('2');
    case 'G':
        return QLatin1Char('6');
    default:
        return c;
    }
}

// Characters a confusion key can hold: digits and the letters that are not folded.
const QString &keyAlphabet()
{
    static const QString alphabet = QStringLiteral("0123456789ACDEFHJKLMNPQRTUVWXY");
    return alphabet;
}

Recognition unusual(Recognition r, Format format, const QString &reason)
{
    r.format = format;
    r.unusual = true;
    r.reason = reason;
    return r;
}

} // namespace

QString normalise(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.'))
            continue;
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            out.append(QChar(c.unicode() - 'a' + 'A'));
        else
            out.append(c.toUpper());
    }
    return out;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Current:
        return QStringLiteral("current");
    case Format::Prefix:
        return QStringLiteral("prefix");
    case Format::Suffix:
        return QStringLiteral("suffix");
    case Format::Dateless:
        return QStringLiteral("dateless");
    case Format::NorthernIreland:
        return QStringLiteral("northern_ireland");
    case Format::QPlate:
        return QStringLiteral("q_plate");
    case Format::Unrecognised:
        break;
    }
    return QStringLiteral("unrecognised");
}

Recognition recognise(const QString &text)
{
    Recognition r;
    r.normalised = normalise(text);
    r.display = r.normalised;
    const QString &m = r.normalised;
    if (m.isEmpty())
        return unusual(r, Format::Unrecognised, Tr::tr("no registration mark was given"));
    for (QChar c : m)
        if (!isLetter(c) && !isDigit(c))
            return unusual(
                r, Format::Unrecognised,
                Tr::tr("contains characters other than letters and digits; check the mark"));
    const std::vector<Run> shape = runs(m);
    auto shapeIs = [&](std::initializer_list<std::pair<bool, std::pair<int, int>>> want) {
        if (shape.size() != want.size())
            return false;
        int i = 0;
        for (const auto &w : want) {
            const Run &run = shape[static_cast<size_t>(i++)];
            if (run.letters != w.first || run.length < w.second.first ||
                run.length > w.second.second)
                return false;
        }
        return true;
    };
    auto split = [&](int at) {
        r.display = m.left(at) + QLatin1Char(' ') + m.mid(at);
    };

    // Current GB: two letters, two digits, three letters.
    if (shapeIs({{true, {2, 2}}, {false, {2, 2}}, {true, {3, 3}}})) {
        split(4);
        r.format = Format::Current;
        r.unusual = false;
        const QStringView tag = QStringView(m).left(2);
        const QStringView age = QStringView(m).mid(2, 2);
        const QStringView random = QStringView(m).mid(4);
        if (anyOf(tag, "IQZ"))
            return unusual(
                r, Format::Current,
                Tr::tr("I, Q and Z are not used in the first two letters of a current mark"));
        if (anyOf(random, "IQ"))
            return unusual(
                r, Format::Current,
                Tr::tr("I and Q are not used in the last three letters of a current mark"));
        if (age == u"00" || age == u"01" || age == u"50")
            return unusual(r, Format::Current,
                           Tr::tr("the age identifier %1 has not been issued").arg(age.toString()));
        return r;
    }
    // Q plates: Q, one to three digits, three letters.
    if (m.startsWith(QLatin1Char('Q')) &&
        shapeIs({{true, {1, 1}}, {false, {1, 3}}, {true, {3, 3}}})) {
        split(static_cast<int>(m.size()) - 3);
        r.format = Format::QPlate;
        r.unusual = false;
        return r;
    }
    // Prefix: age letter, one to three digits, three letters.
    if (shapeIs({{true, {1, 1}}, {false, {1, 3}}, {true, {3, 3}}})) {
        split(static_cast<int>(m.size()) - 3);
        r.format = Format::Prefix;
        r.unusual = false;
        if (anyOf(QStringView(m).left(1), "IOQUZ"))
            return unusual(r, Format::Prefix,
                           Tr::tr("I, O, Q, U and Z were not used as age letters"));
        if (anyOf(QStringView(m).right(3), "IQZ"))
            return unusual(r, Format::Prefix,
                           Tr::tr("I, Q and Z were not generally used in prefix marks"));
        return r;
    }
    // Suffix: three letters, one to three digits, age letter.
    if (shapeIs({{true, {3, 3}}, {false, {1, 3}}, {true, {1, 1}}})) {
        split(3);
        r.format = Format::Suffix;
        r.unusual = false;
        if (anyOf(QStringView(m).right(1), "IOQUZ"))
            return unusual(r, Format::Suffix,
                           Tr::tr("I, O, Q, U and Z were not used as age letters"));
        if (anyOf(QStringView(m).left(3), "IQZ"))
            return unusual(r, Format::Suffix,
                           Tr::tr("I, Q and Z were not generally used in suffix marks"));
        return r;
    }
    // Dateless and Northern Ireland: one to three letters and one to four digits, either way.
    const bool lettersFirst = shapeIs({{true, {1, 3}}, {false, {1, 4}}});
    const bool digitsFirst = shapeIs({{false, {1, 4}}, {true, {1, 3}}});
    if (lettersFirst || digitsFirst) {
        const int letters = shape[lettersFirst ? 0 : 1].length;
        const QStringView letterPart =
            lettersFirst ? QStringView(m).left(letters) : QStringView(m).right(letters);
        split(lettersFirst ? letters : static_cast<int>(m.size()) - letters);
        r.unusual = false;
        if (anyOf(letterPart, "IZ")) {
            r.format = Format::NorthernIreland;
            return r;
        }
        r.format = Format::Dateless;
        if (anyOf(letterPart, "Q"))
            return unusual(r, Format::Dateless,
                           Tr::tr("Q was not generally used in dateless marks"));
        return r;
    }
    return unusual(
        r, Format::Unrecognised,
        Tr::tr("not a standard GB or Northern Ireland format (personalised, foreign, trade or "
               "diplomatic plates exist): check with the PNC or DVLA"));
}

QString display(const QString &text)
{
    return recognise(text).display;
}

QString confusionKey(const QString &normalised)
{
    QString key(normalised.size(), Qt::Uninitialized);
    QChar *out = key.data();
    for (QChar c : normalised)
        *out++ = keyChar(c);
    return key;
}

bool confusable(QChar a, QChar b)
{
    return a != b && keyChar(a) == keyChar(b);
}

double distance(const QString &a, const QString &b)
{
    // Optimal string alignment distance with a cheap cost for confusable characters.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<double> d(static_cast<size_t>((n + 1) * (m + 1)));
    auto at = [&](qsizetype i, qsizetype j) -> double & {
        return d[static_cast<size_t>(i * (m + 1) + j)];
    };
    for (qsizetype i = 0; i <= n; ++i)
        at(i, 0) = static_cast<double>(i);
    for (qsizetype j = 0; j <= m; ++j)
        at(0, j) = static_cast<double>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const QChar x = a.at(i - 1);
            const QChar y = b.at(j - 1);
            const double sub = x == y ? 0.0 : (confusable(x, y) ? 0.25 : 1.0);
            double best =
                std::min({at(i - 1, j) + 1.0, at(i, j - 1) + 1.0, at(i - 1, j - 1) + sub});
            if (i > 1 && j > 1 && x == b.at(j - 2) && a.at(i - 2) == y && x != y)
                best = std::min(best, at(i - 2, j - 2) + 1.0);
            at(i, j) = best;
        }
    }
    return at(n, m);
}

int closeness(const QString &typed, const QString &candidate)
{
    if (typed.isEmpty() || candidate.isEmpty())
        return 0;
    if (typed == candidate)
        return 100;
    const double longest = static_cast<double>(std::max(typed.size(), candidate.size()));
    int score = static_cast<int>(100.0 * (1.0 - distance(typed, candidate) / longest) + 0.5);
    if (candidate.size() > typed.size() &&
        confusionKey(candidate).startsWith(confusionKey(typed))) {
        const int prefix = 60 + static_cast<int>(39.0 * static_cast<double>(typed.size()) /
                                                 static_cast<double>(candidate.size()));
        score = std::max(score, prefix);
    }
    return std::clamp(score, 0, 99);
}

QStringList neighbourKeys(const QString &typedKey)
{
    QStringList out;
    QSet<QString> seen;
    auto add = [&](const QString &k) {
        if (!k.isEmpty() && !seen.contains(k)) {
            seen.insert(k);
            out.append(k);
        }
    };
    add(typedKey);
    const QString &alphabet = keyAlphabet();
    const qsizetype n = typedKey.size();
    for (qsizetype i = 0; i < n; ++i) {
        add(QString(typedKey).remove(i, 1)); // an extra character was typed
        if (i + 1 < n) {
            QString swapped = typedKey;
            std::swap(swapped[i], swapped[i + 1]);
            add(swapped);
        }
    }
    for (qsizetype i = 0; i <= n; ++i)
        for (QChar c : alphabet)
            add(QString(typedKey).insert(i, c)); // a character was missed out
    for (qsizetype i = 0; i < n; ++i)
        for (QChar c : alphabet)
            if (c != typedKey.at(i)) {
                QString s = typedKey;
                s[i] = c;
                add(s); // one character was wrong
            }
    return out;
}

} // namespace cd::vrm
