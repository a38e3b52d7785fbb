#pragma once

#include "core/result.h"
#include "core/script.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class Database;
class ScriptLibrary;
class Taxonomy;

struct StoredScript
{
    QString id;
    int version = 0;
    QString title;
    QString category;
    QDateTime importedAt;
    QString importedBy;
    QString sourceFile;
};

// Scripts imported into the profile (table `scripts`, schema 6). Each version is kept; the
// library offers the highest version of each id, shipped or imported, without a rebuild.
class ScriptStore
{
public:
    explicit ScriptStore(Database &db)
        : m_db(db)
    {
    }

    // Validates and stores a new version. Refuses a broken script (every problem is returned
    // in `problems`, naming the file and step) and a version not newer than the one in use.
    // The version is audited but not queued for sync: it stays on this workstation.
    Result<Script> import(const QByteArray &json, const QString &sourceFile, const QString &actor,
                          QList<ScriptProblem> *problems = nullptr);

    QList<StoredScript> list() const;
    // The shipped scripts plus every imported version; the newest version of each id wins.
    // Broken entries are skipped and listed in the library's problems.
    ScriptLibrary library(const Taxonomy *taxonomy = nullptr) const;

private:
    Database &m_db;
};

} // namespace cd
