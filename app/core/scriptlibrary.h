#pragma once

#include "core/script.h"

#include <QList>
#include <QMap>
#include <QString>

namespace cd {

class Taxonomy;

// The scripts the Desk can offer: the shipped ones plus any imported versions. For each id the
// highest version wins. A broken script is skipped with a warning; it never stops the rest
// from loading.
class ScriptLibrary
{
public:
    static QString shippedDirectory(); // ":/contactdesk/scripts"

    // Adds one script. Returns false (and keeps the problems) when it is broken.
    bool add(const QByteArray &json, const QString &origin, const Taxonomy *taxonomy = nullptr);
    bool add(const Script &script);
    // Adds every *.json in a folder (a resource folder works too), in name order.
    // Returns the number of scripts that loaded.
    int addDirectory(const QString &path, const Taxonomy *taxonomy = nullptr);

    const Script *byId(const QString &id) const;
    const Script *forCategory(const QString &category) const;
    QList<const Script *> scripts() const; // by title
    bool isEmpty() const { return m_scripts.isEmpty(); }

    // Everything that was skipped and why, for a visible warning.
    const QList<ScriptProblem> &problems() const { return m_problems; }

private:
    QMap<QString, Script> m_scripts; // by id
    QList<ScriptProblem> m_problems;
};

} // namespace cd
