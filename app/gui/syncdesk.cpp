#include "gui/syncdesk.h"

#include "gui/connectdialog.h"
#include "gui/panelhost.h"
#include "gui/syncstatuslabel.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QAction>
#include <QMenu>

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

sync::SyncController *installSync(PanelHost &host)
{
    QWidget *window = host.hostWidget();
    Database &db = host.database();
    if (SettingsStore(db).value(SettingsStore::Key::TrainingData).toBool())
        return nullptr; // training data never leaves the workstation
    auto *controller =
        new sync::SyncController(db.path(), sync::ConnectionSettings::load(db), window);
    auto *label = new SyncStatusLabel(window);
    host.setSyncStatusWidget(label);
    QObject::connect(controller, &sync::SyncController::stateChanged, label,
                     &SyncStatusLabel::showState);
    QObject::connect(
        controller, &sync::SyncController::stateChanged, window,
        [&host, seen = controller->state().received](const sync::SyncState &state) mutable {
            if (state.received == seen)
                return;
            seen = state.received;
            host.showArrivedRows();
        });
    label->showState(controller->state());

    auto *syncNow = new QAction(QObject::tr("&Sync now"), window);
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    QObject::connect(syncNow, &QAction::triggered, controller, [&host, controller] {
        // With no shared database there is nothing to sync with: say where to set one up
        // rather than seem to do nothing.
        if (!sync::ConnectionSettings::load(host.database()).isConfigured()) {
            host.showStatusMessage(
                QObject::tr("No shared database is set up: Sync > Shared database… to connect"),
                15000);
            return;
        }
        controller->syncNow();
    });
    auto *connectAction = new QAction(QObject::tr("Shared &database…"), window);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    QMenu *menu = host.addMenu(QObject::tr("&Sync"));
    menu->setObjectName(QStringLiteral("syncMenu"));
    menu->addAction(syncNow);
    menu->addAction(connectAction);
    host.addWindowAction(syncNow);
    // A saved contact goes to the server soon, off the UI thread.
    QObject::connect(&host.events(), &PanelHostEvents::contactSaved, controller,
                     &sync::SyncController::syncNow);

    // The password typed in this session, for when the dialog is confirmed again without
    // retyping it and the keychain cannot give it back. In memory only, like the controller's.
    auto typed = std::make_shared<QPair<QString, QString>>(); // keychain key, password
    QObject::connect(connectAction, &QAction::triggered, window, [&host, controller, typed] {
        ConnectDialog dialog(sync::ConnectionSettings::load(host.database()), host.hostWidget());
        if (dialog.exec() != QDialog::Accepted)
            return;
        sync::ConnectionSettings s = dialog.settings();
        if (Status saved = s.save(host.database()); !saved) {
            host.showStatusMessage(saved.errorMessage(), 10000);
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
        QObject::connect(
            job, &QKeychain::Job::finished, host.hostWidget(), [&host](QKeychain::Job *j) {
                if (j->error() != QKeychain::NoError)
                    host.showStatusMessage(
                        QObject::tr("The password could not be kept in the system keychain (%1). "
                                    "It is used until Contact Desk closes and must be typed again "
                                    "next time.")
                            .arg(j->errorString()),
                        30000);
                else
                    host.showStatusMessage(
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
