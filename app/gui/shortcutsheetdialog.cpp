#include "gui/shortcutsheetdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

QList<QPair<QString, QString>> ShortcutSheetDialog::rows()
{
    return {
        {tr("F2"), tr("New contact: clears the form and starts the call timer")},
        {tr("Tab / Shift+Tab"),
         tr("Move through the form in call order: channel, phone, email, name, postcode, "
            "consent, category, reason, reference, VRM, notes, outcome, remained dissatisfied, "
            "vulnerable, THRIVE, what happens next")},
        {tr("Ctrl+Enter"), tr("Save the contact (also from inside the notes)")},
        {tr("F4"), tr("End call: the caller has hung up; talk time stops and wrap-up time runs "
                      "until the save (a hang-up from the telephony, or F2 for the next call, "
                      "does the same)")},
        {tr("Ctrl+F"), tr("Search contacts; Enter moves to the results, Enter again opens one, "
                          "Esc goes back to today's list")},
        {tr("Alt+underlined letter"), tr("Jump to that field, tab or menu")},
        {tr("Typing in a drop-down"),
         tr("Picks the first item whose words begin with what is typed (\"No c\" picks \"No "
            "call back\"); Alt+Down opens the list")},
        {tr("Ctrl+G, then 1-9 / Backspace"),
         tr("Answer the guidance script's question / go back a step")},
        {tr("F9 / Shift+F9"), tr("Open / dismiss the guidance a risk banner offers")},
        {tr("Ctrl+Shift+V"),
         tr("Put the vehicle record's summary into the notes and link the VRM")},
        {tr("Ctrl+E"), tr("Raise an escalation from the current contact")},
        {tr("Ctrl+Shift+M"),
         tr("Review the outcome message proposed for the caller: edit it, Send later or "
            "Withhold")},
        {tr("F5"), tr("Sync now with the shared database")},
        {tr("F1"), tr("This sheet")},
    };
}

ShortcutSheetDialog::ShortcutSheetDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutSheetDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    const auto sheet = rows();
    auto *table = new QTableWidget(int(sheet.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Key"), tr("Does")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->setTabKeyNavigation(false);
    for (int i = 0; i < sheet.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(sheet.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(sheet.at(i).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // Rows as tall as their wrapped text at the width the table ends up with.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 420);
}

} // namespace cd
