#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

struct Contact;
struct FieldError;

// When "what happens next" must be recorded before a contact is saved on the Desk: versioned
// data, the "next_steps_required" object of resources/thrive/thrive.json. It is needed on every
// contact that needs THRIVE (by its category or because a risk phrase fired), on every contact
// where a risk prompt was shown, and on every contact whose outcome promises police action
// (a referral, a call-back, a formal complaint): the caller must be told what will happen.
class NextStepsRule
{
public:
    static Result<NextStepsRule> fromJson(const QByteArray &json, const QString &origin);
    // The shipped rule, read once; a rule that asks for nothing when it cannot be read.
    static const NextStepsRule &shipped();

    QString version() const { return m_version; }
    bool whenThriveRequired() const { return m_whenThriveRequired; }
    bool whenRiskPrompt() const { return m_whenRiskPrompt; }
    const QStringList &outcomes() const { return m_outcomes; }

    // Why this contact needs "what happens next" recorded, in words for the handler ("" when
    // it does not). `outcomeLabel` names the contact's outcome as the form shows it.
    QString reason(const Contact &contact, const QString &outcomeLabel = {}) const;
    // The field error beside Next… when it is needed and not recorded (none otherwise).
    QList<FieldError> check(const Contact &contact, const QString &outcomeLabel = {}) const;

private:
    QString m_version;
    bool m_whenThriveRequired = false;
    bool m_whenRiskPrompt = false;
    QStringList m_outcomes;
};

// Did any risk prompt show while the contact was logged (Contact::riskPrompts)?
bool riskPromptShown(const Contact &contact);

} // namespace cd
