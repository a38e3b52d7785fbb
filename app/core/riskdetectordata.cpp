// Loading the detector: the concept lists, rules, context triggers and offers of
// resources/risk/concepts.json (or a version-1 phrase list), compiled into word tries.

#include "core/riskdetector.h"
#include "core/riskdetector_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cd {

namespace {

using namespace risktext;

// lupdate reads this file's messages into the context cd::RiskDetector.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::RiskDetector)
};

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
            const QString stemmed = stem(word);
            if (conceptIndex >= 0 && !exact)
                m_conceptStems.insert(stemmed);
            ids.append(internWord(exact ? QLatin1Char('=') + word : stemmed));
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

    d.m_reviewedOn =
        QDate::fromString(root.value(QLatin1String("reviewed_on")).toString(), Qt::ISODate);
    for (const QJsonValue &value : root.value(QLatin1String("sources")).toArray()) {
        const QJsonObject o = value.toObject();
        d.m_sources.append(
            {o.value(QLatin1String("title")).toString(), o.value(QLatin1String("url")).toString()});
    }

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
        else if (direction == QLatin1String("note"))
            t.direction = Trigger::Direction::Note;
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

    // Misspellings: every concept stem long enough, and each with one letter deleted, points
    // at its word id; a word of the note one edit away meets it through the same keys.
    const QJsonObject misspellings = root.value(QLatin1String("misspellings")).toObject();
    if (!misspellings.isEmpty()) {
        d.m_misspeltMinWord = misspellings.value(QLatin1String("min_word")).toInt(6);
        d.m_misspeltMinStem = misspellings.value(QLatin1String("min_stem")).toInt(5);
        if (d.m_misspeltMinWord < 4 || d.m_misspeltMinStem < 4)
            return Failure::failure(
                Tr::tr("%1: misspellings need words of at least four letters").arg(origin));
        for (const QJsonValue &w : misspellings.value(QLatin1String("english_words")).toArray())
            d.m_realWords.insert(plainWords(w.toString()).join(QString()));
        d.m_stemOfId.resize(d.m_wordIds.size());
        for (const QString &stemmed : std::as_const(d.m_conceptStems)) {
            if (stemmed.size() < d.m_misspeltMinStem)
                continue;
            const int id = d.m_wordIds.value(stemmed);
            d.m_stemOfId[id] = stemmed;
            d.m_nearStems[stemmed].append(id);
            for (qsizetype k = 0; k < stemmed.size(); ++k) {
                QList<int> &ids = d.m_nearStems[QString(stemmed).remove(k, 1)];
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
    }
    d.m_conceptStems.clear();

    for (const auto &[trigger, name] : std::as_const(pendingEnds)) {
        const qsizetype c = d.m_conceptNames.indexOf(name);
        if (c < 0)
            return Failure::failure(
                Tr::tr("%1: a context scope ends at the unknown concept %2").arg(origin, name));
        d.m_triggers[trigger].endConcepts.append(int(c));
    }

    for (const QJsonValue &value : root.value(QLatin1String("nested")).toArray()) {
        const qsizetype c = d.m_conceptNames.indexOf(value.toString());
        if (c < 0)
            return Failure::failure(
                Tr::tr("%1: nested names the unknown concept %2").arg(origin, value.toString()));
        d.m_nested.append(int(c));
    }
    for (qsizetype c = 0; c < d.m_conceptNames.size(); ++c)
        if (d.m_conceptNames.at(c).startsWith(QLatin1String("not_")))
            d.m_hiding.append(int(c));
    for (const QJsonValue &value : root.value(QLatin1String("not_nested_inside")).toArray()) {
        const qsizetype c = d.m_conceptNames.indexOf(value.toString());
        if (c < 0)
            return Failure::failure(Tr::tr("%1: not_nested_inside names the unknown concept %2")
                                        .arg(origin, value.toString()));
        d.m_hiding.append(int(c));
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
    for (const QJsonValue &value : root.value(QLatin1String("implies")).toArray()) {
        const QJsonObject o = value.toObject();
        Implication rule;
        rule.id = o.value(QLatin1String("id")).toString();
        rule.kind = o.value(QLatin1String("kind")).toString();
        rule.note = o.value(QLatin1String("scope")).toString() == QLatin1String("note");
        for (const QJsonValue &v : o.value(QLatin1String("from_kinds")).toArray())
            rule.fromKinds.append(v.toString());
        for (const QJsonValue &v : o.value(QLatin1String("from_rules")).toArray())
            rule.fromRules.append(v.toString());
        for (const char *key : {"with", "from_concepts"})
            for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
                const qsizetype c = d.m_conceptNames.indexOf(v.toString());
                if (c < 0)
                    return Failure::failure(Tr::tr("%1: the rule %2 uses the unknown concept %3")
                                                .arg(origin, rule.id, v.toString()));
                (qstrcmp(key, "with") == 0 ? rule.with : rule.fromConcepts).append(int(c));
            }
        if (!rule.note)
            rule.fromConcepts.clear(); // only a note-wide implication reads them
        if (rule.id.isEmpty() || rule.kind.isEmpty() ||
            (rule.fromKinds.isEmpty() && rule.fromRules.isEmpty() && rule.fromConcepts.isEmpty()))
            return Failure::failure(
                Tr::tr("%1: an implication needs an id, a kind and what implies it").arg(origin));
        d.m_implications.append(rule);
    }
    if (d.m_rules.isEmpty())
        return Failure::failure(Tr::tr("%1: the list has no kinds").arg(origin));
    for (const Rule &rule : std::as_const(d.m_rules))
        if (!d.m_kinds.contains(rule.kind))
            d.m_kinds.append(rule.kind);
    return d;
}

} // namespace cd
