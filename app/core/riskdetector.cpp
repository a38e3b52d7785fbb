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

QString RiskMatch::statusName(Status status)
{
    switch (status) {
    case Status::Affirmed:
        return QStringLiteral("affirmed");
    case Status::Negated:
        return QStringLiteral("negated");
    case Status::Hypothetical:
        return QStringLiteral("hypothetical");
    case Status::Historical:
        return QStringLiteral("historical");
    case Status::NonLiteral:
        return QStringLiteral("non_literal");
    }
    return QString();
}

QString RiskDetector::shippedPath()
{
    return QStringLiteral(":/contactdesk/risk/concepts.json");
}

Result<RiskDetector> RiskDetector::loadShipped()
{
    QFile file(shippedPath());
    if (!file.open(QIODevice::ReadOnly))
        return Result<RiskDetector>::failure(
            Tr::tr("the shipped risk concept list is missing from the program"));
    return fromJson(file.readAll(), shippedPath());
}

RiskOffer RiskDetector::offer(const QString &kind) const
{
    RiskOffer o = m_offers.value(kind);
    if (o.label.isEmpty())
        o.label = QString(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
    return o;
}

RiskOffer RiskDetector::offer(const RiskMatch &match) const
{
    if (!match.offer.isEmpty() && m_offers.contains(match.offer))
        return m_offers.value(match.offer);
    return offer(match.kind);
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

int RiskDetector::conceptId(const QString &name)
{
    const qsizetype i = m_conceptNames.indexOf(name);
    if (i >= 0)
        return int(i);
    m_conceptNames.append(name);
    return int(m_conceptNames.size() - 1);
}

int RiskDetector::childOf(int node, int id) const
{
    for (const auto &[word, child] : m_nodes[size_t(node)].children)
        if (word == id)
            return child;
    return -1;
}

// Adds one term to the trie; returns an error message, or an empty string.
QString RiskDetector::addTerm(const QString &term, const QHash<QString, QStringList> &classes,
                              int conceptIndex, int trigger)
{
    const QString text = term.simplified();
    bool anchoredEnd = false;
    QStringList shown;
    QList<int> ids;
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == QLatin1String("$") && i == parts.size() - 1) {
            anchoredEnd = true;
            continue;
        }
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
            const QString name = part.mid(1, part.size() - 2);
            if (!classes.contains(name))
                return Tr::tr("\"%1\" uses the unknown word class %2").arg(text, part);
            ids.append(m_wordIds.value(part));
            shown.append(classes.value(name).first());
            continue;
        }
        // "=word" matches that word only, not its inflections ("=news" is not "new").
        const bool exact = part.startsWith(QLatin1Char('='));
        shown.append(exact ? part.mid(1) : part);
        for (const QString &word : plainWords(exact ? part.mid(1) : part)) {
            ids.append(internWord(exact ? QLatin1Char('=') + word : stem(word)));
            m_maxWordLength = std::max(m_maxWordLength, int(word.size()));
        }
    }
    if (ids.isEmpty())
        return Tr::tr("an empty term");
    int node = 0;
    for (int id : ids) {
        int child = childOf(node, id);
        if (child < 0) {
            child = int(m_nodes.size());
            m_nodes[size_t(node)].children.emplace_back(id, child);
            m_nodes.emplace_back();
        }
        node = child;
    }
    int p = m_nodes[size_t(node)].phrase;
    if (p < 0) {
        p = int(m_phrases.size());
        m_nodes[size_t(node)].phrase = p;
        m_phrases.append(Phrase{shown.join(QLatin1Char(' ')), anchoredEnd, {}, {}});
    }
    Phrase &phrase = m_phrases[p];
    if (conceptIndex >= 0 && !phrase.concepts.contains(conceptIndex))
        phrase.concepts.append(conceptIndex);
    if (trigger >= 0 && !phrase.triggers.contains(trigger))
        phrase.triggers.append(trigger);
    return QString();
}

Result<RiskDetector> RiskDetector::fromJson(const QByteArray &json, const QString &origin)
{
    using Failure = Result<RiskDetector>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Failure::failure(
            Tr::tr("%1: not a risk phrase list (%2)").arg(origin, parseError.errorString()));
    const QJsonObject root = doc.object();
    RiskDetector d;
    d.m_cache = std::make_shared<WordCache>();
    d.m_version = root.value(QLatin1String("version")).toInt();
    if (d.m_version <= 0)
        return Failure::failure(Tr::tr("%1: the list needs a version of 1 or more").arg(origin));

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
    // Numbers are classes the tokenizer fills in: a bare number under 18, an age ("7yo").
    d.m_under18Id = d.internWord(QStringLiteral("{under18}"));
    classes.insert(QStringLiteral("under18"), {QStringLiteral("12")});
    d.m_minorAgeId = d.internWord(QStringLiteral("{minor_age}"));
    classes.insert(QStringLiteral("minor_age"), {QStringLiteral("7yo")});
    d.m_adultAgeId = d.internWord(QStringLiteral("{adult_age}"));
    classes.insert(QStringLiteral("adult_age"), {QStringLiteral("24yo")});
    d.m_over18Id = d.internWord(QStringLiteral("{over18}"));
    classes.insert(QStringLiteral("over18"), {QStringLiteral("34")});
    d.m_yearId = d.internWord(QStringLiteral("{year}"));
    classes.insert(QStringLiteral("year"), {QStringLiteral("2019")});
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
            return Failure::failure(
                Tr::tr("%1: the word class {%2} is empty").arg(origin, it.key()));
        classes.insert(it.key(), members);
    }

    d.m_nodes.emplace_back(); // the root

    // Context triggers: negation, hypothetical, historical, non-literal, masks, terminators.
    QList<std::pair<int, QString>> pendingEnds; // trigger, concept its scope ends at
    const QJsonArray context = root.value(QLatin1String("context")).toArray();
    for (const QJsonValue &value : context) {
        const QJsonObject o = value.toObject();
        Trigger t;
        const QString status = o.value(QLatin1String("status")).toString();
        const QString direction = o.value(QLatin1String("direction")).toString();
        if (status == QLatin1String("negated"))
            t.status = RiskMatch::Status::Negated;
        else if (status == QLatin1String("hypothetical"))
            t.status = RiskMatch::Status::Hypothetical;
        else if (status == QLatin1String("historical"))
            t.status = RiskMatch::Status::Historical;
        else if (status == QLatin1String("non_literal"))
            t.status = RiskMatch::Status::NonLiteral;
        else if (!status.isEmpty())
            return Failure::failure(
                Tr::tr("%1: the context status \"%2\" is unknown").arg(origin, status));
        if (direction == QLatin1String("forward"))
            t.direction = Trigger::Direction::Forward;
        else if (direction == QLatin1String("backward"))
            t.direction = Trigger::Direction::Backward;
        else if (direction == QLatin1String("sentence"))
            t.direction = Trigger::Direction::Sentence;
        else if (direction == QLatin1String("mask"))
            t.direction = Trigger::Direction::Mask;
        else if (direction == QLatin1String("terminate"))
            t.direction = Trigger::Direction::Terminate;
        else if (direction == QLatin1String("pseudo"))
            t.direction = Trigger::Direction::Pseudo;
        else
            return Failure::failure(
                Tr::tr("%1: the context direction \"%2\" is unknown").arg(origin, direction));
        t.scope = o.value(QLatin1String("scope")).toInt(6);
        t.clause = o.value(QLatin1String("clause")).toBool();
        for (const QJsonValue &name : o.value(QLatin1String("ends_at")).toArray())
            pendingEnds.append({int(d.m_triggers.size()), name.toString()});
        const int index = int(d.m_triggers.size());
        d.m_triggers.append(t);
        for (const QJsonValue &term : o.value(QLatin1String("terms")).toArray()) {
            const QString error = d.addTerm(term.toString(), classes, -1, index);
            if (!error.isEmpty())
                return Failure::failure(QStringLiteral("%1: %2").arg(origin, error));
        }
    }

    // Concept lexicons.
    const QJsonObject concepts = root.value(QLatin1String("concepts")).toObject();
    for (auto it = concepts.begin(); it != concepts.end(); ++it) {
        const QJsonArray terms = it.value().toArray();
        if (terms.isEmpty())
            return Failure::failure(
                Tr::tr("%1: the concept %2 has no words").arg(origin, it.key()));
        const int conceptIndex = d.conceptId(it.key());
        for (const QJsonValue &term : terms) {
            const QString error = d.addTerm(term.toString(), classes, conceptIndex, -1);
            if (!error.isEmpty())
                return Failure::failure(QStringLiteral("%1: %2").arg(origin, error));
        }
    }

    for (const auto &[trigger, name] : std::as_const(pendingEnds)) {
        const qsizetype c = d.m_conceptNames.indexOf(name);
        if (c < 0)
            return Failure::failure(
                Tr::tr("%1: a context scope ends at the unknown concept %2").arg(origin, name));
        d.m_triggers[trigger].endConcepts.append(int(c));
    }

    const QJsonObject carry = root.value(QLatin1String("carry")).toObject();
    for (const QJsonValue &value : carry.value(QLatin1String("starts")).toArray())
        d.m_carryStarts.append(value.toString().toLower());
    for (const QJsonValue &value : carry.value(QLatin1String("concepts")).toArray()) {
        const qsizetype c = d.m_conceptNames.indexOf(value.toString());
        if (c < 0)
            return Failure::failure(
                Tr::tr("%1: carry names the unknown concept %2").arg(origin, value.toString()));
        d.m_carried.append(int(c));
    }

    // Version-1 phrase lists: each kind's phrases are a concept and a rule of their own.
    const QJsonObject kinds = root.value(QLatin1String("kinds")).toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        const QJsonArray phrases = it.value().toArray();
        if (phrases.isEmpty())
            return Failure::failure(Tr::tr("%1: the kind %2 has no phrases").arg(origin, it.key()));
        const int conceptIndex = d.conceptId(QLatin1String("phrase:") + it.key());
        for (const QJsonValue &value : phrases) {
            const QString error = d.addTerm(value.toString(), classes, conceptIndex, -1);
            if (!error.isEmpty())
                return Failure::failure(QStringLiteral("%1: %2").arg(origin, error));
        }
        d.m_rules.append(
            Rule{QLatin1String("phrases.") + it.key(), it.key(), {{conceptIndex}}, 0, false, {}});
    }

    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &value : rules) {
        const QJsonObject o = value.toObject();
        Rule rule;
        rule.id = o.value(QLatin1String("id")).toString();
        rule.kind = o.value(QLatin1String("kind")).toString();
        rule.window = o.value(QLatin1String("window")).toInt(12);
        rule.offer = o.value(QLatin1String("offer")).toString();
        rule.clause = o.value(QLatin1String("clause")).toBool();
        if (rule.id.isEmpty() || rule.kind.isEmpty())
            return Failure::failure(Tr::tr("%1: a rule needs an id and a kind").arg(origin));
        for (const QJsonValue &group : o.value(QLatin1String("all")).toArray()) {
            QList<int> ids;
            for (const QString &name : group.toString().split(QLatin1Char('|'))) {
                const qsizetype c = d.m_conceptNames.indexOf(name.trimmed());
                if (c < 0)
                    return Failure::failure(Tr::tr("%1: the rule %2 uses the unknown concept %3")
                                                .arg(origin, rule.id, name));
                ids.append(int(c));
            }
            rule.groups.append(ids);
        }
        if (rule.groups.isEmpty())
            return Failure::failure(Tr::tr("%1: the rule %2 needs concepts").arg(origin, rule.id));
        if (!rule.offer.isEmpty() && !d.m_offers.contains(rule.offer))
            return Failure::failure(Tr::tr("%1: the rule %2 names the unknown offer %3")
                                        .arg(origin, rule.id, rule.offer));
        d.m_rules.append(rule);
    }
    if (d.m_rules.isEmpty())
        return Failure::failure(Tr::tr("%1: the list has no kinds").arg(origin));
    for (const Rule &rule : std::as_const(d.m_rules))
        if (!d.m_kinds.contains(rule.kind))
            d.m_kinds.append(rule.kind);
    return d;
}

void RiskDetector::tokenize(QStringView text, std::vector<Token> &out) const
{
    out.clear();
    const qsizetype n = text.size();
    QString word;
    word.reserve(kMaxWord + 1);
    bool pendingBreak = false;
    bool pendingClause = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (!isWordChar(c)) {
            if (isSentenceBreak(c))
                pendingBreak = true;
            else if (QStringView(u",:()").contains(c) ||
                     (c == QLatin1Char('-') && i > 0 && text.at(i - 1).isSpace()))
                pendingClause = true;
            ++i;
            continue;
        }
        Token t;
        t.start = int(i);
        t.breakBefore = pendingBreak;
        t.clauseBefore = pendingClause || pendingBreak;
        pendingBreak = false;
        pendingClause = false;
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
                auto add = [&e](int id) {
                    if (id >= 0 && e.idCount < 4)
                        e.ids[e.idCount++] = id;
                };
                auto cls = m_classMembers.constFind(word);
                if (cls != m_classMembers.cend())
                    for (int id : *cls)
                        add(id);
                // Numbers: "12" (under 18), "7yo" / "13yrs" (an age).
                qsizetype digits = 0;
                while (digits < word.size() && word.at(digits).isDigit())
                    ++digits;
                if (digits == 4 && word.size() == 4) {
                    const int year = word.toInt();
                    if (year >= 1900 && year < 2040)
                        add(m_yearId);
                } else if (digits > 0 && digits <= 2) {
                    const int number = word.left(digits).toInt();
                    const QStringView suffix = QStringView(word).mid(digits);
                    const bool age = suffix == u"yo" || suffix == u"yr" || suffix == u"yrs" ||
                                     suffix == u"yro" || suffix == u"y";
                    if (suffix.isEmpty())
                        add(number < 18 ? m_under18Id : m_over18Id);
                    else if (age)
                        add(number < 18 ? m_minorAgeId : m_adultAgeId);
                }
                if (word.size() <= m_maxWordLength + 4) {
                    auto wid = m_wordIds.constFind(stem(word));
                    if (wid != m_wordIds.cend())
                        add(*wid);
                    auto exact = m_wordIds.constFind(QLatin1Char('=') + word);
                    if (exact != m_wordIds.cend())
                        add(*exact);
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

namespace {

// Whether a comma or dash falls between two token indexes (from exclusive, to inclusive).
template <typename Tokens> bool clauseBreakBetween(const Tokens &tokens, int from, int to)
{
    for (int k = from + 1; k <= to; ++k)
        if (tokens[size_t(k)].clauseBefore)
            return true;
    return false;
}

// Which status wins when a match's words fall in several scopes.
int severity(RiskMatch::Status s)
{
    switch (s) {
    case RiskMatch::Status::Affirmed:
        return 0;
    case RiskMatch::Status::Historical:
        return 1;
    case RiskMatch::Status::Hypothetical:
        return 2;
    case RiskMatch::Status::Negated:
        return 3;
    case RiskMatch::Status::NonLiteral:
        return 4;
    }
    return 0;
}

} // namespace

RiskMatch::Status RiskDetector::statusOf(const std::vector<Token> &tokens,
                                         const std::vector<Mention> &mentions,
                                         const std::vector<int> &triggers, const Mention &m,
                                         int *trigger) const
{
    using D = Trigger::Direction;
    RiskMatch::Status best = RiskMatch::Status::Affirmed;
    auto terminatedBetween = [&](int from, int to) {
        for (int k : triggers) {
            const Mention &x = mentions[size_t(k)];
            if (x.first <= from || x.last >= to)
                continue;
            for (int t : m_phrases.at(x.phrase).triggers)
                if (m_triggers.at(t).direction == D::Terminate)
                    return true;
        }
        return false;
    };
    for (int k : triggers) {
        const Mention &x = mentions[size_t(k)];
        for (int t : m_phrases.at(x.phrase).triggers) {
            const Trigger &trig = m_triggers.at(t);
            bool applies = false;
            switch (trig.direction) {
            case D::Sentence:
                applies = true;
                break;
            case D::Forward:
                applies = x.last < m.first && m.first - x.last <= trig.scope &&
                          !terminatedBetween(x.last, m.first) &&
                          !(trig.clause && clauseBreakBetween(tokens, x.last, m.first));
                for (const Mention &y : mentions) {
                    if (!applies || trig.endConcepts.isEmpty())
                        break;
                    if (y.first > x.last && y.first <= m.first)
                        for (int c : m_phrases.at(y.phrase).concepts)
                            if (trig.endConcepts.contains(c))
                                applies = false;
                }
                break;
            case D::Backward:
                applies = x.first > m.last && x.first - m.last <= trig.scope &&
                          !terminatedBetween(m.last, x.first) &&
                          !(trig.clause && clauseBreakBetween(tokens, m.last, x.first));
                break;
            default:
                break;
            }
            if (applies && severity(trig.status) > severity(best)) {
                best = trig.status;
                *trigger = k;
            }
        }
    }
    return best;
}

void RiskDetector::evaluateSentence(QStringView text, const std::vector<Token> &tokens,
                                    const std::vector<Mention> &mentions,
                                    QList<RiskMatch> &out) const
{
    if (mentions.empty())
        return;
    auto hasConcept = [this](const Mention &m, const QList<int> &group) {
        for (int c : m_phrases.at(m.phrase).concepts)
            if (group.contains(c))
                return true;
        return false;
    };
    // Each mention's status once per sentence: the context triggers are few, the rules many.
    thread_local std::vector<int> triggers;
    thread_local std::vector<RiskMatch::Status> statuses;
    thread_local std::vector<int> statusTriggers;
    triggers.clear();
    for (size_t k = 0; k < mentions.size(); ++k)
        if (!m_phrases.at(mentions[k].phrase).triggers.isEmpty())
            triggers.push_back(int(k));
    statuses.assign(mentions.size(), RiskMatch::Status::Affirmed);
    statusTriggers.assign(mentions.size(), -1);
    if (!triggers.empty())
        for (size_t k = 0; k < mentions.size(); ++k)
            if (!m_phrases.at(mentions[k].phrase).concepts.isEmpty())
                statuses[k] = statusOf(tokens, mentions, triggers, mentions[k], &statusTriggers[k]);
    auto indexOf = [&mentions](const Mention &x) {
        return size_t(&x - mentions.data());
    };

    std::vector<const Mention *> chosen;
    const qsizetype firstOfSentence = out.size();
    for (const Rule &rule : m_rules) {
        RiskMatch best;
        bool found = false;
        const QList<int> &head = rule.groups.last();
        for (const Mention &h : mentions) {
            if (!hasConcept(h, head))
                continue;
            chosen.assign(1, &h);
            bool all = true;
            for (qsizetype g = 0; g + 1 < rule.groups.size() && all; ++g) {
                // The nearest other mention of the group, an affirmed one before any other.
                const Mention *nearest = nullptr;
                int distance = 0;
                bool nearestAffirmed = false;
                for (const Mention &c : mentions) {
                    if (&c == &h || !hasConcept(c, rule.groups.at(g)))
                        continue;
                    const int dist = c.first > h.last   ? c.first - h.last
                                     : h.first > c.last ? h.first - c.last
                                                        : 0;
                    if (dist > rule.window)
                        continue;
                    if (rule.clause && clauseBreakBetween(tokens, std::min(c.last, h.last),
                                                          std::max(c.first, h.first)))
                        continue;
                    const bool affirmed = statuses[indexOf(c)] == RiskMatch::Status::Affirmed;
                    if (nearest && (nearestAffirmed > affirmed ||
                                    (nearestAffirmed == affirmed && dist >= distance)))
                        continue;
                    nearest = &c;
                    distance = dist;
                    nearestAffirmed = affirmed;
                }
                if (nearest)
                    chosen.push_back(nearest);
                else
                    all = false;
            }
            if (!all)
                continue;
            std::sort(chosen.begin(), chosen.end(),
                      [](const Mention *a, const Mention *b) { return a->first < b->first; });
            chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
            RiskMatch m;
            m.kind = rule.kind;
            m.rule = rule.id;
            m.offer = rule.offer;
            m.start = tokens[size_t(chosen.front()->first)].start;
            m.end = 0;
            int triggerIndex = -1;
            QStringList terms;
            for (const Mention *c : chosen) {
                const int s = tokens[size_t(c->first)].start;
                const int e = tokens[size_t(c->last)].end;
                m.end = std::max(m.end, e);
                m.words.append(text.mid(s, e - s).toString());
                const Phrase &p = m_phrases.at(c->phrase);
                terms.append(p.text);
                QString conceptName;
                for (int id : p.concepts)
                    for (const QList<int> &group : rule.groups)
                        if (conceptName.isEmpty() && group.contains(id))
                            conceptName = m_conceptNames.at(id);
                m.concepts.append(conceptName);
                const int t = statusTriggers[indexOf(*c)];
                const RiskMatch::Status s2 = statuses[indexOf(*c)];
                // A condition on another part ("will kill her if she marries him") leaves the
                // risk itself affirmed: only the rule's last concept can be hypothetical.
                if (s2 == RiskMatch::Status::Hypothetical && c != &h)
                    continue;
                if (severity(s2) > severity(m.status)) {
                    m.status = s2;
                    triggerIndex = t;
                }
            }
            if (triggerIndex >= 0) {
                const Mention &t = mentions[size_t(triggerIndex)];
                const int s = tokens[size_t(t.first)].start;
                m.trigger = text.mid(s, tokens[size_t(t.last)].end - s).toString();
            }
            m.phrase = terms.join(QStringLiteral(" + "));
            if (!found || (m.affirmed() && !best.affirmed())) {
                best = m;
                found = true;
            }
            if (best.affirmed())
                break;
        }
        if (!found)
            continue;
        // One match per kind and sentence: the first rule that holds, affirmed before not.
        bool kept = false;
        for (qsizetype k = firstOfSentence; k < out.size() && !kept; ++k) {
            if (out.at(k).kind != best.kind)
                continue;
            kept = true;
            if (best.affirmed() && !out.at(k).affirmed())
                out[k] = best;
        }
        if (!kept)
            out.append(best);
    }
}

QList<RiskMatch> RiskDetector::detect(QStringView text) const
{
    QList<RiskMatch> matches;
    if (m_nodes.empty() || !m_cache)
        return matches;
    QMutexLocker lock(&m_cache->mutex);
    thread_local std::vector<Token> tokens;
    thread_local std::vector<Mention> mentions;
    tokenize(text, tokens);
    mentions.clear();
    const int count = int(tokens.size());
    struct Frame
    {
        int node;
        int token;
    };
    std::vector<Frame> stack;
    int i = 0;
    int sentenceStart = 0;
    while (i < count) {
        if (i > 0 && tokens[size_t(i)].breakBefore) {
            evaluateSentence(text, tokens, mentions, matches);
            // Who the previous sentence spoke of carries into the next ("Her husband came
            // home drunk. He punched her."): the mentions of concepts the data marks "carry".
            // Only when the next sentence starts with a word that refers back ("He ...").
            const Token &next = tokens[size_t(i)];
            const bool refersBack = m_carryStarts.contains(
                text.mid(next.start, next.end - next.start).toString().toLower());
            const size_t total = mentions.size();
            size_t kept = 0;
            for (size_t k = 0; k < total; ++k)
                if (refersBack && mentions[k].first >= sentenceStart && carries(mentions[k]))
                    mentions[kept++] = mentions[k];
            mentions.resize(kept);
            sentenceStart = i;
        }
        if (tokens[size_t(i)].idCount == 0) {
            ++i;
            continue;
        }
        // The longest term here; terms of the same length all count ("film" the word and
        // "=film" the trigger), unless one of them is an idiom that hides the words.
        thread_local std::vector<int> best;
        best.clear();
        int bestLast = -1;
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
                if (p >= 0 && f.token >= bestLast &&
                    (!m_phrases.at(p).anchoredEnd || clauseEndsAfter(text, t.end))) {
                    if (f.token > bestLast)
                        best.clear();
                    if (std::find(best.begin(), best.end(), p) == best.end())
                        best.push_back(p);
                    bestLast = f.token;
                }
                if (!m_nodes[size_t(child)].children.empty())
                    stack.push_back({child, f.token + 1});
            }
        }
        if (best.empty()) {
            ++i;
            continue;
        }
        bool masked = false;
        for (int p : best) {
            const Phrase &phrase = m_phrases.at(p);
            bool onlyHides = phrase.concepts.isEmpty() && !phrase.triggers.isEmpty();
            for (int trig : phrase.triggers)
                if (m_triggers.at(trig).direction != Trigger::Direction::Mask &&
                    m_triggers.at(trig).direction != Trigger::Direction::Pseudo)
                    onlyHides = false;
            masked = masked || onlyHides;
        }
        if (!masked)
            for (int p : best)
                mentions.push_back({i, bestLast, p});
        i = bestLast + 1;
    }
    evaluateSentence(text, tokens, mentions, matches);
    std::stable_sort(matches.begin(), matches.end(),
                     [](const RiskMatch &a, const RiskMatch &b) { return a.start < b.start; });
    return matches;
}

bool RiskDetector::carries(const Mention &m) const
{
    for (int c : m_phrases.at(m.phrase).concepts)
        if (m_carried.contains(c))
            return true;
    return false;
}

QList<RiskMatch> RiskDetector::detectAffirmed(QStringView text) const
{
    QList<RiskMatch> matches = detect(text);
    matches.removeIf([](const RiskMatch &m) { return !m.affirmed(); });
    return matches;
}

QJsonArray RiskDetector::toJson(const QList<RiskMatch> &matches)
{
    QJsonArray array;
    for (const RiskMatch &m : matches)
        array.append(
            QJsonObject{{QLatin1String("kind"), m.kind},
                        {QLatin1String("phrase"), m.phrase},
                        {QLatin1String("start"), m.start},
                        {QLatin1String("end"), m.end},
                        {QLatin1String("rule"), m.rule},
                        {QLatin1String("status"), RiskMatch::statusName(m.status)},
                        {QLatin1String("words"), QJsonArray::fromStringList(m.words)},
                        {QLatin1String("concepts"), QJsonArray::fromStringList(m.concepts)}});
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
                              : response == QLatin1String("denied")    ? Tr::tr("asked and denied")
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

QString RiskDetector::explainJsonText(const QList<RiskMatch> &matches)
{
    auto quoted = [](const QString &text) {
        const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2)); // strip the [ ]
    };
    auto list = [&quoted](const QStringList &values) {
        QStringList q;
        for (const QString &v : values)
            q.append(quoted(v));
        return QLatin1Char('[') + q.join(QLatin1Char(',')) + QLatin1Char(']');
    };
    QStringList items;
    items.reserve(matches.size());
    for (const RiskMatch &m : matches) {
        QString item = QStringLiteral("{\"kind\":%1,\"phrase\":%2,\"start\":%3,\"end\":%4,"
                                      "\"rule\":%5,\"status\":%6,\"words\":%7,\"concepts\":%8")
                           .arg(quoted(m.kind), quoted(m.phrase))
                           .arg(m.start)
                           .arg(m.end)
                           .arg(quoted(m.rule), quoted(RiskMatch::statusName(m.status)),
                                list(m.words), list(m.concepts));
        if (!m.trigger.isEmpty())
            item += QStringLiteral(",\"trigger\":") + quoted(m.trigger);
        items.append(item + QLatin1Char('}'));
    }
    return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace cd
