#include "gui/contactviewdialog.h"

#include "core/escalationform.h"
#include "core/riskdetector.h"
#include "core/script.h"
#include "core/scriptlibrary.h"
#include "core/scriptsession.h"
#include "core/survey.h"
#include "core/thrive.h"
#include "gui/columnfit.h"
#include "gui/escalationdetaildialog.h"
#include "gui/escalationlistmodel.h"
#include "gui/messagebox.h"
#include "gui/screenfit.h"
#include "storage/escalationstore.h"
#include "storage/messagestore.h"
#include "storage/surveystore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <optional>

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

// --- First contact: THRIVE, vulnerability, risk grade, "what happens next" ---
const ThriveDefinition *thriveDefinition()
{
    static const std::optional<ThriveDefinition> d = []() -> std::optional<ThriveDefinition> {
        if (Result<ThriveDefinition> r = ThriveDefinition::loadShipped(); r.ok())
            return r.value();
        return std::nullopt;
    }();
    return d ? &*d : nullptr;
}

template <typename Row> QString describeFirstContact(const Contact &c, Row &&row)
{
    const ThriveDefinition *d = thriveDefinition();
    auto label = [&](const QList<ThriveChoice> &(ThriveDefinition::*list)() const,
                     const QString &code) {
        return d ? d->label((d->*list)(), code) : code;
    };
    QString html;
    const ThriveAnswers thrive = ThriveAnswers::fromJson(c.thrive);
    QStringList notes;
    if (d)
        for (const ThriveElement &e : d->elements())
            if (const QString note = thrive.notes.value(e.id).toString(); !note.isEmpty())
                notes.append(e.label + QStringLiteral(": ") + note);
    for (const QDateTime &t : thrive.reassessedAt)
        notes.append(ContactViewDialog::tr("Assessed again at %1")
                         .arg(t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    if (!thrive.reassessmentOf.isEmpty())
        notes.append(ContactViewDialog::tr("An assessment again of the open contact %1")
                         .arg(thrive.reassessmentOf));
    if (notes.isEmpty() && c.thriveRequired)
        notes.append(ContactViewDialog::tr("Needed, not answered"));
    html += row(ContactViewDialog::tr("THRIVE"), notes.join(QLatin1Char('\n')));
    QString vulnerable;
    if (c.vulnerable == 1) {
        QStringList kinds;
        for (const QString &k : vulnerabilityKindList(c.vulnerabilityKinds))
            kinds.append(label(&ThriveDefinition::vulnerabilityKinds, k));
        vulnerable = ContactViewDialog::tr("Yes: %1").arg(kinds.join(QLatin1String(", ")));
    } else if (c.vulnerable == 0) {
        vulnerable = ContactViewDialog::tr("No");
    } else if (c.thriveRequired) {
        vulnerable = ContactViewDialog::tr("Not answered");
    }
    html += row(ContactViewDialog::tr("Vulnerable"), vulnerable);
    QString grade =
        c.riskGrade.isEmpty() ? QString() : label(&ThriveDefinition::grades, c.riskGrade);
    if (!c.gradeRequested.isEmpty())
        grade += QLatin1Char('\n') +
                 ContactViewDialog::tr("Lower grade %1 asked for by %2: waiting for a "
                                       "manager's sign-off")
                     .arg(label(&ThriveDefinition::grades, c.gradeRequested), c.gradeRequestedBy);
    if (c.gradeSignedOffAt.isValid())
        grade +=
            QLatin1Char('\n') +
            ContactViewDialog::tr("Lowered with the sign-off of %1 at %2")
                .arg(c.gradeSignedOffBy,
                     c.gradeSignedOffAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    html += row(ContactViewDialog::tr("Risk grade"), grade);
    const NextSteps next = NextSteps::fromJson(c.nextSteps);
    if (next.isRecorded()) {
        QStringList lines;
        if (next.policeAttend == 1) {
            lines.append(ContactViewDialog::tr("Police will attend"));
        } else {
            QString line =
                ContactViewDialog::tr("Police will not attend: %1")
                    .arg(label(&ThriveDefinition::noAttendanceReasons, next.noAttendanceReason));
            if (!next.why.isEmpty())
                line += QStringLiteral(" (") + next.why + QLatin1Char(')');
            lines.append(line);
        }
        if (!next.reference.isEmpty())
            lines.append(ContactViewDialog::tr("Reference given: %1").arg(next.reference));
        if (!next.timescale.isEmpty())
            lines.append(ContactViewDialog::tr("Timescale: %1").arg(next.timescale));
        QStringList advice;
        for (const QString &a : next.advice)
            advice.append(label(&ThriveDefinition::advice, a));
        if (!advice.isEmpty())
            lines.append(
                ContactViewDialog::tr("Advice given: %1").arg(advice.join(QLatin1String(", "))));
        lines.append(next.callBackTold
                         ? ContactViewDialog::tr("Told to call back if nothing happens")
                         : ContactViewDialog::tr("Not told to call back if nothing happens"));
        html += row(ContactViewDialog::tr("What happens next"), lines.join(QLatin1Char('\n')));
    } else {
        html +=
            row(ContactViewDialog::tr("What happens next"), ContactViewDialog::tr("Not recorded"));
    }
    return html;
}

} // namespace

QString ContactViewDialog::riskKindLabel(const QString &kind)
{
    return riskPromptNames().kinds.value(kind, kind);
}

QString ContactViewDialog::describeVictimCheck(const Contact &c)
{
    if (!c.victimCheckedAt.isValid() || c.victimCheckMatches < 0)
        return tr("Not made");
    const QString at = c.victimCheckedAt.toLocalTime().toString(QStringLiteral("HH:mm"));
    return c.victimCheckMatches == 0
               ? tr("Made at %1: no earlier contacts of the caller found").arg(at)
               : tr("Made at %1: %n earlier contact(s) of the caller found", nullptr,
                    c.victimCheckMatches)
                     .arg(at);
}

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
    // Caller matching (issue 22).
    html += row(tr("Address"), c.address);
    html += row(tr("Repeat-victim check"), describeVictimCheck(c));
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
    html += describeFirstContact(c, row);
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

QString ContactViewDialog::describeMessage(const OutcomeMessage &m)
{
    if (m.id.isEmpty())
        return {};
    const QString sentAt = m.sentAt.isValid()
                               ? m.sentAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                               : QString();
    QString status;
    if (m.status == QLatin1String("queued"))
        status = tr("Queued, not sent yet");
    else if (m.status == QLatin1String("sending"))
        status = tr("Being sent");
    else if (m.status == QLatin1String("sent"))
        status = tr("Sent %1, no delivery receipt yet").arg(sentAt);
    else if (m.status == QLatin1String("delivered"))
        status = tr("Delivered (sent %1)").arg(sentAt);
    else if (m.status == QLatin1String("failed"))
        status = tr("Failed: %1").arg(m.lastError);
    else if (m.status == QLatin1String("withheld"))
        status = tr("Withheld: %1").arg(m.withheldReason);
    else
        status = m.status;
    const QString channel = m.channel == QLatin1String("email") ? tr("email") : tr("text message");
    return QStringLiteral("<h3>%1</h3><table cellspacing='4'><tr><th align='left' "
                          "valign='top'>%2</th><td>%3</td></tr></table>")
        .arg(tr("Outcome message").toHtmlEscaped(), channel.toHtmlEscaped(),
             status.toHtmlEscaped());
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
    const Result<OutcomeMessage> message = MessageStore(*m_db).forContact(m_contact.id);
    m_browser->setHtml(describe(m_contact, m_taxonomy) +
                       (message ? describeMessage(message.value()) : QString()) +
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

    // The risk grade row: hidden until offerGradeChange().
    m_gradeRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_gradeRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_gradeCombo = new QComboBox(m_gradeRow);
    m_gradeCombo->setObjectName(QStringLiteral("viewGradeCombo"));
    m_gradeCombo->setAccessibleName(tr("Risk grade"));
    if (const ThriveDefinition *d = thriveDefinition())
        for (const ThriveChoice &g : d->grades())
            m_gradeCombo->addItem(tr("Risk: %1").arg(g.label), g.code);
    m_changeGrade = new QPushButton(tr("Change grade"), m_gradeRow);
    m_changeGrade->setObjectName(QStringLiteral("changeGradeButton"));
    m_changeGrade->setAutoDefault(false);
    m_signOff = new QPushButton(tr("Sign off lower grade"), m_gradeRow);
    m_signOff->setObjectName(QStringLiteral("signOffButton"));
    m_signOff->setAutoDefault(false);
    row->addWidget(m_gradeCombo);
    row->addWidget(m_changeGrade);
    row->addWidget(m_signOff);
    row->addStretch(1);
    m_gradeMessage = new QLabel(this);
    m_gradeMessage->setObjectName(QStringLiteral("gradeMessage"));
    m_gradeMessage->setWordWrap(true);
    m_gradeRow->setVisible(false);
    m_gradeMessage->setVisible(false);
    layout->addWidget(m_gradeRow);
    layout->addWidget(m_gradeMessage);
    connect(m_changeGrade, &QPushButton::clicked, this, [this] {
        if (!m_change)
            return;
        const QString before = m_contact.riskGrade;
        Result<Contact> r = m_change(m_gradeCombo->currentData().toString());
        m_gradeMessage->setVisible(true);
        if (!r) {
            m_gradeMessage->setText(r.errorMessage());
            return;
        }
        showContact(r.value());
        m_gradeMessage->setText(
            !r->gradeRequested.isEmpty() && r->riskGrade == before
                ? tr("A lower grade needs a manager's sign-off: the grade stays as it was until "
                     "then.")
                : tr("Grade changed."));
    });
    connect(m_signOff, &QPushButton::clicked, this, [this] {
        if (!m_signOffFn)
            return;
        Result<Contact> r = m_signOffFn();
        m_gradeMessage->setVisible(true);
        if (!r) {
            m_gradeMessage->setText(r.errorMessage());
            return;
        }
        showContact(r.value());
        m_gradeMessage->setText(tr("Signed off: the lower grade stands."));
    });

    // The escalations raised from the contact: hidden until showEscalations() finds some.
    m_escalationsTitle = new QLabel(tr("&Escalations raised from this contact"), this);
    m_escalationsTitle->setObjectName(QStringLiteral("contactEscalationsTitle"));
    m_escalationsTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_escalations = new QTableWidget(0, 4, this);
    m_escalations->setObjectName(QStringLiteral("contactEscalations"));
    m_escalations->setAccessibleName(tr("Escalations raised from this contact"));
    m_escalations->setHorizontalHeaderLabels(
        {tr("Type"), tr("Status"), tr("Due"), tr("Reference")});
    m_escalations->verticalHeader()->hide();
    m_escalations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_escalations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_escalations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_escalations->setTabKeyNavigation(false);
    m_escalations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_escalationsTitle->setBuddy(m_escalations);
    ColumnFit::install(m_escalations, {0, 3}); // the type and the reference may end in "…"
    m_escalationsTitle->setVisible(false);
    m_escalations->setVisible(false);
    layout->addWidget(m_escalationsTitle);
    layout->addWidget(m_escalations);
    connect(m_escalations, &QTableWidget::activated, this, &ContactViewDialog::openEscalation);
    // Enter opens the escalation and goes no further: the dialog would press its own button.
    m_escalations->installEventFilter(this);

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

bool ContactViewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_escalations && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openEscalation(m_escalations->currentIndex());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ContactViewDialog::openEscalation(const QModelIndex &index)
{
    static const Result<EscalationRules> rules = EscalationRules::loadShipped();
    const QString id = index.sibling(index.row(), 0).data(Qt::UserRole).toString();
    if (!m_escalationsDb || !rules || !index.isValid() || id.isEmpty())
        return;
    auto *detail =
        new EscalationDetailDialog(*m_escalationsDb, rules.value(), id, m_escalationsActor, this);
    detail->setAttribute(Qt::WA_DeleteOnClose);
    connect(detail, &EscalationDetailDialog::changed, this, &ContactViewDialog::loadEscalations);
    detail->open();
}

void ContactViewDialog::showEscalations(Database &db, const QString &actor)
{
    m_escalationsDb = &db;
    m_escalationsActor = actor;
    loadEscalations();
}

void ContactViewDialog::loadEscalations()
{
    static const Result<EscalationRules> rules = EscalationRules::loadShipped();
    if (!m_escalationsDb || !rules || m_contact.id.isEmpty())
        return;
    EscalationFilter filter;
    filter.contactId = m_contact.id;
    const QList<EscalationSummary> rows =
        EscalationStore(*m_escalationsDb, rules.value()).list(filter);
    m_escalations->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const EscalationSummary &e = rows.at(r);
        const QStringList cells{
            escalationTypeTitle(rules.value(), e.type), escalationStatusLabel(e.status),
            e.dueOn.isValid() ? e.dueOn.toString(QStringLiteral("ddd d MMM yyyy")) : tr("not set"),
            e.id};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            item->setData(Qt::UserRole, e.id);
            m_escalations->setItem(r, c, item);
        }
    }
    const bool any = !rows.isEmpty();
    m_escalationsTitle->setVisible(any);
    m_escalations->setVisible(any);
    if (any) {
        // Every row in sight without scrolling, up to five.
        const int shown = std::min<int>(int(rows.size()), 5);
        m_escalations->setFixedHeight(m_escalations->horizontalHeader()->sizeHint().height() +
                                      shown *
                                          m_escalations->verticalHeader()->defaultSectionSize() +
                                      2 * m_escalations->frameWidth());
        if (!m_escalations->currentIndex().isValid())
            m_escalations->setCurrentCell(0, 0);
    }
}

void ContactViewDialog::offerGradeChange(const HandlerProfile &who, GradeChangeFn change,
                                         SignOffFn signOff)
{
    m_change = std::move(change);
    m_signOffFn = std::move(signOff);
    const bool manager = who.role == Role::Manager;
    m_signOff->setEnabled(manager);
    m_signOff->setToolTip(manager ? QString()
                                  : tr("Only a manager can sign off a lower grade; you are "
                                       "signed in as %1.")
                                        .arg(roleLabel(who.role)));
    showContact(m_contact);
}

void ContactViewDialog::showContact(const Contact &contact)
{
    m_contact = contact;
    m_browser->setHtml(describe(contact, m_taxonomy));
    // Offered on contacts that have a grade or needed THRIVE.
    const bool graded = !contact.riskGrade.isEmpty() || contact.thriveRequired;
    m_gradeRow->setVisible(graded && (m_change || m_signOffFn));
    const int index = m_gradeCombo->findData(contact.riskGrade);
    if (index >= 0)
        m_gradeCombo->setCurrentIndex(index);
    m_signOff->setVisible(!contact.gradeRequested.isEmpty());
}

} // namespace cd
