#include "gui/syncui.h"

#include "gui/mainwindow.h"
#include "storage/database.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QSpinBox>
#include <QStatusBar>

#include <qt6keychain/keychain.h>

namespace cd {

namespace {

const QString kKeychainService = QStringLiteral("Contact Desk shared database");

} // namespace

QString keychainKey(const sync::ConnectionSettings &settings)
{
    return settings.describe();
}

ConnectDialog::ConnectDialog(const sync::ConnectionSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(current.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(current.database, this))
    , m_user(new QLineEdit(current.user, this))
    , m_password(new QLineEdit(this))
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
    return s;
}

SyncStatusLabel::SyncStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setContentsMargins(0, 0, 16, 0);
}

void SyncStatusLabel::showState(const sync::SyncState &state)
{
    setText(sync::describeState(state));
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

    QObject::connect(connectAction, &QAction::triggered, &window, [&window, controller] {
        ConnectDialog dialog(sync::ConnectionSettings::load(window.database()), &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        sync::ConnectionSettings s = dialog.settings();
        if (Status saved = s.save(window.database()); !saved) {
            window.statusBar()->showMessage(saved.errorMessage(), 10000);
            return;
        }
        if (!s.password.isEmpty()) {
            auto *job = new QKeychain::WritePasswordJob(kKeychainService);
            job->setAutoDelete(true);
            job->setKey(keychainKey(s));
            job->setTextData(s.password);
            QObject::connect(job, &QKeychain::Job::finished, &window, [&window](QKeychain::Job *j) {
                if (j->error() != QKeychain::NoError)
                    window.statusBar()->showMessage(
                        QObject::tr("The password could not be kept in the keychain: %1")
                            .arg(j->errorString()),
                        10000);
            });
            job->start();
        }
        controller->setSettings(s);
    });

    // The password comes from the keychain, asynchronously; sync starts once it is known
    // (or known to be missing: libpq then tries ~/.pgpass).
    const sync::ConnectionSettings settings = sync::ConnectionSettings::load(db);
    if (!settings.isConfigured()) {
        controller->start();
        return controller;
    }
    auto *read = new QKeychain::ReadPasswordJob(kKeychainService);
    read->setAutoDelete(true);
    read->setKey(keychainKey(settings));
    QObject::connect(read, &QKeychain::Job::finished, controller,
                     [controller, settings](QKeychain::Job *j) {
                         sync::ConnectionSettings s = settings;
                         if (j->error() == QKeychain::NoError)
                             s.password = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                         controller->setSettings(s);
                         controller->start();
                     });
    read->start();
    return controller;
}

} // namespace cd
