#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace cd {

// A phrase in a note that indicates risk.
struct RiskMatch
{
    QString kind;   // suicide_self_harm, domestic_abuse, child_at_risk, threat_to_others
    QString phrase; // the listed phrase, as written in the list ("kill myself")
    int start = 0;  // offsets into the text (QString positions), end exclusive
    int end = 0;

    bool operator==(const RiskMatch &) const = default;
};

// What the Desk offers when a kind of risk is noticed: a script to open, or an escalation form.
struct RiskOffer
{
    QString label;      // "suicide or self-harm"
    QString script;     // script id, or empty
    QString escalation; // escalation form type, or empty
};

// Finds risk phrases in free text, fast enough to run on every keystroke.
//
// The phrase lists are data (resources/risk/phrases.json, versioned). Text and phrases are
// cut into words the same way: case is folded, punctuation and spacing between words ignored
// (but a phrase never runs across the end of a sentence), and each word is reduced to a stem
// so "killing", "killed" and "kills" all meet "kill". Irregular forms ("took", "died") and
// interchangeable words ("myself", "herself" for {self}) are listed in the data. A phrase
// ending in " $" only matches at the end of a clause ("can't go on" but not "can't go on the
// website"). Phrases compile into a word trie, so a scan is one pass over the words.
class RiskDetector
{
public:
    static QString shippedPath(); // ":/contactdesk/risk/phrases.json"
    static Result<RiskDetector> fromJson(const QByteArray &json, const QString &origin);
    static Result<RiskDetector> loadShipped();

    int version() const { return m_version; }
    QStringList kinds() const { return m_kinds; }
    int phraseCount() const { return int(m_phrases.size()); }
    RiskOffer offer(const QString &kind) const;

    // Matches in order of start; a match inside a longer one is not repeated.
    QList<RiskMatch> detect(QStringView text) const;

    static QJsonArray toJson(const QList<RiskMatch> &matches);
    // Contact::riskPrompts as lines for the contact's history: each prompt and what was done.
    static QString describePrompts(const QString &riskPromptsJson);
    // Compact JSON text with the keys in the documented order: kind, phrase, start, end.
    static QString toJsonText(const QList<RiskMatch> &matches);
    // The stem the matcher uses for one lower-case word (exposed for tests).
    QString stem(const QString &word) const;

private:
    struct Phrase
    {
        QString kind;
        QString text;
        bool anchoredEnd = false;
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
        bool breakBefore = false; // a sentence ends between the previous word and this one
        int ids[4] = {-1, -1, -1, -1};
        int idCount = 0;
    };

    int internWord(const QString &stemmed);
    int childOf(int node, int id) const;
    void tokenize(QStringView text, std::vector<Token> &out) const;
    bool clauseEndsAfter(QStringView text, int pos) const;

    int m_version = 0;
    QStringList m_kinds;
    QList<Phrase> m_phrases;
    QHash<QString, RiskOffer> m_offers;
    QHash<QString, int> m_wordIds;             // stem -> id (only words used by phrases)
    QHash<QString, QList<int>> m_classMembers; // lower-case word -> class ids it belongs to
    QHash<QString, QString> m_irregular;       // lower-case form -> base word
    std::vector<Node> m_nodes;
    int m_maxWordLength = 0;
    // Words already seen and what they stand for, so a rescan on each keystroke does not stem
    // every word again. Shared by copies (same phrase list); guarded by its own mutex.
    struct WordCache;
    std::shared_ptr<WordCache> m_cache;
};

} // namespace cd
