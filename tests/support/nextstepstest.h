#pragma once

// For GUI tests that save contacts on the Desk: "what happens next" is recorded (police will
// attend) when the rule in thrive.json asks for it, as a handler would before saving.
#include "core/nextstepsrule.h"
#include "gui/contactform.h"
#include "gui/thrivedialog.h"

#include <QComboBox>
#include <QWidget>

namespace cd::test {

inline bool recordNextStepsIfNeeded(QWidget *window)
{
    auto *form = window->findChild<ContactForm *>();
    if (!form || NextStepsRule::shipped().reason(form->contact()).isEmpty())
        return true;
    form->openNextSteps();
    auto *dialog = window->findChild<NextStepsDialog *>();
    if (!dialog)
        return false;
    auto *attend = dialog->findChild<QComboBox *>(QStringLiteral("attendCombo"));
    attend->setCurrentIndex(attend->findData(QStringLiteral("yes")));
    dialog->accept();
    dialog->close();
    return true;
}

} // namespace cd::test
