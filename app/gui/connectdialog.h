#pragma once

#include "sync/connectionsettings.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace cd {

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

} // namespace cd
