#include "storage/qastore.h"

#include "core/clock.h"
#include "core/csv.h"
#include "core/londonday.h"
#include "storage/auditstore.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::QaStore.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::QaStore)
};

QStringList splitCodes(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty() && !out.contains(t))
            out << t;
    return out;
}

QString monthOf(const QDateTime &startedAt)
{
    return londonDay(startedAt).toString(QStringLiteral("yyyy-MM"));
}

QaReview reviewFrom(const QSqlQuery &q)
{
    // Columns: id, contact_id, team, handler, reviewer, month, rubric_id, rubric_version, scores,
    // feedback, reviewed_at, updated_hlc, origin.
    QaReview r;
    r.id = q.value(0).toString();
    r.contactId = q.value(1).toString();
    r.team = q.value(2).toString();
    r.handler = q.value(3).toString();
    r.reviewer = q.value(4).toString();
    r.month = q.value(5).toString();
    r.rubricId = q.value(6).toString();
    r.rubricVersion = q.value(7).toInt();
    r.scores = QaReview::scoresFromJson(q.value(8).toString());
    r.feedback = q.value(9).toString();
    r.reviewedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    r.updatedHlc = q.value(11).toString();
    r.origin = q.value(12).toString();
    return r;
}

// A handler's name to bind, or "" for everyone (a null QString would bind NULL).
QString anyone(const QString &handler)
{
    return handler.isEmpty() ? QStringLiteral("") : handler;
}

const char kReviewColumns[] = "id, contact_id, team, handler, reviewer, month, rubric_id, "
                              "rubric_version, scores, feedback, reviewed_at, updated_hlc, origin";

} // namespace

int QaReview::points() const
{
    int total = 0;
    for (const QaCriterionPoints &s : scores)
        total += s.points;
    return total;
}

int QaReview::outOf() const
{
    int total = 0;
    for (const QaCriterionPoints &s : scores)
        total += s.weight;
    return total;
}

QJsonArray QaReview::scoresJson(const QList<QaCriterionPoints> &scores)
{
    QJsonArray out;
    for (const QaCriterionPoints &s : scores)
        out.append(QJsonObject{{QStringLiteral("id"), s.id},
                               {QStringLiteral("points"), s.points},
                               {QStringLiteral("weight"), s.weight}});
    return out;
}

QList<QaCriterionPoints> QaReview::scoresFromJson(const QString &json)
{
    QList<QaCriterionPoints> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1String("id")).toString(),
                    o.value(QLatin1String("points")).toInt(),
                    o.value(QLatin1String("weight")).toInt()});
    }
    return out;
}

QJsonObject QaReview::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("contact_id"), contactId},
        {QStringLiteral("team"), team},
        {QStringLiteral("handler"), handler},
        {QStringLiteral("reviewer"), reviewer},
        {QStringLiteral("month"), month},
        {QStringLiteral("rubric_id"), rubricId},
        {QStringLiteral("rubric_version"), rubricVersion},
        {QStringLiteral("scores"),
         QString::fromUtf8(QJsonDocument(scoresJson(scores)).toJson(QJsonDocument::Compact))},
        {QStringLiteral("points"), points()},
        {QStringLiteral("out_of"), outOf()},
        {QStringLiteral("feedback"), feedback},
        {QStringLiteral("reviewed_at"), isoUtc(reviewedAt)},
        {QStringLiteral("updated_hlc"), updatedHlc},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("deleted"), 0},
    };
}

QaSampleRules QaStore::rules(const QString &reviewer) const
{
    SettingsStore settings(m_db);
    QaSampleRules r;
    if (Result<int> bp = QaSampleRules::parseShare(
            settings.value(SettingsStore::Key::QaSharePercent).toString());
        bp.ok())
        r.shareBasisPoints = bp.value();
    r.minimumPerHandler = std::max(0, settings.intValue(SettingsStore::Key::QaMinimumPerHandler));
    r.sensitiveCategories =
        splitCodes(settings.value(SettingsStore::Key::QaSensitiveCategories).toString());
    r.sensitiveRiskKinds =
        splitCodes(settings.value(SettingsStore::Key::QaSensitiveRiskKinds).toString());
    const QStringList allowed =
        splitCodes(settings.value(SettingsStore::Key::QaSensitiveReviewers).toString());
    r.reviewerSeesSensitive = std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString &n) {
        return n.compare(reviewer.trimmed(), Qt::CaseInsensitive) == 0;
    });
    return r;
}

Result<QList<QaCandidate>> QaStore::candidates(const QString &team, const DayRange &month) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, handler, category, channel, risk_prompts, vulnerability_kinds FROM contacts "
        "WHERE team = ? AND started_at >= ? AND started_at < ? AND deleted = 0"));
    q.addBindValue(team);
    q.addBindValue(isoUtc(month.startUtc()));
    q.addBindValue(isoUtc(month.endUtc()));
    if (!q.exec())
        return Result<QList<QaCandidate>>::failure(
            QueryError::describe(q, "read the month's contacts"));
    QList<QaCandidate> out;
    while (q.next()) {
        QaCandidate c;
        c.contactId = q.value(0).toString();
        c.handler = q.value(1).toString();
        c.category = q.value(2).toString();
        c.channel = q.value(3).toString();
        for (const QJsonValue &p : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
            if (const QString kind = p.toObject().value(QLatin1String("kind")).toString();
                !kind.isEmpty() && !c.riskKinds.contains(kind))
                c.riskKinds << kind;
        for (const QString &kind : splitCodes(q.value(5).toString()))
            if (!c.riskKinds.contains(kind))
                c.riskKinds << kind;
        out << c;
    }
    return out;
}

Result<QaSample> QaStore::drawSample(const QString &team, const DayRange &month,
                                     const QaSampleRules &rules, const QString &actor)
{
    if (!month.isValid())
        return Result<QaSample>::failure(Tr::tr("Give the month to sample (YYYY-MM)"));
    Result<QList<QaCandidate>> all = candidates(team, month);
    if (!all)
        return all.error();
    const QaSample sample = drawQaSample(all.value(), rules);
    const QString monthText = month.first.toString(QStringLiteral("yyyy-MM"));

    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral("DELETE FROM qa_samples WHERE team = ? AND month = ?"));
    del.addBindValue(team);
    del.addBindValue(monthText);
    if (!del.exec())
        return Result<QaSample>::failure(QueryError::describe(del, "replace the sample"));
    QSqlQuery ins(m_db.sql());
    ins.prepare(QStringLiteral(
        "INSERT INTO qa_samples (team, month, contact_id, handler, category, channel, position, "
        "seed, share_bp, drawn_by, drawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = isoUtc(Clock::instance().now());
    for (qsizetype i = 0; i < sample.picked.size(); ++i) {
        const QaCandidate &c = sample.picked.at(i);
        for (const QVariant &v : {QVariant(team), QVariant(monthText), QVariant(c.contactId),
                                  QVariant(c.handler), QVariant(c.category), QVariant(c.channel),
                                  QVariant(qint64(i)), QVariant(qint64(rules.seed)),
                                  QVariant(rules.shareBasisPoints), QVariant(actor), QVariant(now)})
            ins.addBindValue(v);
        if (!ins.exec())
            return Result<QaSample>::failure(QueryError::describe(ins, "keep the sample"));
    }
    // Which contacts were drawn is in qa_samples; the audit says who drew what, with no one's
    // personal data.
    if (Status s = AuditStore(m_db).record(
            actor, QStringLiteral("create"), QStringLiteral("qa_sample"),
            QStringLiteral("%1/%2").arg(team, monthText),
            QStringLiteral("seed=%1 share=%2 drawn=%3 sensitive=%4")
                .arg(rules.seed)
                .arg(QaSampleRules::shareText(rules.shareBasisPoints))
                .arg(sample.picked.size())
                .arg(rules.reviewerSeesSensitive ? QStringLiteral("included")
                                                 : QStringLiteral("withheld")));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return sample;
}

QList<QaSampledContact> QaStore::sample(const QString &team, const QString &month) const
{
    QList<QaSampledContact> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT s.contact_id, s.handler, s.category, s.channel, c.started_at FROM qa_samples s "
        "LEFT JOIN contacts c ON c.id = s.contact_id WHERE s.team = ? AND s.month = ? "
        "ORDER BY s.handler, s.position"));
    q.addBindValue(team);
    q.addBindValue(month);
    if (!q.exec())
        return out;
    while (q.next()) {
        QaSampledContact s;
        s.contactId = q.value(0).toString();
        s.handler = q.value(1).toString();
        s.category = q.value(2).toString();
        s.channel = q.value(3).toString();
        s.startedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        out << s;
    }
    for (QaSampledContact &s : out)
        s.review = reviewOf(s.contactId);
    return out;
}

Result<QaReview> QaStore::saveReview(QaReview r, const Rubric &rubric, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Result<QaReview>::failure(Tr::tr("A review needs a reviewer"));
    QList<QaCriterionPoints> scores;
    for (const RubricCriterion &c : rubric.criteria()) {
        const auto it = std::find_if(r.scores.cbegin(), r.scores.cend(),
                                     [&](const QaCriterionPoints &s) { return s.id == c.id; });
        if (it == r.scores.cend())
            return Result<QaReview>::failure(Tr::tr("Score \"%1\"").arg(c.title));
        if (it->points < 0 || it->points > c.weight)
            return Result<QaReview>::failure(
                Tr::tr("\"%1\" scores from 0 to %2").arg(c.title).arg(c.weight));
        scores.append({c.id, it->points, c.weight});
    }
    if (scores.size() != r.scores.size())
        return Result<QaReview>::failure(Tr::tr("A score names a criterion the rubric has not"));
    r.scores = scores;
    r.feedback = r.feedback.trimmed();
    if (r.feedback.size() > 4000)
        return Result<QaReview>::failure(Tr::tr("Feedback is limited to 4000 characters"));

    Transaction tx(m_db.sql());
    if (!tx.started())
        return tx.started().error();
    // Only what the review is filed under: reading the contact itself is the panel's audited view.
    QSqlQuery c(m_db.sql());
    c.prepare(QStringLiteral("SELECT team, handler, started_at FROM contacts WHERE id = ?"));
    c.addBindValue(r.contactId);
    if (!c.exec())
        return Result<QaReview>::failure(QueryError::describe(c, "read the contact reviewed"));
    if (!c.next())
        return Result<QaReview>::failure(Tr::tr("The contact reviewed is not in this cache"));
    const QString team = c.value(0).toString();
    const QString handler = c.value(1).toString();
    const QDateTime startedAt = QDateTime::fromString(c.value(2).toString(), Qt::ISODateWithMs);
    const std::optional<QaReview> before = reviewOf(r.contactId);
    const Hlc hlc = m_db.tick();
    r.id = before ? before->id : QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.team = team;
    r.handler = handler;
    r.month = monthOf(startedAt);
    r.reviewer = actor;
    r.rubricId = rubric.id();
    r.rubricVersion = rubric.version();
    r.reviewedAt = Clock::instance().now();
    r.updatedHlc = hlc.toString();
    r.origin = m_db.workstationId();
    const QJsonObject row = r.toJson();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO qa_reviews (id, contact_id, team, handler, reviewer, month, rubric_id, "
        "rubric_version, scores, points, out_of, feedback, reviewed_at, updated_hlc, origin) "
        "VALUES (:id, :contact_id, :team, :handler, :reviewer, :month, :rubric_id, "
        ":rubric_version, :scores, :points, :out_of, :feedback, :reviewed_at, :updated_hlc, "
        ":origin) ON CONFLICT (id) DO UPDATE SET reviewer = excluded.reviewer, "
        "rubric_id = excluded.rubric_id, rubric_version = excluded.rubric_version, "
        "scores = excluded.scores, points = excluded.points, out_of = excluded.out_of, "
        "feedback = excluded.feedback, reviewed_at = excluded.reviewed_at, "
        "updated_hlc = excluded.updated_hlc, origin = excluded.origin, deleted = 0"));
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (it.key() == QLatin1String("deleted"))
            continue;
        q.bindValue(QLatin1Char(':') + it.key(), it.value().isDouble()
                                                     ? QVariant(it.value().toInt())
                                                     : sqlText(it.value().toString()));
    }
    if (!q.exec())
        return Result<QaReview>::failure(QueryError::describe(q, "save the review"));
    if (Status s = Outbox(m_db).enqueue(
            QStringLiteral("qa_reviews"), r.id,
            before ? QStringLiteral("update") : QStringLiteral("insert"), hlc, row);
        !s)
        return s.error();
    // No feedback text in the audit detail: the review is the record, the audit says who.
    if (Status s = AuditStore(m_db).record(
            actor, before ? QStringLiteral("update") : QStringLiteral("create"),
            QStringLiteral("qa_review"), r.contactId,
            QStringLiteral("points=%1/%2").arg(r.points()).arg(r.outOf()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return r;
}

std::optional<QaReview> QaStore::reviewOf(const QString &contactId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM qa_reviews WHERE contact_id = ? AND deleted = 0 "
                             "ORDER BY updated_hlc DESC LIMIT 1")
                  .arg(QLatin1String(kReviewColumns)));
    q.addBindValue(contactId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return reviewFrom(q);
}

QList<QaReview> QaStore::reviews(const QString &team, const QString &handler,
                                 const DayRange &range) const
{
    QList<QaReview> out;
    const QStringList months = monthsIn(range);
    if (months.isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM qa_reviews WHERE team = ? AND (? = '' OR handler = ?) "
                             "AND month >= ? AND month <= ? AND deleted = 0 "
                             "ORDER BY reviewed_at DESC, id")
                  .arg(QLatin1String(kReviewColumns)));
    q.addBindValue(team);
    q.addBindValue(anyone(handler));
    q.addBindValue(anyone(handler));
    q.addBindValue(months.constFirst());
    q.addBindValue(months.constLast());
    if (!q.exec())
        return out;
    while (q.next())
        out << reviewFrom(q);
    return out;
}

QaFigures QaStore::figures(const QString &team, const QString &handler, const DayRange &range,
                           const Rubric *rubric) const
{
    QaFigures f;
    const QStringList months = monthsIn(range);
    if (months.isEmpty())
        return f;
    QSqlQuery t(m_db.sql());
    t.prepare(QStringLiteral(
        "SELECT count(*), avg(points), max(out_of) FROM qa_reviews WHERE team = ? "
        "AND (? = '' OR handler = ?) AND month >= ? AND month <= ? AND deleted = 0"));
    for (const QVariant &v : {QVariant(team), QVariant(anyone(handler)), QVariant(anyone(handler)),
                              QVariant(months.constFirst()), QVariant(months.constLast())})
        t.addBindValue(v);
    if (t.exec() && t.next()) {
        f.reviews = t.value(0).toInt();
        f.averagePoints = t.value(1).toDouble();
        f.outOf = t.value(2).toInt();
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT r.month, s.criterion, count(*), avg(s.points), max(s.weight) FROM qa_reviews r "
        "JOIN qa_scores s ON s.review_id = r.id WHERE r.team = ? AND (? = '' OR r.handler = ?) "
        "AND r.month >= ? AND r.month <= ? AND r.deleted = 0 GROUP BY 1, 2 ORDER BY 1, 2"));
    for (const QVariant &v : {QVariant(team), QVariant(anyone(handler)), QVariant(anyone(handler)),
                              QVariant(months.constFirst()), QVariant(months.constLast())})
        q.addBindValue(v);
    if (!q.exec())
        return f;
    while (q.next())
        f.criteria.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                           q.value(3).toDouble(), q.value(4).toInt()});
    QSqlQuery o(m_db.sql());
    o.prepare(QStringLiteral(
        "SELECT s.criterion, count(*), avg(s.points), max(s.weight) FROM qa_reviews r "
        "JOIN qa_scores s ON s.review_id = r.id WHERE r.team = ? AND (? = '' OR r.handler = ?) "
        "AND r.month >= ? AND r.month <= ? AND r.deleted = 0 GROUP BY 1 ORDER BY 1"));
    for (const QVariant &v : {QVariant(team), QVariant(anyone(handler)), QVariant(anyone(handler)),
                              QVariant(months.constFirst()), QVariant(months.constLast())})
        o.addBindValue(v);
    if (o.exec())
        while (o.next())
            f.overall.append({QString(), o.value(0).toString(), o.value(1).toInt(),
                              o.value(2).toDouble(), o.value(3).toInt()});
    if (rubric) {
        QHash<QString, int> order;
        for (qsizetype i = 0; i < rubric->criteria().size(); ++i)
            order.insert(rubric->criteria().at(i).id, int(i));
        const auto byRubric = [&](const QaCriterionFigure &a, const QaCriterionFigure &b) {
            if (a.month != b.month)
                return a.month < b.month;
            return order.value(a.criterion, 1000) < order.value(b.criterion, 1000);
        };
        std::stable_sort(f.criteria.begin(), f.criteria.end(), byRubric);
        std::stable_sort(f.overall.begin(), f.overall.end(), byRubric);
    }
    return f;
}

Status QaStore::keepPracticeResult(const PracticeResult &result)
{
    QList<QaCriterionPoints> scores;
    QStringList missed;
    for (const CriterionScore &c : result.score.criteria) {
        scores.append({c.id, c.points, c.weight});
        for (const QString &m : c.missed)
            missed << c.id + QStringLiteral(": ") + m;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO practice_results (id, scenario, scenario_version, trainee, contact_id, "
        "rubric_id, rubric_version, points, out_of, scores, missed, scored_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "points = excluded.points, out_of = excluded.out_of, scores = excluded.scores, "
        "missed = excluded.missed, scored_at = excluded.scored_at"));
    for (const QVariant &v :
         {QVariant(result.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                       : result.id),
          QVariant(result.scenario), QVariant(result.scenarioVersion), QVariant(result.trainee),
          QVariant(result.contactId), QVariant(result.score.rubricId),
          QVariant(result.score.rubricVersion), QVariant(result.score.points()),
          QVariant(result.score.outOf()),
          QVariant(QString::fromUtf8(
              QJsonDocument(QaReview::scoresJson(scores)).toJson(QJsonDocument::Compact))),
          QVariant(missed.join(QLatin1Char('\n'))),
          QVariant(isoUtc(result.scoredAt.isValid() ? result.scoredAt : Clock::instance().now()))})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(QueryError::describe(q, "keep the practice score"));
    return success();
}

QList<PracticeResult> QaStore::practiceResults() const
{
    QList<PracticeResult> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, scenario, scenario_version, trainee, contact_id, "
                               "rubric_id, rubric_version, scores, missed, scored_at "
                               "FROM practice_results ORDER BY scored_at, id")))
        return out;
    while (q.next()) {
        PracticeResult r;
        r.id = q.value(0).toString();
        r.scenario = q.value(1).toString();
        r.scenarioVersion = q.value(2).toInt();
        r.trainee = q.value(3).toString();
        r.contactId = q.value(4).toString();
        r.score.rubricId = q.value(5).toString();
        r.score.rubricVersion = q.value(6).toInt();
        for (const QaCriterionPoints &p : QaReview::scoresFromJson(q.value(7).toString())) {
            CriterionScore c;
            c.id = p.id;
            c.points = p.points;
            c.weight = p.weight;
            r.score.criteria << c;
        }
        const QStringList missed =
            q.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!r.score.criteria.isEmpty())
            r.score.criteria.first().missed = missed; // kept whole, in the first row's column
        r.scoredAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        out << r;
    }
    return out;
}

QByteArray QaStore::practiceResultsCsv() const
{
    QString out = csv::formatRecord(
        {QStringLiteral("scored_at"), QStringLiteral("trainee"), QStringLiteral("scenario"),
         QStringLiteral("scenario_version"), QStringLiteral("rubric"), QStringLiteral("total"),
         QStringLiteral("out_of"), QStringLiteral("criterion"), QStringLiteral("points"),
         QStringLiteral("weight"), QStringLiteral("missed")});
    if (SettingsStore(m_db).value(SettingsStore::Key::TrainingData).toBool())
        out += csv::formatRecord({QStringLiteral("training_data")});
    for (const PracticeResult &r : practiceResults()) {
        const QStringList missed =
            r.score.criteria.isEmpty() ? QStringList() : r.score.criteria.first().missed;
        for (const CriterionScore &c : r.score.criteria) {
            QStringList own;
            for (const QString &m : missed)
                if (m.startsWith(c.id + QLatin1Char(':')))
                    own << m.mid(c.id.size() + 2);
            out += csv::formatSafeRecord(
                {isoUtc(r.scoredAt), r.trainee, r.scenario, QString::number(r.scenarioVersion),
                 QStringLiteral("%1 v%2").arg(r.score.rubricId).arg(r.score.rubricVersion),
                 QString::number(r.score.points()), QString::number(r.score.outOf()), c.id,
                 QString::number(c.points), QString::number(c.weight),
                 own.join(QStringLiteral("; "))});
        }
    }
    return out.toUtf8();
}

} // namespace cd
