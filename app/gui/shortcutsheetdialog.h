#pragma once

#include <QDialog>

namespace cd {

// Help > Keyboard shortcuts (F1): the keys of the Desk on one sheet, as the README's
// "Using the Desk" table lists them.
class ShortcutSheetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutSheetDialog(QWidget *parent = nullptr);

    // The rows shown: key, what it does.
    static QList<QPair<QString, QString>> rows();
};

} // namespace cd
