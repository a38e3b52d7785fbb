#include "gui/qareviewdialog.h"

#include "core/metrics.h"
#include "gui/contactaccess.h"
#include "gui/contactviewdialog.h"
#include "gui/messagebox.h"
#include "gui/panelhost.h"
#include "gui/screenfit.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/qastore.h"
#include "storage/taxonomystore.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd {

namespace {

bool reviewsQuality(const HandlerProfile &profile)
{
    return profile.role == Role::Manager || profile.role == Role::Administrator;
}

const char kPlaceSlot[] = "qa_review"; // the month and contact the reviewer was on

} // namespace

QString QaReviewDialog::draftSlotFor(const QString &contactId)
{
    return QaStore::draftSlot() + QLatin1Char(':') + contactId;
}

QaReviewDialog::QaReviewDialog(Database &db, const HandlerProfile &reviewer, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_reviewer(reviewer)
{
    setObjectName(QStringLiteral("qaReviewDialog"));
    setWindowTitle(tr("Quality review"));
    if (Result<Rubric> rubric = Rubric::loadShipped(); rubric.ok())
        m_rubric = rubric.value();
    if (Result<Taxonomy> taxonomy = TaxonomyStore(db).load(); taxonomy.ok())
        m_taxonomy = taxonomy.value();

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QLineEdit(this);
    m_month->setObjectName(QStringLiteral("qaMonth"));
    m_month->setPlaceholderText(tr("YYYY-MM"));
    m_month->setMaximumWidth(120);
    m_month->setAccessibleName(tr("Month"));
    monthLabel->setBuddy(m_month);
    auto *draw = new QPushButton(tr("&Draw sample"), this);
    draw->setObjectName(QStringLiteral("qaDraw"));
    draw->setToolTip(tr("Draw the month's sample of each handler's contacts (the share and "
                        "minimum are the profile's qa settings)"));
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addWidget(draw);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("qaMessage"));
    m_message->setWordWrap(true);
    top->addWidget(m_message, 1);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *sampleLabel = new QLabel(tr("&Sampled contacts (Enter opens one):"), left);
    m_sample = new QTableWidget(0, 4, left);
    m_sample->setObjectName(QStringLiteral("qaSample"));
    m_sample->setAccessibleName(tr("Sampled contacts"));
    m_sample->setHorizontalHeaderLabels(
        {tr("Handler"), tr("Category"), tr("Channel"), tr("Score")});
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sample->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sample->verticalHeader()->hide();
    m_sample->horizontalHeader()->setStretchLastSection(true);
    m_sample->setTabKeyNavigation(false);
    sampleLabel->setBuddy(m_sample);
    leftLayout->addWidget(sampleLabel);
    leftLayout->addWidget(m_sample, 1);

    auto *middle = new QWidget(split);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto *contactLabel = new QLabel(tr("C&ontact (read-only):"), middle);
    m_contact = new QTextBrowser(middle);
    m_contact->setObjectName(QStringLiteral("qaContact"));
    m_contact->setAccessibleName(tr("Contact"));
    contactLabel->setBuddy(m_contact);
    middleLayout->addWidget(contactLabel);
    middleLayout->addWidget(m_contact, 1);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const RubricCriterion &c : m_rubric.criteria()) {
        auto *caption = new QLabel(c.title, right);
        caption->setWordWrap(true);
        caption->setToolTip(c.help);
        if (c.isManual()) {
            auto *tick = new QCheckBox(tr("%1 points").arg(c.weight), right);
            tick->setObjectName(QStringLiteral("qa_") + c.id);
            tick->setAccessibleName(c.title);
            tick->setToolTip(c.help);
            connect(tick, &QCheckBox::toggled, this, [this] {
                updateTotal();
                keepDraft();
            });
            m_ticks.insert(c.id, tick);
            form->addRow(caption, tick);
        } else {
            auto *spin = new QSpinBox(right);
            spin->setObjectName(QStringLiteral("qa_") + c.id);
            spin->setRange(0, c.weight);
            spin->setSuffix(tr(" of %1").arg(c.weight));
            spin->setAccessibleName(c.title);
            spin->setToolTip(c.help);
            connect(spin, &QSpinBox::valueChanged, this, [this] {
                updateTotal();
                keepDraft();
            });
            m_spins.insert(c.id, spin);
            form->addRow(caption, spin);
        }
    }
    rightLayout->addLayout(form);
    auto *feedbackLabel = new QLabel(tr("&Feedback for the handler:"), right);
    m_feedback = new QPlainTextEdit(right);
    m_feedback->setObjectName(QStringLiteral("qaFeedback"));
    m_feedback->setAccessibleName(tr("Feedback for the handler"));
    m_feedback->setTabChangesFocus(true);
    feedbackLabel->setBuddy(m_feedback);
    connect(m_feedback, &QPlainTextEdit::textChanged, this, &QaReviewDialog::keepDraft);
    rightLayout->addWidget(feedbackLabel);
    rightLayout->addWidget(m_feedback, 1);
    auto *saveRow = new QHBoxLayout;
    m_total = new QLabel(right);
    m_total->setObjectName(QStringLiteral("qaTotal"));
    m_save = new QPushButton(tr("Sa&ve review"), right);
    m_save->setObjectName(QStringLiteral("qaSave"));
    saveRow->addWidget(m_total, 1);
    saveRow->addWidget(m_save);
    rightLayout->addLayout(saveRow);
    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(draw, &QPushButton::clicked, this, &QaReviewDialog::drawSample);
    connect(m_month, &QLineEdit::returnPressed, this, &QaReviewDialog::showSample);
    connect(m_sample, &QTableWidget::cellActivated, this, [this](int row, int) { openRow(row); });
    connect(m_save, &QPushButton::clicked, this, &QaReviewDialog::saveReview);

    setEditable(false);
    updateTotal();
    // Back where the reviewer was: the month and the contact (with what was typed for it).
    const std::optional<Draft> place = DraftStore(m_db).load(QLatin1String(kPlaceSlot));
    const QDate today = londonToday();
    const QString lastMonth = today.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    m_month->setText(place ? place->payload.value(QLatin1String("month")).toString(lastMonth)
                           : lastMonth);
    showSample();
    if (place) {
        const QString id = place->payload.value(QLatin1String("contact")).toString();
        for (int row = 0; row < m_sample->rowCount(); ++row)
            if (m_sample->item(row, 0)->data(Qt::UserRole).toString() == id) {
                m_sample->setCurrentCell(row, 0);
                openRow(row);
            }
    }
    resizeToFitScreen(this, QSize(1200, 660));
}

bool QaReviewDialog::drawSample()
{
    const DayRange month = parseMonth(m_month->text().trimmed());
    if (!month.isValid()) {
        m_message->setText(tr("Give the month as YYYY-MM."));
        return false;
    }
    QaStore store(m_db);
    QaSampleRules rules = store.rules(m_reviewer.name);
    rules.seed = quint64(month.first.year() * 100 + month.first.month());
    Result<QaSample> drawn = store.drawSample(m_reviewer.team, month, rules, m_reviewer.name);
    if (!drawn) {
        m_message->setText(drawn.errorMessage());
        return false;
    }
    showSample();
    int withheld = 0;
    for (const QaHandlerDraw &h : drawn->handlers)
        withheld += h.sensitiveWithheld;
    m_message->setText(tr("%n contact(s) drawn: %1 of each handler's month, at least %2 each.", "",
                          int(drawn->picked.size()))
                           .arg(QaSampleRules::shareText(rules.shareBasisPoints))
                           .arg(rules.minimumPerHandler) +
                       (withheld > 0
                            ? QLatin1Char(' ') + tr("%n sensitive contact(s) left out: you are not "
                                                    "named to review them.",
                                                    "", withheld)
                            : QString()));
    return true;
}

void QaReviewDialog::showSample()
{
    const QString month = m_month->text().trimmed();
    const QList<QaSampledContact> rows = QaStore(m_db).sample(m_reviewer.team, month);
    m_sample->setRowCount(0);
    m_sample->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const QaSampledContact &s = rows.at(i);
        auto *handler = new QTableWidgetItem(s.handler);
        handler->setData(Qt::UserRole, s.contactId);
        m_sample->setItem(i, 0, handler);
        m_sample->setItem(
            i, 1,
            new QTableWidgetItem(m_taxonomy.label(TaxonomyEntry::Kind::Category, s.category)));
        m_sample->setItem(
            i, 2, new QTableWidgetItem(m_taxonomy.label(TaxonomyEntry::Kind::Channel, s.channel)));
        QString score = tr("not reviewed");
        if (s.review)
            score = tr("%1 of %2").arg(s.review->points()).arg(s.review->outOf());
        else if (DraftStore(m_db).load(draftSlotFor(s.contactId)))
            score = tr("draft");
        m_sample->setItem(i, 3, new QTableWidgetItem(score));
    }
    m_sample->resizeColumnsToContents();
    if (rows.isEmpty())
        m_message->setText(tr("No sample drawn for %1 yet: Draw sample draws it.").arg(month));
    else
        m_message->setText(
            tr("%n contact(s) in the sample for %1.", "", int(rows.size())).arg(month));
}

bool QaReviewDialog::openRow(int row)
{
    QTableWidgetItem *item = m_sample->item(row, 0);
    if (!item)
        return false;
    const QString id = item->data(Qt::UserRole).toString();
    // Read as any saved contact is: an audited view, with a reason if it is another team's.
    const std::optional<Contact> contact = openContactToRead(m_db, id, m_reviewer, this);
    if (!contact)
        return false;
    m_contactId = id;
    m_contact->setHtml(ContactViewDialog::describe(*contact, m_taxonomy));
    QHash<QString, int> points;
    QString feedback;
    if (const std::optional<Draft> draft = DraftStore(m_db).load(draftSlotFor(id))) {
        const QJsonObject scores = draft->payload.value(QLatin1String("scores")).toObject();
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
            points.insert(it.key(), it->toInt());
        feedback = draft->payload.value(QLatin1String("feedback")).toString();
    } else if (const std::optional<QaReview> review = QaStore(m_db).reviewOf(id)) {
        for (const QaCriterionPoints &p : review->scores)
            points.insert(p.id, p.points);
        feedback = review->feedback;
    }
    setScores(points, feedback);
    setEditable(true);
    Status kept = DraftStore(m_db).save(
        QLatin1String(kPlaceSlot),
        {{QStringLiteral("month"), m_month->text().trimmed()}, {QStringLiteral("contact"), id}});
    Q_UNUSED(kept) // where the reviewer was is a convenience; the scores' draft is what matters
    return true;
}

void QaReviewDialog::setScores(const QHash<QString, int> &points, const QString &feedback)
{
    m_loading = true;
    for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it)
        it.value()->setValue(points.value(it.key(), 0));
    for (auto it = m_ticks.cbegin(); it != m_ticks.cend(); ++it)
        it.value()->setChecked(points.value(it.key(), 0) > 0);
    m_feedback->setPlainText(feedback);
    m_loading = false;
    updateTotal();
}

void QaReviewDialog::setEditable(bool editable)
{
    for (QSpinBox *s : std::as_const(m_spins))
        s->setEnabled(editable);
    for (QCheckBox *c : std::as_const(m_ticks))
        c->setEnabled(editable);
    m_feedback->setEnabled(editable);
    m_save->setEnabled(editable);
}

int QaReviewDialog::total() const
{
    int sum = 0;
    for (const RubricCriterion &c : m_rubric.criteria()) {
        if (QSpinBox *s = m_spins.value(c.id))
            sum += s->value();
        if (QCheckBox *t = m_ticks.value(c.id); t && t->isChecked())
            sum += c.weight;
    }
    return sum;
}

void QaReviewDialog::updateTotal()
{
    m_total->setText(tr("Total: %1 of %2").arg(total()).arg(m_rubric.totalWeight()));
}

void QaReviewDialog::keepDraft()
{
    if (m_loading || m_contactId.isEmpty())
        return;
    QJsonObject scores;
    for (const RubricCriterion &c : m_rubric.criteria()) {
        if (QSpinBox *s = m_spins.value(c.id))
            scores.insert(c.id, s->value());
        if (QCheckBox *t = m_ticks.value(c.id))
            scores.insert(c.id, t->isChecked() ? c.weight : 0);
    }
    if (Status s = DraftStore(m_db).save(draftSlotFor(m_contactId),
                                         {{QStringLiteral("scores"), scores},
                                          {QStringLiteral("feedback"), m_feedback->toPlainText()}});
        !s)
        m_message->setText(tr("The draft could not be kept: %1").arg(s.errorMessage()));
}

bool QaReviewDialog::saveReview()
{
    if (m_contactId.isEmpty())
        return false;
    QaReview review;
    review.contactId = m_contactId;
    for (const RubricCriterion &c : m_rubric.criteria()) {
        int points = 0;
        if (QSpinBox *s = m_spins.value(c.id))
            points = s->value();
        if (QCheckBox *t = m_ticks.value(c.id))
            points = t->isChecked() ? c.weight : 0;
        review.scores.append({c.id, points, c.weight});
    }
    review.feedback = m_feedback->toPlainText();
    Result<QaReview> saved = QaStore(m_db).saveReview(review, m_rubric, m_reviewer.name);
    if (!saved) {
        // The draft stays: nothing typed is lost.
        MessageBox::warning(this, tr("Quality review"),
                            tr("The review was not saved: %1").arg(saved.errorMessage()));
        return false;
    }
    Status cleared = DraftStore(m_db).clear(draftSlotFor(m_contactId));
    Q_UNUSED(cleared) // a draft left behind is the review as saved
    const QString id = m_contactId;
    showSample();
    for (int row = 0; row < m_sample->rowCount(); ++row)
        if (m_sample->item(row, 0)->data(Qt::UserRole).toString() == id)
            m_sample->setCurrentCell(row, 0);
    m_message->setText(tr("Review saved: %1 of %2. The handler sees it on their dashboard.")
                           .arg(saved->points())
                           .arg(saved->outOf()));
    return true;
}

void installQaReview(PanelHost &host)
{
    QWidget *window = host.hostWidget();
    auto *menu = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    if (!menu)
        return;
    auto *action = new QAction(QaReviewDialog::tr("Quality re&view…"), window);
    action->setObjectName(QStringLiteral("qaReviewAction"));
    action->setToolTip(QaReviewDialog::tr("Draw a month's sample of the team's contacts and "
                                          "review them against the rubric (managers)"));
    menu->insertAction(menu->actions().value(0), action);
    action->setVisible(reviewsQuality(host.profile()));
    QObject::connect(action, &QAction::triggered, window, [&host] {
        QaReviewDialog dialog(host.database(), host.profile(), host.hostWidget());
        dialog.exec();
    });
    QObject::connect(
        &host.events(), &PanelHostEvents::profileChanged, action,
        [action](const HandlerProfile &profile) { action->setVisible(reviewsQuality(profile)); });
}

} // namespace cd
