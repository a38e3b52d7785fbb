#include "storage/accountstore.h"

#include "core/clock.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::AccountStore.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::AccountStore)
};

const QString kColumns = QStringLiteral("login, display_name, team, role, source, created_at, "
                                        "changed_at");

Account accountFrom(const QSqlQuery &q)
{
    Account a;
    a.login = q.value(0).toString();
    a.name = q.value(1).toString();
    a.team = q.value(2).toString();
    roleFromCode(q.value(3).toString(), &a.role);
    a.source = q.value(4).toString();
    a.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    a.changedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return a;
}

QString nowText()
{
    return Clock::instance().now().toString(Qt::ISODateWithMs);
}

Status sqlFailure(const QSqlQuery &q, const char *what)
{
    return Status::failure(QueryError::describe(q, what));
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString wrongPassword()
{
    return Tr::tr("Wrong login or password.");
}

} // namespace

Result<QString> AccountStore::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return Result<QString>::failure(QStringLiteral("libsodium could not start"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Result<QString>::failure(
            QStringLiteral("the password could not be hashed (out of memory)"));
    return QString::fromLatin1(out);
}

bool AccountStore::passwordMatches(const QString &hash, const QString &password)
{
    if (!sodiumReady() || !hash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

int AccountStore::count() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM accounts")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QList<Account> AccountStore::list() const
{
    QList<Account> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM accounts ORDER BY login").arg(kColumns)))
        return out;
    while (q.next())
        out.append(accountFrom(q));
    return out;
}

std::optional<Account> AccountStore::find(const QString &login) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE login = ?").arg(kColumns));
    q.addBindValue(login.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return accountFrom(q);
}

Status AccountStore::checkPassword(const QString &password) const
{
    if (password.size() < kMinPasswordLength)
        return Status::failure(
            Tr::tr("A password needs at least %1 characters.").arg(kMinPasswordLength),
            QStringLiteral("weak_password"));
    return success();
}

Result<Account> AccountStore::administrator(const QString &actor) const
{
    const std::optional<Account> admin = find(actor);
    if (!admin || admin->role != Role::Administrator)
        return Result<Account>::failure(
            Tr::tr("Only an administrator may add accounts or change them."),
            QStringLiteral("not_administrator"));
    return *admin;
}

Result<Account> AccountStore::add(const QString &actor, Account account, const QString &password)
{
    static const QRegularExpression loginRe(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    account.login = account.login.trimmed();
    account.name = account.name.simplified();
    account.team = account.team.simplified();
    if (!loginRe.match(account.login).hasMatch())
        return Result<Account>::failure(
            Tr::tr("A login is lower-case letters, digits, '_', '.' or '-', starting with a "
                   "letter."));
    if (account.name.isEmpty() || account.team.isEmpty())
        return Result<Account>::failure(Tr::tr("An account needs a name and a team."));
    if (Status s = checkPassword(password); !s)
        return s.error();
    Result<QString> hash = hashPassword(password);
    if (!hash)
        return hash.error();

    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    const int existing = count();
    if (existing < 0)
        return Result<Account>::failure(QStringLiteral("the accounts could not be read"));
    QString actorName = account.name;
    if (existing == 0) {
        account.role = Role::Administrator; // the first account is the administrator
    } else {
        Result<Account> admin = administrator(actor);
        if (!admin)
            return admin.error();
        actorName = admin->name;
    }
    if (find(account.login))
        return Result<Account>::failure(
            Tr::tr("There is already an account \"%1\".").arg(account.login),
            QStringLiteral("exists"));
    account.source = QStringLiteral("local");
    const QString now = nowText();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO accounts (login, display_name, team, role, "
                             "password_hash, source, created_at, changed_at) "
                             "VALUES (?, ?, ?, ?, ?, 'local', ?, ?)"));
    for (const QString &v : {account.login, account.name, account.team, roleCode(account.role),
                             hash.value(), now, now})
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q, "add the account").error();
    if (Status s = AuditStore(m_db).record(actorName, QStringLiteral("create"),
                                           QStringLiteral("account"), account.login,
                                           QStringLiteral("role=%1").arg(roleCode(account.role)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    account.createdAt = account.changedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return account;
}

Status AccountStore::setPassword(const QString &actor, const QString &login,
                                 const QString &password)
{
    if (Status s = checkPassword(password); !s)
        return s;
    Result<QString> hash = hashPassword(password);
    if (!hash)
        return hash.error();
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    Result<Account> admin = administrator(actor);
    if (!admin)
        return admin.error();
    if (!find(login))
        return Status::failure(Tr::tr("There is no account \"%1\".").arg(login),
                               QStringLiteral("not_found"));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE accounts SET password_hash = ?, changed_at = ? "
                             "WHERE login = ?"));
    q.addBindValue(hash.value());
    q.addBindValue(nowText());
    q.addBindValue(login);
    if (!q.exec())
        return sqlFailure(q, "change the password");
    if (Status s = AuditStore(m_db).record(admin->name, QStringLiteral("update"),
                                           QStringLiteral("account"), login,
                                           QStringLiteral("password changed"));
        !s)
        return s;
    return tx.commit();
}

Status AccountStore::setRole(const QString &actor, const QString &login, Role role)
{
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    Result<Account> admin = administrator(actor);
    if (!admin)
        return admin.error();
    const std::optional<Account> account = find(login);
    if (!account)
        return Status::failure(Tr::tr("There is no account \"%1\".").arg(login),
                               QStringLiteral("not_found"));
    if (account->role == Role::Administrator && role != Role::Administrator) {
        QSqlQuery admins(m_db.sql());
        if (!admins.exec(
                QStringLiteral("SELECT count(*) FROM accounts WHERE role = 'administrator'")) ||
            !admins.next())
            return sqlFailure(admins, "count the administrators");
        if (admins.value(0).toInt() <= 1)
            return Status::failure(
                Tr::tr("\"%1\" is the only administrator: make another account an administrator "
                       "first.")
                    .arg(login),
                QStringLiteral("last_administrator"));
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE accounts SET role = ?, changed_at = ? WHERE login = ?"));
    q.addBindValue(roleCode(role));
    q.addBindValue(nowText());
    q.addBindValue(login);
    if (!q.exec())
        return sqlFailure(q, "change the role");
    if (Status s = AuditStore(m_db).record(
            admin->name, QStringLiteral("update"), QStringLiteral("account"), login,
            QStringLiteral("role %1 -> %2").arg(roleCode(account->role), roleCode(role)));
        !s)
        return s;
    return tx.commit();
}

Result<Account> AccountStore::verify(const QString &login, const QString &password) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT %1, password_hash FROM accounts WHERE login = ?").arg(kColumns));
    q.addBindValue(login.trimmed());
    if (!q.exec())
        return Result<Account>::failure(QueryError::describe(q, "read the account"));
    if (!q.next() || !passwordMatches(q.value(7).toString(), password))
        return Result<Account>::failure(wrongPassword(), QStringLiteral("wrong_password"));
    return accountFrom(q);
}

Result<Account> AccountStore::verifyAdministrator(const QString &login,
                                                  const QString &password) const
{
    Result<Account> a = verify(login, password);
    if (!a)
        return a;
    if (a->role != Role::Administrator)
        return Result<Account>::failure(
            Tr::tr("Only an administrator may add accounts or change them."),
            QStringLiteral("not_administrator"));
    return a;
}

Status AccountStore::rememberServerLogin(const Account &account, const QString &password)
{
    Result<QString> hash = hashPassword(password);
    if (!hash)
        return hash.error();
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started();
    const std::optional<Account> before = find(account.login);
    const QString now = nowText();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO accounts (login, display_name, team, role, password_hash, source, "
        "created_at, changed_at) VALUES (?, ?, ?, ?, ?, 'server', ?, ?) "
        "ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, "
        "team = excluded.team, role = excluded.role, password_hash = excluded.password_hash, "
        "source = 'server', changed_at = excluded.changed_at"));
    for (const QString &v : {account.login, account.name, account.team, roleCode(account.role),
                             hash.value(), now, now})
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q, "keep the shared database's login");
    if (!before || before->role != account.role || before->team != account.team) {
        const QString detail =
            before
                ? QStringLiteral("from the shared database: role %1 -> %2")
                      .arg(roleCode(before->role), roleCode(account.role))
                : QStringLiteral("from the shared database: role=%1").arg(roleCode(account.role));
        if (Status s = AuditStore(m_db).record(
                account.name, before ? QStringLiteral("update") : QStringLiteral("create"),
                QStringLiteral("account"), account.login, detail);
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace cd
