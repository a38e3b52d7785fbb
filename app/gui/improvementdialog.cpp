#include "gui/improvementdialog.h"

#include "core/logging.h"
#include "core/metrics.h"
#include "gui/messagebox.h"
#include "gui/screenfit.h"
#include "storage/dashboardstore.h"
#include "storage/draftstore.h"
#include "storage/improvementstore.h"
#include "storage/settingsstore.h"
#include "storage/surveystore.h"
#include "storage/taxonomystore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

ImprovementDialog::ImprovementDialog(Database &db, const QString &team, const QString &actor,
                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_team(team)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("improvementDialog"));
    setWindowTitle(tr("Improvement log: %1").arg(team));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("You said, we did: what the team changed because of what "
                                    "callers said.")));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("recoveredBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    m_log = new QTableWidget(0, 4, this);
    m_log->setObjectName(QStringLiteral("improvementLog"));
    m_log->setHorizontalHeaderLabels(
        {tr("Changed on"), tr("Issue"), tr("Change made"), tr("Behind it")});
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->verticalHeader()->hide();
    m_log->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_log, 2);

    auto *form = new QFormLayout;
    m_issue = new QLineEdit;
    m_issue->setObjectName(QStringLiteral("issue"));
    m_issue->setMaxLength(2000);
    form->addRow(tr("&Issue:"), m_issue);
    m_rootCause = new QPlainTextEdit;
    m_rootCause->setObjectName(QStringLiteral("rootCause"));
    m_rootCause->setTabChangesFocus(true);
    m_rootCause->setMaximumHeight(70);
    form->addRow(tr("&Root cause:"), m_rootCause);
    m_change = new QPlainTextEdit;
    m_change->setObjectName(QStringLiteral("changeMade"));
    m_change->setTabChangesFocus(true);
    m_change->setMaximumHeight(70);
    form->addRow(tr("&Change made:"), m_change);
    m_date = new QDateEdit(londonToday());
    m_date->setObjectName(QStringLiteral("changedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    form->addRow(tr("&Date of the change:"), m_date);
    m_reasons = new QListWidget;
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setMaximumHeight(110);
    form->addRow(tr("Dissatisfaction &reasons:"), m_reasons);
    m_comments = new QListWidget;
    m_comments->setObjectName(QStringLiteral("comments"));
    m_comments->setMaximumHeight(110);
    form->addRow(tr("Callers' c&omments:"), m_comments);
    layout->addLayout(form);

    // The team's dissatisfaction reasons, most frequent in the last 12 months first, then the
    // rest of the taxonomy's.
    const QDate today = londonToday();
    const DashboardScope scope = DashboardScope::team(team);
    QStringList order;
    for (const DashboardCount &c :
         DashboardStore(db).dissatisfactionReasons(scope, periodRange(Period::Last12Months, today)))
        order << c.key;
    QHash<QString, QString> labels;
    if (auto taxonomy = TaxonomyStore(db).load(); taxonomy.ok())
        for (const TaxonomyEntry &e :
             taxonomy->entries(TaxonomyEntry::Kind::Reason, QStringLiteral("dissatisfaction"))) {
            labels.insert(e.code, e.label);
            if (!order.contains(e.code))
                order << e.code;
        }
    for (const QString &code : std::as_const(order)) {
        auto *item = new QListWidgetItem(labels.value(code, code), m_reasons);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // The comments of the last three months.
    const QLocale locale;
    for (const SurveyComment &c :
         readSurveyComments(db, scope, DayRange{today.addMonths(-3), today}, 200)) {
        if (c.comment.isEmpty())
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3")
                .arg(locale.toString(c.day, QLocale::ShortFormat), c.reference, c.comment),
            m_comments);
        item->setToolTip(c.comment);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add to the log"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addImprovement"));
    connect(m_add, &QPushButton::clicked, this, &ImprovementDialog::addEntry);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    loadLog();

    // The draft: kept a moment after each change, restored when the dialog opens again.
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(SettingsStore(m_db).intValue(SettingsStore::Key::DraftSaveDelayMs));
    connect(&m_draftTimer, &QTimer::timeout, this, &ImprovementDialog::keepDraftNow);
    auto changed = [this] {
        if (!m_loading)
            m_draftTimer.start();
    };
    connect(m_issue, &QLineEdit::textChanged, this, changed);
    connect(m_rootCause, &QPlainTextEdit::textChanged, this, changed);
    connect(m_change, &QPlainTextEdit::textChanged, this, changed);
    connect(m_date, &QDateEdit::dateChanged, this, changed);
    connect(m_reasons, &QListWidget::itemChanged, this, changed);
    connect(m_comments, &QListWidget::itemChanged, this, changed);
    if (const std::optional<Draft> draft = DraftStore(m_db).load(draftSlot(m_team))) {
        restoreDraft(draft->payload);
        m_banner->setText(tr("Recovered the entry you were typing (kept at %1).")
                              .arg(draft->savedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
        m_banner->setVisible(true);
    }
    resizeToFitScreen(this, QSize(760, 720));
}

QString ImprovementDialog::draftSlot(const QString &team)
{
    return QStringLiteral("improvement:") + team;
}

QJsonObject ImprovementDialog::draftValues() const
{
    auto checked = [](const QListWidget *list) {
        QJsonArray codes;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                codes.append(list->item(i)->data(Qt::UserRole).toString());
        return codes;
    };
    return QJsonObject{
        {QStringLiteral("issue"), m_issue->text()},
        {QStringLiteral("root_cause"), m_rootCause->toPlainText()},
        {QStringLiteral("change_made"), m_change->toPlainText()},
        {QStringLiteral("changed_on"), m_date->date().toString(Qt::ISODate)},
        {QStringLiteral("reasons"), checked(m_reasons)},
        {QStringLiteral("comment_ids"), checked(m_comments)},
    };
}

void ImprovementDialog::restoreDraft(const QJsonObject &draft)
{
    m_loading = true;
    m_issue->setText(draft.value(QLatin1String("issue")).toString());
    m_rootCause->setPlainText(draft.value(QLatin1String("root_cause")).toString());
    m_change->setPlainText(draft.value(QLatin1String("change_made")).toString());
    const QDate on =
        QDate::fromString(draft.value(QLatin1String("changed_on")).toString(), Qt::ISODate);
    if (on.isValid())
        m_date->setDate(on);
    auto check = [](QListWidget *list, const QJsonArray &codes) {
        QStringList wanted;
        for (const QJsonValue &v : codes)
            wanted << v.toString();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(
                wanted.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    };
    check(m_reasons, draft.value(QLatin1String("reasons")).toArray());
    check(m_comments, draft.value(QLatin1String("comment_ids")).toArray());
    m_loading = false;
}

bool ImprovementDialog::hasContent() const
{
    if (!m_issue->text().trimmed().isEmpty() || !m_rootCause->toPlainText().trimmed().isEmpty() ||
        !m_change->toPlainText().trimmed().isEmpty())
        return true;
    for (const QListWidget *list : {m_reasons, m_comments})
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                return true;
    return false;
}

void ImprovementDialog::keepDraftNow()
{
    m_draftTimer.stop();
    DraftStore drafts(m_db);
    const Status s = hasContent() ? drafts.save(draftSlot(m_team), draftValues())
                                  : drafts.clear(draftSlot(m_team));
    if (!s)
        qCWarning(lcGui) << "improvement draft not kept:" << s.errorMessage();
}

void ImprovementDialog::loadLog()
{
    const QList<Improvement> rows = ImprovementStore(m_db).list(m_team);
    const QLocale locale;
    m_log->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Improvement &e = rows.at(r);
        m_log->setItem(r, 0,
                       new QTableWidgetItem(locale.toString(e.changedOn, QLocale::ShortFormat)));
        auto *issue = new QTableWidgetItem(e.issue);
        issue->setToolTip(
            e.rootCause.isEmpty() ? e.issue : tr("%1\nRoot cause: %2").arg(e.issue, e.rootCause));
        m_log->setItem(r, 1, issue);
        auto *change = new QTableWidgetItem(e.changeMade);
        change->setToolTip(e.changeMade);
        m_log->setItem(r, 2, change);
        m_log->setItem(
            r, 3,
            new QTableWidgetItem(tr("%n reason(s)", nullptr, int(e.reasons.size())) +
                                 QStringLiteral(", ") +
                                 tr("%n comment(s)", nullptr, int(e.commentIds.size()))));
    }
}

bool ImprovementDialog::addEntry()
{
    Improvement e;
    e.team = m_team;
    e.issue = m_issue->text();
    e.rootCause = m_rootCause->toPlainText();
    e.changeMade = m_change->toPlainText();
    e.changedOn = m_date->date();
    for (int i = 0; i < m_reasons->count(); ++i)
        if (m_reasons->item(i)->checkState() == Qt::Checked)
            e.reasons << m_reasons->item(i)->data(Qt::UserRole).toString();
    for (int i = 0; i < m_comments->count(); ++i)
        if (m_comments->item(i)->checkState() == Qt::Checked)
            e.commentIds << m_comments->item(i)->data(Qt::UserRole).toString();
    keepDraftNow(); // what was typed is safe even if the entry cannot be added
    Result<Improvement> added = ImprovementStore(m_db).add(e, m_actor);
    if (!added) {
        MessageBox::warning(this, tr("Cannot add to the log"), added.errorMessage());
        return false; // what was typed stays in the form
    }
    m_loading = true;
    m_issue->clear();
    m_rootCause->clear();
    m_change->clear();
    for (QListWidget *list : {m_reasons, m_comments})
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
    m_loading = false;
    m_draftTimer.stop();
    if (Status s = DraftStore(m_db).clear(draftSlot(m_team)); !s)
        qCWarning(lcGui) << "improvement draft not cleared:" << s.errorMessage();
    m_banner->setVisible(false);
    loadLog();
    return true;
}

} // namespace cd
