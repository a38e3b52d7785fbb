#include "gui/signin.h"

#include "core/logging.h"
#include "gui/messagebox.h"
#include "gui/profiledialog.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/settingsstore.h"
#include "sync/connectionsettings.h"
#include "sync/serveridentity.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kLastLogin = QStringLiteral("profile.login");
} // namespace

SignIn::SignIn(Database &db)
    : m_db(db)
{
}

bool SignIn::needsPassword() const
{
    return AccountStore(m_db).count() != 0 || sync::ConnectionSettings::load(m_db).isConfigured();
}

QString SignIn::suggestedLogin() const
{
    const QString last = SettingsStore(m_db).raw(kLastLogin);
    if (!last.isEmpty())
        return last;
    return sync::ConnectionSettings::load(m_db).user;
}

QString SignIn::signedInLogin(Database &db)
{
    return SettingsStore(db).raw(kLastLogin);
}

Status SignIn::setSignedInLogin(Database &db, const QString &login)
{
    return SettingsStore(db).setRaw(kLastLogin, login);
}

Result<HandlerProfile> SignIn::check(const QString &loginText, const QString &password)
{
    const QString login = loginText.trimmed();
    AccountStore accounts(m_db);
    sync::ConnectionSettings settings = sync::ConnectionSettings::load(m_db);
    if (settings.isConfigured()) {
        // The shared database says who this is; its answer is kept for signing in offline.
        settings.user = login;
        settings.password = password;
        Result<HandlerProfile> server = sync::serverIdentity(settings);
        if (server) {
            Account a;
            a.login = login;
            a.name = server->name;
            a.team = server->team;
            a.role = server->role;
            if (Status s = accounts.rememberServerLogin(a, password); !s)
                qCWarning(lcGui) << "the shared database's login is not kept for offline use:"
                                 << s.errorMessage();
            return server.value();
        }
        if (server.error().code != QLatin1String("unreachable"))
            return server.error();
        qCInfo(lcGui) << "shared database unreachable at sign-in; local accounts checked";
    }
    Result<Account> local = accounts.verify(login, password);
    if (!local)
        return local.error();
    return local->profile();
}

SignInDialog::SignInDialog(Database &db, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Contact Desk"));
    auto *intro = new QLabel(tr("Every contact records who handled it, and what you may see "
                                "follows your account. Sign in with your login and password."),
                             this);
    intro->setWordWrap(true);
    m_login = new QLineEdit(login, this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto *form = new QFormLayout;
    auto *loginLabel = new QLabel(tr("&Login"), this);
    loginLabel->setBuddy(m_login);
    auto *passwordLabel = new QLabel(tr("&Password"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(loginLabel, m_login);
    form->addRow(passwordLabel, m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

void SignInDialog::accept()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your login."));
        m_error->setVisible(true);
        m_login->setFocus();
        return;
    }
    Result<HandlerProfile> p = SignIn(m_db).check(m_login->text(), m_password->text());
    if (!p) {
        m_error->setText(p.errorMessage());
        m_error->setVisible(true);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    m_profile = p.value();
    m_signedIn = m_login->text().trimmed();
    QDialog::accept();
}

std::optional<HandlerProfile> askWhoIsWorking(Database &db, const HandlerProfile &current,
                                              QWidget *parent)
{
    HandlerProfile p;
    QString login;
    SignIn signIn(db);
    if (signIn.needsPassword()) {
        SignInDialog dialog(db, signIn.suggestedLogin(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        p = dialog.profile();
        login = dialog.login();
    } else {
        ProfileDialog dialog(current, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        p = dialog.profile();
    }
    if (Status s = ProfileStore(db).save(p); !s) {
        MessageBox::warning(parent, QCoreApplication::translate("cd::SignIn", "Profile not saved"),
                            s.errorMessage());
        return std::nullopt;
    }
    if (Status s = SignIn::setSignedInLogin(db, login); !s)
        qCWarning(lcGui) << "who signed in is not kept:" << s.errorMessage();
    return p;
}

} // namespace cd
