#include "core/riskdetector.h"
#include "core/riskdetector_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cd {

using namespace risktext;

namespace {

// lupdate reads this file's messages into the context cd::RiskDetector.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::RiskDetector)
};

} // namespace

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
                // A school year ("yr8", "y10"): a pupil, so a minor.
                for (QLatin1String prefix :
                     {QLatin1String("year"), QLatin1String("yr"), QLatin1String("y")}) {
                    if (!word.startsWith(prefix))
                        continue;
                    const QStringView rest = QStringView(word).mid(prefix.size());
                    bool isNumber = false;
                    const int schoolYear = rest.size() <= 2 ? rest.toInt(&isNumber) : 0;
                    if (isNumber && schoolYear >= 1 && schoolYear <= 13)
                        add(m_minorAgeId);
                    break;
                }
                if (digits == 4 &&
                    (word.size() == 4 || (word.size() == 5 && word.endsWith(u's')))) {
                    // A year or a decade ("2019", "1970s").
                    const int year = word.left(4).toInt();
                    if (year >= 1900 && year < 2040)
                        add(m_yearId);
                } else if (digits > 0 && digits <= 2) {
                    const int number = word.left(digits).toInt();
                    const QStringView suffix = QStringView(word).mid(digits);
                    // "7yo", "13yrs"; "17f" (age and sex; not "m": minutes, metres); "8mo" (a
                    // baby).
                    const bool age = suffix == u"yo" || suffix == u"yr" || suffix == u"yrs" ||
                                     suffix == u"yro" || suffix == u"y" || suffix == u"f" ||
                                     suffix == u"mo" || suffix == u"mth" || suffix == u"mths";
                    if (suffix.isEmpty())
                        add(number < 18 ? m_under18Id : m_over18Id);
                    else if (suffix == u"s" && number >= 20 && number % 10 == 0)
                        add(m_adultAgeId); // "a man in his 40s"
                    else if (age)
                        add(number < 18 || (suffix.size() > 1 && suffix.startsWith(u'm'))
                                ? m_minorAgeId
                                : m_adultAgeId);
                }
                if (word.size() <= m_maxWordLength + 4) {
                    auto wid = m_wordIds.constFind(stem(word));
                    if (wid != m_wordIds.cend())
                        add(*wid);
                    auto exact = m_wordIds.constFind(QLatin1Char('=') + word);
                    if (exact != m_wordIds.cend())
                        add(*exact);
                    if (wid == m_wordIds.cend() && exact == m_wordIds.cend())
                        addMisspellings(word, e.ids, &e.idCount);
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

namespace {

// Whether two words are at most one edit apart: a letter deleted, inserted or changed, or two
// neighbouring letters swapped.
bool withinOneEdit(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    const qsizetype n = a.size();
    if (b.size() - n > 1)
        return false;
    qsizetype i = 0;
    while (i < n && a.at(i) == b.at(i))
        ++i;
    if (i == n)
        return true; // equal, or one letter added at the end
    if (b.size() > n)
        return a.mid(i) == b.mid(i + 1);
    if (a.mid(i + 1) == b.mid(i + 1))
        return true;
    return i + 1 < n && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i) &&
           a.mid(i + 2) == b.mid(i + 2);
}

} // namespace

void RiskDetector::addMisspellings(const QString &word, int ids[4], int *idCount) const
{
    if (m_misspeltMinWord <= 0 || word.size() < m_misspeltMinWord || m_realWords.contains(word))
        return;
    for (QChar c : word)
        if (!c.isLetter())
            return;
    const QString s = stem(word);
    if (s.size() < m_misspeltMinStem - 1)
        return;
    auto consider = [&](const QString &key) {
        auto it = m_nearStems.constFind(key);
        if (it == m_nearStems.cend())
            return;
        for (int id : *it) {
            if (*idCount >= 4 || std::find(ids, ids + *idCount, id) != ids + *idCount)
                continue;
            if (withinOneEdit(s, m_stemOfId.at(id)))
                ids[(*idCount)++] = id;
        }
    };
    consider(s);
    for (qsizetype k = 0; k < s.size(); ++k)
        consider(QString(s).remove(k, 1));
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
                                    const std::vector<Mention> &mentions, QList<RiskMatch> &out,
                                    std::vector<Cue> &cues) const
{
    if (mentions.empty())
        return;
    auto hasConcept = [this](const Mention &m, const QList<int> &group) {
        for (int c : m_phrases.at(m.phrase).concepts)
            if (group.contains(c) && (!m.nested || m_nested.contains(c)))
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
                    // Each group needs words of its own ("son" is a child or a relation).
                    if (std::find(chosen.begin(), chosen.end(), &c) != chosen.end() ||
                        !hasConcept(c, rule.groups.at(g)))
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

    // An affirmed mention of one of the concepts, as a cue for an implication.
    auto findCue = [&](const QList<int> &with, Cue *cue) {
        for (const Mention &m : mentions) {
            if (statuses[indexOf(m)] != RiskMatch::Status::Affirmed || !hasConcept(m, with))
                continue;
            const Phrase &p = m_phrases.at(m.phrase);
            cue->start = tokens[size_t(m.first)].start;
            cue->end = tokens[size_t(m.last)].end;
            cue->word = text.mid(cue->start, cue->end - cue->start).toString();
            cue->term = p.text;
            for (int id : p.concepts)
                if (cue->conceptName.isEmpty() && with.contains(id))
                    cue->conceptName = m_conceptNames.at(id);
            return true;
        }
        return false;
    };
    for (qsizetype r = 0; r < m_implications.size(); ++r) {
        const Implication &rule = m_implications.at(r);
        if (rule.note) {
            Cue &cue = cues[size_t(2 * r)];
            if (cue.start < 0 && !rule.with.isEmpty())
                findCue(rule.with, &cue);
            Cue &from = cues[size_t(2 * r + 1)];
            if (from.start < 0 && !rule.fromConcepts.isEmpty())
                findCue(rule.fromConcepts, &from);
            continue;
        }
        qsizetype same = -1;
        const RiskMatch *from = nullptr;
        for (qsizetype k = firstOfSentence; k < out.size(); ++k) {
            const RiskMatch &m = out.at(k);
            if (m.kind == rule.kind)
                same = k;
            else if (!from && m.affirmed() &&
                     (rule.fromKinds.contains(m.kind) || rule.fromRules.contains(m.rule)))
                from = &m;
        }
        if (!from || (same >= 0 && out.at(same).affirmed()))
            continue;
        Cue cue;
        if (!rule.with.isEmpty() && !findCue(rule.with, &cue))
            continue;
        const RiskMatch m = implied(rule, *from, cue);
        if (same >= 0)
            out[same] = m;
        else
            out.append(m);
    }
}

RiskMatch RiskDetector::implied(const Implication &rule, const RiskMatch &from, const Cue &cue)
{
    RiskMatch m = from;
    m.kind = rule.kind;
    m.rule = rule.id;
    m.offer.clear();
    m.trigger.clear();
    m.status = RiskMatch::Status::Affirmed;
    if (cue.start >= 0) {
        m.words.append(cue.word);
        m.concepts.append(cue.conceptName);
        m.phrase += QStringLiteral(" + ") + cue.term;
    }
    return m;
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
    std::vector<Cue> cues(size_t(2 * m_implications.size()));
    // The handler's conclusions ("nfa", "no concerns"): where their sentence ends, and how.
    struct Closure
    {
        int end;
        RiskMatch::Status status;
        QString trigger;
    };
    std::vector<Closure> closures;
    int i = 0;
    int sentenceStart = 0;
    auto sentenceDone = [&](int next) {
        const int end = next < count ? tokens[size_t(next)].start : int(text.size());
        for (const Mention &m : mentions) {
            if (m.first < sentenceStart)
                continue;
            for (int t : m_phrases.at(m.phrase).triggers) {
                const Trigger &trig = m_triggers.at(t);
                if (trig.direction != Trigger::Direction::Note)
                    continue;
                const int s = tokens[size_t(m.first)].start;
                closures.push_back(
                    {end, trig.status, text.mid(s, tokens[size_t(m.last)].end - s).toString()});
            }
        }
        evaluateSentence(text, tokens, mentions, matches, cues);
    };
    while (i < count) {
        if (i > 0 && tokens[size_t(i)].breakBefore) {
            sentenceDone(i);
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
        thread_local std::vector<std::pair<int, int>> shorter; // phrase, last token
        best.clear();
        shorter.clear();
        int bestLast = -1;
        // Every term that starts at word `from`: onTerm(phrase, last token).
        auto walk = [&](int from, auto &&onTerm) {
            stack.clear();
            stack.push_back({0, from});
            while (!stack.empty()) {
                const Frame f = stack.back();
                stack.pop_back();
                if (f.token >= count)
                    continue;
                const Token &t = tokens[size_t(f.token)];
                if (f.token > from && t.breakBefore)
                    continue;
                for (int k = 0; k < t.idCount; ++k) {
                    const int child = childOf(f.node, t.ids[k]);
                    if (child < 0)
                        continue;
                    const int p = m_nodes[size_t(child)].phrase;
                    if (p >= 0 && (!m_phrases.at(p).anchoredEnd || clauseEndsAfter(text, t.end)))
                        onTerm(p, f.token);
                    if (!m_nodes[size_t(child)].children.empty())
                        stack.push_back({child, f.token + 1});
                }
            }
        };
        walk(i, [&](int p, int last) {
            if (isNested(m_phrases.at(p)))
                shorter.emplace_back(p, last);
            if (last >= bestLast) {
                if (last > bestLast)
                    best.clear();
                if (std::find(best.begin(), best.end(), p) == best.end())
                    best.push_back(p);
                bestLast = last;
            }
        });
        if (best.empty()) {
            ++i;
            continue;
        }
        bool masked = false;
        bool hides = false;
        for (int p : best) {
            const Phrase &phrase = m_phrases.at(p);
            bool onlyHides = phrase.concepts.isEmpty() && !phrase.triggers.isEmpty();
            for (int trig : phrase.triggers)
                if (m_triggers.at(trig).direction != Trigger::Direction::Mask &&
                    m_triggers.at(trig).direction != Trigger::Direction::Pseudo)
                    onlyHides = false;
            masked = masked || onlyHides;
            for (int c : phrase.concepts)
                hides = hides || m_hiding.contains(c);
        }
        if (!masked) {
            for (int p : best)
                mentions.push_back({i, bestLast, p});
            // A term of a "nested" concept inside a longer term still counts: "hurt the kids"
            // (a threat to a child) is also "hurt" (harm) for the threat rules, "took all her
            // meds" also "meds"; not inside a term of a "not_" concept ("firearms licence" is
            // not a weapon) nor of one listed in not_nested_inside.
            if (!hides && bestLast > i) {
                for (const auto &[p, last] : shorter)
                    if (last < bestLast)
                        mentions.push_back({i, last, p, true});
                for (int j = i + 1; j <= bestLast; ++j)
                    walk(j, [&](int p, int last) {
                        if (last <= bestLast && isNested(m_phrases.at(p)))
                            mentions.push_back({j, last, p, true});
                    });
            }
        }
        i = bestLast + 1;
    }
    sentenceDone(count);
    // Implications across the note: "I'm 14" in one sentence, a forced marriage in the next.
    for (qsizetype r = 0; r < m_implications.size(); ++r) {
        const Implication &rule = m_implications.at(r);
        const Cue &cue = cues[size_t(2 * r)];
        const Cue &fromCue = cues[size_t(2 * r + 1)];
        if (!rule.note || (!rule.with.isEmpty() && cue.start < 0))
            continue;
        const RiskMatch *from = nullptr;
        bool already = false;
        for (const RiskMatch &m : std::as_const(matches)) {
            if (m.kind == rule.kind && m.affirmed())
                already = true;
            else if (!from && m.affirmed() &&
                     (rule.fromKinds.contains(m.kind) || rule.fromRules.contains(m.rule)))
                from = &m;
        }
        if (already)
            continue;
        if (from) {
            matches.append(implied(rule, *from, cue));
        } else if (fromCue.start >= 0) {
            RiskMatch source;
            source.start = fromCue.start;
            source.end = fromCue.end;
            source.words = {fromCue.word};
            source.concepts = {fromCue.conceptName};
            source.phrase = fromCue.term;
            matches.append(implied(rule, source, cue));
        }
    }
    for (const Closure &c : closures)
        for (RiskMatch &m : matches)
            if (m.affirmed() && m.start < c.end) {
                m.status = c.status;
                m.trigger = c.trigger;
            }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const RiskMatch &a, const RiskMatch &b) { return a.start < b.start; });
    return matches;
}

bool RiskDetector::isNested(const Phrase &p) const
{
    for (int c : p.concepts)
        if (m_nested.contains(c))
            return true;
    return false;
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

QString RiskDetector::describePrompts(const QString &riskPromptsJson,
                                      const QHash<QString, QString> &kindLabels,
                                      const QHash<QString, QString> &offerTitles)
{
    QStringList lines;
    const QJsonArray prompts = QJsonDocument::fromJson(riskPromptsJson.toUtf8()).array();
    for (const QJsonValue &value : prompts) {
        const QJsonObject p = value.toObject();
        const QDateTime at =
            QDateTime::fromString(p.value(QLatin1String("shown_at")).toString(), Qt::ISODate);
        const QString response = p.value(QLatin1String("response")).toString();
        const QString offer =
            p.value(QLatin1String("offered_script"))
                .toString(p.value(QLatin1String("offered_escalation")).toString());
        const QString kind = p.value(QLatin1String("kind")).toString();
        lines.append(Tr::tr("\"%1\" (%2) at %3: %4 %5")
                         .arg(p.value(QLatin1String("phrase")).toString(),
                              kindLabels.value(kind, kind),
                              at.toLocalTime().toString(QStringLiteral("HH:mm")),
                              response == QLatin1String("opened")      ? Tr::tr("opened")
                              : response == QLatin1String("dismissed") ? Tr::tr("dismissed")
                              : response == QLatin1String("denied")    ? Tr::tr("asked and denied")
                                                                       : Tr::tr("not answered"),
                              offerTitles.value(offer, offer)));
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
