#pragma once

#include <QMessageBox>
#include <QString>

namespace cd {

// Modal questions and errors go through here, so a test can answer them without a dialog
// blocking it (setNextAnswer) and read what would have been shown (lastText).
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title,
                                                const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title,
                                               const QString &text);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // Test seam: the next box is not shown and returns this answer.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();
    static QString lastTitle();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace cd
