#include "core/riskdetector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <algorithm>
#include <unordered_map>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::RiskDetector.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::RiskDetector)
};

constexpr int kMaxWord = 32; // longer "words" (URLs, hashes) are never phrase words

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber();
}

QChar lower(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
    return c.toLower();
}

// A sentence or clause boundary that a phrase may not run across.
bool isSentenceBreak(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QLatin1Char(';') || c == QLatin1Char('\n');
}

bool isVowel(QChar c)
{
    return QStringView(u"aeiouy").contains(c);
}

// Splits plain text into lower-case words without apostrophes: "Don't" -> "dont".
QStringList plainWords(const QString &text)
{
    QStringList words;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isWordChar(c)) {
            current.append(c.toLower());
        } else if (isApostrophe(c) && !current.isEmpty() && i + 1 < text.size() &&
                   isWordChar(text.at(i + 1))) {
            continue;
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

} // namespace

struct RiskDetector::WordCache
{
    struct Entry
    {
        QString word;
        int ids[4] = {-1, -1, -1, -1};
        int idCount = 0;
    };
    static constexpr size_t kMaxEntries = 100000;
    QMutex mutex;
    std::unordered_map<quint64, Entry> entries;
};

QString RiskDetector::shippedPath()
{
    return QStringLiteral(":/contactdesk/risk/phrases.json");
}

Result<RiskDetector> RiskDetector::loadShipped()
{
    QFile file(shippedPath());
    if (!file.open(QIODevice::ReadOnly))
        return Result<RiskDetector>::failure(
            Tr::tr("the shipped risk phrase list is missing from the program"));
    return fromJson(file.readAll(), shippedPath());
}

RiskOffer RiskDetector::offer(const QString &kind) const
{
    RiskOffer o = m_offers.value(kind);
    if (o.label.isEmpty())
        o.label = QString(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
    return o;
}

QString RiskDetector::stem(const QString &word) const
{
    QString w = m_irregular.value(word, word);
    const qsizetype n = w.size();
    auto ends = [&w](const char *suffix) {
        return w.endsWith(QLatin1String(suffix));
    };
    if (n > 4 && (ends("ies") || ends("ied"))) {
        w.chop(3);
        w.append(QLatin1Char('y'));
    } else if (n >= 6 && ends("ing")) {
        w.chop(3);
    } else if (n >= 5 && ends("ed")) {
        w.chop(2);
    } else if (n >= 4 && ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
        w.chop(1);
    }
    if (w.size() >= 4 && w.endsWith(QLatin1Char('e')))
        w.chop(1);
    if (w.size() >= 4) {
        const QChar last = w.at(w.size() - 1);
        if (last == w.at(w.size() - 2) && last.isLetter() && !isVowel(last))
            w.chop(1);
    }
    return w;
}

int RiskDetector::internWord(const QString &stemmed)
{
    auto it = m_wordIds.constFind(stemmed);
    if (it != m_wordIds.cend())
        return *it;
    const int id = int(m_wordIds.size());
    m_wordIds.insert(stemmed, id);
    return id;
}

int RiskDetector::childOf(int node, int id) const
{
    for (const auto &[word, child] : m_nodes[size_t(node)].children)
        if (word == id)
            return child;
    return -1;
}

Result<RiskDetector> RiskDetector::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Result<RiskDetector>::failure(
            Tr::tr("%1: not a risk phrase list (%2)").arg(origin, parseError.errorString()));
    const QJsonObject root = doc.object();
    RiskDetector d;
    d.m_cache = std::make_shared<WordCache>();
    d.m_version = root.value(QLatin1String("version")).toInt();
    if (d.m_version <= 0)
        return Result<RiskDetector>::failure(
            Tr::tr("%1: the list needs a version of 1 or more").arg(origin));

    const QJsonObject offers = root.value(QLatin1String("offers")).toObject();
    for (auto it = offers.begin(); it != offers.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        d.m_offers.insert(it.key(), {o.value(QLatin1String("label")).toString(),
                                     o.value(QLatin1String("script")).toString(),
                                     o.value(QLatin1String("escalation")).toString()});
    }

    const QJsonObject irregular = root.value(QLatin1String("irregular")).toObject();
    for (auto it = irregular.begin(); it != irregular.end(); ++it)
        for (const QJsonValue &form : it.value().toArray()) {
            const QString word = plainWords(form.toString()).join(QString());
            d.m_irregular.insert(word, it.key());
            d.m_maxWordLength = std::max(d.m_maxWordLength, int(word.size()));
        }

    QHash<QString, QStringList> classes;
    const QJsonObject classJson = root.value(QLatin1String("classes")).toObject();
    for (auto it = classJson.begin(); it != classJson.end(); ++it) {
        const int id = d.internWord(QLatin1Char('{') + it.key() + QLatin1Char('}'));
        QStringList members;
        for (const QJsonValue &m : it.value().toArray()) {
            const QString word = plainWords(m.toString()).join(QString());
            if (word.isEmpty())
                continue;
            members.append(word);
            d.m_classMembers[word].append(id);
        }
        if (members.isEmpty())
            return Result<RiskDetector>::failure(
                Tr::tr("%1: the word class {%2} is empty").arg(origin, it.key()));
        classes.insert(it.key(), members);
    }

    d.m_nodes.emplace_back(); // the root
    const QJsonObject kinds = root.value(QLatin1String("kinds")).toObject();
    if (kinds.isEmpty())
        return Result<RiskDetector>::failure(Tr::tr("%1: the list has no kinds").arg(origin));
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        d.m_kinds.append(it.key());
        const QJsonArray phrases = it.value().toArray();
        if (phrases.isEmpty())
            return Result<RiskDetector>::failure(
                Tr::tr("%1: the kind %2 has no phrases").arg(origin, it.key()));
        for (const QJsonValue &value : phrases) {
            const QString text = value.toString().simplified();
            Phrase phrase{it.key(), {}, false};
            QStringList shown;
            QList<int> ids;
            const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (qsizetype i = 0; i < parts.size(); ++i) {
                const QString &part = parts.at(i);
                if (part == QLatin1String("$") && i == parts.size() - 1) {
                    phrase.anchoredEnd = true;
                    continue;
                }
                if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
                    const QString name = part.mid(1, part.size() - 2);
                    if (!classes.contains(name))
                        return Result<RiskDetector>::failure(
                            Tr::tr("%1: \"%2\" uses the unknown word class %3")
                                .arg(origin, text, part));
                    ids.append(d.m_wordIds.value(part));
                    shown.append(classes.value(name).first());
                    continue;
                }
                shown.append(part);
                for (const QString &word : plainWords(part)) {
                    ids.append(d.internWord(d.stem(word)));
                    d.m_maxWordLength = std::max(d.m_maxWordLength, int(word.size()));
                }
            }
            if (ids.isEmpty())
                return Result<RiskDetector>::failure(
                    Tr::tr("%1: an empty phrase in %2").arg(origin, it.key()));
            phrase.text = shown.join(QLatin1Char(' '));
            int node = 0;
            for (int id : ids) {
                int child = d.childOf(node, id);
                if (child < 0) {
                    child = int(d.m_nodes.size());
                    d.m_nodes[size_t(node)].children.emplace_back(id, child);
                    d.m_nodes.emplace_back();
                }
                node = child;
            }
            if (d.m_nodes[size_t(node)].phrase < 0) {
                d.m_nodes[size_t(node)].phrase = int(d.m_phrases.size());
                d.m_phrases.append(phrase);
            }
        }
    }
    return d;
}

void RiskDetector::tokenize(QStringView text, std::vector<Token> &out) const
{
    out.clear();
    const qsizetype n = text.size();
    QString word;
    word.reserve(kMaxWord + 1);
    bool pendingBreak = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (!isWordChar(c)) {
            if (isSentenceBreak(c))
                pendingBreak = true;
            ++i;
            continue;
        }
        Token t;
        t.start = int(i);
        t.breakBefore = pendingBreak;
        pendingBreak = false;
        word.truncate(0);
        bool tooLong = false;
        quint64 hash = 14695981039346656037ULL; // FNV-1a over the lower-case word
        while (i < n) {
            const QChar ch = text.at(i);
            if (isWordChar(ch)) {
                if (word.size() < kMaxWord) {
                    const QChar lc = lower(ch);
                    word.append(lc);
                    hash = (hash ^ lc.unicode()) * 1099511628211ULL;
                } else {
                    tooLong = true;
                }
                ++i;
            } else if (isApostrophe(ch) && i + 1 < n && isWordChar(text.at(i + 1))) {
                ++i;
            } else {
                break;
            }
        }
        t.end = int(i);
        if (!tooLong) {
            auto &entries = m_cache->entries;
            auto hit = entries.find(hash);
            if (hit == entries.end() || hit->second.word != word) {
                WordCache::Entry e;
                e.word = word;
                auto cls = m_classMembers.constFind(word);
                if (cls != m_classMembers.cend())
                    for (int id : *cls)
                        if (e.idCount < 4)
                            e.ids[e.idCount++] = id;
                if (word.size() <= m_maxWordLength + 4) {
                    auto wid = m_wordIds.constFind(stem(word));
                    if (wid != m_wordIds.cend() && e.idCount < 4)
                        e.ids[e.idCount++] = *wid;
                }
                if (entries.size() >= WordCache::kMaxEntries)
                    entries.clear();
                hit = entries.insert_or_assign(hash, std::move(e)).first;
            }
            t.idCount = hit->second.idCount;
            std::copy(hit->second.ids, hit->second.ids + 4, t.ids);
        }
        out.push_back(t);
    }
}

bool RiskDetector::clauseEndsAfter(QStringView text, int pos) const
{
    qsizetype i = pos;
    while (i < text.size() && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
        ++i;
    if (i >= text.size())
        return true;
    const QChar c = text.at(i);
    return isSentenceBreak(c) || QStringView(u",:)\"\r").contains(c) || isApostrophe(c) ||
           c == QChar(0x201D);
}

QList<RiskMatch> RiskDetector::detect(QStringView text) const
{
    QList<RiskMatch> matches;
    if (m_nodes.empty() || !m_cache)
        return matches;
    QMutexLocker lock(&m_cache->mutex);
    thread_local std::vector<Token> tokens;
    tokenize(text, tokens);
    const int count = int(tokens.size());
    int coveredUntil = -1; // end offset of the last match kept
    struct Frame
    {
        int node;
        int token;
    };
    std::vector<Frame> stack;
    for (int i = 0; i < count; ++i) {
        if (tokens[size_t(i)].idCount == 0)
            continue;
        int bestPhrase = -1;
        int bestEnd = -1;
        stack.clear();
        stack.push_back({0, i});
        while (!stack.empty()) {
            const Frame f = stack.back();
            stack.pop_back();
            if (f.token >= count)
                continue;
            const Token &t = tokens[size_t(f.token)];
            if (f.token > i && t.breakBefore)
                continue;
            for (int k = 0; k < t.idCount; ++k) {
                const int child = childOf(f.node, t.ids[k]);
                if (child < 0)
                    continue;
                const int p = m_nodes[size_t(child)].phrase;
                if (p >= 0 && t.end > bestEnd &&
                    (!m_phrases.at(p).anchoredEnd || clauseEndsAfter(text, t.end))) {
                    bestPhrase = p;
                    bestEnd = t.end;
                }
                if (!m_nodes[size_t(child)].children.empty())
                    stack.push_back({child, f.token + 1});
            }
        }
        if (bestPhrase < 0 || bestEnd <= coveredUntil)
            continue;
        const Phrase &phrase = m_phrases.at(bestPhrase);
        matches.append({phrase.kind, phrase.text, tokens[size_t(i)].start, bestEnd});
        coveredUntil = bestEnd;
    }
    return matches;
}

QJsonArray RiskDetector::toJson(const QList<RiskMatch> &matches)
{
    QJsonArray array;
    for (const RiskMatch &m : matches)
        array.append(QJsonObject{{QLatin1String("kind"), m.kind},
                                 {QLatin1String("phrase"), m.phrase},
                                 {QLatin1String("start"), m.start},
                                 {QLatin1String("end"), m.end}});
    return array;
}

QString RiskDetector::describePrompts(const QString &riskPromptsJson)
{
    QStringList lines;
    const QJsonArray prompts = QJsonDocument::fromJson(riskPromptsJson.toUtf8()).array();
    for (const QJsonValue &value : prompts) {
        const QJsonObject p = value.toObject();
        const QDateTime at =
            QDateTime::fromString(p.value(QLatin1String("shown_at")).toString(), Qt::ISODate);
        const QString response = p.value(QLatin1String("response")).toString();
        const QString offered =
            p.value(QLatin1String("offered_script"))
                .toString(p.value(QLatin1String("offered_escalation")).toString());
        lines.append(Tr::tr("\"%1\" (%2) at %3: %4 %5")
                         .arg(p.value(QLatin1String("phrase")).toString(),
                              p.value(QLatin1String("kind")).toString(),
                              at.toLocalTime().toString(QStringLiteral("HH:mm")),
                              response == QLatin1String("opened")      ? Tr::tr("opened")
                              : response == QLatin1String("dismissed") ? Tr::tr("dismissed")
                                                                       : Tr::tr("not answered"),
                              offered));
    }
    return lines.join(QLatin1Char('\n'));
}

QString RiskDetector::toJsonText(const QList<RiskMatch> &matches)
{
    auto quoted = [](const QString &text) {
        const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2)); // strip the [ ]
    };
    QStringList items;
    items.reserve(matches.size());
    for (const RiskMatch &m : matches)
        items.append(QStringLiteral("{\"kind\":%1,\"phrase\":%2,\"start\":%3,\"end\":%4}")
                         .arg(quoted(m.kind), quoted(m.phrase))
                         .arg(m.start)
                         .arg(m.end));
    return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace cd
