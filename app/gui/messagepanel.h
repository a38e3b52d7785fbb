#pragma once

#include "core/contact.h"
#include "core/outcomemessage.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cd {

class Database;
class PanelHost;
class Taxonomy;

// The outcome message proposed for each contact this handler saved with the caller's consent
// and an eligible matter: the rendered text, editable, to be queued ("Send later") or withheld
// with a reason. Nothing is queued before the contact is saved; a proposal not yet decided
// stays here (it is found again from the saved contacts), and the text as edited is kept as a
// draft until it is decided, so a restart loses nothing.
class MessagePanel : public QWidget
{
    Q_OBJECT
public:
    MessagePanel(Database &db, const Taxonomy &taxonomy, QString handler,
                 QWidget *parent = nullptr);

    // The contacts with a proposal waiting, oldest first.
    QStringList pendingContactIds() const;
    QString currentContactId() const { return m_current.id; }
    QPlainTextEdit *textEdit() const { return m_text; }

    // Finds the proposals left undecided (the handler's consenting contacts of the last day
    // without a message), as at start or after a change of handler.
    void reload();
    void setHandler(const QString &handler);
    // A contact was saved: proposes its message when it is eligible. Returns whether it did.
    bool propose(const Contact &contact);

    // The buttons' work, for the keyboard and tests alike. Each reports a problem in the
    // panel and returns false when nothing was recorded.
    bool queueCurrent();
    bool withholdCurrent();

signals:
    void pendingChanged(int count);

private:
    void showProposal(int index);
    void rerender();
    void keepDraft();
    QString draftSlot() const;

    Database &m_db;
    const Taxonomy &m_taxonomy;
    QString m_handler;
    MessageRules m_rules;
    bool m_rulesOk = false;
    QList<Contact> m_pending;
    Contact m_current;
    MessageProposal m_proposal;
    bool m_loading = false;

    QLabel *m_title = nullptr;
    QComboBox *m_pendingCombo = nullptr;
    QLabel *m_to = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_length = nullptr;
    QPushButton *m_queue = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_withhold = nullptr;
    QLabel *m_problem = nullptr;
};

// Adds the Outcome message tab; a saved contact with a proposal brings it forward without
// taking the cursor from the form; Ctrl+Shift+M puts the cursor in the message.
MessagePanel *installMessagePanel(PanelHost &host);

} // namespace cd
