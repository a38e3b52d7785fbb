#pragma once

#include "sync/connectionsettings.h"
#include "sync/syncservice.h"

#include <QDialog>
#include <QLabel>

class QLineEdit;
class QSpinBox;

namespace cd {

class MainWindow;

// Sync on the Desk: File > Shared database... (the connect dialog), the sync state always in
// the status bar, Sync now (F5), a push soon after every save. The sync itself runs on its own
// thread (sync::SyncController); nothing here waits on the network. The password lives in the
// platform keychain, never in the profile. Call once, after the window is built.
sync::SyncController *installSync(MainWindow &window);

// Host, port, database and user of the shared database, and the password for the keychain.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const sync::ConnectionSettings &current, QWidget *parent = nullptr);
    sync::ConnectionSettings settings() const; // with the password typed (may be empty)

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QString m_options; // libpq keywords set by an administrator (sslmode...): kept as they are
};

// The status-bar text: last synced, pending count, offline, the error and its reason.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatusLabel(QWidget *parent = nullptr);
    void showState(const sync::SyncState &state);
    // Why sync is offline or failing, in words a handler understands (no libpq jargon).
    static QString reasonInWords(const QString &error);
};

// The keychain entry for a connection ("user@host:port/database").
QString keychainKey(const sync::ConnectionSettings &settings);

} // namespace cd
