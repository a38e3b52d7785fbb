#include "core/survey.h"

#include "core/csv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cd {

namespace {

QMap<QString, QString> readTexts(const QJsonObject &o)
{
    QMap<QString, QString> texts;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isString())
            texts.insert(it.key(), it.value().toString());
    return texts;
}

Result<QList<SurveyQuestion>> readQuestions(const QJsonArray &array, const QString &origin,
                                            bool forceOwn)
{
    QList<SurveyQuestion> out;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        SurveyQuestion q;
        q.id = o.value(QLatin1String("id")).toString();
        q.text = readTexts(o.value(QLatin1String("text")).toObject());
        q.forceOwn = forceOwn;
        if (!idPattern.match(q.id).hasMatch())
            return Result<QList<SurveyQuestion>>::failure(
                QStringLiteral("%1: a question id must be lower-case letters, digits and _ "
                               "(found \"%2\")")
                    .arg(origin, q.id));
        if (q.text.value(QStringLiteral("en")).isEmpty())
            return Result<QList<SurveyQuestion>>::failure(
                QStringLiteral("%1: question %2 has no English text").arg(origin, q.id));
        out.append(q);
    }
    return out;
}

// Column names that are not questions.
bool isReservedColumn(const QString &id)
{
    return id == QLatin1String("contact_id") || id == QLatin1String("answered_at") ||
           id == QLatin1String("question") || id == QLatin1String("rating");
}

QDateTime readTime(const QString &text)
{
    const QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

bool readFlag(const QString &text, bool *out)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("false") ||
        t == QLatin1String("0") || t == QLatin1String("n")) {
        *out = false;
        return true;
    }
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1") ||
        t == QLatin1String("y")) {
        *out = true;
        return true;
    }
    return false;
}

QString ratingMessage(const SurveyDefinition &s)
{
    return QStringLiteral("a rating must be a whole number from %1 to %2")
        .arg(s.scaleMin)
        .arg(s.scaleMax);
}

} // namespace

QString SurveyQuestion::textIn(const QString &language) const
{
    const QString t = text.value(language);
    return t.isEmpty() ? text.value(QStringLiteral("en")) : t;
}

Result<SurveyDefinition> SurveyDefinition::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Result<SurveyDefinition>::failure(
            QStringLiteral("%1: not a JSON object (%2)").arg(origin, error.errorString()));
    const QJsonObject o = doc.object();
    SurveyDefinition s;
    s.name = o.value(QLatin1String("survey")).toString();
    s.version = o.value(QLatin1String("version")).toInt();
    const QJsonObject scale = o.value(QLatin1String("scale")).toObject();
    s.scaleMin = scale.value(QLatin1String("min")).toInt(0);
    s.scaleMax = scale.value(QLatin1String("max")).toInt(10);
    s.satisfiedAtOrAbove = o.value(QLatin1String("satisfied_at_or_above")).toInt(8);
    if (s.version < 1 || s.scaleMin < 0 || s.scaleMax <= s.scaleMin ||
        s.satisfiedAtOrAbove <= s.scaleMin || s.satisfiedAtOrAbove > s.scaleMax)
        return Result<SurveyDefinition>::failure(
            QStringLiteral("%1: the version, scale or threshold is not usable").arg(origin));
    Result<QList<SurveyQuestion>> questions =
        readQuestions(o.value(QLatin1String("questions")).toArray(), origin, false);
    if (!questions)
        return questions.error();
    s.questions = questions.value();
    const QJsonObject free = o.value(QLatin1String("free_text")).toObject();
    s.commentId = free.value(QLatin1String("id")).toString(s.commentId);
    s.commentText = readTexts(free.value(QLatin1String("text")).toObject());
    s.commentMaxLength = free.value(QLatin1String("max_length")).toInt(s.commentMaxLength);
    const QJsonObject reply = o.value(QLatin1String("reply")).toObject();
    s.replyId = reply.value(QLatin1String("id")).toString(s.replyId);
    s.replyText = readTexts(reply.value(QLatin1String("text")).toObject());
    s.replyWorkingDays = reply.value(QLatin1String("working_days")).toInt(s.replyWorkingDays);
    QStringList seen{s.commentId, s.replyId};
    for (const SurveyQuestion &q : std::as_const(s.questions)) {
        if (seen.contains(q.id) || isReservedColumn(q.id))
            return Result<SurveyDefinition>::failure(
                QStringLiteral("%1: question id %2 is used twice or reserved").arg(origin, q.id));
        seen.append(q.id);
    }
    if (s.questions.isEmpty())
        return Result<SurveyDefinition>::failure(
            QStringLiteral("%1: the survey has no questions").arg(origin));
    return s;
}

Status SurveyDefinition::addForceQuestions(const QByteArray &json, const QString &origin)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Status::failure(QStringLiteral("%1: not a JSON object").arg(origin));
    Result<QList<SurveyQuestion>> added =
        readQuestions(doc.object().value(QLatin1String("questions")).toArray(), origin, true);
    if (!added)
        return added.error();
    for (const SurveyQuestion &q : added.value()) {
        if (question(q.id) || q.id == commentId || q.id == replyId || isReservedColumn(q.id))
            return Status::failure(
                QStringLiteral("%1: question id %2 is already in the survey").arg(origin, q.id));
        questions.append(q);
    }
    return success();
}

Result<SurveyDefinition> SurveyDefinition::load(const QString &forceFile)
{
    QFile shipped(shippedPath());
    if (!shipped.open(QIODevice::ReadOnly))
        return Result<SurveyDefinition>::failure(
            QStringLiteral("The survey definition is missing from this build."));
    Result<SurveyDefinition> s = fromJson(shipped.readAll(), shippedPath());
    if (!s || forceFile.isEmpty() || !QFile::exists(forceFile))
        return s;
    QFile force(forceFile);
    if (!force.open(QIODevice::ReadOnly))
        return Result<SurveyDefinition>::failure(
            QStringLiteral("Cannot read %1: %2").arg(forceFile, force.errorString()));
    SurveyDefinition out = s.value();
    if (Status st = out.addForceQuestions(force.readAll(), forceFile); !st)
        return st.error();
    return out;
}

const SurveyQuestion *SurveyDefinition::question(const QString &id) const
{
    for (const SurveyQuestion &q : questions)
        if (q.id == id)
            return &q;
    return nullptr;
}

QStringList SurveyDefinition::questionIds() const
{
    QStringList ids;
    for (const SurveyQuestion &q : questions)
        ids.append(q.id);
    return ids;
}

QString SurveyInputError::text() const
{
    if (column.isEmpty())
        return QStringLiteral("line %1: %2").arg(line).arg(message);
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column, message);
}

SurveyParse parseSurveyCsv(const QByteArray &utf8, const SurveyDefinition &survey)
{
    SurveyParse out;
    const csv::ParseResult parsed = csv::parse(utf8);
    for (const csv::ReadError &e : parsed.errors)
        out.errors.append({e.line, QString(), e.message});
    if (parsed.records.isEmpty())
        return out;
    const csv::Record &headerRecord = parsed.records.first();
    QStringList header;
    for (const QString &h : headerRecord.fields)
        header.append(h.trimmed());
    const auto named = [&](int column) {
        return QStringLiteral("%1 (%2)").arg(column + 1).arg(header.value(column));
    };
    const bool longForm =
        header == QStringList{QStringLiteral("contact_id"), QStringLiteral("answered_at"),
                              QStringLiteral("question"), QStringLiteral("rating")};
    if (!longForm) {
        if (header.size() < 3 || header.at(0) != QLatin1String("contact_id") ||
            header.at(1) != QLatin1String("answered_at")) {
            out.errors.append({headerRecord.line, QString(),
                               QStringLiteral("the header must start contact_id,answered_at and "
                                              "name question ids, %1 or %2")
                                   .arg(survey.commentId, survey.replyId)});
            return out;
        }
        for (int c = 2; c < header.size(); ++c) {
            const QString &h = header.at(c);
            if (h != survey.commentId && h != survey.replyId && !survey.question(h))
                out.errors.append({headerRecord.line, named(c),
                                   QStringLiteral("\"%1\" is not a question of survey version %2")
                                       .arg(h)
                                       .arg(survey.version)});
            else if (header.indexOf(h) != c)
                out.errors.append(
                    {headerRecord.line, named(c), QStringLiteral("\"%1\" is named twice").arg(h)});
        }
        if (!out.errors.isEmpty())
            return out;
    }

    for (qsizetype i = 1; i < parsed.records.size(); ++i) {
        const csv::Record &rec = parsed.records.at(i);
        const int errorsBefore = int(out.errors.size());
        auto fail = [&](int column, const QString &why) {
            out.errors.append({rec.line, column < 0 ? QString() : named(column), why});
        };
        if (rec.fields.size() != header.size()) {
            fail(-1, QStringLiteral("expected %1 fields, found %2")
                         .arg(header.size())
                         .arg(rec.fields.size()));
            continue;
        }
        for (const csv::FieldProblem &p : rec.problems)
            fail(p.field, csv::problemText(p.kind));
        if (int(out.errors.size()) != errorsBefore)
            continue;
        SurveyReturn r;
        r.line = rec.line;
        r.contactId = rec.fields.at(0).trimmed();
        if (r.contactId.isEmpty())
            fail(0, QStringLiteral("the contact id is empty"));
        r.answeredAt = readTime(rec.fields.at(1));
        if (!r.answeredAt.isValid())
            fail(1, QStringLiteral("not an ISO 8601 time"));
        const auto readRating = [&](int column, const QString &question) {
            const QString text = rec.fields.at(column).trimmed();
            if (text.isEmpty())
                return;
            bool isNumber = false;
            const int rating = text.toInt(&isNumber);
            if (!isNumber || rating < survey.scaleMin || rating > survey.scaleMax)
                fail(column, ratingMessage(survey));
            else
                r.ratings.append({question, rating});
        };
        if (longForm) {
            const QString question = rec.fields.at(2).trimmed();
            if (!survey.question(question))
                fail(2, QStringLiteral("\"%1\" is not a question of survey version %2")
                            .arg(question)
                            .arg(survey.version));
            else if (rec.fields.at(3).trimmed().isEmpty())
                fail(3, ratingMessage(survey));
            else
                readRating(3, question);
        } else {
            for (int c = 2; c < header.size(); ++c) {
                const QString &h = header.at(c);
                if (h == survey.commentId) {
                    r.comment = rec.fields.at(c).trimmed();
                    if (r.comment.size() > survey.commentMaxLength)
                        fail(c, QStringLiteral("the comment is longer than %1 characters")
                                    .arg(survey.commentMaxLength));
                } else if (h == survey.replyId) {
                    if (!readFlag(rec.fields.at(c), &r.wantsReply))
                        fail(c, QStringLiteral("must be yes or no"));
                } else {
                    readRating(c, h);
                }
            }
            if (r.ratings.isEmpty() && r.comment.isEmpty() &&
                int(out.errors.size()) == errorsBefore)
                fail(-1, QStringLiteral("no rating and no comment"));
        }
        if (r.wantsReply && r.comment.isEmpty() && int(out.errors.size()) == errorsBefore)
            fail(-1, QStringLiteral("a reply is asked for but there is no comment to reply to"));
        if (int(out.errors.size()) == errorsBefore)
            out.returns.append(r);
    }
    return out;
}

SurveyParse parseSurveyWebhook(const QByteArray &utf8, const SurveyDefinition &survey)
{
    SurveyParse out;
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int errorsBefore = int(out.errors.size());
        auto fail = [&](const QString &key, const QString &why) {
            out.errors.append({lineNo, key, why});
        };
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            fail(QString(), QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
            continue;
        }
        const QJsonObject o = doc.object();
        SurveyReturn r;
        r.line = lineNo;
        r.contactId = o.value(QLatin1String("contact_id")).toString().trimmed();
        if (r.contactId.isEmpty())
            fail(QStringLiteral("contact_id"), QStringLiteral("the contact id is missing"));
        r.answeredAt = readTime(o.value(QLatin1String("answered_at")).toString());
        if (!r.answeredAt.isValid())
            fail(QStringLiteral("answered_at"), QStringLiteral("not an ISO 8601 time"));
        const QJsonValue answers = o.value(QLatin1String("answers"));
        if (!answers.isUndefined() && !answers.isObject())
            fail(QStringLiteral("answers"), QStringLiteral("must be an object"));
        const QJsonObject a = answers.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            const QString key = QStringLiteral("answers.") + it.key();
            if (!survey.question(it.key())) {
                fail(key, QStringLiteral("\"%1\" is not a question of survey version %2")
                              .arg(it.key())
                              .arg(survey.version));
                continue;
            }
            if (it.value().isNull())
                continue;
            const double d = it.value().toDouble(-1);
            const int rating = int(d);
            if (!it.value().isDouble() || double(rating) != d || rating < survey.scaleMin ||
                rating > survey.scaleMax)
                fail(key, ratingMessage(survey));
            else
                r.ratings.append({it.key(), rating});
        }
        const QJsonValue comment = o.value(survey.commentId);
        if (!comment.isUndefined() && !comment.isNull() && !comment.isString())
            fail(survey.commentId, QStringLiteral("must be text"));
        r.comment = comment.toString().trimmed();
        if (r.comment.size() > survey.commentMaxLength)
            fail(survey.commentId, QStringLiteral("the comment is longer than %1 characters")
                                       .arg(survey.commentMaxLength));
        const QJsonValue reply = o.value(survey.replyId);
        if (!reply.isUndefined() && !reply.isNull() && !reply.isBool())
            fail(survey.replyId, QStringLiteral("must be true or false"));
        r.wantsReply = reply.toBool(false);
        if (int(out.errors.size()) == errorsBefore) {
            if (r.ratings.isEmpty() && r.comment.isEmpty())
                fail(QString(), QStringLiteral("no rating and no comment"));
            else if (r.wantsReply && r.comment.isEmpty())
                fail(QString(),
                     QStringLiteral("a reply is asked for but there is no comment to reply to"));
        }
        if (int(out.errors.size()) == errorsBefore)
            out.returns.append(r);
    }
    return out;
}

} // namespace cd
