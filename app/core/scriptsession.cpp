#include "core/scriptsession.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cd {

namespace {

// lupdate reads this file's messages into the context cd::ScriptSession.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ScriptSession)
};

const ScriptStep &emptyStep()
{
    static const ScriptStep step;
    return step;
}

} // namespace

ScriptSession::ScriptSession(Script script)
    : m_script(std::move(script))
    , m_startedAt(Clock::instance().now())
{
    m_script.reindex();
    m_path.append({m_script.start, 0, {}});
}

const ScriptStep &ScriptSession::current() const
{
    const ScriptStep *s = m_script.step(m_path.constLast().step);
    return s ? *s : emptyStep();
}

bool ScriptSession::answer(int n)
{
    const ScriptStep &step = current();
    if (n < 1 || n > step.choiceCount())
        return false;
    QString next;
    QString text;
    if (step.kind == ScriptStep::Kind::Question) {
        next = step.answers.at(n - 1).next;
        text = step.answers.at(n - 1).text;
    } else {
        next = step.next;
        text = Tr::tr("Continue");
    }
    if (!m_script.step(next))
        return false;
    m_path.last().answer = n;
    m_path.last().answerText = text;
    m_path.append({next, 0, {}});
    return true;
}

bool ScriptSession::back()
{
    if (!canGoBack())
        return false;
    m_path.removeLast();
    m_path.last().answer = 0;
    m_path.last().answerText.clear();
    return true;
}

QStringList ScriptSession::choices() const
{
    const ScriptStep &step = current();
    QStringList list;
    if (step.kind == ScriptStep::Kind::Question) {
        for (const ScriptAnswer &a : step.answers)
            list.append(a.text);
    } else if (!step.next.isEmpty()) {
        list.append(Tr::tr("Continue"));
    }
    return list;
}

QList<ScriptAction> ScriptSession::actionsTaken() const
{
    QList<ScriptAction> list;
    for (const Visit &v : m_path)
        if (const ScriptStep *s = m_script.step(v.step))
            list.append(s->actions);
    return list;
}

QString ScriptSession::attendanceTold() const
{
    QString told;
    for (const ScriptAction &a : actionsTaken())
        if (a.type == ScriptAction::Type::RecordAttendanceTold)
            told = a.value;
    return told;
}

QJsonObject ScriptSession::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("script"), m_script.id);
    o.insert(QLatin1String("version"), m_script.version);
    o.insert(QLatin1String("title"), m_script.title);
    o.insert(QLatin1String("started_at"), m_startedAt.toUTC().toString(Qt::ISODate));
    QJsonArray steps;
    for (const Visit &v : m_path) {
        QJsonObject so{{QLatin1String("step"), v.step}};
        // The text as it was shown, so the history reads the same after the script changes.
        if (const ScriptStep *s = m_script.step(v.step))
            so.insert(QLatin1String("text"), s->text);
        if (v.answer > 0) {
            so.insert(QLatin1String("answer"), v.answer);
            so.insert(QLatin1String("answer_text"), v.answerText);
        }
        steps.append(so);
    }
    o.insert(QLatin1String("steps"), steps);
    QJsonArray actions;
    for (const ScriptAction &a : actionsTaken())
        actions.append(a.summary());
    o.insert(QLatin1String("actions"), actions);
    const QString told = attendanceTold();
    if (!told.isEmpty())
        o.insert(QLatin1String("police_attendance_told"), told);
    o.insert(QLatin1String("finished"), atEnd());
    return o;
}

QString ScriptSession::toJsonString() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

Result<ScriptSession> ScriptSession::fromJson(const Script &script, const QJsonObject &saved)
{
    if (saved.value(QLatin1String("script")).toString() != script.id)
        return Result<ScriptSession>::failure(Tr::tr("the saved walk is of a different script"));
    ScriptSession session(script);
    const QString startedAt = saved.value(QLatin1String("started_at")).toString();
    if (!startedAt.isEmpty())
        session.m_startedAt = QDateTime::fromString(startedAt, Qt::ISODate);
    const QJsonArray steps = saved.value(QLatin1String("steps")).toArray();
    if (steps.isEmpty() ||
        steps.first().toObject().value(QLatin1String("step")).toString() != script.start)
        return Result<ScriptSession>::failure(
            Tr::tr("the saved walk does not begin at the script's start"));
    for (int i = 0; i + 1 < steps.size(); ++i) {
        const QJsonObject visit = steps.at(i).toObject();
        const QString expectedNext =
            steps.at(i + 1).toObject().value(QLatin1String("step")).toString();
        if (!session.answer(visit.value(QLatin1String("answer")).toInt()) ||
            session.current().id != expectedNext)
            return Result<ScriptSession>::failure(
                Tr::tr("the script has changed since this walk was saved (at step \"%1\")")
                    .arg(visit.value(QLatin1String("step")).toString()));
    }
    return session;
}

QJsonArray ScriptSession::walks(const QString &scriptPathJson)
{
    return QJsonDocument::fromJson(scriptPathJson.toUtf8()).array();
}

QString ScriptSession::describe(const QString &scriptPathJson)
{
    QStringList lines;
    for (const QJsonValue &value : walks(scriptPathJson)) {
        const QJsonObject walk = value.toObject();
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(Tr::tr("%1 (version %2)%3")
                         .arg(walk.value(QLatin1String("title"))
                                  .toString(walk.value(QLatin1String("script")).toString()))
                         .arg(walk.value(QLatin1String("version")).toInt())
                         .arg(walk.value(QLatin1String("finished")).toBool()
                                  ? QString()
                                  : Tr::tr(", not finished")));
        for (const QJsonValue &v : walk.value(QLatin1String("steps")).toArray()) {
            const QJsonObject step = v.toObject();
            const QString text = step.value(QLatin1String("text"))
                                     .toString(step.value(QLatin1String("step")).toString());
            const QString answer = step.value(QLatin1String("answer_text")).toString();
            lines.append(answer.isEmpty() ? QStringLiteral("• %1").arg(text)
                                          : QStringLiteral("• %1 → %2").arg(text, answer));
        }
        const QString told = walk.value(QLatin1String("police_attendance_told")).toString();
        if (told == QLatin1String("will_attend"))
            lines.append(Tr::tr("Caller told: police will attend"));
        else if (told == QLatin1String("will_not_attend"))
            lines.append(Tr::tr("Caller told: police will not attend"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ScriptSession::mergeInto(const QString &scriptPathJson, const QJsonObject &walk)
{
    QJsonArray list = walks(scriptPathJson);
    const QString id = walk.value(QLatin1String("script")).toString();
    bool replaced = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QLatin1String("script")).toString() == id) {
            list.replace(i, walk);
            replaced = true;
            break;
        }
    }
    if (!replaced)
        list.append(walk);
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace cd
