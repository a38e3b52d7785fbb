#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace cd {

// A risk recognised in a note: which rule fired, on which words, and in what context.
struct RiskMatch
{
    // Whether the note says the risk is there. Only an affirmed match raises the banner; a
    // negated one ("denies thoughts of self-harm") is worth showing as asked and denied.
    enum class Status { Affirmed, Negated, Hypothetical, Historical, NonLiteral };

    QString kind;   // suicide_self_harm, domestic_abuse, child_at_risk, threat_to_others,
                    // stalking_harassment, honour_based_abuse
    QString phrase; // the terms that fired, as listed in the data, joined by " + "
    int start = 0;  // offsets into the text (QString positions), end exclusive
    int end = 0;
    QString rule; // the rule's id ("da.relation_violence")
    Status status = Status::Affirmed;
    QStringList words;    // each concept's words as written in the note ("partner", "strangled")
    QStringList concepts; // the concept each of those words stands for ("relation", "violence")
    QString trigger;      // the words that made it negated, hypothetical, historical or non-literal
    QString offer;        // the offer's key in the data when the rule names one, else empty

    bool affirmed() const { return status == Status::Affirmed; }
    static QString statusName(Status status); // "affirmed", "negated", ...

    bool operator==(const RiskMatch &) const = default;
};

// What the Desk offers when a kind of risk is noticed: a script to open, or an escalation form.
struct RiskOffer
{
    QString label;      // "suicide or self-harm"
    QString script;     // script id, or empty
    QString escalation; // escalation form type, or empty
};

// Where the concepts and rules come from (the data's "sources").
struct RiskSource
{
    QString title;
    QString url; // empty for a source with no public address
};

// Recognises the shape of a risk in free text, fast enough to run on every keystroke.
//
// The data (resources/risk/concepts.json, versioned) has concept lexicons (relation,
// violence, child, weapon, ...), rules that combine concepts within one sentence and a window
// of words (relation + violence -> domestic_abuse), and context triggers in the manner of
// NegEx/ConText: negation ("denies", "no"), hypothetical ("if", "what to do if"), historical
// and non-literal (films, songs, news; idioms such as "killing time" are masked) each with a
// direction and a scope ended by terminators ("but", a full stop). Every match says which rule
// fired on which words and with what status; nothing negated or hypothetical is hidden.
//
// Text and terms are cut into words the same way: case is folded, punctuation and spacing
// between words ignored (but a term never runs across the end of a sentence), and each word is
// reduced to a stem so "strangled", "strangling" and "strangles" all meet "strangle".
// Irregular forms ("took", "died") and interchangeable words ({self}, {poss}) are listed in
// the data; {under18} and {minor_age} stand for "12" and "7yo". A term ending in " $" only
// matches at the end of a clause. Terms compile into a word trie, so a scan is one pass.
// With a "misspellings" section, a word of the note that no term knows, long enough and not a
// listed English word, meets a concept word one edit away ("strnagled", "sucidal", "harrased"):
// one letter missing, added, changed, or two letters swapped.
// A version-1 list ({"kinds": {kind: [phrases]}}) still loads: each kind's phrases are a rule.
class RiskDetector
{
public:
    static QString shippedPath(); // ":/contactdesk/risk/concepts.json"
    static Result<RiskDetector> fromJson(const QByteArray &json, const QString &origin);
    static Result<RiskDetector> loadShipped();

    int version() const { return m_version; }
    // When the data was last checked against its sources ("reviewed_on"), and those sources.
    QDate reviewedOn() const { return m_reviewedOn; }
    const QList<RiskSource> &sources() const { return m_sources; }
    QStringList kinds() const { return m_kinds; }
    int phraseCount() const { return int(m_phrases.size()); }
    int ruleCount() const { return int(m_rules.size()); }
    RiskOffer offer(const QString &kind) const;
    // The offer for one match: the rule's own offer when it names one (a weapon present is an
    // immediate risk), else the kind's.
    RiskOffer offer(const RiskMatch &match) const;

    // Every match, affirmed or not, in order of start; at most one per kind and sentence (the
    // first rule listed that holds, an affirmed one before any other).
    QList<RiskMatch> detect(QStringView text) const;
    // Only the affirmed matches: what raises the banner and what the evaluation counts.
    QList<RiskMatch> detectAffirmed(QStringView text) const;

    static QJsonArray toJson(const QList<RiskMatch> &matches);
    // Contact::riskPrompts as lines for the contact's history: each prompt and what was done.
    // `kindLabels` names the kinds of risk (offer(kind).label) and `offerTitles` the scripts
    // and escalation forms offered; a code neither names is shown as it is.
    static QString describePrompts(const QString &riskPromptsJson,
                                   const QHash<QString, QString> &kindLabels = {},
                                   const QHash<QString, QString> &offerTitles = {});
    // Compact JSON text with the keys in the documented order: kind, phrase, start, end.
    static QString toJsonText(const QList<RiskMatch> &matches);
    // The same with why each matched: kind, phrase, start, end, rule, status, words, concepts
    // and, when not affirmed, trigger.
    static QString explainJsonText(const QList<RiskMatch> &matches);
    // The stem the matcher uses for one lower-case word (exposed for tests).
    QString stem(const QString &word) const;

private:
    // A term of the trie: the concepts it stands for, or a context trigger.
    struct Phrase
    {
        QString text;
        bool anchoredEnd = false;
        QList<int> concepts;
        QList<int> triggers; // indexes into m_triggers ("denies" looks both ways)
    };
    struct Trigger
    {
        // Note: the handler's conclusion ("nfa", "no concerns"): every match before it in the
        // note, and in its own sentence, takes its status.
        enum class Direction { Forward, Backward, Sentence, Mask, Terminate, Pseudo, Note };
        RiskMatch::Status status = RiskMatch::Status::Negated;
        Direction direction = Direction::Forward;
        int scope = 6;          // words
        bool clause = false;    // the scope also ends at a comma or dash
        QList<int> endConcepts; // ... and at a mention of these ("if X, he will kill her")
    };
    struct Rule
    {
        QString id;
        QString kind;
        QList<QList<int>> groups; // each group: any of these concepts; every group is needed
        int window = 12;          // words between the first and the last concept
        bool clause = false;      // all in one clause: no comma or dash between them
        QString offer;
    };
    // One kind implies another ("implies" in the data): a match of one of `fromKinds` (or of
    // one of `fromRules`), with an affirmed mention of one of `with` in the same sentence (or
    // anywhere in the note), also raises `kind` ("I'm 14" and a forced marriage: a child at
    // risk). The implied match keeps the words of both and names its own rule.
    struct Implication
    {
        QString id;
        QString kind;
        QStringList fromKinds;
        QStringList fromRules;
        QList<int> with;         // concepts; empty: none needed
        QList<int> fromConcepts; // note scope: an affirmed mention of these also implies
        bool note = false;
    };
    // An affirmed mention a note-wide implication may use, found while reading the note (two
    // for each implication: its `with` and its `fromConcepts`).
    struct Cue
    {
        int start = -1;
        int end = -1;
        QString word;
        QString term;
        QString conceptName;
    };
    struct Node
    {
        std::vector<std::pair<int, int>> children; // word id -> node
        int phrase = -1;
    };
    struct Token
    {
        int start = 0;
        int end = 0;
        bool breakBefore = false;  // a sentence ends between the previous word and this one
        bool clauseBefore = false; // a comma, colon, bracket or dash: a clause may end here
        int ids[4] = {-1, -1, -1, -1};
        int idCount = 0;
    };
    struct Mention
    {
        int first = 0; // token indexes, last inclusive
        int last = 0;
        int phrase = -1;
        bool nested = false; // inside a longer term: stands only for its nested concepts
    };

    bool carries(const Mention &m) const;
    bool isNested(const Phrase &p) const;
    int internWord(const QString &stemmed);
    void addMisspellings(const QString &word, int ids[4], int *idCount) const;
    int conceptId(const QString &name);
    QString addTerm(const QString &term, const QHash<QString, QStringList> &classes,
                    int conceptIndex, int trigger);
    void evaluateSentence(QStringView text, const std::vector<Token> &tokens,
                          const std::vector<Mention> &mentions, QList<RiskMatch> &out,
                          std::vector<Cue> &cues) const;
    static RiskMatch implied(const Implication &rule, const RiskMatch &from, const Cue &cue);
    RiskMatch::Status statusOf(const std::vector<Token> &tokens,
                               const std::vector<Mention> &mentions,
                               const std::vector<int> &triggers, const Mention &m,
                               int *trigger) const;
    int childOf(int node, int id) const;
    void tokenize(QStringView text, std::vector<Token> &out) const;
    bool clauseEndsAfter(QStringView text, int pos) const;

    int m_version = 0;
    QDate m_reviewedOn;
    QList<RiskSource> m_sources;
    QStringList m_kinds;
    QList<Phrase> m_phrases;
    QStringList m_conceptNames;
    QList<Trigger> m_triggers;
    QList<Rule> m_rules;
    QList<Implication> m_implications;
    QList<int> m_nested;  // concepts whose terms also count inside a longer term
    QList<int> m_hiding;  // "not_" concepts and those listed: their terms hide the words inside
    QList<int> m_carried; // concepts whose mentions carry into the next sentence
    QStringList m_carryStarts; // ... when it starts with one of these words ("he", "she")
    QHash<QString, RiskOffer> m_offers;
    QHash<QString, int> m_wordIds;             // stem -> id (only words used by terms)
    int m_under18Id = -1;                      // {under18}: a bare number 0-17
    int m_minorAgeId = -1;                     // {minor_age}: "7yo", "13yrs"
    int m_adultAgeId = -1;                     // {adult_age}: "24yo", "30yr"
    int m_over18Id = -1;                       // {over18}: a bare number 18-99
    int m_yearId = -1;                         // {year}: 1900-2039
    QHash<QString, QList<int>> m_classMembers; // lower-case word -> class ids it belongs to
    QHash<QString, QString> m_irregular;       // lower-case form -> base word
    std::vector<Node> m_nodes;
    int m_maxWordLength = 0;
    // Misspellings: concept stems and each with one letter deleted -> the word ids they stand
    // for; English words that are not misspellings of a concept word ("thread" for "threat").
    QHash<QString, QList<int>> m_nearStems;
    QList<QString> m_stemOfId; // word id -> its stem, for the words m_nearStems names
    QSet<QString> m_realWords;
    QSet<QString> m_conceptStems; // while loading: the stems used by concept terms
    int m_misspeltMinWord = 0;    // 0: no tolerance; else words of this many letters or more
    int m_misspeltMinStem = 5;
    // Words already seen and what they stand for, so a rescan on each keystroke does not stem
    // every word again. Shared by copies (same phrase list); guarded by its own mutex.
    struct WordCache;
    std::shared_ptr<WordCache> m_cache;
};

} // namespace cd
