#include "gui/contactviewdialog.h"

#include "core/escalationform.h"
#include "core/riskdetector.h"
#include "core/script.h"
#include "core/scriptlibrary.h"
#include "core/scriptsession.h"
#include "core/survey.h"
#include "gui/messagebox.h"
#include "gui/screenfit.h"
#include "storage/surveystore.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd {

using K = TaxonomyEntry::Kind;

namespace {

// The shipped names for what a risk prompt records: each kind of risk's label, and the title
// of each script and escalation form that can be offered. Read once.
struct RiskPromptNames
{
    QHash<QString, QString> kinds;
    QHash<QString, QString> offers;
};

const RiskPromptNames &riskPromptNames()
{
    static const RiskPromptNames names = [] {
        RiskPromptNames n;
        if (Result<RiskDetector> detector = RiskDetector::loadShipped(); detector.ok())
            for (const QString &kind : detector->kinds())
                if (const QString label = detector->offer(kind).label; !label.isEmpty())
                    n.kinds.insert(kind, label);
        ScriptLibrary scripts;
        scripts.addDirectory(ScriptLibrary::shippedDirectory());
        for (const Script *script : scripts.scripts())
            n.offers.insert(script->id, script->title);
        if (Result<FormRegistry> forms = FormRegistry::load(FormRegistry::shippedDir()); forms.ok())
            for (const FormDefinition &f : forms->forms())
                n.offers.insert(f.type, f.title);
        return n;
    }();
    return names;
}

} // namespace

QString ContactViewDialog::describe(const Contact &c, const Taxonomy &t)
{
    auto row = [](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return QString();
        return QStringLiteral("<tr><th align='left' valign='top'>%1</th><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(),
                 value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    };
    const QString when =
        c.startedAt.toLocalTime().toString(QStringLiteral("dddd d MMMM yyyy, HH:mm"));
    const qint64 secs = c.endedAt.isValid() ? c.startedAt.secsTo(c.endedAt) : -1;
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("Started"), when);
    if (secs >= 0)
        html += row(tr("Duration"), tr("%1 min %2 s").arg(secs / 60).arg(secs % 60));
    html += row(tr("Handler"),
                c.handler + (c.team.isEmpty() ? QString()
                                              : QStringLiteral(" (") + c.team + QLatin1Char(')')));
    html += row(tr("Channel"), t.label(K::Channel, c.channel));
    html += row(tr("Caller"), c.callerName);
    html += row(tr("Phone"), c.callerPhone);
    html += row(tr("Email"), c.callerEmail);
    html += row(tr("Postcode"), c.postcode);
    html += row(tr("Told the outcome"),
                c.consentToOutcome ? tr("Yes, the caller consented") : QString());
    html += row(tr("Category"), t.label(K::Category, c.category));
    html += row(tr("Reason"), c.reason.isEmpty() ? QString() : t.label(K::Reason, c.reason));
    html += row(tr("Reference"), c.reference);
    html += row(tr("VRM"), c.vrm);
    html += row(tr("Notes"), c.notes);
    html += row(tr("Outcome"), t.label(K::Outcome, c.outcome));
    html += row(tr("Remained dissatisfied"), c.remainedDissatisfied ? tr("Yes") : tr("No"));
    html += row(tr("Guidance followed"), ScriptSession::describe(c.scriptPath));
    // Scripts by their titles: the ones walked in this contact (an imported script too), then
    // the shipped ones.
    const RiskPromptNames &names = riskPromptNames();
    QHash<QString, QString> offers = names.offers;
    for (const QJsonValue &walk : ScriptSession::walks(c.scriptPath)) {
        const QJsonObject w = walk.toObject();
        const QString title = w.value(QLatin1String("title")).toString();
        if (!title.isEmpty())
            offers.insert(w.value(QLatin1String("script")).toString(), title);
    }
    html +=
        row(tr("Risk prompts"), RiskDetector::describePrompts(c.riskPrompts, names.kinds, offers));
    html += QStringLiteral("</table>");
    return html;
}

QString ContactViewDialog::describeSurvey(const QList<SurveyAnswerRow> &answers,
                                          const QList<SurveyComment> &comments,
                                          const SurveyDefinition &survey)
{
    if (answers.isEmpty() && comments.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='4'>")
                       .arg(tr("Survey feedback").toHtmlEscaped());
    for (const SurveyAnswerRow &a : answers) {
        const SurveyQuestion *q = survey.question(a.question);
        const QString text = q ? q->textIn(QStringLiteral("en")) : a.question;
        html += QStringLiteral("<tr><th align='left' valign='top'>%1</th><td>%2</td></tr>")
                    .arg(text.toHtmlEscaped(),
                         tr("%1 of %2%3")
                             .arg(a.rating)
                             .arg(survey.scaleMax)
                             .arg(survey.isSatisfied(a.rating)
                                      ? QString()
                                      : tr(" (below %1)").arg(survey.satisfiedAtOrAbove))
                             .toHtmlEscaped());
    }
    for (const SurveyComment &c : comments) {
        QString reply;
        if (!c.replyEscalationId.isEmpty())
            reply = c.replyMarkedBy.isEmpty()
                        ? tr("Asked for a reply: a reply task is open for the team")
                        : tr("Marked as needing a reply by %1: a reply task is open for the team")
                              .arg(c.replyMarkedBy);
        html +=
            QStringLiteral("<tr><th align='left' valign='top'>%1</th><td>%2%3</td></tr>")
                .arg(tr("Comment, %1")
                         .arg(c.answeredAt.toLocalTime().toString(
                             QStringLiteral("dd/MM/yyyy HH:mm")))
                         .toHtmlEscaped(),
                     c.comment.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")),
                     reply.isEmpty() ? QString()
                                     : QStringLiteral("<br><i>%1</i>").arg(reply.toHtmlEscaped()));
    }
    html += QStringLiteral("</table>");
    return html;
}

void ContactViewDialog::showSurvey(Database &db, const QString &actor)
{
    m_db = &db;
    m_actor = actor;
    loadSurvey();
}

void ContactViewDialog::loadSurvey()
{
    static const Result<SurveyDefinition> survey = SurveyDefinition::load();
    static const Result<EscalationRules> rules = EscalationRules::loadShipped();
    if (!m_db || !survey || !rules)
        return;
    SurveyStore store(*m_db, survey.value(), rules.value());
    const QList<SurveyComment> comments = store.commentsFor(m_contact.id);
    m_browser->setHtml(describe(m_contact, m_taxonomy) +
                       describeSurvey(store.answersFor(m_contact.id), comments, survey.value()));
    m_commentToMark.clear();
    for (const SurveyComment &c : comments)
        if (c.replyEscalationId.isEmpty() && !c.comment.isEmpty())
            m_commentToMark = c.id;
    m_replyButton->setVisible(!m_commentToMark.isEmpty());
}

ContactViewDialog::ContactViewDialog(const Contact &contact, const Taxonomy &taxonomy,
                                     QWidget *parent)
    : QDialog(parent)
    , m_contact(contact)
    , m_taxonomy(taxonomy)
{
    setWindowTitle(
        tr("Contact at %1")
            .arg(contact.startedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("contactDetails"));
    m_browser->setHtml(describe(contact, taxonomy));
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_replyButton = buttons->addButton(tr("Comment needs a &reply"), QDialogButtonBox::ActionRole);
    m_replyButton->setObjectName(QStringLiteral("markReply"));
    m_replyButton->setToolTip(tr("The caller's latest comment needs an answer: the team gets a "
                                 "reply task due in 10 working days."));
    m_replyButton->hide();
    connect(m_replyButton, &QPushButton::clicked, this, [this] {
        static const Result<SurveyDefinition> survey = SurveyDefinition::load();
        static const Result<EscalationRules> rules = EscalationRules::loadShipped();
        if (!m_db || m_commentToMark.isEmpty() || !survey || !rules)
            return;
        Result<Escalation> e = SurveyStore(*m_db, survey.value(), rules.value())
                                   .markReplyWanted(m_commentToMark, m_actor);
        if (!e) {
            MessageBox::warning(this, tr("Cannot mark the comment"), e.errorMessage());
            return;
        }
        loadSurvey();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(560, 520));
}

} // namespace cd
