#pragma once

#include "core/contact.h"
#include "core/taxonomy.h"
#include "core/thrive.h"

#include <QComboBox>
#include <QDateTime>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace Ui {
class ContactForm;
}

namespace cd {

// The contact being logged, in call order: channel, caller, category and reason, references,
// notes, outcome. Shows a message beside each field that is wrong, and a running call timer.
class ContactForm : public QWidget
{
    Q_OBJECT
public:
    explicit ContactForm(QWidget *parent = nullptr);
    ~ContactForm() override;

    void setTaxonomy(const Taxonomy &taxonomy);

    // Starts a new contact now: clears the fields and starts the timer.
    void startNew(const QDateTime &startedAt);
    void clear(); // after a save: blank and idle
    bool isStarted() const { return m_startedAt.isValid(); }
    bool hasContent() const; // anything typed worth keeping
    // As hasContent(), but a number the screen pop put in the phone field is not typed text.
    bool hasTypedContent() const;
    QDateTime startedAt() const { return m_startedAt; }

    // The contact as typed (not normalised): handler and team are filled by the caller.
    Contact contact() const;
    // Keeps the contact's id across saves of a draft that was already saved once.
    void setContactId(const QString &id) { m_contactId = id; }

    QJsonObject draft() const;
    void restoreDraft(const QJsonObject &draft);

    void showErrors(const QList<FieldError> &errors); // focuses the first field in error
    void clearError(const QString &field);
    void clearErrors();
    void setRepeatCallerNotice(const QString &text, bool warn);
    void setMessage(const QString &text);

    void appendNotes(const QString &text);
    void setOutcome(const QString &code);
    void setVrm(const QString &vrm);
    void setChannel(const QString &code);

    // The telephony's call: the screen pop puts its number in the phone field and keeps its
    // id with the contact. The call's end (a hang-up, F4) stops the talk time; from then the
    // timer shows the wrap-up.
    void setPoppedCall(const QString &number, const QString &callId);
    QString callId() const { return m_callId; }
    void markCallEnded(const QDateTime &at);
    QDateTime callEndedAt() const { return m_callEndedAt; }
    void setScriptPath(const QString &json)
    {
        m_scriptPath = json;
        emit changed();
    }
    void setRiskPrompts(const QString &json)
    {
        m_riskPrompts = json;
        noteRiskPrompts(json);
        emit changed();
    }
    QString notesText() const;
    QString category() const;

    // Caller matching (issue 22): the repeat-victim check the Desk made while this contact was
    // logged (when, and how many earlier contacts of the caller it found); saved with it.
    void setVictimCheck(const QDateTime &at, int matches);
    QDateTime victimCheckedAt() const { return m_victimCheckedAt; }
    int victimCheckMatches() const { return m_victimCheckMatches; }

    QWidget *fieldWidget(const QString &field) const;

    // --- First contact: THRIVE, vulnerability, risk grade and "what happens next". THRIVE is
    // required by the category (resources/thrive/thrive.json) or once a risk phrase has fired;
    // a new risk phrase after THRIVE was answered (or an assessment older than the force's
    // interval) offers to assess again. ---
    bool thriveRequired() const;
    bool reassessmentOffered() const { return m_reassessOffered; }
    // An earlier contact of the caller or household that is still open (OpenMatters): THRIVE is
    // offered again, and the assessment then made links to it. "" withdraws the offer.
    void offerReassessmentOf(const QString &contactId, const QString &summary);
    QString reassessmentOfferedFor() const { return m_reassessFor; }
    QString thriveStatusText() const;
    void openThrive();    // non-blocking: the dialog is a child of the form
    void openNextSteps(); // likewise

signals:
    void changed(); // any edit
    // Phone, email, name, postcode or address changed: for the caller history.
    void callerKeyChanged(const QString &phone, const QString &email);
    void categoryChanged(const QString &code);
    void notesChanged(const QString &text);
    void saveRequested();

private:
    void fillCombo(QComboBox *combo, const QList<TaxonomyEntry> &entries,
                   const QString &placeholder);
    void refillReasons();
    void updateTimer();
    static QString wrapUpText(const QString &clock); // "Wrap-up" small over the clock
    void ensureStarted();
    static QString comboCode(const QComboBox *combo);
    static void setComboCode(QComboBox *combo, const QString &code);

    // First contact (see above).
    void buildFirstContactRow();
    void noteRiskPrompts(const QString &json);
    void updateThriveStatus();
    void clearFirstContact();
    void restoreFirstContact(const Contact &c);
    void fillFirstContact(Contact &c) const;
    std::optional<ThriveDefinition> m_thriveDefinition;
    ThriveAnswers m_thrive;
    NextSteps m_nextSteps;
    QString m_vulnerabilityKinds;
    bool m_thriveByRisk = false;
    bool m_reassessOffered = false;
    QString m_reassessFor;     // an earlier open contact to assess again
    QString m_reassessSummary; // what was decided on it, for the tooltip
    int m_riskKinds = 0;
    QComboBox *m_vulnerableCombo = nullptr;
    QString m_riskGrade; // chosen in THRIVE
    QPushButton *m_thriveButton = nullptr;
    QPushButton *m_nextStepsButton = nullptr;
    QString m_thriveStatusText;
    enum class ThriveState { None, Needed, Answered, AssessAgain };
    static QString thriveButtonText(ThriveState state);

    std::unique_ptr<Ui::ContactForm> ui;
    Taxonomy m_taxonomy;
    QDateTime m_startedAt;
    QString m_contactId;
    QString m_callId;
    QString m_poppedNumber;
    QDateTime m_callEndedAt;
    QString m_scriptPath;
    QString m_riskPrompts;
    QDateTime m_victimCheckedAt;
    int m_victimCheckMatches = -1;
    QTimer m_timer;
    bool m_loading = false;
};

} // namespace cd
