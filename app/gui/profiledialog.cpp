#include "gui/profiledialog.h"

#include "gui/combotypeahead.h"
#include "ui_profiledialog.h"

namespace cd {

ProfileDialog::ProfileDialog(const HandlerProfile &profile, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ProfileDialog>())
{
    ui->setupUi(this);
    ComboTypeAhead::installAll(this);
    ui->nameEdit->setText(profile.name);
    ui->teamEdit->setText(profile.team);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
}

ProfileDialog::~ProfileDialog() = default;

HandlerProfile ProfileDialog::profile() const
{
    HandlerProfile p;
    p.name = ui->nameEdit->text().simplified();
    p.team = ui->teamEdit->text().simplified();
    p.role = Role::Handler; // other roles come from an account (contactdesk-admin users)
    return p;
}

void ProfileDialog::accept()
{
    const HandlerProfile p = profile();
    if (!p.isComplete()) {
        ui->errorLabel->setText(p.name.isEmpty() ? tr("Enter your name") : tr("Enter your team"));
        ui->errorLabel->setVisible(true);
        (p.name.isEmpty() ? ui->nameEdit : ui->teamEdit)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cd
