#pragma once

#include "core/profile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProfileDialog;
}

namespace cd {

// Who is working at a desk that has no accounts: name and team. The role is always handler;
// other roles come only from an account an administrator made (SignInDialog).
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(const HandlerProfile &profile, QWidget *parent = nullptr);
    ~ProfileDialog() override;
    HandlerProfile profile() const;
    void accept() override;

private:
    std::unique_ptr<Ui::ProfileDialog> ui;
};

} // namespace cd
