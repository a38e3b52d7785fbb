#include "storage/surveystore.h"

#include "core/clock.h"
#include "core/contact.h"
#include "core/londonday.h"
#include "storage/contactstore.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"
#include "storage/escalationstore.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cd {

namespace {

QString sha1(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// What an answer is broken down by, from its contact.
struct ContactFacts
{
    Contact contact; // id, team, handler and the details a reply form is filled in from
    QString channel;
    QString category;
    int weekday = 0; // 1 Monday .. 7 Sunday, London
    int hour = 0;    // 0-23, London
};

const char kCommentColumns[] =
    "s.id, s.contact_id, coalesce(c.reference, ''), s.handler, s.team, s.day, s.answered_at, "
    "s.channel, s.category, s.comment, s.wants_reply, s.reply_marked_by, s.reply_escalation_id";

SurveyComment readComment(const QSqlQuery &q)
{
    SurveyComment c;
    c.id = q.value(0).toString();
    c.contactId = q.value(1).toString();
    c.reference = q.value(2).toString();
    c.handler = q.value(3).toString();
    c.team = q.value(4).toString();
    c.day = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.answeredAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    c.channel = q.value(7).toString();
    c.category = q.value(8).toString();
    c.comment = q.value(9).toString();
    c.wantsReply = q.value(10).toInt() != 0;
    c.replyMarkedBy = q.value(11).toString();
    c.replyEscalationId = q.value(12).toString();
    return c;
}

} // namespace

QString SurveyStore::commentIdFor(const QString &contactId, const QDateTime &answeredAt)
{
    return sha1(contactId + QStringLiteral("\nreturn\n") + isoUtc(answeredAt.toUTC()));
}

Result<SurveyImportCounts> SurveyStore::importCsv(const QByteArray &csv, const QString &actor)
{
    return importReturns(parseSurveyCsv(csv, m_survey), QStringLiteral("csv"), actor);
}

Result<SurveyImportCounts> SurveyStore::importWebhook(const QByteArray &jsonLines,
                                                      const QString &actor)
{
    return importReturns(parseSurveyWebhook(jsonLines, m_survey), QStringLiteral("webhook"), actor);
}

Result<SurveyImportCounts> SurveyStore::importReturns(const SurveyParse &parsed,
                                                      const QString &source, const QString &actor)
{
    SurveyImportCounts counts;
    for (const SurveyInputError &e : parsed.errors)
        counts.rejected << e.text();

    // Every return's contact, before anything is written.
    QSqlQuery contact(m_db.sql());
    contact.prepare(QStringLiteral(
        "SELECT handler, team, channel, category, started_at, caller_name, caller_phone, "
        "caller_email, reference FROM contacts WHERE id = ? AND deleted = 0"));
    QList<ContactFacts> facts;
    for (const SurveyReturn &r : parsed.returns) {
        contact.addBindValue(r.contactId);
        if (!contact.exec())
            return Result<SurveyImportCounts>::failure(
                QueryError::describe(contact, "read the contact"));
        ContactFacts f;
        if (contact.next()) {
            f.contact.id = r.contactId;
            f.contact.handler = contact.value(0).toString();
            f.contact.team = contact.value(1).toString();
            f.channel = contact.value(2).toString();
            f.category = contact.value(3).toString();
            const QDateTime started = inLondon(
                QDateTime::fromString(contact.value(4).toString(), Qt::ISODateWithMs).toUTC());
            f.weekday = started.date().dayOfWeek();
            f.hour = started.time().hour();
            f.contact.callerName = contact.value(5).toString();
            f.contact.callerPhone = contact.value(6).toString();
            f.contact.callerEmail = contact.value(7).toString();
            f.contact.reference = contact.value(8).toString();
        } else {
            counts.rejected << SurveyInputError{r.line, QStringLiteral("contact_id"),
                                                QStringLiteral("no contact with that id")}
                                   .text();
        }
        contact.finish();
        facts.append(f);
    }
    if (!counts.rejected.isEmpty())
        return counts; // nothing stored
    if (parsed.returns.isEmpty())
        return counts;
    if (std::any_of(parsed.returns.begin(), parsed.returns.end(),
                    [](const SurveyReturn &r) { return r.wantsReply; }) &&
        actor.trimmed().isEmpty())
        return Result<SurveyImportCounts>::failure(
            QStringLiteral("Reply requests need an owner: set the profile's name first."));

    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    QSqlQuery answer(m_db.sql());
    answer.prepare(QStringLiteral(
        "INSERT INTO survey_responses (id, contact_id, handler, team, day, question, rating, "
        "answered_at, channel, category, weekday, hour, survey_version, updated_hlc, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    Outbox outbox(m_db);
    QSqlQuery comment(m_db.sql());
    comment.prepare(QStringLiteral(
        "INSERT INTO survey_comments (id, contact_id, handler, team, day, answered_at, channel, "
        "category, comment, wants_reply, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO NOTHING"));
    QSqlQuery linkReply(m_db.sql());
    linkReply.prepare(
        QStringLiteral("UPDATE survey_comments SET reply_escalation_id = ? WHERE id = ?"));
    EscalationStore escalations(m_db, m_rules);
    for (qsizetype i = 0; i < parsed.returns.size(); ++i) {
        const SurveyReturn &r = parsed.returns.at(i);
        const ContactFacts &f = facts.at(i);
        const QString at = isoUtc(r.answeredAt);
        const QString day = londonDay(r.answeredAt).toString(Qt::ISODate);
        for (const auto &[question, rating] : r.ratings) {
            const QString id =
                sha1(r.contactId + QLatin1Char('\n') + question + QLatin1Char('\n') + at);
            const Hlc hlc = m_db.tick();
            answer.addBindValue(id);
            answer.addBindValue(r.contactId);
            answer.addBindValue(sqlText(f.contact.handler));
            answer.addBindValue(sqlText(f.contact.team));
            answer.addBindValue(day);
            answer.addBindValue(question);
            answer.addBindValue(rating);
            answer.addBindValue(at);
            answer.addBindValue(sqlText(f.channel));
            answer.addBindValue(sqlText(f.category));
            answer.addBindValue(f.weekday);
            answer.addBindValue(f.hour);
            answer.addBindValue(m_survey.version);
            answer.addBindValue(hlc.toString());
            answer.addBindValue(m_db.workstationId());
            if (!answer.exec())
                return Result<SurveyImportCounts>::failure(
                    QueryError::describe(answer, "store the survey answer"));
            if (answer.numRowsAffected() == 0) {
                ++counts.alreadyPresent;
                continue;
            }
            ++counts.added;
            // To the shared database, for the team's other workstations (server schema 12).
            const QJsonObject row{{QStringLiteral("id"), id},
                                  {QStringLiteral("contact_id"), r.contactId},
                                  {QStringLiteral("handler"), f.contact.handler},
                                  {QStringLiteral("team"), f.contact.team},
                                  {QStringLiteral("day"), day},
                                  {QStringLiteral("question"), question},
                                  {QStringLiteral("rating"), rating},
                                  {QStringLiteral("answered_at"), at},
                                  {QStringLiteral("channel"), f.channel},
                                  {QStringLiteral("category"), f.category},
                                  {QStringLiteral("weekday"), f.weekday},
                                  {QStringLiteral("hour"), f.hour},
                                  {QStringLiteral("survey_version"), m_survey.version},
                                  {QStringLiteral("updated_hlc"), hlc.toString()},
                                  {QStringLiteral("origin"), m_db.workstationId()},
                                  {QStringLiteral("deleted"), 0}};
            if (Status s = outbox.enqueue(QStringLiteral("survey_responses"), id,
                                          QStringLiteral("insert"), hlc, row);
                !s)
                return s.error();
        }
        if (r.comment.isEmpty() && !r.wantsReply)
            continue;
        const QString id = commentIdFor(r.contactId, r.answeredAt);
        comment.addBindValue(id);
        comment.addBindValue(r.contactId);
        comment.addBindValue(sqlText(f.contact.handler));
        comment.addBindValue(sqlText(f.contact.team));
        comment.addBindValue(day);
        comment.addBindValue(at);
        comment.addBindValue(sqlText(f.channel));
        comment.addBindValue(sqlText(f.category));
        comment.addBindValue(sqlText(r.comment));
        comment.addBindValue(r.wantsReply ? 1 : 0);
        comment.addBindValue(source);
        if (!comment.exec())
            return Result<SurveyImportCounts>::failure(
                QueryError::describe(comment, "store the survey comment"));
        if (comment.numRowsAffected() == 0)
            continue; // imported before, with its reply request
        ++counts.comments;
        if (!r.wantsReply)
            continue;
        Result<Escalation> e =
            escalations.insertFeedbackReply(f.contact, r.comment, r.answeredAt, actor);
        if (!e)
            return e.error();
        linkReply.addBindValue(e->id);
        linkReply.addBindValue(id);
        if (!linkReply.exec())
            return Result<SurveyImportCounts>::failure(
                QueryError::describe(linkReply, "link the reply to the comment"));
        ++counts.replyRequests;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

QList<SurveyAnswerRow> SurveyStore::answersFor(const QString &contactId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT answered_at, question, rating, day FROM survey_responses "
                             "WHERE contact_id = ? ORDER BY answered_at, day, question"));
    q.addBindValue(contactId);
    QList<SurveyAnswerRow> out;
    if (q.exec())
        while (q.next()) {
            SurveyAnswerRow a;
            a.answeredAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
            if (!a.answeredAt.isValid()) // imported before schema 24: the day only
                a.answeredAt =
                    londonDayStartUtc(QDate::fromString(q.value(3).toString(), Qt::ISODate));
            a.question = q.value(1).toString();
            a.rating = q.value(2).toInt();
            out << a;
        }
    return out;
}

QList<SurveyComment> SurveyStore::commentsFor(const QString &contactId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM survey_comments s LEFT JOIN contacts c ON c.id = "
                             "s.contact_id WHERE s.contact_id = ? ORDER BY s.answered_at")
                  .arg(QLatin1String(kCommentColumns)));
    q.addBindValue(contactId);
    QList<SurveyComment> out;
    if (q.exec())
        while (q.next())
            out << readComment(q);
    return out;
}

QList<SurveyComment> SurveyStore::comments(const DashboardScope &scope, const DayRange &range,
                                           int limit) const
{
    return readSurveyComments(m_db, scope, range, limit);
}

QList<SurveyComment> readSurveyComments(Database &db, const DashboardScope &scope,
                                        const DayRange &range, int limit)
{
    const QString column = scope.kind == DashboardScope::Kind::Handler ? QStringLiteral("handler")
                                                                       : QStringLiteral("team");
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM survey_comments s LEFT JOIN contacts c ON c.id = "
                             "s.contact_id WHERE s.%2 = ? AND s.day BETWEEN ? AND ? "
                             "ORDER BY s.answered_at DESC LIMIT ?")
                  .arg(QLatin1String(kCommentColumns), column));
    q.addBindValue(scope.name);
    q.addBindValue(range.first.toString(Qt::ISODate));
    q.addBindValue(range.last.toString(Qt::ISODate));
    q.addBindValue(limit);
    QList<SurveyComment> out;
    if (q.exec())
        while (q.next())
            out << readComment(q);
    return out;
}

Result<SurveyComment> SurveyStore::comment(const QString &id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM survey_comments s LEFT JOIN contacts c ON c.id = "
                             "s.contact_id WHERE s.id = ?")
                  .arg(QLatin1String(kCommentColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<SurveyComment>::failure(QueryError::describe(q, "read the comment"));
    if (!q.next())
        return Result<SurveyComment>::failure(QStringLiteral("No survey comment %1").arg(id),
                                              QStringLiteral("not_found"));
    return readComment(q);
}

Result<Escalation> SurveyStore::markReplyWanted(const QString &commentId, const QString &actor)
{
    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    Result<SurveyComment> c = comment(commentId);
    if (!c)
        return c.error();
    if (!c->replyEscalationId.isEmpty()) {
        Escalation existing;
        existing.id = c->replyEscalationId;
        return existing;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT caller_name, caller_phone, caller_email, reference, team, "
                             "handler FROM contacts WHERE id = ?"));
    q.addBindValue(c->contactId);
    if (!q.exec() || !q.next())
        return Result<Escalation>::failure(
            QStringLiteral("The contact of this comment is not in the cache."));
    Contact contact;
    contact.id = c->contactId;
    contact.callerName = q.value(0).toString();
    contact.callerPhone = q.value(1).toString();
    contact.callerEmail = q.value(2).toString();
    contact.reference = q.value(3).toString();
    contact.team = q.value(4).toString();
    contact.handler = q.value(5).toString();
    q.finish();
    // Marked now: the clock starts today.
    Result<Escalation> e =
        EscalationStore(m_db, m_rules)
            .insertFeedbackReply(contact, c->comment, Clock::instance().now(), actor);
    if (!e)
        return e;
    QSqlQuery link(m_db.sql());
    link.prepare(QStringLiteral("UPDATE survey_comments SET wants_reply = 1, reply_marked_by = ?, "
                                "reply_escalation_id = ? WHERE id = ?"));
    link.addBindValue(sqlText(actor));
    link.addBindValue(e->id);
    link.addBindValue(commentId);
    if (!link.exec())
        return Result<Escalation>::failure(QueryError::describe(link, "mark the comment"));
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

} // namespace cd
