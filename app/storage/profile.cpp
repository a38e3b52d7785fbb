#include "storage/profile.h"

#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace cd {

HandlerProfile ProfileStore::load() const
{
    SettingsStore settings(m_db);
    HandlerProfile p;
    p.name = settings.raw(QStringLiteral("profile.name"));
    p.team = settings.raw(QStringLiteral("profile.team"));
    Role role = Role::Handler;
    if (roleFromCode(settings.raw(QStringLiteral("profile.role")), &role))
        p.role = role;
    return p;
}

Status ProfileStore::save(const HandlerProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("cd::ProfileStore", "Enter your name"));
    if (profile.team.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("cd::ProfileStore", "Enter your team"));
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    SettingsStore settings(m_db);
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("profile.name"), profile.name.simplified()},
          std::pair{QStringLiteral("profile.team"), profile.team.simplified()},
          std::pair{QStringLiteral("profile.role"), roleCode(profile.role)}}) {
        if (Status s = settings.setRaw(key, value); !s)
            return s;
    }
    return tx.commit();
}

} // namespace cd
