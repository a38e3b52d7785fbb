#pragma once

#include "core/result.h"

#include <QString>
#include <QVariant>

namespace cd {

class Database;

// Local, typed settings: every key with its default in one table (settingsstore.cpp).
class SettingsStore
{
public:
    enum class Key {
        RepeatCallerThreshold, // contacts in the window that make a repeat caller
        RepeatCallerWindowDays,
        DraftSaveDelayMs,           // how long after the last keystroke a draft is written
        ForceName,                  // the force's name at the top of exported documents
        ForceHeader,                // address or department lines under it ("\n" between lines)
        ForceProtectiveMarking,     // the marking printed at the top and foot of exports
        ReportAnnualTeamCost,       // GBP a year, for cost per contact in the monthly report
        ReportMinutesPerResolution, // officer minutes saved by each contact resolved at first
                                    // contact
        ReportHourlyRate,           // GBP per officer hour, for the value of the hours saved
        ContentReviewMonths,  // guidance not checked against its sources for this long is shown
        SyncNotifyGapSeconds, // a pull asked for by the server's notification starts at most
                              // once in this many seconds, however many notifications come
        TrainingData,         // the profile holds made-up training data (contactdesk --demo): every
                              // exported document says so
        HouseholdWindowDays,  // the household section shows others' contacts this recent

        // Outcome messages (docs/MESSAGES.md). GBP a message sent, for the dashboard's cost.
        MessagesCostPerMessage,
        // "en" or "cy": the language outcome messages are proposed in.
        MessagesLanguage,
        // Where `messages send` POSTs each message (empty: not set up).
        MessagesGatewayUrl,
        // A GET asking the gateway whether it has a reference ("{{reference}}" in it).
        MessagesGatewayLookupUrl,
        // JSON body templates for a text message and an email (empty: GOV.UK Notify's).
        MessagesGatewaySmsBody,
        MessagesGatewayEmailBody,
        // The provider's template id ("{{template_id}}" in the body).
        MessagesGatewayTemplateId,
        // A file (mode 0600) holding the gateway's API key.
        MessagesGatewayKeyFile,
        // The Desk locks after this many minutes without a key or the mouse (0: never).
        LockIdleMinutes,

        // Quality dip sampling (docs/QA.md): the share of each handler's month drawn ("2" is
        // 2%), the fewest drawn for a handler, and the sensitive matters (category codes and
        // risk kinds, comma-separated) drawn only for the reviewers named (comma-separated).
        QaSharePercent,
        QaMinimumPerHandler,
        QaSensitiveCategories,
        QaSensitiveRiskKinds,
        QaSensitiveReviewers,
        // A GET asking the gateway what became of a message ("{{provider_id}}" in it; empty:
        // the receipts status_url of resources/messages/messages.json).
        MessagesGatewayStatusUrl,
    };

    explicit SettingsStore(Database &db)
        : m_db(db)
    {
    }

    QVariant value(Key key) const;
    int intValue(Key key) const { return value(key).toInt(); }
    Status setValue(Key key, const QVariant &value);

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    static bool keyFromName(const QString &name, Key *out);

    // Raw key/value access for other stores (profile, identity).
    QString raw(const QString &key, const QString &fallback = {}) const;
    Status setRaw(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace cd
