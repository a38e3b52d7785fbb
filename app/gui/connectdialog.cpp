#include "gui/connectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace cd {

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

} // namespace cd
