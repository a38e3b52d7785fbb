#include "gui/syncui.h"

#include "gui/mainwindow.h"
#include "storage/database.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QSpinBox>
#include <QStatusBar>

#include <memory>

#include <qt6keychain/keychain.h>

namespace cd {

namespace {

const QString kKeychainService = QStringLiteral("Contact Desk shared database");

} // namespace

QString keychainKey(const sync::ConnectionSettings &settings)
{
    return settings.describe();
}

namespace {

// Hands the settings to the sync thread with the password the keychain holds for them (none if
// it holds none or there is no keychain: libpq then tries ~/.pgpass); starts sync if asked.
void useKeychainPassword(sync::SyncController *controller, const sync::ConnectionSettings &settings,
                         bool start)
{
    auto *read = new QKeychain::ReadPasswordJob(kKeychainService);
    read->setAutoDelete(true);
    read->setKey(keychainKey(settings));
    QObject::connect(read, &QKeychain::Job::finished, controller,
                     [controller, settings, start](QKeychain::Job *j) {
                         sync::ConnectionSettings s = settings;
                         if (j->error() == QKeychain::NoError)
                             s.password = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                         controller->setSettings(s);
                         if (start)
                             controller->start();
                     });
    read->start();
}

} // namespace

ConnectDialog::ConnectDialog(const sync::ConnectionSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(current.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(current.database, this))
    , m_user(new QLineEdit(current.user, this))
    , m_password(new QLineEdit(this))
    , m_options(current.options)
{
    setWindowTitle(tr("Shared database"));
    setObjectName(QStringLiteral("connectDialog"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_port->setRange(1, 65535);
    m_port->setValue(current.port > 0 ? current.port : 5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Host"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("Pass&word"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

sync::ConnectionSettings ConnectDialog::settings() const
{
    sync::ConnectionSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.options = m_options;
    return s;
}

SyncStatusLabel::SyncStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setContentsMargins(0, 0, 16, 0);
}

QString SyncStatusLabel::reasonInWords(const QString &error)
{
    // libpq's and the sync session's messages, said the way a handler would say them; the
    // technical text stays in the tooltip for whoever supports the Desk.
    const auto has = [&error](const char *text) {
        return error.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (error.isEmpty())
        return {};
    if (has("no shared database is set up"))
        return tr("no shared database is set up (Sync > Shared database…)");
    if (has("password authentication failed") || has("no password supplied") || has("fe_sendauth"))
        return tr("the shared database did not accept the password (enter it again in "
                  "Sync > Shared database…)");
    if (has("is not a Contact Desk user") || (has("role \"") && has("does not exist")))
        return tr("this login is not set up on the shared database (ask an administrator)");
    if (has("database \"") && has("does not exist"))
        return tr("the shared database named in Sync > Shared database… does not exist");
    if (has("does not look like a Contact Desk shared database"))
        return tr("that database is not a Contact Desk shared database");
    if (has("could not translate host name") || has("Name or service not known") ||
        has("name resolution"))
        return tr("the server's name is not known (check the network or the host name)");
    if (has("timeout expired") || has("timed out"))
        return tr("the shared database did not answer in time");
    if (has("Network is unreachable") || has("No route to host"))
        return tr("the network is not available");
    if (has("shutting down") || has("starting up") || has("closed the connection") ||
        has("terminating connection") || has("connection to server was lost") ||
        has("server connection"))
        return tr("the connection to the shared database was lost");
    if (has("Connection refused") || has("could not connect") || has("No such file or directory"))
        return tr("the shared database is not answering");
    return error.section(QLatin1Char('\n'), 0, 0).trimmed();
}

void SyncStatusLabel::showState(const sync::SyncState &state)
{
    const QString waiting =
        state.pending > 0
            ? QCoreApplication::translate("cd::sync", " — %n waiting", nullptr, state.pending)
            : QString();
    const QString lastSynced =
        state.lastSynced.isValid()
            ? tr(" (last synced %1)")
                  .arg(state.lastSynced.toLocalTime().toString(QStringLiteral("HH:mm")))
            : QString();
    // Offline and errors say why, in words, on the status bar itself: a tooltip is easy to miss.
    switch (state.phase) {
    case sync::SyncState::Phase::Offline:
        setText(tr("Offline: %1").arg(reasonInWords(state.error)) + waiting + lastSynced);
        break;
    case sync::SyncState::Phase::Error:
        setText(tr("Sync error: %1").arg(reasonInWords(state.error)) + waiting + lastSynced);
        break;
    default:
        setText(sync::describeState(state));
        break;
    }
    QString tip;
    if (state.lastSynced.isValid())
        tip = tr("Last synced %1")
                  .arg(state.lastSynced.toLocalTime().toString(
                      QStringLiteral("dd/MM/yyyy HH:mm:ss")));
    if (!state.error.isEmpty())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + state.error;
    if (state.rejected > 0)
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
               tr("%n change(s) refused by the shared database", nullptr, state.rejected);
    setToolTip(tip);
}

sync::SyncController *installSync(MainWindow &window)
{
    Database &db = window.database();
    auto *controller =
        new sync::SyncController(db.path(), sync::ConnectionSettings::load(db), &window);
    auto *label = new SyncStatusLabel(&window);
    if (auto *old = window.findChild<QLabel *>(QStringLiteral("syncLabel")))
        old->hide(); // the local-only queue count; this label says more
    window.statusBar()->insertPermanentWidget(0, label);
    QObject::connect(controller, &sync::SyncController::stateChanged, label,
                     &SyncStatusLabel::showState);
    QObject::connect(
        controller, &sync::SyncController::stateChanged, &window,
        [&window, seen = controller->state().received](const sync::SyncState &state) mutable {
            if (state.received == seen)
                return;
            seen = state.received;
            window.showArrivedRows();
        });
    label->showState(controller->state());

    auto *syncNow = new QAction(QObject::tr("&Sync now"), &window);
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    QObject::connect(syncNow, &QAction::triggered, controller, &sync::SyncController::syncNow);
    auto *connectAction = new QAction(QObject::tr("Shared &database…"), &window);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    QMenu *menu = window.menuBar()->addMenu(QObject::tr("S&ync"));
    menu->addAction(syncNow);
    menu->addAction(connectAction);
    window.addAction(syncNow);
    // A saved contact goes to the server soon, off the UI thread.
    QObject::connect(&window, &MainWindow::contactSaved, controller,
                     &sync::SyncController::syncNow);

    // The password typed in this session, for when the dialog is confirmed again without
    // retyping it and the keychain cannot give it back. In memory only, like the controller's.
    auto typed = std::make_shared<QPair<QString, QString>>(); // keychain key, password
    QObject::connect(connectAction, &QAction::triggered, &window, [&window, controller, typed] {
        ConnectDialog dialog(sync::ConnectionSettings::load(window.database()), &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        sync::ConnectionSettings s = dialog.settings();
        if (Status saved = s.save(window.database()); !saved) {
            window.statusBar()->showMessage(saved.errorMessage(), 10000);
            return;
        }
        if (s.password.isEmpty()) {
            // Left empty: the password already known for this login still applies.
            if (typed->first == keychainKey(s)) {
                s.password = typed->second;
                controller->setSettings(s);
            } else {
                useKeychainPassword(controller, s, false);
            }
            return;
        }
        *typed = {keychainKey(s), s.password};
        auto *job = new QKeychain::WritePasswordJob(kKeychainService);
        job->setAutoDelete(true);
        job->setKey(keychainKey(s));
        job->setTextData(s.password);
        QObject::connect(job, &QKeychain::Job::finished, &window, [&window](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError)
                window.statusBar()->showMessage(
                    QObject::tr("The password could not be kept in the system keychain (%1). "
                                "It is used until Contact Desk closes and must be typed again "
                                "next time.")
                        .arg(j->errorString()),
                    30000);
            else
                window.statusBar()->showMessage(
                    QObject::tr("The password is kept in the system keychain"), 8000);
        });
        job->start();
        controller->setSettings(s);
    });

    // The password comes from the keychain, asynchronously; sync starts once it is known
    // (or known to be missing: libpq then tries ~/.pgpass).
    const sync::ConnectionSettings settings = sync::ConnectionSettings::load(db);
    if (!settings.isConfigured())
        controller->start();
    else
        useKeychainPassword(controller, settings, true);
    return controller;
}

} // namespace cd
