#include "gui/practicecall.h"

#include "core/clock.h"
#include "core/logging.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/panelhost.h"
#include "gui/screenpop.h"
#include "storage/practicescoring.h"
#include "storage/qastore.h"

#include <QAction>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>

namespace cd {

namespace {

enum Column { Criterion, Points, Missed };

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Enter (or Return) on a topic asks it, as a double-click does.
class TopicList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
            emit itemActivated(currentItem());
            return;
        }
        QListWidget::keyPressEvent(event);
    }
};

} // namespace

PracticePanel::PracticePanel(MainWindow &window, Rubric rubric, QList<PracticeScenario> scenarios)
    : QWidget(&window)
    , m_window(window)
    , m_rubric(std::move(rubric))
    , m_scenarios(std::move(scenarios))
{
    setObjectName(QStringLiteral("practicePanel"));
    auto *layout = new QVBoxLayout(this);
    m_title = wrappingLabel(QStringLiteral("practiceTitle"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_caller = wrappingLabel(QStringLiteral("practiceCaller"), this);
    m_status = wrappingLabel(QStringLiteral("practiceStatus"), this);
    m_opening = wrappingLabel(QStringLiteral("practiceOpening"), this);
    m_opening->setAccessibleName(tr("What the caller says first"));
    auto *topicsLabel = new QLabel(tr("Ask the caller about:"), this);
    m_topics = new TopicList(this);
    m_topics->setObjectName(QStringLiteral("practiceTopics"));
    m_topics->setAccessibleName(tr("Topics to ask the caller about"));
    m_topics->setAccessibleDescription(tr("Enter on a topic shows what the caller says"));
    topicsLabel->setBuddy(m_topics);
    m_ask = new QPushButton(tr("A&sk"), this);
    m_ask->setObjectName(QStringLiteral("practiceAsk"));
    m_ask->setAccessibleName(tr("Ask the caller about the chosen topic"));
    auto *transcriptLabel = new QLabel(tr("What the caller has said:"), this);
    m_transcript = new QTextBrowser(this);
    m_transcript->setObjectName(QStringLiteral("practiceTranscript"));
    m_transcript->setAccessibleName(tr("What the caller has said"));
    transcriptLabel->setBuddy(m_transcript);
    m_end = new QPushButton(tr("End practice"), this);
    m_end->setObjectName(QStringLiteral("practiceEnd"));
    m_end->setAccessibleName(tr("End the practice call and score it"));

    layout->addWidget(m_title);
    layout->addWidget(m_caller);
    layout->addWidget(m_status);
    layout->addWidget(m_opening);
    layout->addWidget(topicsLabel);
    layout->addWidget(m_topics, 2);
    layout->addWidget(m_ask, 0, Qt::AlignLeft);
    layout->addWidget(transcriptLabel);
    layout->addWidget(m_transcript, 3);
    layout->addWidget(m_end, 0, Qt::AlignLeft);

    connect(m_topics, &QListWidget::itemActivated, this, &PracticePanel::reveal);
    connect(m_ask, &QPushButton::clicked, this, [this] { reveal(m_topics->currentItem()); });
    connect(m_end, &QPushButton::clicked, this, &PracticePanel::end);
    PanelHostEvents &events = m_window.events();
    connect(&events, &PanelHostEvents::newContactStarted, this, [this] {
        if (m_state != State::Ringing)
            return;
        // F2 answers the practice call: the caller's number pops as the telephony's would.
        m_state = State::OnCall;
        render();
        QTimer::singleShot(0, this, [this] {
            ScreenPop pop;
            pop.kind = ScreenPop::Kind::Pop;
            pop.number = m_scenario.callerPhone;
            pop.callId = m_callId;
            pop.at = Clock::instance().now();
            m_window.receivePop(pop);
        });
    });
    connect(&events, &PanelHostEvents::contactSaved, this, &PracticePanel::contactSaved);
    render();
}

void PracticePanel::choose()
{
    auto *dialog = new QDialog(&m_window);
    dialog->setObjectName(QStringLiteral("practiceChooser"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Practice call"));
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(tr("&Scenario for the trainee:"), dialog);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("practiceScenarioList"));
    list->setAccessibleName(tr("Practice scenarios"));
    label->setBuddy(list);
    auto *summary = wrappingLabel(QStringLiteral("practiceScenarioSummary"), dialog);
    summary->setAccessibleName(tr("What the scenario is about, for the trainer"));
    for (const PracticeScenario &s : std::as_const(m_scenarios)) {
        auto *item = new QListWidgetItem(s.title, list);
        item->setData(Qt::UserRole, s.id);
    }
    connect(list, &QListWidget::currentRowChanged, summary, [this, summary](int row) {
        summary->setText(row >= 0 && row < m_scenarios.size() ? m_scenarios.at(row).summary
                                                              : QString());
    });
    list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Start the practice call"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(label);
    layout->addWidget(list, 1);
    layout->addWidget(summary);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, dialog, &QDialog::accept);
    connect(dialog, &QDialog::accepted, this, [this, list] {
        const int row = list->currentRow();
        if (row >= 0 && row < m_scenarios.size())
            start(m_scenarios.at(row));
    });
    dialog->resize(640, 420);
    dialog->open();
    list->setFocus(Qt::OtherFocusReason);
}

void PracticePanel::start(const PracticeScenario &scenario)
{
    m_scenario = scenario;
    m_state = State::Ringing;
    m_callId = QStringLiteral("practice-%1-%2").arg(scenario.id).arg(++m_calls);
    m_transcript->clear();
    m_topics->clear();
    for (const PracticeTopic &t : scenario.topics) {
        auto *item = new QListWidgetItem(t.label, m_topics);
        item->setData(Qt::UserRole, t.id);
    }
    m_topics->setCurrentRow(0);
    render();
    m_window.showSidePanelTab(this, m_topics);
    m_window.showStatusMessage(tr("Practice call: press F2 to take the call"), 8000);
}

void PracticePanel::reveal(QListWidgetItem *item)
{
    if (!item || m_state == State::Idle)
        return;
    const PracticeTopic *topic = m_scenario.topic(item->data(Qt::UserRole).toString());
    if (!topic)
        return;
    m_transcript->append(tr("<p><b>%1</b><br>%2</p>")
                             .arg(topic->label.toHtmlEscaped(), topic->answer.toHtmlEscaped()));
    QFont font = item->font();
    font.setItalic(true);
    item->setFont(font); // asked already
}

void PracticePanel::contactSaved(const Contact &contact)
{
    if (m_state != State::OnCall || contact.callId != m_callId)
        return;
    showScore(contact);
}

void PracticePanel::end()
{
    if (m_state == State::Idle)
        return;
    if (m_state == State::OnCall)
        showScore(m_window.currentContact()); // not saved: as typed so far
    m_state = State::Idle;
    render();
}

void PracticePanel::showScore(const Contact &contact)
{
    m_state = State::Idle;
    render();
    Result<RubricScore> score =
        scorePracticeContact(m_window.database(), m_rubric, m_scenario, contact);
    if (!score) {
        m_window.showStatusMessage(
            tr("The practice call could not be scored: %1").arg(score.errorMessage()));
        return;
    }
    // Kept in the (training) profile for the trainer to export; the ticks update it.
    PracticeResult kept;
    kept.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    kept.scenario = m_scenario.id;
    kept.scenarioVersion = m_scenario.version;
    kept.trainee = m_window.profile().name;
    kept.contactId = contact.id;
    kept.score = score.value();
    const auto keep = [this](const PracticeResult &result) {
        if (Status s = QaStore(m_window.database()).keepPracticeResult(result); !s)
            m_window.showStatusMessage(
                tr("The practice score could not be kept: %1").arg(s.errorMessage()));
    };
    keep(kept);
    auto *dialog = new PracticeScoreDialog(m_scenario.title, score.value(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PracticeScoreDialog::scoreChanged, this,
            [keep, kept](const RubricScore &changed) mutable {
                kept.score = changed;
                keep(kept);
            });
    dialog->open();
}

void PracticePanel::render()
{
    const bool active = m_state != State::Idle;
    if (m_scenario.id.isEmpty()) {
        m_title->setText(tr("No practice call"));
        m_caller->clear();
        m_opening->clear();
        m_status->setText(tr("Training > Practice call… (Ctrl+Shift+P) starts one; Ctrl+Shift+L "
                             "comes back to this tab."));
    } else {
        m_title->setText(tr("Practice: %1").arg(m_scenario.title));
        m_caller->setText(tr("Caller: %1, %2").arg(m_scenario.callerName, m_scenario.callerPhone));
        m_opening->setText(tr("The caller says: \u201c%1\u201d").arg(m_scenario.openingLine));
        switch (m_state) {
        case State::Ringing:
            m_status->setText(tr("The phone is ringing: press F2 to take the call."));
            break;
        case State::OnCall:
            m_status->setText(tr("On the call: ask about a topic (Enter) and log the contact; "
                                 "saving it ends the practice."));
            break;
        case State::Idle:
            m_status->setText(tr("Practice ended. Training > Practice call… starts another."));
            break;
        }
    }
    m_topics->setEnabled(active);
    m_ask->setEnabled(active);
    m_end->setEnabled(active);
}

PracticeScoreDialog::PracticeScoreDialog(const QString &scenarioTitle, RubricScore score,
                                         QWidget *parent)
    : QDialog(parent)
    , m_score(std::move(score))
{
    setObjectName(QStringLiteral("practiceScoreDialog"));
    setWindowTitle(tr("Practice score: %1").arg(scenarioTitle));
    auto *layout = new QVBoxLayout(this);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("practiceTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("practiceScoreTree"));
    m_tree->setAccessibleName(tr("Points by criterion and what was missed"));
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setHeaderLabels({tr("Criterion"), tr("Points"), tr("What was missed")});
    for (const CriterionScore &c : std::as_const(m_score.criteria)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(Criterion, Qt::UserRole, c.id);
        item->setText(Criterion, c.title);
        if (c.manual) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Criterion, c.ticked ? Qt::Checked : Qt::Unchecked);
            item->setText(Missed, tr("For the trainer to tick"));
        } else {
            item->setText(Missed, c.missed.isEmpty() ? tr("Nothing missed")
                                                     : c.missed.join(QLatin1Char('\n')));
        }
        item->setText(Points, tr("%1 of %2").arg(c.points).arg(c.weight));
    }
    m_tree->header()->setSectionResizeMode(Criterion, QHeaderView::Interactive);
    m_tree->setColumnWidth(Criterion, 300);
    m_tree->setColumnWidth(Points, 80);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
    connect(m_tree, &QTreeWidget::itemChanged, this, &PracticeScoreDialog::itemChanged);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the score"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_total);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    showTotal();
    resize(960, 520); // inside a 1280x720 screen with the window frame
    m_tree->setFocus(Qt::OtherFocusReason);
}

void PracticeScoreDialog::itemChanged(QTreeWidgetItem *item, int column)
{
    if (column != Criterion || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    const QString id = item->data(Criterion, Qt::UserRole).toString();
    if (!m_score.tick(id, item->checkState(Criterion) == Qt::Checked))
        return;
    for (const CriterionScore &c : std::as_const(m_score.criteria))
        if (c.id == id) {
            const QSignalBlocker block(m_tree);
            item->setText(Points, tr("%1 of %2").arg(c.points).arg(c.weight));
        }
    showTotal();
    emit scoreChanged(m_score);
}

void PracticeScoreDialog::showTotal()
{
    m_total->setText(tr("Total: %1 of %2").arg(m_score.points()).arg(m_score.outOf()));
    m_total->setAccessibleName(m_total->text());
}

PracticePanel *installPractice(MainWindow &window)
{
    Result<Rubric> rubric = Rubric::loadShipped();
    QStringList problems;
    QList<PracticeScenario> scenarios =
        loadPracticeScenarios(practiceShippedDirectory(), &problems);
    for (const QString &p : std::as_const(problems))
        qCWarning(lcGui) << "practice scenario skipped:" << p;
    if (!rubric || scenarios.isEmpty()) {
        window.showStatusMessage(
            PracticePanel::tr("Practice calls are not available: %1")
                .arg(rubric ? PracticePanel::tr("no scenarios") : rubric.errorMessage()));
        return nullptr;
    }
    auto *panel = new PracticePanel(window, rubric.value(), scenarios);
    window.addSidePanelTab(panel, PracticePanel::tr("Caller"));
    QMenu *menu = window.addMenu(PracticePanel::tr("&Training"));
    menu->setObjectName(QStringLiteral("trainingMenu"));
    auto *practice = new QAction(PracticePanel::tr("&Practice call…"), &window);
    practice->setObjectName(QStringLiteral("practiceCallAction"));
    practice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    practice->setToolTip(PracticePanel::tr("Pick a scenario: a made-up caller the trainee "
                                           "logs, scored against the rubric"));
    QObject::connect(practice, &QAction::triggered, panel, &PracticePanel::choose);
    menu->addAction(practice);
    window.addWindowAction(practice);
    // The form's labels hold every letter of "Caller", so the tab has a shortcut of its own.
    auto *show = new QAction(PracticePanel::tr("&Caller tab"), &window);
    show->setObjectName(QStringLiteral("practiceCallerAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QObject::connect(show, &QAction::triggered, panel, [&window, panel] {
        window.showSidePanelTab(panel,
                                panel->findChild<QListWidget *>(QStringLiteral("practiceTopics")),
                                Qt::ShortcutFocusReason);
    });
    menu->addAction(show);
    window.addWindowAction(show);
    auto *endAction = new QAction(PracticePanel::tr("&End practice"), &window);
    endAction->setObjectName(QStringLiteral("endPracticeAction"));
    QObject::connect(endAction, &QAction::triggered, panel, &PracticePanel::end);
    menu->addAction(endAction);
    // Practice scores are kept in the training profile, which goes when the Desk closes: the
    // trainer exports them first (docs/DEMO.md).
    auto *exportAction = new QAction(PracticePanel::tr("E&xport practice results…"), &window);
    exportAction->setObjectName(QStringLiteral("exportPracticeAction"));
    QObject::connect(exportAction, &QAction::triggered, panel, [&window] {
        const QString path = QFileDialog::getSaveFileName(
            &window, PracticePanel::tr("Export practice results"),
            QStringLiteral("practice-results.csv"), PracticePanel::tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QaStore(window.database()).practiceResultsCsv());
            if (file.commit()) {
                window.showStatusMessage(PracticePanel::tr("Practice results written to %1")
                                             .arg(QDir::toNativeSeparators(path)));
                return;
            }
        }
        MessageBox::warning(&window, PracticePanel::tr("Export practice results"),
                            PracticePanel::tr("Cannot write %1: %2").arg(path, file.errorString()));
    });
    menu->addAction(exportAction);
    return panel;
}

} // namespace cd
