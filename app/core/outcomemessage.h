#pragma once

#include "core/contact.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>

namespace cd {

// Outcome messages to callers ("closing the loop"): which contacts may be told their outcome,
// in which words, and when. Versioned data (resources/messages/messages.json), read here; the
// rules are pure functions of a contact and that data.

struct MessageTemplate
{
    QString category; // a code or "*"
    QString outcome;  // a code or "*"
    QString english;
    QString welsh;
};

struct MessageRules
{
    int version = 0;
    QTime quietStart = QTime(21, 0); // London time; nothing is sent from here ...
    QTime quietEnd = QTime(8, 0);    // ... until here
    QString surveyLink;
    QString replyNumber;
    QSet<QString> sensitiveCategories;
    QSet<QString> sensitiveReasons;
    QSet<QString> sensitiveOutcomes;
    QStringList sensitiveWords; // lower case; a code or label containing one is sensitive
    // A caller recorded as vulnerable (the first-contact question answered yes, or any
    // vulnerability kind recorded) is never messaged. On unless the data sets it false.
    bool sensitiveVulnerableCaller = true;
    QSet<QString> enabled; // "category/outcome"
    QList<MessageTemplate> templates;
    // Delivery receipts (the "receipts" section): where to ask the gateway what became of a
    // message it took ("{{provider_id}}" and "{{reference}}" replaced; GOV.UK Notify's
    // GET /v2/notifications/{id} by default), and what each of its statuses means: "delivered",
    // "failed", or "" for not final yet.
    QString statusUrl;
    QHash<QString, QString> receiptStatuses;

    static QString shippedPath(); // ":/contactdesk/messages/messages.json"
    static Result<MessageRules> fromJson(const QByteArray &json, const QString &origin);
    static Result<MessageRules> loadShipped();

    // The template for a category and outcome: the exact pair, then the category with any
    // outcome, then any category with the outcome. nullptr when none fits.
    const MessageTemplate *findTemplate(const QString &category, const QString &outcome) const;
    // Whether a code (or its label) names a sensitive matter: listed, or containing a word.
    bool isSensitive(const QStringList &listed, const QString &code, const QString &label) const;
};

// Why a contact may not be messaged (or "" when it may).
namespace ineligible {
inline constexpr char kNoConsent[] = "no_consent";
inline constexpr char kNoAddress[] = "no_mobile_or_email";
inline constexpr char kSensitive[] = "sensitive_matter";
inline constexpr char kRiskPrompt[] = "risk_prompt";
inline constexpr char kNotEnabled[] = "not_enabled";
inline constexpr char kNoTemplate[] = "no_template";
inline constexpr char kNotSaved[] = "not_saved";
} // namespace ineligible

struct MessageDecision
{
    bool eligible = false;
    QString reason;      // an ineligible:: code when not eligible
    QString channel;     // "sms" or "email"
    QString to;          // +447... or the email address
    QString templateKey; // "category/outcome" of the template used

    // A sentence for the handler saying why no message is proposed.
    QString reasonText() const;
};

// Whether the contact may be sent an outcome message, and where to. Fails closed: a contact
// is eligible only when the caller consented, there is a valid UK mobile number or email, the
// category and outcome are an enabled pair, none of its category, reason or outcome is
// sensitive (by code or by `labels`: code -> label, e.g. from the taxonomy), the caller was not
// recorded as vulnerable, no risk prompt was recorded on it (or its risk prompts cannot be
// read), and a template fits.
MessageDecision decideMessage(const Contact &contact, const MessageRules &rules,
                              const QHash<QString, QString> &labels = {});

// What the Desk proposes for a saved contact: the decision and, when eligible, the rendered
// text in `language` ("en" or "cy"). Labels for the sensitive check and {outcome} come from the
// taxonomy when given.
struct MessageProposal
{
    MessageDecision decision;
    QString language;
    QString text;
};
MessageProposal proposeMessage(const Contact &contact, const MessageRules &rules,
                               const Taxonomy *taxonomy, const QString &language);

// A UK mobile number in international form (+447...), or "" when the text is not one.
QString ukMobile(const QString &phone);

// The message text: the template in the language ("en" or "cy"), placeholders filled.
QString renderMessage(const MessageTemplate &tmpl, const QString &language, const Contact &contact,
                      const MessageRules &rules, const QString &outcomeLabel = {});

// What a gateway says became of a message it took: its answer to a status request, or one line
// of its callback file. Never holds the recipient or the text.
struct DeliveryReceipt
{
    QString providerId;     // the gateway's id for the message
    QString reference;      // the reference it was sent with (the idempotency key), when given
    QString providerStatus; // as the gateway named it
    QString status;         // "delivered", "failed", or "" when not final yet
};

// The receipt in a gateway's JSON object (GOV.UK Notify's notification or callback: "id",
// "reference", "status"). Fails, saying why in words without personal data, when the object has
// no id and no reference, no status, or a status the rules do not know.
Result<DeliveryReceipt> receiptFromJson(const QJsonObject &object, const MessageRules &rules);

// A callback file: one JSON object per line (blank lines skipped). `problems` names each bad line
// ("line 3: ..."); `lines` gives the line number of each receipt.
struct ReceiptFile
{
    QList<DeliveryReceipt> receipts;
    QList<int> lines;
    QStringList problems;
    QList<int> problemLines; // the line of each problem
};
ReceiptFile parseReceiptLines(const QByteArray &jsonLines, const MessageRules &rules);

// Quiet hours, in London time. The quiet window may run over midnight (21:00-08:00).
bool inQuietHours(const QDateTime &utc, const MessageRules &rules);
// `utc` when it is outside quiet hours, else the instant they end (UTC).
QDateTime nextSendableTime(const QDateTime &utc, const MessageRules &rules);

// Seconds to wait before attempt `attempts + 1` after `attempts` failed ones: 60 s doubled
// each time, at most 6 hours.
qint64 retryDelaySeconds(int attempts);

// A GOV.UK Notify API key ("name-<service uuid>-<secret uuid>") as a signed JWT for its
// Authorization header (HS256, iss = service id, iat = `now`); "" when the key is not in that
// form.
QByteArray notifyJwt(const QString &apiKey, const QDateTime &now);

// Fills a JSON body template: every string value that is exactly "{{name}}" becomes the
// value of `fields[name]`, and "{{name}}" inside a longer string is replaced by its text.
// Fails when the template is not a JSON object.
Result<QByteArray> renderGatewayBody(const QByteArray &bodyTemplate,
                                     const QHash<QString, QString> &fields);
// The default bodies, in GOV.UK Notify's shape (reference = the idempotency key).
QByteArray defaultGatewayBody(const QString &channel);

} // namespace cd
