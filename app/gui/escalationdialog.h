#pragma once

#include "core/contact.h"
#include "core/escalation.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QTimer>

class QLabel;

namespace cd {

class Database;

// An escalation form rendered from its definition (resources/forms/*.json): one input per
// field with its message beside it. What is typed is kept as a draft as it is typed
// (DraftStore, one slot per form), so a crash loses nothing. Submit (Ctrl+Enter) checks every
// field; Save draft keeps it as a draft escalation.
class EscalationDialog : public QDialog
{
    Q_OBJECT
public:
    // A new escalation of `form` raised from `contact`, prefilled from it (or from the draft
    // kept for this contact and form).
    EscalationDialog(Database &db, const EscalationRules &rules, const FormDefinition &form,
                     const Contact &contact, const QString &actor, const QString &team,
                     QWidget *parent = nullptr);
    // Carries on with a saved draft escalation.
    EscalationDialog(Database &db, const EscalationRules &rules, const Escalation &draft,
                     const QString &actor, QWidget *parent = nullptr);
    ~EscalationDialog() override;

    QJsonObject values() const;
    void setValues(const QJsonObject &values);
    QWidget *fieldWidget(const QString &key) const { return m_inputs.value(key); }
    // Which contact the form is raised from, in words (shown above the form).
    void setContactNote(const QString &text);
    QString messageFor(const QString &key) const;
    QString draftSlot() const { return m_slot; }
    bool recoveredDraft() const { return m_recovered; }
    const Escalation &escalation() const { return m_escalation; } // after a save

public slots:
    bool submit();
    bool saveDraft();
    void keepDraftNow();
    void reject() override; // asks before throwing away what was typed

signals:
    void escalationSaved(const cd::Escalation &escalation);

private:
    void build();
    void showErrors(const QList<FieldError> &errors);
    Result<Escalation> store(); // creates or updates the draft escalation

    Database &m_db;
    const EscalationRules &m_rules;
    const FormDefinition &m_form;
    Contact m_contact;
    QString m_actor;
    QString m_team;
    Escalation m_escalation; // id empty until saved
    QString m_slot;
    bool m_recovered = false;
    bool m_loading = false;

    QHash<QString, QWidget *> m_inputs;
    QHash<QString, QLabel *> m_messages;
    QLabel *m_banner = nullptr;
    QLabel *m_contactNote = nullptr;
    QTimer m_draftTimer;
};

} // namespace cd
