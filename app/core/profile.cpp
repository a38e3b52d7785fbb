#include "core/profile.h"

#include <QCoreApplication>

namespace cd {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Handler:
        return QStringLiteral("handler");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Trainer:
        return QStringLiteral("trainer");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

bool roleFromCode(const QString &code, Role *out)
{
    for (Role r : {Role::Handler, Role::Manager, Role::Trainer, Role::Administrator}) {
        if (roleCode(r) == code) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Handler:
        return QCoreApplication::translate("cd::Role", "Handler");
    case Role::Manager:
        return QCoreApplication::translate("cd::Role", "Manager");
    case Role::Trainer:
        return QCoreApplication::translate("cd::Role", "Trainer");
    case Role::Administrator:
        return QCoreApplication::translate("cd::Role", "Administrator");
    }
    return {};
}

} // namespace cd
