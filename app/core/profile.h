#pragma once

#include <QString>

namespace cd {

// Who is working at this workstation.
enum class Role { Handler, Manager, Trainer, Administrator };

QString roleCode(Role role); // "handler", ...
bool roleFromCode(const QString &code, Role *out);
QString roleLabel(Role role); // translated, for display

struct HandlerProfile
{
    QString name;
    Role role = Role::Handler;
    QString team;

    bool isComplete() const { return !name.trimmed().isEmpty() && !team.trimmed().isEmpty(); }
};

} // namespace cd
