#include "core/outcomemessage.h"

#include "core/londonday.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeMessage)
};

QString pairKey(const QString &category, const QString &outcome)
{
    return category + QLatin1Char('/') + outcome;
}

QSet<QString> codeSet(const QJsonValue &value)
{
    QSet<QString> out;
    for (const QJsonValue &v : value.toArray())
        out.insert(v.toString().trimmed().toLower());
    return out;
}

// Whether the contact's recorded risk prompts are empty. Anything that is not an empty JSON
// array (or empty text) counts as a prompt: unreadable prompts fail closed.
bool noRiskPrompts(const QString &riskPrompts)
{
    const QString text = riskPrompts.trimmed();
    if (text.isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && doc.isArray() && doc.array().isEmpty();
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonValue fillValue(const QJsonValue &value, const QHash<QString, QString> &fields)
{
    if (value.isString()) {
        QString text = value.toString();
        static const QRegularExpression whole(QStringLiteral("^\\{\\{(\\w+)\\}\\}$"));
        if (const QRegularExpressionMatch m = whole.match(text); m.hasMatch())
            return fields.value(m.captured(1));
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            text.replace(QStringLiteral("{{") + it.key() + QStringLiteral("}}"), it.value());
        return text;
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = fillValue(it.value(), fields);
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = fillValue(a.at(i), fields);
        return a;
    }
    return value;
}
} // namespace

QString MessageRules::shippedPath()
{
    return QStringLiteral(":/contactdesk/messages/messages.json");
}

Result<MessageRules> MessageRules::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<MessageRules>::failure(
            Tr::tr("%1 is not a JSON object: %2").arg(origin, error.errorString()));
    const QJsonObject o = doc.object();
    MessageRules rules;
    rules.version = o.value(QLatin1String("version")).toInt();
    if (rules.version < 1)
        return Result<MessageRules>::failure(Tr::tr("%1 has no version").arg(origin));
    const QJsonObject quiet = o.value(QLatin1String("quiet_hours")).toObject();
    rules.quietStart =
        QTime::fromString(quiet.value(QLatin1String("start")).toString(), QStringLiteral("HH:mm"));
    rules.quietEnd =
        QTime::fromString(quiet.value(QLatin1String("end")).toString(), QStringLiteral("HH:mm"));
    if (!rules.quietStart.isValid() || !rules.quietEnd.isValid())
        return Result<MessageRules>::failure(
            Tr::tr("%1: quiet_hours needs a start and an end as HH:MM").arg(origin));
    rules.surveyLink = o.value(QLatin1String("survey_link")).toString();
    rules.replyNumber = o.value(QLatin1String("reply_number")).toString();
    const QJsonObject sensitive = o.value(QLatin1String("sensitive")).toObject();
    rules.sensitiveCategories = codeSet(sensitive.value(QLatin1String("categories")));
    rules.sensitiveReasons = codeSet(sensitive.value(QLatin1String("reasons")));
    rules.sensitiveOutcomes = codeSet(sensitive.value(QLatin1String("outcomes")));
    for (const QString &word : codeSet(sensitive.value(QLatin1String("words"))))
        if (!word.isEmpty())
            rules.sensitiveWords.append(word);
    std::sort(rules.sensitiveWords.begin(), rules.sensitiveWords.end());
    rules.sensitiveVulnerableCaller =
        sensitive.value(QLatin1String("vulnerable_caller")).toBool(true);
    for (const QJsonValue &v : o.value(QLatin1String("enabled")).toArray()) {
        const QJsonObject pair = v.toObject();
        const QString category = pair.value(QLatin1String("category")).toString();
        const QString outcome = pair.value(QLatin1String("outcome")).toString();
        if (category.isEmpty() || outcome.isEmpty() || category == QLatin1String("*") ||
            outcome == QLatin1String("*"))
            return Result<MessageRules>::failure(
                Tr::tr("%1: every enabled entry names one category and one outcome").arg(origin));
        rules.enabled.insert(pairKey(category, outcome));
    }
    for (const QJsonValue &v : o.value(QLatin1String("templates")).toArray()) {
        const QJsonObject t = v.toObject();
        MessageTemplate tmpl{t.value(QLatin1String("category")).toString(),
                             t.value(QLatin1String("outcome")).toString(),
                             t.value(QLatin1String("en")).toString(),
                             t.value(QLatin1String("cy")).toString()};
        if (tmpl.category.isEmpty() || tmpl.outcome.isEmpty() || tmpl.english.trimmed().isEmpty() ||
            tmpl.welsh.trimmed().isEmpty())
            return Result<MessageRules>::failure(
                Tr::tr("%1: every template needs a category, an outcome and its English and "
                       "Welsh text")
                    .arg(origin));
        rules.templates.append(tmpl);
    }
    const QJsonObject receipts = o.value(QLatin1String("receipts")).toObject();
    rules.statusUrl = receipts.value(QLatin1String("status_url")).toString();
    const QJsonObject statuses = receipts.value(QLatin1String("statuses")).toObject();
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it) {
        const QString meaning = it.value().toString();
        if (meaning != QLatin1String("delivered") && meaning != QLatin1String("failed") &&
            !meaning.isEmpty())
            return Result<MessageRules>::failure(
                Tr::tr("%1: a receipt status means \"delivered\", \"failed\" or \"\" (not final), "
                       "not \"%2\"")
                    .arg(origin, meaning));
        rules.receiptStatuses.insert(it.key().trimmed().toLower(), meaning);
    }
    return rules;
}

Result<MessageRules> MessageRules::loadShipped()
{
    QFile file(shippedPath());
    if (!file.open(QIODevice::ReadOnly))
        return Result<MessageRules>::failure(Tr::tr("The message rules are missing"));
    return fromJson(file.readAll(), shippedPath());
}

const MessageTemplate *MessageRules::findTemplate(const QString &category,
                                                  const QString &outcome) const
{
    const QString any = QStringLiteral("*");
    for (const auto &[c, o] :
         {std::pair{category, outcome}, std::pair{category, any}, std::pair{any, outcome}})
        for (const MessageTemplate &t : templates)
            if (t.category == c && t.outcome == o)
                return &t;
    return nullptr;
}

bool MessageRules::isSensitive(const QStringList &listed, const QString &code,
                               const QString &label) const
{
    const QString c = code.trimmed().toLower();
    if (listed.contains(c))
        return true;
    const QString l = label.toLower();
    for (const QString &word : sensitiveWords)
        if (c.contains(word) || l.contains(word))
            return true;
    return false;
}

QString MessageDecision::reasonText() const
{
    using namespace ineligible;
    if (eligible)
        return {};
    if (reason == QLatin1String(kNoConsent))
        return Tr::tr("The caller did not consent to be told the outcome.");
    if (reason == QLatin1String(kNoAddress))
        return Tr::tr("There is no UK mobile number or email address to send it to.");
    if (reason == QLatin1String(kSensitive))
        return Tr::tr("Sensitive matters are never sent an outcome message.");
    if (reason == QLatin1String(kRiskPrompt))
        return Tr::tr("A risk prompt was shown on this contact, so no message is sent.");
    if (reason == QLatin1String(kNotEnabled))
        return Tr::tr("The force does not send outcome messages for this category and outcome.");
    if (reason == QLatin1String(kNoTemplate))
        return Tr::tr("There is no message template for this category and outcome.");
    return Tr::tr("This contact cannot be sent an outcome message.");
}

QString ukMobile(const QString &phone)
{
    QString digits;
    for (const QChar ch : phone)
        if (ch.isDigit())
            digits.append(ch);
        else if (ch == QLatin1Char('+') && digits.isEmpty())
            continue;
        else if (!ch.isSpace() && ch != QLatin1Char('-') && ch != QLatin1Char('(') &&
                 ch != QLatin1Char(')'))
            return {};
    if (digits.startsWith(QLatin1String("447")) && digits.size() == 12)
        digits = QLatin1Char('0') + digits.mid(2);
    if (digits.size() != 11 || !digits.startsWith(QLatin1String("07")))
        return {};
    // 070 are personal numbers and 076 pagers (except 07624, Isle of Man mobiles).
    if (digits.startsWith(QLatin1String("070")) ||
        (digits.startsWith(QLatin1String("076")) && !digits.startsWith(QLatin1String("07624"))))
        return {};
    return QStringLiteral("+44") + digits.mid(1);
}

MessageDecision decideMessage(const Contact &contact, const MessageRules &rules,
                              const QHash<QString, QString> &labels)
{
    using namespace ineligible;
    MessageDecision d;
    auto no = [&d](const char *reason) {
        d.eligible = false;
        d.reason = QLatin1String(reason);
        d.channel.clear();
        d.to.clear();
        return d;
    };
    // The most serious reasons first, so the handler is told the one that matters.
    if (contact.id.isEmpty() || contact.deleted)
        return no(kNotSaved);
    const QString category = contact.category.trimmed().toLower();
    const QString reason = contact.reason.trimmed().toLower();
    const QString outcome = contact.outcome.trimmed().toLower();
    const QStringList cats(rules.sensitiveCategories.cbegin(), rules.sensitiveCategories.cend());
    const QStringList reasons(rules.sensitiveReasons.cbegin(), rules.sensitiveReasons.cend());
    const QStringList outcomes(rules.sensitiveOutcomes.cbegin(), rules.sensitiveOutcomes.cend());
    if (category.isEmpty() || outcome.isEmpty() ||
        rules.isSensitive(cats, category, labels.value(category)) ||
        (!reason.isEmpty() && rules.isSensitive(reasons, reason, labels.value(reason))) ||
        rules.isSensitive(outcomes, outcome, labels.value(outcome)))
        return no(kSensitive);
    if (rules.sensitiveVulnerableCaller &&
        (contact.vulnerable == 1 || !contact.vulnerabilityKinds.trimmed().isEmpty()))
        return no(kSensitive);
    if (!noRiskPrompts(contact.riskPrompts))
        return no(kRiskPrompt);
    if (!contact.consentToOutcome)
        return no(kNoConsent);
    if (!rules.enabled.contains(pairKey(category, outcome)))
        return no(kNotEnabled);
    const MessageTemplate *tmpl = rules.findTemplate(category, outcome);
    if (!tmpl)
        return no(kNoTemplate);
    if (const QString mobile = ukMobile(contact.callerPhone); !mobile.isEmpty()) {
        d.channel = QStringLiteral("sms");
        d.to = mobile;
    } else if (!contact.callerEmail.trimmed().isEmpty() &&
               validation::checkEmail(contact.callerEmail.trimmed()).isEmpty()) {
        d.channel = QStringLiteral("email");
        d.to = validation::normaliseEmail(contact.callerEmail);
    } else {
        return no(kNoAddress);
    }
    d.eligible = true;
    d.templateKey = pairKey(tmpl->category, tmpl->outcome);
    return d;
}

QString renderMessage(const MessageTemplate &tmpl, const QString &language, const Contact &contact,
                      const MessageRules &rules, const QString &outcomeLabel)
{
    QString text = language == QLatin1String("cy") ? tmpl.welsh : tmpl.english;
    const QString reference = contact.reference.trimmed();
    text.replace(QLatin1String("{reference_text_cy}"),
                 reference.isEmpty() ? QString()
                                     : QStringLiteral(" (cyfeirnod %1)").arg(reference));
    text.replace(QLatin1String("{reference_text}"),
                 reference.isEmpty() ? QString()
                                     : QStringLiteral(" (reference %1)").arg(reference));
    text.replace(QLatin1String("{reference}"), reference);
    text.replace(QLatin1String("{outcome}"),
                 outcomeLabel.isEmpty() ? contact.outcome : outcomeLabel);
    text.replace(QLatin1String("{survey_link}"), rules.surveyLink);
    text.replace(QLatin1String("{reply_number}"), rules.replyNumber);
    return text;
}

MessageProposal proposeMessage(const Contact &contact, const MessageRules &rules,
                               const Taxonomy *taxonomy, const QString &language)
{
    QHash<QString, QString> labels;
    if (taxonomy)
        for (const TaxonomyEntry &e : taxonomy->entries())
            if (e.kind != TaxonomyEntry::Kind::Channel)
                labels[e.code] +=
                    (labels.contains(e.code) ? QStringLiteral(" / ") : QString()) + e.label;
    MessageProposal p;
    p.language = language == QLatin1String("cy") ? QStringLiteral("cy") : QStringLiteral("en");
    p.decision = decideMessage(contact, rules, labels);
    if (!p.decision.eligible)
        return p;
    const MessageTemplate *tmpl = rules.findTemplate(contact.category.trimmed().toLower(),
                                                     contact.outcome.trimmed().toLower());
    if (tmpl)
        p.text = renderMessage(*tmpl, p.language, contact, rules,
                               labels.value(contact.outcome.trimmed().toLower()));
    return p;
}

bool inQuietHours(const QDateTime &utc, const MessageRules &rules)
{
    const QTime t = inLondon(utc).time();
    if (rules.quietStart == rules.quietEnd)
        return false;
    if (rules.quietStart < rules.quietEnd)
        return t >= rules.quietStart && t < rules.quietEnd;
    return t >= rules.quietStart || t < rules.quietEnd;
}

QDateTime nextSendableTime(const QDateTime &utc, const MessageRules &rules)
{
    if (!inQuietHours(utc, rules))
        return utc;
    const QDateTime local = inLondon(utc);
    QDate day = local.date();
    if (rules.quietStart > rules.quietEnd && local.time() >= rules.quietStart)
        day = day.addDays(1);
    return QDateTime(day, rules.quietEnd, londonZone()).toUTC();
}

qint64 retryDelaySeconds(int attempts)
{
    constexpr qint64 kFirst = 60;
    constexpr qint64 kMost = 6 * 3600;
    if (attempts <= 1)
        return kFirst;
    const int doublings = std::min(attempts - 1, 20);
    return std::min(kFirst << doublings, kMost);
}

QByteArray notifyJwt(const QString &apiKey, const QDateTime &now)
{
    // name-<service id: 36>-<secret: 36>
    const QString key = apiKey.trimmed();
    if (key.size() < 74 || key.at(key.size() - 37) != QLatin1Char('-') ||
        key.at(key.size() - 74) != QLatin1Char('-'))
        return {};
    const QString secret = key.right(36);
    const QString service = key.mid(key.size() - 73, 36);
    const QByteArray header = base64Url(R"({"typ":"JWT","alg":"HS256"})");
    const QByteArray claims =
        base64Url(QJsonDocument(QJsonObject{{QStringLiteral("iss"), service},
                                            {QStringLiteral("iat"), now.toSecsSinceEpoch()}})
                      .toJson(QJsonDocument::Compact));
    const QByteArray signing = header + '.' + claims;
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signing, secret.toUtf8(), QCryptographicHash::Sha256);
    return signing + '.' + base64Url(signature);
}

Result<QByteArray> renderGatewayBody(const QByteArray &bodyTemplate,
                                     const QHash<QString, QString> &fields)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bodyTemplate, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QByteArray>::failure(
            Tr::tr("The gateway body template is not a JSON object: %1").arg(error.errorString()));
    return QJsonDocument(fillValue(doc.object(), fields).toObject()).toJson(QJsonDocument::Compact);
}

Result<DeliveryReceipt> receiptFromJson(const QJsonObject &object, const MessageRules &rules)
{
    DeliveryReceipt r;
    r.providerId = object.value(QLatin1String("id")).toString().trimmed();
    r.reference = object.value(QLatin1String("reference")).toString().trimmed();
    r.providerStatus = object.value(QLatin1String("status")).toString().trimmed().toLower();
    if (r.providerId.isEmpty() && r.reference.isEmpty())
        return Result<DeliveryReceipt>::failure(Tr::tr("no \"id\" or \"reference\""));
    if (r.providerId.size() > 200 || r.reference.size() > 200)
        return Result<DeliveryReceipt>::failure(Tr::tr("the id or reference is too long"));
    if (r.providerStatus.isEmpty())
        return Result<DeliveryReceipt>::failure(Tr::tr("no \"status\""));
    const auto it = rules.receiptStatuses.constFind(r.providerStatus);
    if (it == rules.receiptStatuses.constEnd())
        return Result<DeliveryReceipt>::failure(
            Tr::tr("\"%1\" is not a delivery status the gateway is known to give")
                .arg(r.providerStatus.left(40)));
    r.status = it.value();
    return r;
}

ReceiptFile parseReceiptLines(const QByteArray &jsonLines, const MessageRules &rules)
{
    ReceiptFile file;
    const QList<QByteArray> lines = jsonLines.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int number = int(i + 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            file.problems.append(Tr::tr("line %1: not a JSON object").arg(number));
            file.problemLines.append(number);
            continue;
        }
        Result<DeliveryReceipt> r = receiptFromJson(doc.object(), rules);
        if (!r) {
            file.problems.append(Tr::tr("line %1: %2").arg(number).arg(r.errorMessage()));
            file.problemLines.append(number);
            continue;
        }
        file.receipts.append(r.value());
        file.lines.append(number);
    }
    return file;
}

QByteArray defaultGatewayBody(const QString &channel)
{
    if (channel == QLatin1String("email"))
        return R"({"email_address":"{{to}}","template_id":"{{template_id}}",)"
               R"("personalisation":{"body":"{{text}}"},"reference":"{{reference}}"})";
    return R"({"phone_number":"{{to}}","template_id":"{{template_id}}",)"
           R"("personalisation":{"body":"{{text}}"},"reference":"{{reference}}"})";
}

} // namespace cd
