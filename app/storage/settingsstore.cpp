#include "storage/settingsstore.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace cd {

namespace {
struct KeyInfo
{
    SettingsStore::Key key;
    const char *name;
    QVariant fallback;
};

const KeyInfo kKeys[] = {
    {SettingsStore::Key::RepeatCallerThreshold, "repeat_caller.threshold", 3},
    {SettingsStore::Key::RepeatCallerWindowDays, "repeat_caller.window_days", 30},
    {SettingsStore::Key::DraftSaveDelayMs, "draft.save_delay_ms", 300},
    {SettingsStore::Key::ForceName, "force.name", QString()},
    {SettingsStore::Key::ForceHeader, "force.header", QString()},
    {SettingsStore::Key::ForceProtectiveMarking, "force.protective_marking",
     QStringLiteral("OFFICIAL-SENSITIVE")},
    {SettingsStore::Key::ReportAnnualTeamCost, "report.annual_team_cost", 0.0},
    {SettingsStore::Key::ReportMinutesPerResolution, "report.minutes_per_resolution", 15.0},
    {SettingsStore::Key::ReportHourlyRate, "report.hourly_rate", 24.50},
    {SettingsStore::Key::ContentReviewMonths, "content.review_months", 12},
    {SettingsStore::Key::SyncNotifyGapSeconds, "sync.notify_gap_seconds", 5},
    {SettingsStore::Key::TrainingData, "training.data", false},
    {SettingsStore::Key::HouseholdWindowDays, "household.window_days", 90},
    {SettingsStore::Key::MessagesCostPerMessage, "messages.cost_per_message", 0.03},
    {SettingsStore::Key::MessagesLanguage, "messages.language", QStringLiteral("en")},
    {SettingsStore::Key::MessagesGatewayUrl, "messages.gateway_url", QString()},
    {SettingsStore::Key::MessagesGatewayLookupUrl, "messages.gateway_lookup_url", QString()},
    {SettingsStore::Key::MessagesGatewaySmsBody, "messages.gateway_sms_body", QString()},
    {SettingsStore::Key::MessagesGatewayEmailBody, "messages.gateway_email_body", QString()},
    {SettingsStore::Key::MessagesGatewayTemplateId, "messages.gateway_template_id", QString()},
    {SettingsStore::Key::MessagesGatewayKeyFile, "messages.gateway_key_file", QString()},
    {SettingsStore::Key::LockIdleMinutes, "lock.idle_minutes", 10},
    {SettingsStore::Key::QaSharePercent, "qa.share_percent", QStringLiteral("2")},
    {SettingsStore::Key::QaMinimumPerHandler, "qa.minimum_per_handler", 2},
    {SettingsStore::Key::QaSensitiveCategories, "qa.sensitive_categories",
     QStringLiteral("mental_health")},
    {SettingsStore::Key::QaSensitiveRiskKinds, "qa.sensitive_risk_kinds",
     QStringLiteral("suicide_self_harm,child_at_risk,domestic_abuse,honour_based_abuse")},
    {SettingsStore::Key::QaSensitiveReviewers, "qa.sensitive_reviewers", QString()},
    {SettingsStore::Key::MessagesGatewayStatusUrl, "messages.gateway_status_url", QString()},
};

const KeyInfo &info(SettingsStore::Key key)
{
    for (const KeyInfo &k : kKeys)
        if (k.key == key)
            return k;
    Q_UNREACHABLE();
}
} // namespace

QString SettingsStore::keyName(Key key)
{
    return QLatin1String(info(key).name);
}

QVariant SettingsStore::defaultValue(Key key)
{
    return info(key).fallback;
}

bool SettingsStore::keyFromName(const QString &name, Key *out)
{
    for (const KeyInfo &k : kKeys) {
        if (name == QLatin1String(k.name)) {
            *out = k.key;
            return true;
        }
    }
    return false;
}

QVariant SettingsStore::value(Key key) const
{
    const QString text = raw(keyName(key));
    if (text.isNull())
        return defaultValue(key);
    QVariant v(text);
    if (v.convert(defaultValue(key).metaType()))
        return v;
    return defaultValue(key);
}

Status SettingsStore::setValue(Key key, const QVariant &value)
{
    QVariant v = value;
    if (!v.convert(defaultValue(key).metaType()))
        return Status::failure(QStringLiteral("%1 must be a %2")
                                   .arg(keyName(key), QLatin1String(defaultValue(key).typeName())));
    // The idle lock's minutes may be 0 (never lock); every other whole number is positive.
    if (key == Key::LockIdleMinutes && v.toInt() < 0)
        return Status::failure(QStringLiteral("%1 must be 0 (never) or more").arg(keyName(key)));
    if (defaultValue(key).typeId() == QMetaType::Int && v.toInt() <= 0 &&
        key != Key::LockIdleMinutes)
        return Status::failure(QStringLiteral("%1 must be a positive number").arg(keyName(key)));
    if (defaultValue(key).typeId() == QMetaType::Double && v.toDouble() < 0)
        return Status::failure(QStringLiteral("%1 cannot be negative").arg(keyName(key)));
    return setRaw(keyName(key), v.toString());
}

QString SettingsStore::raw(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status SettingsStore::setRaw(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "save a setting"));
    return success();
}

} // namespace cd
