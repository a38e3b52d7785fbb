#pragma once

#include "core/profile.h"
#include "core/result.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace cd {

class Database;

// Who is working, and the proof of it.
//
// On a synced workstation the person is who the shared database says: the login and password
// typed are checked by connecting as that login, and the name, team and role are its cd_people
// row. Offline or standalone, they are checked against the local accounts (Argon2id hashes);
// a shared-database login that signed in here before may sign in offline with the same
// password. A workstation with neither accounts nor a shared database asks only a name and a
// team, and its person is a handler: other roles come only from an account.
class SignIn
{
public:
    explicit SignIn(Database &db);

    // True when a password is needed: the profile has accounts or a shared database.
    bool needsPassword() const;
    // The login to offer: the last one signed in, else the shared database's login.
    QString suggestedLogin() const;
    Result<HandlerProfile> check(const QString &login, const QString &password);

    // The login signed in at this Desk now (empty at a workstation without accounts), kept in
    // the profile's settings as profile.login: the idle lock asks for its password.
    static QString signedInLogin(Database &db);
    static Status setSignedInLogin(Database &db, const QString &login);

private:
    Database &m_db;
};

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // `login`: the login offered (and the only one accepted when `fixedLogin`, as when
    // unlocking); the dialog checks the password before it closes.
    SignInDialog(Database &db, const QString &login, QWidget *parent = nullptr);
    HandlerProfile profile() const { return m_profile; }
    QString login() const { return m_signedIn; }
    void accept() override;

private:
    Database &m_db;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    HandlerProfile m_profile;
    QString m_signedIn;
};

// Asks who is working (SignInDialog, or ProfileDialog on a workstation without accounts) and
// keeps the answer as the profile's (and the login as signedInLogin); nothing when cancelled
// or not kept.
std::optional<HandlerProfile> askWhoIsWorking(Database &db, const HandlerProfile &current,
                                              QWidget *parent);

} // namespace cd
