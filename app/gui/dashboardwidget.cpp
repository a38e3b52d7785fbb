#include "gui/dashboardwidget.h"

#include "core/escalationform.h"
#include "gui/chartview.h"
#include "gui/columnfit.h"
#include "gui/combotypeahead.h"
#include "gui/savefile.h"
#include "reports/dashboardworker.h"
#include "reports/monthlyreport.h"
#include "storage/database.h"
#include "storage/taxonomystore.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {
QString hms(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
QString pct(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}
} // namespace

DashboardWidget::DashboardWidget(const QString &databasePath, const DashboardScope &scope,
                                 const QString &actor, QWidget *parent)
    : QWidget(parent)
    , m_scope(scope)
    , m_actor(actor)
{
    const bool team = scope.kind == DashboardScope::Kind::Team;
    setObjectName(team ? QStringLiteral("teamDashboard") : QStringLiteral("personalDashboard"));
    m_service = new DashboardService(databasePath, this);

    // The figures scroll inside the side panel: with THRIVE, repeat-victim, message and QA figures
    // the team's dashboard is taller than a 1280x720 window, and must never make the Desk so.
    auto *shell = new QVBoxLayout(this);
    shell->setContentsMargins(0, 0, 0, 0);
    auto *page = new QScrollArea(this);
    page->setObjectName(QStringLiteral("dashboardScroll"));
    page->setWidgetResizable(true);
    page->setFrameShape(QFrame::NoFrame);
    page->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(page);
    page->setWidget(content);
    shell->addWidget(page);
    auto *outer = new QVBoxLayout(content);
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(team ? tr("Team dashboard: %1").arg(scope.name)
                                    : tr("My dashboard: %1").arg(scope.name));
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    heading->setFont(f);
    heading->setWordWrap(true);
    // The heading on a line of its own: beside the period and the buttons it made the side
    // panel so wide that the contact form scrolled sideways at 1280x720.
    outer->addWidget(heading);
    auto *periodCaption = new QLabel(tr("Period:"));
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("period"));
    for (Period p : {Period::Today, Period::ThisWeek, Period::ThisMonth, Period::Last12Months})
        m_period->addItem(periodLabel(p), int(p));
    periodCaption->setBuddy(m_period);
    top->addWidget(periodCaption);
    top->addWidget(m_period);
    if (team) {
        m_reportButton = new QPushButton(tr("Monthly report…"));
        m_reportButton->setObjectName(QStringLiteral("monthlyReport"));
        connect(m_reportButton, &QPushButton::clicked, this,
                &DashboardWidget::showMonthlyReportDialog);
        top->addWidget(m_reportButton);
        auto *log = new QPushButton(tr("Improvement log…"));
        log->setObjectName(QStringLiteral("improvementLog"));
        log->setToolTip(tr("You said, we did: what the team changed because of what callers "
                           "said"));
        connect(log, &QPushButton::clicked, this, &DashboardWidget::improvementLogRequested);
        top->addWidget(log);
    }
    top->addStretch();
    outer->addLayout(top);

    auto *figures = new QGridLayout;
    QList<QPair<QString, QString>> names = {
        {QStringLiteral("contacts"), tr("Contacts")},
        {QStringLiteral("fcr"), tr("Resolved at first contact")},
        {QStringLiteral("aht"), tr("Average handling time")},
        {QStringLiteral("talk"), tr("Average talk time")},
        {QStringLiteral("wrapup"), tr("Average wrap-up time")},
        {QStringLiteral("open"), tr("Escalations open")},
        {QStringLiteral("overdue"), tr("Escalations overdue")},
        {QStringLiteral("repeat"), tr("Repeat callers")},
        {QStringLiteral("dissatisfied"), tr("Remained dissatisfied")},
        {QStringLiteral("satisfaction"), tr("Satisfied (8+ of 10)")},
        // First contact, as inspectors check it (schema 21).
        {QStringLiteral("thrive"), tr("THRIVE done")},
        {QStringLiteral("nextsteps"), tr("Next steps told")},
        {QStringLiteral("victimcheck"), tr("Repeat-victim checks")},
    };
    if (team)
        names.append({QStringLiteral("messages"), tr("Outcome messages this month")});
    for (int i = 0; i < names.size(); ++i) {
        auto *name = new QLabel(names.at(i).second);
        // A narrow panel (1280x720) wraps the longer names onto a second line rather than
        // cutting them; three to a row leaves room for that.
        name->setWordWrap(true);
        name->setMinimumHeight(2 * name->fontMetrics().lineSpacing());
        name->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        auto *value = new QLabel(QStringLiteral("…"));
        value->setObjectName(names.at(i).first);
        QFont vf = value->font();
        vf.setBold(true);
        value->setFont(vf);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        figures->addWidget(name, (i / 3) * 2, i % 3);
        figures->addWidget(value, (i / 3) * 2 + 1, i % 3);
        m_figures.insert(names.at(i).first, value);
    }
    // What the escalation figures count, the same as the status bar's overdue count.
    const QString whose = team ? tr("raised by the team") : tr("you raised");
    for (QLabel *label :
         {m_figures.value(QStringLiteral("open")), m_figures.value(QStringLiteral("overdue"))})
        label->setToolTip(label == m_figures.value(QStringLiteral("open"))
                              ? tr("Escalations %1 and sent, not yet resolved (drafts are not "
                                   "counted)")
                                    .arg(whose)
                              : tr("Escalations %1 and sent, past their due date and not yet "
                                   "resolved (drafts are not counted)")
                                    .arg(whose));
    outer->addLayout(figures);

    auto *chartsHost = new QWidget;
    auto *hostLayout = new QVBoxLayout(chartsHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    auto *gridHost = new QWidget;
    m_chartGrid = new QGridLayout(gridHost);
    hostLayout->addWidget(gridHost);
    m_chartOrder << addChart(QStringLiteral("channel"), int(ChartView::Kind::Pie),
                             tr("Contacts by channel"))
                 << addChart(QStringLiteral("category"), int(ChartView::Kind::Bars),
                             tr("Contacts by category"))
                 << addChart(QStringLiteral("reason"), int(ChartView::Kind::Bars),
                             tr("Reasons for dissatisfaction"))
                 << addChart(QStringLiteral("month"), int(ChartView::Kind::Line),
                             tr("Contacts by month"));
    if (team) {
        m_chartOrder << addChart(QStringLiteral("handler"), int(ChartView::Kind::Bars),
                                 tr("Contacts by handler"))
                     << addChart(QStringLiteral("department"), int(ChartView::Kind::Bars),
                                 tr("Departments most complained about"));
    }
    placeCharts();

    // The survey: share rated 8 or more per question, by a dimension; the team's comments.
    auto *surveyTitle = new QLabel(tr("Survey: share rated 8 or more, by"));
    m_surveyDim = new QComboBox;
    m_surveyDim->setObjectName(QStringLiteral("surveyDimension"));
    const QList<QPair<QString, QString>> dims = {
        {QStringLiteral("channel"), tr("channel")},
        {QStringLiteral("category"), tr("category")},
        {QStringLiteral("handler"), tr("handler")},
        {QStringLiteral("team"), tr("team")},
        {QStringLiteral("weekday"), tr("day of week")},
        {QStringLiteral("hour"), tr("hour (London time)")}};
    for (const auto &[code, text] : dims)
        m_surveyDim->addItem(text, code);
    surveyTitle->setBuddy(m_surveyDim);
    auto *surveyRow = new QHBoxLayout;
    surveyRow->addWidget(surveyTitle);
    surveyRow->addWidget(m_surveyDim);
    surveyRow->addStretch();
    hostLayout->addLayout(surveyRow);
    m_surveyTable = new QTableWidget(0, 4);
    m_surveyTable->setObjectName(QStringLiteral("surveyShares"));
    m_surveyTable->setHorizontalHeaderLabels(
        {tr("Group"), tr("Question"), tr("Answers"), tr("Rated 8 or more")});
    m_surveyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_surveyTable->verticalHeader()->hide();
    m_surveyTable->horizontalHeader()->setStretchLastSection(true);
    m_surveyTable->setMinimumHeight(160);
    hostLayout->addWidget(m_surveyTable);
    connect(m_surveyDim, &QComboBox::currentIndexChanged, this, &DashboardWidget::showSurveyShares);
    if (team) {
        hostLayout->addWidget(new QLabel(tr("Callers' comments (double-click to open the "
                                            "contact)")));
        m_comments = new QTableWidget(0, 5);
        m_comments->setObjectName(QStringLiteral("surveyComments"));
        m_comments->setHorizontalHeaderLabels(
            {tr("Answered"), tr("Reference"), tr("Handler"), tr("Reply"), tr("Comment")});
        m_comments->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_comments->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_comments->verticalHeader()->hide();
        m_comments->horizontalHeader()->setStretchLastSection(true);
        m_comments->setMinimumHeight(160);
        connect(m_comments, &QTableWidget::cellActivated, this, [this](int row, int) {
            if (QTableWidgetItem *item = m_comments->item(row, 0))
                emit contactOpenRequested(item->data(Qt::UserRole).toString());
        });
        hostLayout->addWidget(m_comments);
    }

    m_sections = hostLayout;
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(chartsHost);
    outer->addWidget(scroll, 3);

    m_listTitle = new QLabel(tr("Click a bar or slice to list the contacts behind it."));
    outer->addWidget(m_listTitle);
    m_contacts = new QTableWidget(0, 6);
    m_contacts->setObjectName(QStringLiteral("contactsBehind"));
    m_contacts->setHorizontalHeaderLabels(
        {tr("Started"), tr("Handler"), tr("Channel"), tr("Category"), tr("Reason"), tr("Outcome")});
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->verticalHeader()->hide();
    m_contacts->setTabKeyNavigation(false);
    m_contacts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The start stays whole; the labels end in "…" when the panel is narrow.
    ColumnFit::install(m_contacts, {1, 2, 3, 4, 5});
    // At least a header and five rows, however short the screen: the list is what the click
    // on a chart was for.
    m_contacts->setMinimumHeight(m_contacts->horizontalHeader()->sizeHint().height() +
                                 5 * m_contacts->verticalHeader()->defaultSectionSize() +
                                 2 * m_contacts->frameWidth());
    connect(m_contacts, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_contacts->item(row, 0))
            emit contactOpenRequested(item->data(Qt::UserRole).toString());
    });
    outer->addWidget(m_contacts, 2);
    m_status = new QLabel;
    outer->addWidget(m_status);

    // Labels for codes, read once on this thread from a short-lived connection of the worker's.
    {
        Database::OpenError error;
        if (auto db = Database::openRaw(databasePath, &error)) {
            if (auto taxonomy = TaxonomyStore(*db).load(); taxonomy.ok())
                for (const TaxonomyEntry &e : taxonomy->entries())
                    m_labels.insert(e.code, e.label);
        }
    }
    // Departments are the receiving teams of the escalation forms.
    if (Result<FormRegistry> forms = FormRegistry::load(FormRegistry::shippedDir()); forms.ok())
        for (const FormDefinition &form : forms->forms())
            for (const FormField::Choice &c : form.receivingTeams)
                m_teamLabels.insert(c.code, c.label);

    connect(m_service, &DashboardService::loaded, this, &DashboardWidget::showData);
    connect(m_service, &DashboardService::failed, this, [this](const QString &message) {
        m_status->setText(tr("Figures could not be loaded: %1").arg(message));
    });
    connect(m_service, &DashboardService::contactsLoaded, this,
            [this](const QList<DrillContact> &list) {
                m_contacts->setRowCount(int(list.size()));
                const QLocale locale;
                for (int r = 0; r < list.size(); ++r) {
                    const DrillContact &c = list.at(r);
                    auto *started = new QTableWidgetItem(
                        locale.toString(c.startedAt.toLocalTime(), QLocale::ShortFormat));
                    started->setData(Qt::UserRole, c.id);
                    m_contacts->setItem(r, 0, started);
                    const QStringList cells{c.handler, label(c.channel), label(c.category),
                                            label(c.reason), label(c.outcome)};
                    for (int col = 0; col < cells.size(); ++col) {
                        // A cell ending in "…" has its whole text in the tooltip.
                        auto *item = new QTableWidgetItem(cells.at(col));
                        item->setToolTip(cells.at(col));
                        m_contacts->setItem(r, col + 1, item);
                    }
                }
                emit contactsListed(int(list.size()));
            });
    connect(m_service, &DashboardService::reportWritten, this,
            [this](const QString &path, const QString &error) {
                m_status->setText(error.isEmpty()
                                      ? tr("Report written to %1").arg(path)
                                      : tr("The report could not be written: %1").arg(error));
                emit reportWritten(path, error);
            });
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardWidget::refresh);
    refresh();
}

DashboardWidget::~DashboardWidget() = default;

ChartView *DashboardWidget::addChart(const QString &name, int kind, const QString &title)
{
    auto *chart = new ChartView(ChartView::Kind(kind), title);
    chart->setObjectName(name + QStringLiteral("Chart"));
    m_charts.insert(name, chart);
    connect(
        chart, &ChartView::activated, this,
        [this, name](const QString &key, const QString &text) { listContacts(name, key, text); });
    return chart;
}

void DashboardWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCharts();
}

void DashboardWidget::placeCharts()
{
    // Two charts side by side only when each gets room for its labels; in the Desk's side
    // panel they stack, so category names and legends are not cut short.
    const int columns = width() >= 900 ? 2 : 1;
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    for (ChartView *c : std::as_const(m_chartOrder))
        m_chartGrid->removeWidget(c);
    for (int i = 0; i < m_chartOrder.size(); ++i)
        m_chartGrid->addWidget(m_chartOrder.at(i), i / columns, i % columns);
}

QString DashboardWidget::label(const QString &code) const
{
    return m_labels.value(code, code);
}

Period DashboardWidget::period() const
{
    return Period(m_period->currentData().toInt());
}

void DashboardWidget::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void DashboardWidget::refresh()
{
    const QDate today = londonToday();
    m_status->setText(tr("Updating…"));
    m_service->request(m_scope, periodRange(period(), today), today);
}

void DashboardWidget::onContactSaved(const Contact &contact)
{
    if (m_scope.kind == DashboardScope::Kind::Handler ? contact.handler == m_scope.name
                                                      : contact.team == m_scope.name)
        refresh();
}

void DashboardWidget::showData(const DashboardData &d)
{
    m_data = d;
    m_hasData = true;
    const QLocale locale;
    m_figures.value(QStringLiteral("contacts"))->setText(locale.toString(d.totals.contacts));
    // No contacts, no averages: "—" as the talk and wrap-up times show, not "0:00".
    const bool none = d.totals.contacts == 0;
    m_figures.value(QStringLiteral("fcr"))
        ->setText(none ? QStringLiteral("—") : pct(d.totals.fcrRate()));
    m_figures.value(QStringLiteral("aht"))
        ->setText(none ? QStringLiteral("—") : hms(d.totals.averageHandlingSeconds()));
    // Talk and wrap-up: over the calls that have them; older contacts are left out, not zero.
    auto timed = [&](const char *name, double average, qint64 count) {
        QLabel *label = m_figures.value(QLatin1String(name));
        label->setText(count > 0 ? hms(average) : QStringLiteral("—"));
        label->setToolTip(
            tr("Average over %1 of %2 contacts: those without the time are left out")
                .arg(QLocale().toString(count), QLocale().toString(d.totals.contacts)));
        label->setAccessibleDescription(label->toolTip());
    };
    timed("talk", d.totals.averageTalkSeconds(), d.totals.talkCount);
    timed("wrapup", d.totals.averageWrapUpSeconds(), d.totals.wrapUpCount);
    m_figures.value(QStringLiteral("open"))->setText(locale.toString(d.escalations.open));
    QLabel *overdue = m_figures.value(QStringLiteral("overdue"));
    if (d.escalations.overdue > 0) {
        overdue->setText(
            tr("%1 OVERDUE").arg(d.escalations.overdue)); // the word as well as the colour
        overdue->setStyleSheet(QStringLiteral("color: #b00020;"));
    } else {
        overdue->setText(QStringLiteral("0"));
        overdue->setStyleSheet(QString());
    }
    m_figures.value(QStringLiteral("repeat"))->setText(locale.toString(d.repeatCallers));
    m_figures.value(QStringLiteral("dissatisfied"))
        ->setText(locale.toString(d.totals.dissatisfied));
    qint64 answers = 0;
    qint64 satisfied = 0;
    for (const SatisfactionFigure &s : d.satisfaction) {
        answers += s.answers;
        satisfied += s.satisfied;
    }
    showFirstContact(d.firstContact);
    m_figures.value(QStringLiteral("satisfaction"))
        ->setText(answers > 0
                      ? tr("%1 of %2 answers").arg(pct(shareOf(satisfied, answers))).arg(answers)
                      : tr("no survey answers"));

    if (QLabel *messages = m_figures.value(QStringLiteral("messages")))
        messages->setText(
            tr("%1 sent, %2 delivered, %3 failed, %4")
                .arg(locale.toString(std::max<qint64>(d.messagesSentThisMonth, 0)),
                     locale.toString(std::max<qint64>(d.messagesDeliveredThisMonth, 0)),
                     locale.toString(std::max<qint64>(d.messagesFailedThisMonth, 0)),
                     locale.toCurrencyString(d.messageCostThisMonth, QStringLiteral("£"), 2)));

    auto items = [this](const QList<DashboardCount> &list,
                        const QHash<QString, QString> *labels = nullptr) {
        QList<ChartItem> out;
        for (const DashboardCount &c : list)
            out << ChartItem{c.key, labels ? labels->value(c.key, c.key) : label(c.key),
                             double(c.totals.contacts)};
        return out;
    };
    m_charts.value(QStringLiteral("channel"))->setItems(items(d.byChannel));
    m_charts.value(QStringLiteral("category"))->setItems(items(d.byCategory));
    m_charts.value(QStringLiteral("reason"))->setItems(items(d.dissatisfactionReasons));
    QList<ChartItem> months;
    for (const DashboardCount &c : d.monthly)
        months << ChartItem{c.key, c.key, double(c.totals.contacts)};
    m_charts.value(QStringLiteral("month"))->setItems(months);
    if (ChartView *c = m_charts.value(QStringLiteral("handler")))
        c->setItems(items(d.byHandler));
    if (ChartView *c = m_charts.value(QStringLiteral("department")))
        c->setItems(items(d.departments, &m_teamLabels));
    showSurveyShares();
    if (m_comments) {
        m_comments->setRowCount(int(d.comments.size()));
        for (int r = 0; r < d.comments.size(); ++r) {
            const SurveyComment &c = d.comments.at(r);
            auto *when = new QTableWidgetItem(
                locale.toString(c.answeredAt.toLocalTime(), QLocale::ShortFormat));
            when->setData(Qt::UserRole, c.contactId);
            m_comments->setItem(r, 0, when);
            m_comments->setItem(r, 1, new QTableWidgetItem(c.reference));
            m_comments->setItem(r, 2, new QTableWidgetItem(c.handler));
            m_comments->setItem(r, 3,
                                new QTableWidgetItem(c.replyEscalationId.isEmpty()
                                                         ? QString()
                                                         : tr("Reply due in 10 working days")));
            auto *text = new QTableWidgetItem(c.comment);
            text->setToolTip(c.comment);
            m_comments->setItem(r, 4, text);
        }
    }
    m_status->setText(
        tr("Updated %1").arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit refreshed();
}

void DashboardWidget::setSurveyDimension(const QString &dim)
{
    m_surveyDim->setCurrentIndex(m_surveyDim->findData(dim));
}

void DashboardWidget::showSurveyShares()
{
    const QString dim = m_surveyDim->currentData().toString();
    const QList<SurveyBreakdownRow> rows = m_data.surveyBy.value(dim);
    const QLocale locale;
    m_surveyTable->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const SurveyBreakdownRow &b = rows.at(r);
        QString group = label(b.key);
        if (dim == QLatin1String("weekday"))
            group = locale.dayName(b.key.toInt(), QLocale::LongFormat);
        else if (dim == QLatin1String("hour"))
            group = QStringLiteral("%1:00").arg(b.key.toInt(), 2, 10, QLatin1Char('0'));
        m_surveyTable->setItem(r, 0, new QTableWidgetItem(group));
        m_surveyTable->setItem(r, 1, new QTableWidgetItem(b.question));
        m_surveyTable->setItem(r, 2, new QTableWidgetItem(locale.toString(b.answers)));
        m_surveyTable->setItem(r, 3, new QTableWidgetItem(pct(b.share())));
    }
}

void DashboardWidget::listContacts(const QString &dim, const QString &key, const QString &text)
{
    if (dim == QLatin1String("department"))
        return; // escalations, not contacts: the escalation list shows them
    DayRange range = periodRange(period(), londonToday());
    if (dim == QLatin1String("month"))
        range = periodRange(Period::Last12Months, range.last);
    m_listTitle->setText(tr("Contacts behind \"%1\"").arg(text));
    m_service->requestContacts(m_scope, range, dim, key);
}

void DashboardWidget::writeMonthlyReport(const DayRange &months, const QString &format,
                                         const QString &path)
{
    m_status->setText(tr("Writing the report…"));
    m_service->requestReport(m_scope.name, months, format, path, m_actor);
}

void DashboardWidget::showMonthlyReportDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Monthly report"));
    auto *form = new QFormLayout(&dialog);
    auto *month = new QComboBox;
    const QDate today = londonToday();
    for (int i = 0; i < 24; ++i) {
        const QDate m = QDate(today.year(), today.month(), 1).addMonths(-i);
        month->addItem(QLocale().toString(m, QStringLiteral("MMMM yyyy")), m);
    }
    month->setCurrentIndex(today.day() < 15 ? 1
                                            : 0); // early in a month, last month is the one to send
    auto *format = new QComboBox;
    format->addItem(tr("PDF with charts"), QStringLiteral("pdf"));
    format->addItem(tr("CSV of the same numbers"), QStringLiteral("csv"));
    form->addRow(tr("&Month:"), month);
    form->addRow(tr("&Format:"), format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    ComboTypeAhead::installAll(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate m = month->currentData().toDate();
    const QString fmt = format->currentData().toString();
    const QString path =
        chooseSaveFile(this, tr("Save the report"), monthlyReportDefaultPath(m, fmt),
                       fmt == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (!path.isEmpty())
        writeMonthlyReport(monthRange(m.year(), m.month()), fmt, path);
}

// --- First contact: THRIVE completed where needed, vulnerability identified, "what happens
// next" recorded, lower grades signed off; by handler in the tooltip of a team's figures. ---
void DashboardWidget::showFirstContact(const FirstContactMeasures &m)
{
    const FirstContactFigures &t = m.total;
    // Short figures (the tiles share their columns with the others); the rest in the tooltip.
    QLabel *thrive = m_figures.value(QStringLiteral("thrive"));
    thrive->setText(t.thriveRequired > 0 ? pct(t.thriveCompletedShare()) : QStringLiteral("—"));
    QLabel *next = m_figures.value(QStringLiteral("nextsteps"));
    const qint64 lowered = t.downgradesSignedOff + t.downgradesWaiting;
    next->setText(pct(t.nextStepsShare()));
    QStringList lines;
    lines.append(tr("THRIVE completed on %1 of %2 contacts that needed it")
                     .arg(t.thriveCompleted)
                     .arg(t.thriveRequired));
    lines.append(tr("Vulnerability identified: %1 (question answered on %2)")
                     .arg(t.vulnerable)
                     .arg(t.vulnerabilityAnswered));
    lines.append(tr("What happens next recorded on %1 of %2 contacts")
                     .arg(t.nextStepsRecorded)
                     .arg(t.contacts));
    lines.append(tr("Lower grades signed off: %1 of %2").arg(t.downgradesSignedOff).arg(lowered));
    for (const FirstContactFigures &h : m.byHandler)
        lines.append(tr("%1: THRIVE %2 of %3, %4 vulnerable, next steps %5")
                         .arg(h.key, h.thriveRequired > 0 ? pct(h.thriveCompletedShare())
                                                          : QStringLiteral("—"))
                         .arg(h.thriveRequired)
                         .arg(h.vulnerable)
                         .arg(pct(h.nextStepsShare())));
    for (const FirstContactFigures &mo : m.monthly)
        lines.append(tr("%1: THRIVE %2 of %3, next steps %4")
                         .arg(mo.key, mo.thriveRequired > 0 ? pct(mo.thriveCompletedShare())
                                                            : QStringLiteral("—"))
                         .arg(mo.thriveRequired)
                         .arg(pct(mo.nextStepsShare())));
    thrive->setToolTip(lines.join(QLatin1Char('\n')));
    next->setToolTip(lines.join(QLatin1Char('\n')));

    // The repeat-victim check: the share of contacts with the check done, and how many of
    // them found earlier contacts of the caller (repeat victims).
    QLabel *check = m_figures.value(QStringLiteral("victimcheck"));
    check->setText(pct(t.victimCheckedShare()));
    QStringList checks;
    checks.append(tr("Repeat-victim check done on %1 of %2 contacts; repeat victims found: %3")
                      .arg(t.victimChecked)
                      .arg(t.contacts)
                      .arg(t.repeatVictims));
    for (const FirstContactFigures &h : m.byHandler)
        checks.append(tr("%1: checked %2 of %3, %4 found")
                          .arg(h.key)
                          .arg(h.victimChecked)
                          .arg(h.contacts)
                          .arg(h.repeatVictims));
    for (const FirstContactFigures &mo : m.monthly)
        checks.append(tr("%1: checked %2 of %3, %4 found")
                          .arg(mo.key)
                          .arg(mo.victimChecked)
                          .arg(mo.contacts)
                          .arg(mo.repeatVictims));
    check->setToolTip(checks.join(QLatin1Char('\n')));
    check->setAccessibleDescription(checks.constFirst());
}

void DashboardWidget::addSection(QWidget *section)
{
    m_sections->addWidget(section);
}

} // namespace cd
