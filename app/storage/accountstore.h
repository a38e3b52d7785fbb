#pragma once

#include "core/profile.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

// Someone who may sign in at this workstation (local migration 28).
struct Account
{
    QString login;
    QString name; // as people read it: the contacts' handler
    QString team;
    Role role = Role::Handler;
    QString source = QStringLiteral("local"); // "local", or "server": a shared-database login
    QDateTime createdAt;
    QDateTime changedAt;

    HandlerProfile profile() const { return {name, role, team}; }
};

// Local accounts: who may sign in when the workstation is standalone or offline, and their
// role. Passwords are kept only as Argon2id hashes (libsodium crypto_pwhash_str). The first
// account made is the administrator; after that, adding an account or changing a password or
// a role is an administrator's act. Every change is written to the audit log in the same
// transaction, with the administrator as its actor and never the password.
class AccountStore
{
public:
    explicit AccountStore(Database &db)
        : m_db(db)
    {
    }

    static constexpr int kMinPasswordLength = 8;

    int count() const; // -1 when the table cannot be read
    bool isEmpty() const { return count() == 0; }
    QList<Account> list() const; // by login
    std::optional<Account> find(const QString &login) const;

    // The first account is made an administrator whatever role is asked (`actor` may then be
    // empty); later ones need `actor`, an administrator's login.
    Result<Account> add(const QString &actor, Account account, const QString &password);
    Status setPassword(const QString &actor, const QString &login, const QString &password);
    Status setRole(const QString &actor, const QString &login, Role role);

    // The account when the password is its own; the same error for an unknown login and a
    // wrong password, so a failed sign-in does not tell which logins exist.
    Result<Account> verify(const QString &login, const QString &password) const;
    // Checks that `login` is an administrator whose password this is (for the CLI).
    Result<Account> verifyAdministrator(const QString &login, const QString &password) const;

    // A shared-database login that has just signed in with this password: its name, team and
    // role as the server gave them, kept (source "server") so the same person can sign in and
    // unlock while the server cannot be reached. Audited when the role or team changed.
    Status rememberServerLogin(const Account &account, const QString &password);

    // Argon2id (libsodium's interactive limits): "$argon2id$v=19$m=...,t=...,p=1$salt$hash".
    static Result<QString> hashPassword(const QString &password);
    static bool passwordMatches(const QString &hash, const QString &password);

private:
    Status checkPassword(const QString &password) const;
    Result<Account> administrator(const QString &actor) const;

    Database &m_db;
};

} // namespace cd
