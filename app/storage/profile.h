#pragma once

#include "core/profile.h"
#include "core/result.h"

namespace cd {

class Database;

// The handler working at this workstation, kept in the profile's settings.
class ProfileStore
{
public:
    explicit ProfileStore(Database &db)
        : m_db(db)
    {
    }
    HandlerProfile load() const; // incomplete when nobody has said who they are yet
    Status save(const HandlerProfile &profile);

private:
    Database &m_db;
};

} // namespace cd
