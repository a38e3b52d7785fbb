#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace cd {

// The codes a contact is classified by. Data, not constants: the project ships a versioned
// set (resources/taxonomy/taxonomy.json) and a force can add its own entries.
struct TaxonomyEntry
{
    enum class Kind { Channel, Category, Reason, Outcome };
    Kind kind = Kind::Category;
    QString code;
    QString label;
    QString parent; // for a reason: its category code
    int sort = 0;
    bool active = true;
    QString source = QStringLiteral("shipped"); // "shipped" or "force"

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *out);
};

struct TaxonomySource
{
    QString title;
    QString url; // empty for an internal document
};

class Taxonomy
{
public:
    static Result<Taxonomy> fromJson(const QByteArray &json, const QString &origin);

    int version() const { return m_version; }
    // What the shipped file says it is drawn from, and when that was last checked; empty for a
    // taxonomy read back from a profile.
    QString source() const { return m_source; }
    const QList<TaxonomySource> &sources() const { return m_sources; }
    QDate reviewedOn() const { return m_reviewedOn; }
    const QList<TaxonomyEntry> &entries() const { return m_entries; }
    QList<TaxonomyEntry> entries(TaxonomyEntry::Kind kind, const QString &parent = {}) const;
    const TaxonomyEntry *find(TaxonomyEntry::Kind kind, const QString &code) const;
    bool contains(TaxonomyEntry::Kind kind, const QString &code) const
    {
        return find(kind, code) != nullptr;
    }
    QString label(TaxonomyEntry::Kind kind, const QString &code) const;

    // Adds or replaces an entry; refuses codes that are not lower_snake_case and reasons
    // whose category does not exist.
    Status add(const TaxonomyEntry &entry);
    void setVersion(int version) { m_version = version; }

    static bool isValidCode(const QString &code);

private:
    int m_version = 0;
    QString m_source;
    QList<TaxonomySource> m_sources;
    QDate m_reviewedOn;
    QList<TaxonomyEntry> m_entries;
};

} // namespace cd
