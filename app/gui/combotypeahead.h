#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QComboBox;
class QWidget;

namespace cd {

// Type-ahead for a drop-down that is not editable: what is typed picks the first item whose
// words begin with the typed words ("No c" picks "No call back"), the popup stays shut, and
// every key typed goes to the box (the space too), so nothing meant for the next field is
// lost. Typing that matches nothing goes back to the "— choose —" line and says so, so a
// partial match ("Compl" for "Compliment") never stays chosen for "Complaint".
// Tab, Esc, arrows and Alt+Down work as before. A pause of a second starts a new search.
class ComboTypeAhead : public QObject
{
    Q_OBJECT
public:
    // Installs it on `combo` (owned by the combo).
    static void install(QComboBox *combo);
    // Installs it on every drop-down under `root` that is not editable.
    static void installAll(QWidget *root);

    // The item `text` matches, or -1: each typed word begins a word of the item, in order.
    // Items with an empty code (a "— choose —" line) are passed over.
    static int findItem(const QComboBox *combo, const QString &text);
    // The "— choose —" line (an item with an empty code), or -1.
    static int promptIndex(const QComboBox *combo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ComboTypeAhead(QComboBox *combo);

    QComboBox *m_combo;
    QString m_typed;
    QElapsedTimer m_sinceLastKey;
};

} // namespace cd
