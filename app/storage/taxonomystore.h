#pragma once

#include "core/result.h"
#include "core/taxonomy.h"

namespace cd {

class Database;

// The taxonomy in the profile: the shipped set (resources/taxonomy) plus a force's additions.
class TaxonomyStore
{
public:
    explicit TaxonomyStore(Database &db)
        : m_db(db)
    {
    }

    // Installs or upgrades the shipped entries when the program carries a newer version.
    // A force's own entries are never touched.
    Status installShipped();
    Result<Taxonomy> load() const;
    Status addForceEntry(const TaxonomyEntry &entry);

private:
    Status upsert(const TaxonomyEntry &entry, int version);
    Database &m_db;
};

} // namespace cd
