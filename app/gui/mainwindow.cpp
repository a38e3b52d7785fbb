#include "gui/mainwindow.h"
#include "core/londonday.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/nextstepsrule.h"
#include "core/repeatcaller.h"
#include "core/thrive.h"
#include "core/validation.h"
#include "gui/columnfit.h"
#include "gui/combotypeahead.h"
#include "gui/contactaccess.h"
#include "gui/contactform.h"
#include "gui/contactlistmodel.h"
#include "gui/contactviewdialog.h"
#include "gui/deskpanels.h"
#include "gui/guidancepanel.h"
#include "gui/messagebox.h"
#include "gui/openmatternotice.h"
#include "gui/riskbanner.h"
#include "gui/screenfit.h"
#include "gui/shortcutsheetdialog.h"
#include "gui/signin.h"
#include "gui/statusmessage.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/openmatters.h"
#include "storage/outbox.h"
#include "storage/profile.h"
#include "storage/scriptstore.h"
#include "storage/settingsstore.h"
#include "storage/taxonomystore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

namespace cd {

namespace {
// Smaller than a 1280x720 screen less a taskbar and the window's frame.
constexpr QSize kMinimumWindowSize(1000, 600);
} // namespace

MainWindow::MainWindow(Database &db, const HandlerProfile &profile, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_profile(profile)
    , m_events(new PanelHostEvents(this))
{
    setObjectName(QStringLiteral("deskWindow"));
    if (Result<Taxonomy> t = TaxonomyStore(m_db).load())
        m_taxonomy = t.value();
    else
        qCWarning(lcGui) << "taxonomy could not be read:" << t.errorMessage();
    // Start-up: the form, the lists and the menus now; the side panels (guidance, escalations,
    // vehicle, figures) and the lists' rows once the window has been painted (finishStartUp).
    buildUi();
    buildActions();
    buildHelpMenu();
    // Typing in a drop-down picks an item by its words and never opens the list.
    ComboTypeAhead::installAll(this);
    fitToScreen();

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(SettingsStore(m_db).intValue(SettingsStore::Key::DraftSaveDelayMs));
    connect(&m_draftTimer, &QTimer::timeout, this, &MainWindow::saveDraftNow);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    m_historyTimer.setSingleShot(true);
    m_historyTimer.setInterval(150);
    connect(&m_historyTimer, &QTimer::timeout, this, &MainWindow::lookUpCaller);

    connect(m_form, &ContactForm::changed, this, [this] { m_draftTimer.start(); });
    connect(m_form, &ContactForm::callerKeyChanged, this, [this] { m_historyTimer.start(); });
    connect(m_form, &ContactForm::saveRequested, this, &MainWindow::saveContact);

    // What was being typed comes back before anything can be typed, popped or saved over it.
    restoreDraft();
    restoreQueuedPops();
    m_form->fieldWidget(QStringLiteral("channel"))->setFocus(Qt::OtherFocusReason);

    // The rest follows the first paint (event()); a Desk that is not on screen yet (or never
    // painted) gets it at once, and one that is never painted within a second gets it then.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            finishStartUp();
    });
    QTimer::singleShot(1000, this, &MainWindow::finishStartUp);
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_startUpQueued) {
        m_startUpQueued = true;
        QMetaObject::invokeMethod(this, &MainWindow::finishStartUp, Qt::QueuedConnection);
    }
    return QMainWindow::event(event);
}

void MainWindow::finishStartUp()
{
    if (m_startUpFinished)
        return;
    m_startUpFinished = true;
    m_startUpQueued = true;
    loadInitialData();
    // After the list's rows are painted.
    QMetaObject::invokeMethod(this, &MainWindow::buildSidePanels, Qt::QueuedConnection);
}

void MainWindow::buildSidePanels()
{
    if (m_panelsReady)
        return;
    // Their tabs and menus go before any a caller added meanwhile (sync, training).
    m_buildingPanels = true;
    setUpGuidance();
    m_sidePanel->setCurrentWidget(m_guidance); // in front, as the first tab built
    // Escalations, Vehicle, My figures (and Team figures) tabs, with their menus and status.
    installDeskPanels(*this);
    ComboTypeAhead::installAll(m_sidePanel);
    m_buildingPanels = false;
    m_panelsReady = true;
    emit panelsReadyChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    setWindowTitle(tr("Contact Desk — %1 (%2)").arg(m_profile.name, m_profile.team));
    setWindowIcon(QIcon(QStringLiteral(":/contactdesk/icons/contactdesk.svg")));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("deskSplitter"));

    // Left: today's contacts or search results, then the caller's history.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 6, 6);
    m_searchEdit = new QLineEdit(left);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search caller, phone, reference, notes (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    leftLayout->addWidget(m_searchEdit);
    m_listTitle = new QLabel(left);
    m_listTitle->setObjectName(QStringLiteral("listTitle"));
    m_listTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    leftLayout->addWidget(m_listTitle);

    auto setUpView = [this](QTableView *view, ContactListModel *model, const char *name) {
        view->setObjectName(QLatin1String(name));
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->setVisible(false);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setHighlightSections(false);
        view->setTabKeyNavigation(false);
        // Columns as wide as what they hold; the time stays whole, the rest end in "…" (the
        // tooltip has the whole text) when the pane is narrow.
        // The caller's name is what a handler reads first: the labels give up room before it.
        ColumnFit::install(view,
                           {ContactListModel::Caller, ContactListModel::Category,
                            ContactListModel::Outcome, ContactListModel::Channel},
                           {ContactListModel::Caller});
        connect(view, &QTableView::activated, this, &MainWindow::openSelectedContact);
    };
    m_contactsModel = new ContactListModel(this);
    m_contactsModel->setTaxonomy(m_taxonomy);
    // More rows as the list scrolls: the title says how many are shown.
    connect(m_contactsModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_searchMode)
            updateListTitle();
    });
    m_contactsView = new QTableView(left);
    setUpView(m_contactsView, m_contactsModel, "contactsView");
    leftLayout->addWidget(m_contactsView, 3);

    m_historyTitle = new QLabel(tr("Caller history"), left);
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    m_historyTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    // Its count never widens the pane (and moves the form) as the caller's details are typed.
    m_historyTitle->setWordWrap(true);
    m_historyTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    leftLayout->addWidget(m_historyTitle);
    m_historyModel = new ContactListModel(this);
    m_historyModel->setTaxonomy(m_taxonomy);
    m_historyModel->setShowDates(true);
    m_historyModel->setShowReasons(true);
    m_historyView = new QTableView(left);
    setUpView(m_historyView, m_historyModel, "historyView");
    // Why each earlier contact is the caller's (in the channel's place) comes straight after who
    // it was.
    m_historyView->horizontalHeader()->moveSection(ContactListModel::Channel, 2);
    leftLayout->addWidget(m_historyView, 2);
    // Caller matching (issue 22): the repeat-victim check the lookup made, then the others at
    // the caller's address. Both in the left pane: nothing under the cursor in the form moves.
    m_victimCheckLabel = new QLabel(left);
    m_victimCheckLabel->setObjectName(QStringLiteral("victimCheckLabel"));
    m_victimCheckLabel->setWordWrap(true);
    // What these say never widens the pane: the splitter, and the form beside it, stay put.
    m_victimCheckLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    leftLayout->addWidget(m_victimCheckLabel);
    m_openMatters = new OpenMatterNotice(left);
    leftLayout->addWidget(m_openMatters);
    m_householdTitle = new QLabel(tr("Household"), left);
    m_householdTitle->setObjectName(QStringLiteral("householdTitle"));
    m_householdTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_householdTitle->setWordWrap(true);
    m_householdTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    leftLayout->addWidget(m_householdTitle);
    m_householdView = new QListWidget(left);
    m_householdView->setObjectName(QStringLiteral("householdView"));
    m_householdView->setAccessibleName(tr("Household"));
    m_householdView->setWordWrap(true);
    m_householdView->setMinimumHeight(2 * m_householdView->fontMetrics().lineSpacing() + 8);
    leftLayout->addWidget(m_householdView, 1);
    splitter->addWidget(left);

    // Middle: the contact being logged.
    m_form = new ContactForm(splitter);
    m_form->setObjectName(QStringLiteral("contactForm"));
    m_form->setTaxonomy(m_taxonomy);
    // The risk banner sits above the form in a slot that is always kept, so the form does not
    // move when it appears; it never takes the cursor from the notes. On a short screen the
    // form scrolls rather than pushing Save off the bottom.
    auto *middle = new QWidget(splitter);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(2);
    m_riskBanner = new RiskBanner(middle);
    middleLayout->addWidget(m_riskBanner);
    // Calls that popped while a contact was being typed wait in view under the form, for its
    // save: below it, so no field moves while the handler types.
    m_popQueueLabel = new QLabel(middle);
    m_popQueueLabel->setObjectName(QStringLiteral("popQueueLabel"));
    m_popQueueLabel->setWordWrap(true);
    m_popQueueLabel->setStyleSheet(QStringLiteral(
        "background: #e8f0fb; color: #1d3a66; border: 1px solid #7a9cc6; padding: 4px; "
        "font-weight: 600;"));
    m_popQueueLabel->setVisible(false);
    auto *scroll = new QScrollArea(middle);
    scroll->setObjectName(QStringLiteral("contactFormScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    middleLayout->addWidget(scroll, 1);
    middleLayout->addWidget(m_popQueueLabel);
    splitter->addWidget(middle);
    m_form->fieldWidget(QStringLiteral("notes"))->installEventFilter(this);

    // Right: guidance, vehicle lookup and escalations add their tabs here.
    m_sidePanel = new QTabWidget(splitter);
    m_sidePanel->setObjectName(QStringLiteral("sidePanel"));
    // Alt+the tab's letter brings the tab forward and puts the cursor in it.
    m_sidePanel->tabBar()->installEventFilter(this);
    splitter->addWidget(m_sidePanel);

    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    // No pane can be squeezed to nothing by dragging a handle.
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_syncLabel->setContentsMargins(0, 0, 16, 0);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_profileLabel);
    // Messages have their own slot, left of the kept widgets: never drawn over them.
    m_statusMessage = new StatusMessage(this);
    statusBar()->addWidget(m_statusMessage, 1);
}

void MainWindow::fitToScreen()
{
    // The window fits a 1280x720 screen less a taskbar, and at 150% scaling: 1360x820 where
    // there is room, the screen's available size where there is not. The contact form gets the
    // largest share of the width.
    setMinimumSize(kMinimumWindowSize);
    resizeToFitScreen(this, QSize(1360, 820));
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget())) {
        const int width = size().width();
        splitter->setSizes({width * 27 / 100, width * 40 / 100, width * 33 / 100});
    }
}

void MainWindow::buildActions()
{
    auto *newAction = new QAction(tr("&New contact"), this);
    newAction->setObjectName(QStringLiteral("newContactAction"));
    newAction->setShortcut(QKeySequence(Qt::Key_F2));
    newAction->setToolTip(tr("Start a new contact and its timer (F2)"));
    connect(newAction, &QAction::triggered, this, &MainWindow::newContact);

    auto *saveAction = new QAction(tr("&Save contact"), this);
    saveAction->setObjectName(QStringLiteral("saveContactAction"));
    saveAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(saveAction, &QAction::triggered, this, &MainWindow::saveContact);

    auto *endCallAction = new QAction(tr("&End call"), this);
    endCallAction->setObjectName(QStringLiteral("endCallAction"));
    endCallAction->setShortcut(QKeySequence(Qt::Key_F4));
    endCallAction->setShortcutContext(Qt::WindowShortcut);
    endCallAction->setToolTip(tr("The caller has hung up: talk time stops, wrap-up starts (F4)"));
    connect(endCallAction, &QAction::triggered, this, &MainWindow::endCall);

    auto *searchAction = new QAction(tr("Sea&rch contacts"), this);
    searchAction->setObjectName(QStringLiteral("searchAction"));
    searchAction->setShortcut(QKeySequence::Find);
    connect(searchAction, &QAction::triggered, this, &MainWindow::focusSearch);

    auto *profileAction = new QAction(tr("Who is &working…"), this);
    profileAction->setObjectName(QStringLiteral("profileAction"));
    connect(profileAction, &QAction::triggered, this, &MainWindow::editProfile);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(profileAction);
    file->addSeparator();
    file->addAction(quitAction);
    QMenu *contact = menuBar()->addMenu(tr("&Contact"));
    contact->setObjectName(QStringLiteral("contactMenu"));
    contact->addAction(newAction);
    contact->addAction(saveAction);
    contact->addAction(endCallAction);
    contact->addAction(searchAction);

    QToolBar *toolbar = addToolBar(tr("Desk"));
    toolbar->setObjectName(QStringLiteral("deskToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    newAction->setIconText(tr("New contact (F2)"));
    searchAction->setIconText(tr("Search (Ctrl+F)"));
    saveAction->setIconText(tr("Save (Ctrl+Enter)"));
    toolbar->addAction(newAction);
    toolbar->addAction(searchAction);
    toolbar->addAction(saveAction);
}

void MainWindow::setUpGuidance()
{
    // Guidance: the script for the category, shipped or imported (newest version wins).
    m_guidance = new GuidancePanel(this);
    m_guidance->setLibrary(ScriptStore(m_db).library(&m_taxonomy));
    addSidePanelTab(m_guidance, tr("&Guidance"));
    // A recovered draft's script, where it had got to.
    if (const QString category = m_form->contact().category; !category.isEmpty()) {
        if (m_guidance->library().forCategory(category))
            m_sidePanel->setCurrentWidget(m_guidance);
        m_guidance->showCategory(category);
    }
    if (!m_restoredScriptPath.isEmpty())
        m_guidance->restorePath(m_restoredScriptPath);
    m_restoredScriptPath.clear();
    connect(m_form, &ContactForm::categoryChanged, this, [this](const QString &category) {
        // A category with a script brings its guidance forward, before the script's first step
        // (which may hand over to another tab) runs; the cursor stays in the form.
        if (!category.isEmpty() && m_guidance->library().forCategory(category))
            m_sidePanel->setCurrentWidget(m_guidance);
        m_guidance->showCategory(category,
                                 m_taxonomy.label(TaxonomyEntry::Kind::Category, category));
    });
    connect(m_guidance, &GuidancePanel::pathChanged, m_form, &ContactForm::setScriptPath);
    connect(m_guidance, &GuidancePanel::outcomeRequested, m_form, &ContactForm::setOutcome);
    connect(m_guidance, &GuidancePanel::escalationRequested, this, [this](const QString &type) {
        showStatusMessage(tr("The guidance suggests the %1 form").arg(type), 8000);
    });
    // A script action opens its escalation form (when escalations are installed).
    connect(m_guidance, &GuidancePanel::escalationRequested, m_events,
            &PanelHostEvents::escalationRequested);
    connect(m_guidance, &GuidancePanel::vehicleLookupRequested, this, [this] {
        // Hands over to the vehicle lookup when one is installed; it looks up the contact's
        // mark.
        emit m_events->vehicleLookupRequested();
        if (QWidget *tab = m_tabsByRole.value(tabrole::vehicleLookup))
            showSidePanelTab(tab);
    });
    auto *focusGuidance = new QAction(tr("Go to the guidance"), this);
    focusGuidance->setObjectName(QStringLiteral("focusGuidanceAction"));
    focusGuidance->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    focusGuidance->setShortcutContext(Qt::WindowShortcut);
    connect(focusGuidance, &QAction::triggered, this, [this] {
        m_sidePanel->setCurrentWidget(m_guidance);
        m_guidance->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(focusGuidance);

    // Risk phrases in the notes raise the banner; what was shown and done is kept.
    if (Result<RiskDetector> detector = RiskDetector::loadShipped())
        m_riskBanner->setDetector(detector.value());
    else
        qCWarning(lcGui) << "risk phrases not loaded:" << detector.errorMessage();
    connect(m_form, &ContactForm::notesChanged, m_riskBanner, &RiskBanner::setNotes);
    connect(m_riskBanner, &RiskBanner::promptsChanged, m_form, &ContactForm::setRiskPrompts);
    connect(m_riskBanner, &RiskBanner::openScriptRequested, this, [this](const QString &id) {
        if (!m_guidance->openScript(id))
            return;
        m_sidePanel->setCurrentWidget(m_guidance);
        m_guidance->setFocus(Qt::ShortcutFocusReason); // the handler asked for it (F9)
    });
    connect(m_riskBanner, &RiskBanner::escalationRequested, m_guidance,
            &GuidancePanel::escalationRequested);
    // A form sent for this contact: the banner does not ask for it again for what it covers.
    connect(m_events, &PanelHostEvents::escalationSent, m_riskBanner, &RiskBanner::noteFormSent);
}

void MainWindow::buildHelpMenu()
{
    auto *keysAction = new QAction(tr("&Keyboard shortcuts"), this);
    keysAction->setObjectName(QStringLiteral("shortcutSheetAction"));
    keysAction->setShortcut(QKeySequence(Qt::Key_F1));
    keysAction->setShortcutContext(Qt::WindowShortcut);
    connect(keysAction, &QAction::triggered, this, [this] {
        auto *sheet = new ShortcutSheetDialog(this);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->open();
    });
    addAction(keysAction);
    auto *aboutAction = new QAction(tr("&About Contact Desk"), this);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(aboutAction, &QAction::triggered, this, [this] {
        const QString version = QCoreApplication::applicationVersion();
        QMessageBox::about(this, tr("About Contact Desk"),
                           tr("<p><b>Contact Desk</b> %1</p>"
                              "<p>Logging public contact for police forces.</p>"
                              "<p>Built with Qt %2, running on Qt %3.</p>")
                               .arg(version.isEmpty() ? tr("(development build)") : version,
                                    QStringLiteral(QT_VERSION_STR),
                                    QString::fromLatin1(qVersion())));
    });
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(keysAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(aboutAction);
}

void MainWindow::addSidePanelTab(QWidget *panel, const QString &title, const QString &role)
{
    // The Desk's own panels come first, whenever they are built.
    if (m_buildingPanels)
        m_sidePanel->insertTab(m_panelTabs++, panel, title);
    else
        m_sidePanel->addTab(panel, title);
    const QString key = role.isEmpty() ? panel->objectName() : role;
    if (!key.isEmpty())
        m_tabsByRole.insert(key, panel);
}

void MainWindow::showSidePanelTab(QWidget *panel, QWidget *focus, Qt::FocusReason reason)
{
    m_sidePanel->setCurrentWidget(panel);
    if (!focus) {
        // The tab's first field in tab order.
        for (QWidget *w = panel->nextInFocusChain(); w && w != panel; w = w->nextInFocusChain()) {
            if (panel->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus &&
                w->isEnabled() && w->isVisibleTo(panel) && !w->focusProxy()) {
                focus = w;
                break;
            }
        }
    }
    if (focus)
        focus->setFocus(reason);
}

QMenu *MainWindow::addMenu(const QString &title)
{
    if (!m_helpMenu)
        return menuBar()->addMenu(title);
    // Help stays the last menu; the side panels' menus come before any added while they were
    // not built yet (sync, training), as they did when they were built first.
    auto *menu = new QMenu(title, menuBar());
    QAction *before = m_helpMenu->menuAction();
    if (m_buildingPanels && m_firstLaterMenu)
        before = m_firstLaterMenu;
    menuBar()->insertMenu(before, menu);
    if (!m_panelsReady && !m_buildingPanels && !m_firstLaterMenu)
        m_firstLaterMenu = menu->menuAction();
    return menu;
}

void MainWindow::addWindowAction(QAction *action)
{
    addAction(action);
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    m_statusMessage->showMessage(text, timeoutMs);
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    statusBar()->addPermanentWidget(widget);
}

void MainWindow::setSyncStatusWidget(QWidget *widget)
{
    statusBar()->insertPermanentWidget(0, widget);
    m_syncLabel->hide(); // the local-only queue count; the sync state says more
}

Contact MainWindow::currentContact() const
{
    return m_form->contact();
}

Contact MainWindow::currentContactWithId()
{
    Contact c = m_form->contact();
    if (c.id.isEmpty()) {
        // The contact keeps this id when it is saved.
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_form->setContactId(c.id);
    }
    return c;
}

std::optional<Contact> MainWindow::contactJustSaved() const
{
    if (!m_justSaved || m_form->hasTypedContent())
        return std::nullopt;
    return m_justSaved;
}

void MainWindow::appendToContactNotes(const QString &text)
{
    m_form->appendNotes(text);
}

void MainWindow::setContactVrm(const QString &vrm)
{
    m_form->setVrm(vrm);
}

void MainWindow::loadInitialData()
{
    if (!m_searchMode)
        showToday();
    updateStatus();
    // Ready for the next call: the first field of the form, not the search box.
    if (!QApplication::focusWidget() || QApplication::focusWidget() == m_searchEdit)
        m_form->fieldWidget(QStringLiteral("channel"))->setFocus(Qt::OtherFocusReason);
}

void MainWindow::resetGuidance()
{
    m_restoredScriptPath.clear();
    if (m_guidance)
        m_guidance->reset();
}

void MainWindow::restoreDraft()
{
    const std::optional<Draft> draft = DraftStore(m_db).load(DraftStore::contactSlot());
    if (!draft)
        return;
    m_form->restoreDraft(draft->payload);
    const Contact recovered = m_form->contact();
    // The guidance is built after the first paint; it takes the path up then.
    m_restoredScriptPath = recovered.scriptPath;
    if (m_guidance) {
        m_guidance->restorePath(recovered.scriptPath);
        m_restoredScriptPath.clear();
    }
    m_riskBanner->restorePrompts(recovered.riskPrompts);
    const QString at = draft->savedAt.toLocalTime().toString(QStringLiteral("HH:mm"));
    m_form->setMessage(tr("Recovered the contact you were typing (kept at %1).").arg(at));
    showStatusMessage(tr("Recovered an unsaved contact from %1").arg(at), 10000);
}

void MainWindow::showToday()
{
    m_searchMode = false;
    m_todayShown = londonDay(Clock::instance().now());
    m_contactsModel->setShowDates(false);
    m_contactsModel->setQuery(m_db, ContactListQuery::ofDay(m_profile.name, m_todayShown), actor());
    updateListTitle();
}

void MainWindow::updateListTitle()
{
    const int shown = m_contactsModel->rowCount();
    const bool more = m_contactsModel->canFetchMore({});
    if (m_searchMode) {
        m_listTitle->setText(
            more ? tr("Search “%1” — first %n shown, more as you scroll", nullptr, shown)
                       .arg(m_searchText)
                 : tr("Search “%1” — %n found", nullptr, shown).arg(m_searchText));
        return;
    }
    // Today's list is read a page at a time; its title counts the whole day.
    const int count = more ? ContactStore(m_db).countDay(m_profile.name, m_todayShown) : shown;
    m_listTitle->setText(tr("Today — %n contact(s)", nullptr, count));
}

void MainWindow::refreshToday()
{
    // The rows already shown are read again and only what changed moves: a saved contact
    // comes in at the top without the list being read again from scratch.
    if (!m_searchMode && m_todayShown != londonDay(Clock::instance().now())) {
        showToday();
        return;
    }
    if (m_searchMode && !m_contactsModel->isPaged()) {
        runSearch();
        return;
    }
    m_contactsModel->refresh();
    updateListTitle();
}

void MainWindow::showArrivedRows()
{
    refreshToday();
    lookUpCaller(); // the caller on the form may have called another workstation meanwhile
    emit m_events->rowsArrived();
}

void MainWindow::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void MainWindow::runSearch()
{
    m_searchTimer.stop();
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty()) {
        showToday();
        return;
    }
    m_searchMode = true;
    m_searchText = text;
    m_contactsModel->setShowDates(true);
    m_contactsModel->setQuery(m_db, ContactListQuery::ofSearch(text), actor());
    updateListTitle();
}

void MainWindow::lookUpCaller()
{
    const Contact c = m_form->contact();
    SettingsStore settings(m_db);
    const RepeatCallerRule rule{settings.intValue(SettingsStore::Key::RepeatCallerThreshold),
                                settings.intValue(SettingsStore::Key::RepeatCallerWindowDays)};
    const QDateTime now = Clock::instance().now();
    // Any of the caller's keys: phone, email, name with postcode, address (callermatch). The
    // contact being edited (a recovered draft that was saved before) is not its own history.
    const callermatch::CallerKeys keys = callermatch::CallerKeys::of(c);
    ContactStore store(m_db);
    const CallerHistory history = store.history(keys, rule.windowStart(now), actor(), c.id);
    const QList<ContactSummary> &rows = history.contacts;
    m_historyModel->setRows(rows);
    m_historyTitle->setText(
        rows.isEmpty() ? tr("Caller history")
                       : tr("Caller history — %n earlier contact(s)", nullptr, int(rows.size())));
    const RepeatCallerNotice notice =
        decideRepeatCallerNotice(rule, int(rows.size()), history.inWindow);
    switch (notice.kind) {
    case RepeatCallerNotice::Kind::None:
        m_form->setRepeatCallerNotice({}, false);
        break;
    case RepeatCallerNotice::Kind::RepeatCaller:
        m_form->setRepeatCallerNotice(
            tr("⚠ Repeat caller: %1 contacts in %2 days, including this one")
                .arg(notice.contactsInWindow)
                .arg(notice.windowDays),
            true);
        break;
    case RepeatCallerNotice::Kind::KnownCaller:
        m_form->setRepeatCallerNotice(tr("Known caller: %n earlier contact(s) — see Caller history",
                                         nullptr, notice.earlierContacts),
                                      false);
        break;
    }

    // The repeat-victim check: made whenever the caller's contacts are looked up during a
    // contact, and saved with it.
    if (m_form->isStarted() && keys.canMatch())
        m_form->setVictimCheck(now, history.matched);
    if (!m_form->victimCheckedAt().isValid() || m_form->victimCheckMatches() < 0) {
        m_victimCheckLabel->clear();
        m_victimCheckLabel->setStyleSheet(QString());
    } else {
        const QString at =
            m_form->victimCheckedAt().toLocalTime().toString(QStringLiteral("HH:mm"));
        const int found = m_form->victimCheckMatches();
        m_victimCheckLabel->setText(
            found == 0 ? tr("Repeat-victim check %1: no earlier contacts of this caller").arg(at)
                       : tr("⚠ Repeat-victim check %1: %n earlier contact(s) of this caller — ask "
                            "about them",
                            nullptr, found)
                             .arg(at));
        m_victimCheckLabel->setStyleSheet(
            found == 0 ? QStringLiteral("color: #1d3a66;")
                       : QStringLiteral("background: #ffe8a3; color: #5c3d00; padding: 2px; "
                                        "font-weight: 600;"));
    }

    // The household: the others at the caller's address with contacts in the window.
    const int householdDays = settings.intValue(SettingsStore::Key::HouseholdWindowDays);
    const QList<HouseholdMember> members =
        store.household(keys, now.addDays(-householdDays), actor(), c.id);
    m_householdView->clear();
    for (const HouseholdMember &m : members) {
        QStringList flags;
        if (m.repeatCaller)
            flags.append(tr("repeat caller"));
        for (const QString &kind : m.riskKinds)
            flags.append(tr("risk: %1").arg(ContactViewDialog::riskKindLabel(kind)));
        QString text = tr("%1 — %n contact(s), last %2", nullptr, m.contacts)
                           .arg(m.name.isEmpty() ? tr("(no name given)") : m.name,
                                m.lastContact.toLocalTime().toString(QStringLiteral("dd/MM/yy")));
        if (!flags.isEmpty())
            text += QStringLiteral(" · ") + flags.join(QStringLiteral(" · "));
        auto *item = new QListWidgetItem(text, m_householdView);
        if (!flags.isEmpty())
            item->setForeground(QColor(0x5c, 0x3d, 0x00));
    }
    m_householdTitle->setText(
        members.isEmpty()
            ? tr("Household")
            : tr("Household — %n other(s) at this address in %1 days", nullptr, int(members.size()))
                  .arg(householdDays));

    // Earlier matters of the caller or household still open: shown, and THRIVE offered again.
    static const std::optional<ThriveDefinition> thrive = [] {
        Result<ThriveDefinition> d = ThriveDefinition::loadShipped();
        return d ? std::optional<ThriveDefinition>(d.value()) : std::nullopt;
    }();
    // The caller's own contacts match by phone, email or name with postcode; one matched by the
    // address alone is someone else's at the same address (the household's).
    QStringList callerIds;
    QStringList householdIds;
    for (const ContactSummary &s : rows) {
        if (s.reasons & (callermatch::Reason::Phone | callermatch::Reason::Email |
                         callermatch::Reason::NameAndPostcode))
            callerIds.append(s.id);
        else
            householdIds.append(s.id);
    }
    for (const HouseholdMember &m : members)
        householdIds += m.contactIds;
    const QList<OpenMatter> open =
        thrive && m_form->isStarted()
            ? OpenMatters(m_db).find(callerIds, householdIds, now, thrive->reassessAfterHours())
            : QList<OpenMatter>();
    m_openMatters->showMatters(open, thrive ? &*thrive : nullptr);
    m_form->offerReassessmentOf(
        open.isEmpty() ? QString() : open.first().contactId,
        open.isEmpty() ? QString()
                       : OpenMatterNotice::describe(open.first(), thrive ? &*thrive : nullptr));
}

void MainWindow::openSelectedContact(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = index.data(ContactListModel::IdRole).toString();
    const std::optional<Contact> contact = openContactToRead(m_db, id, m_profile, this);
    if (!contact)
        return;
    auto *dialog = new ContactViewDialog(*contact, m_taxonomy, this);
    dialog->setObjectName(QStringLiteral("contactViewDialog"));
    dialog->showSurvey(m_db, actor());
    dialog->showEscalations(m_db, actor());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The risk grade: a lower one waits for a manager's sign-off (ContactStore).
    dialog->offerGradeChange(
        m_profile,
        [this, id](const QString &grade) -> Result<Contact> {
            ContactStore store(m_db);
            Result<Contact> c = store.get(id, actor());
            if (!c)
                return c;
            Contact changed = c.value();
            changed.riskGrade = grade;
            if (Status s = store.save(changed, actor()); !s)
                return s.error();
            return changed;
        },
        [this, id]() -> Result<Contact> {
            ContactStore store(m_db);
            if (Status s = store.signOffDowngrade(id, m_profile); !s)
                return s.error();
            return store.get(id, actor());
        });
    dialog->open();
}

void MainWindow::newContact()
{
    if (m_form->hasTypedContent()) {
        const auto answer = MessageBox::question(
            this, tr("Start a new contact?"),
            tr("The contact you are typing has not been saved. Start a new one and discard it?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_justSaved.reset();
    // F2 is the next call: the one saved before its end ends now.
    endAwaitingCall(Clock::instance().now(), QString());
    if (!m_queuedPops.isEmpty()) {
        const QueuedPop next = m_queuedPops.takeFirst();
        startPoppedContact(next.pop, next.endedAt);
        return;
    }
    m_draftTimer.stop();
    if (Status s = DraftStore(m_db).clear(DraftStore::contactSlot()); !s)
        qCWarning(lcGui) << "could not clear the draft:" << s.errorMessage();
    m_form->startNew(Clock::instance().now());
    resetGuidance();
    m_riskBanner->reset();
    emit m_events->newContactStarted();
    m_form->fieldWidget(QStringLiteral("channel"))->setFocus(Qt::ShortcutFocusReason);
    showStatusMessage(
        tr("New contact started at %1")
            .arg(Clock::instance().now().toLocalTime().toString(QStringLiteral("HH:mm"))),
        4000);
}

bool MainWindow::saveContact()
{
    Contact c = m_form->contact();
    c.handler = m_profile.name;
    c.team = m_profile.team;
    c.endedAt = Clock::instance().now();
    // A call's talk and wrap-up times; a call saved before it ended gets its talk time when
    // the end comes (endAwaitingCall).
    const bool isCall = c.channel == QLatin1String("phone") || !c.callId.isEmpty();
    const QDateTime callEnd = m_form->callEndedAt();
    if (isCall && callEnd.isValid() && c.startedAt.isValid()) {
        c.talkSeconds = int(std::clamp<qint64>(c.startedAt.secsTo(callEnd), 0, 86400));
        c.wrapUpSeconds = int(std::clamp<qint64>(callEnd.secsTo(c.endedAt), 0, 86400));
    }
    QList<FieldError> errors = validateContact(c, m_taxonomy);
    // "What happens next" before the contact is closed (resources/thrive/thrive.json).
    errors += NextStepsRule::shipped().check(
        c, m_taxonomy.label(TaxonomyEntry::Kind::Outcome, c.outcome));
    if (!errors.isEmpty()) {
        m_form->showErrors(errors);
        showStatusMessage(tr("Not saved: %n field(s) need attention", nullptr, int(errors.size())),
                          6000);
        return false;
    }
    c.normalise();
    m_draftTimer.stop();
    saveDraftNow(); // what was typed is safe even if the save below fails
    const Status s = ContactStore(m_db).save(c, actor(), DraftStore::contactSlot());
    if (!s) {
        MessageBox::critical(
            this, tr("The contact was not saved"),
            tr("%1\n\nWhat you typed is kept and will be here when Contact Desk restarts.")
                .arg(s.errorMessage()));
        return false;
    }
    m_form->clear();
    resetGuidance();
    m_riskBanner->reset();
    m_form->fieldWidget(QStringLiteral("channel"))->setFocus(Qt::OtherFocusReason);
    refreshToday();
    m_historyModel->setRows({});
    m_historyTitle->setText(tr("Caller history"));
    showStatusMessage(tr("Saved: %1 contact at %2")
                          .arg(m_taxonomy.label(TaxonomyEntry::Kind::Category, c.category),
                               c.startedAt.toLocalTime().toString(QStringLiteral("HH:mm"))),
                      8000);
    updateStatus();
    m_justSaved = c;
    emit m_events->contactSaved(c);
    if (isCall && !callEnd.isValid())
        m_awaitingCallEnd = c;
    if (!m_queuedPops.isEmpty()) {
        // The call that waited is on the line: it becomes the contact on the form.
        const QueuedPop next = m_queuedPops.takeFirst();
        startPoppedContact(next.pop, next.endedAt);
    }
    return true;
}

namespace {
// A UK number as the phone field and the caller history have it (+44 1234 567890 is
// 01234567890); any other number as the telephony gave it.
QString shownNumber(const QString &number)
{
    return validation::checkUkPhone(number).isEmpty() ? validation::normaliseUkPhone(number)
                                                      : number;
}
} // namespace

void MainWindow::receivePop(const ScreenPop &pop)
{
    switch (pop.kind) {
    case ScreenPop::Kind::Pop:
        screenPop(pop);
        break;
    case ScreenPop::Kind::HangUp:
        hangUp(pop.callId, pop.at.isValid() ? pop.at : Clock::instance().now());
        break;
    case ScreenPop::Kind::Raise:
        bringToFront();
        break;
    }
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::screenPop(const ScreenPop &pop)
{
    bringToFront();
    const Result<QString> number = parseCallerNumber(pop.number);
    if (!number) {
        showStatusMessage(tr("A call could not be shown: %1").arg(number.errorMessage()), 10000);
        return;
    }
    ScreenPop p = pop;
    p.number = number.value();
    if (!p.at.isValid())
        p.at = Clock::instance().now();
    if (m_form->hasTypedContent()) {
        // Never over what is being typed: the call waits in view until this contact is saved.
        // The handler has answered the next call, so the call on the form has ended.
        if (m_form->isStarted() && !m_form->callEndedAt().isValid())
            m_form->markCallEnded(std::min(p.at, Clock::instance().now()));
        saveDraftNow();
        m_queuedPops.append({p, QDateTime()});
        showQueuedPops();
        QApplication::alert(this);
        showStatusMessage(tr("Call waiting: save this contact (Ctrl+Enter) to take it"), 10000);
        return;
    }
    startPoppedContact(p, QDateTime());
}

void MainWindow::startPoppedContact(const ScreenPop &pop, const QDateTime &endedAt)
{
    // The previous call, saved before it ended, ended at the latest when this one started.
    endAwaitingCall(std::min(pop.at, Clock::instance().now()), QString());
    m_justSaved.reset(); // a new caller
    m_draftTimer.stop();
    m_form->startNew(pop.at);
    m_form->setChannel(QStringLiteral("phone"));
    const QString shown = shownNumber(pop.number);
    m_form->setPoppedCall(shown, pop.callId);
    if (endedAt.isValid())
        m_form->markCallEnded(endedAt);
    resetGuidance();
    m_riskBanner->reset();
    emit m_events->newContactStarted();
    m_historyTimer.stop();
    lookUpCaller(); // the caller's history at once, as for a typed number
    saveDraftNow(); // a pop survives a kill like anything typed
    showQueuedPops();
    m_form->fieldWidget(QStringLiteral("callerName"))->setFocus(Qt::OtherFocusReason);
    showStatusMessage(
        tr("Call from %1 at %2").arg(shown, pop.at.toLocalTime().toString(QStringLiteral("HH:mm"))),
        8000);
}

namespace {
QString callsWaitingSlot()
{
    return QStringLiteral("calls_waiting");
}
} // namespace

// Calls waiting are kept beside the draft, so a killed Desk shows them again on restart.
void MainWindow::keepQueuedPops()
{
    QJsonArray calls;
    for (const QueuedPop &q : std::as_const(m_queuedPops)) {
        QJsonObject call = q.pop.toJson();
        if (q.endedAt.isValid())
            call.insert(QStringLiteral("ended_at"), q.endedAt.toUTC().toString(Qt::ISODateWithMs));
        calls.append(call);
    }
    DraftStore drafts(m_db);
    const Status s = calls.isEmpty() ? drafts.clear(callsWaitingSlot())
                                     : drafts.save(callsWaitingSlot(),
                                                   QJsonObject{{QStringLiteral("calls"), calls}});
    if (!s)
        qCWarning(lcGui) << "calls waiting not kept:" << s.errorMessage();
}

void MainWindow::restoreQueuedPops()
{
    const std::optional<Draft> kept = DraftStore(m_db).load(callsWaitingSlot());
    if (!kept)
        return;
    const QJsonArray calls = kept->payload.value(QStringLiteral("calls")).toArray();
    for (const QJsonValue &v : calls) {
        const QJsonObject call = v.toObject();
        ScreenPop pop = ScreenPop::fromJson(call);
        pop.kind = ScreenPop::Kind::Pop;
        if (pop.number.isEmpty())
            continue;
        m_queuedPops.append(
            {pop, QDateTime::fromString(call.value(QStringLiteral("ended_at")).toString(),
                                        Qt::ISODateWithMs)});
    }
    showQueuedPops();
}

void MainWindow::showQueuedPops()
{
    keepQueuedPops();
    if (m_queuedPops.isEmpty()) {
        m_popQueueLabel->clear();
        m_popQueueLabel->setVisible(false);
        return;
    }
    QStringList calls;
    for (const QueuedPop &q : std::as_const(m_queuedPops))
        calls.append(tr("%1 (since %2)")
                         .arg(shownNumber(q.pop.number),
                              q.pop.at.toLocalTime().toString(QStringLiteral("HH:mm"))));
    m_popQueueLabel->setText(
        tr("☎ Call waiting: %1. Save this contact (Ctrl+Enter) to take it, or F2 to discard this "
           "one and take it.")
            .arg(calls.join(QLatin1String(", "))));
    m_popQueueLabel->setVisible(true);
}

void MainWindow::hangUp(const QString &callId, const QDateTime &at)
{
    const QString formCall = m_form->callId();
    if (m_form->isStarted() && !m_form->callEndedAt().isValid() &&
        (callId.isEmpty() || formCall.isEmpty() || formCall == callId)) {
        m_form->markCallEnded(at);
        showStatusMessage(tr("Call ended at %1: wrap-up time runs until the save")
                              .arg(at.toLocalTime().toString(QStringLiteral("HH:mm"))),
                          6000);
        return;
    }
    if (endAwaitingCall(at, callId))
        return;
    for (QueuedPop &q : m_queuedPops) {
        if (!q.endedAt.isValid() && (callId.isEmpty() || q.pop.callId == callId)) {
            q.endedAt = at;
            keepQueuedPops();
            return;
        }
    }
}

void MainWindow::endCall()
{
    const QDateTime now = Clock::instance().now();
    if (m_form->isStarted() && !m_form->callEndedAt().isValid()) {
        hangUp(m_form->callId(), now);
        return;
    }
    if (!endAwaitingCall(now, QString()))
        showStatusMessage(tr("No call to end"), 4000);
}

bool MainWindow::endAwaitingCall(const QDateTime &at, const QString &callId)
{
    if (!m_awaitingCallEnd)
        return false;
    Contact c = *m_awaitingCallEnd;
    if (!callId.isEmpty() && !c.callId.isEmpty() && c.callId != callId)
        return false;
    m_awaitingCallEnd.reset();
    // Saved while the caller was still on the line: all of it was talk, no wrap-up.
    c.talkSeconds = int(std::clamp<qint64>(c.startedAt.secsTo(at), 0, 86400));
    c.wrapUpSeconds = 0;
    if (Status s = ContactStore(m_db).save(c, actor()); !s) {
        qCWarning(lcGui) << "talk time not kept:" << s.errorMessage();
        showStatusMessage(tr("The call's talk time could not be kept (%1)").arg(s.errorMessage()),
                          10000);
        return true;
    }
    showStatusMessage(
        tr("Call ended at %1").arg(at.toLocalTime().toString(QStringLiteral("HH:mm"))), 6000);
    return true;
}

void MainWindow::saveDraftNow()
{
    m_draftTimer.stop();
    DraftStore drafts(m_db);
    const Status s = m_form->hasContent() ? drafts.save(DraftStore::contactSlot(), m_form->draft())
                                          : drafts.clear(DraftStore::contactSlot());
    if (!s) {
        qCWarning(lcGui) << "draft not kept:" << s.errorMessage();
        showStatusMessage(tr("Warning: the draft could not be kept (%1)").arg(s.errorMessage()),
                          10000);
    }
}

void MainWindow::editProfile()
{
    const std::optional<HandlerProfile> p = askWhoIsWorking(m_db, m_profile, this);
    if (!p)
        return;
    m_profile = *p;
    setWindowTitle(tr("Contact Desk — %1 (%2)").arg(m_profile.name, m_profile.team));
    showToday();
    updateStatus();
    emit m_events->profileChanged(m_profile);
}

void MainWindow::updateStatus()
{
    m_profileLabel->setText(QStringLiteral("%1 · %2 · %3")
                                .arg(m_profile.name, roleLabel(m_profile.role), m_profile.team));
    const int pending = Outbox(m_db).pendingCount();
    m_syncLabel->setText(tr("Local only · %n change(s) queued for sync", nullptr, pending));
}

void MainWindow::restoreWindowPlace()
{
    // Where the handler left the Desk last time; the first time, the whole screen when the
    // screen is larger than the size the Desk is laid out for (a handler works in it all day).
    const QByteArray saved = QByteArray::fromBase64(
        SettingsStore(m_db).raw(QStringLiteral("desk.window_geometry")).toLatin1());
    if (!saved.isEmpty() && restoreGeometry(saved))
        return;
    const QSize room = availableWindowSize(this);
    if (room.width() > 1360 + 200 && room.height() > 820 + 100)
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveDraftNow();
    if (Status s = SettingsStore(m_db).setRaw(QStringLiteral("desk.window_geometry"),
                                              QString::fromLatin1(saveGeometry().toBase64()));
        !s)
        qCWarning(lcGui) << "the window's place was not kept:" << s.errorMessage();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_sidePanel && watched == m_sidePanel->tabBar() && event->type() == QEvent::Shortcut) {
        // The tab bar brings the tab forward; then the cursor goes to its first field.
        QTimer::singleShot(0, this, [this] {
            QWidget *panel = m_sidePanel->currentWidget();
            if (!panel)
                return;
            showSidePanelTab(panel, nullptr, Qt::ShortcutFocusReason);
            if (!panel->isAncestorOf(QApplication::focusWidget()))
                panel->setFocus(Qt::ShortcutFocusReason); // a tab with no field yet (guidance)
        });
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_searchEdit) {
            if (key->key() == Qt::Key_Escape) {
                m_searchEdit->clear();
                showToday();
                m_form->fieldWidget(QStringLiteral("channel"))->setFocus();
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                key->key() == Qt::Key_Down) {
                runSearch();
                if (m_contactsModel->rowCount() > 0) {
                    m_contactsView->setFocus();
                    m_contactsView->setCurrentIndex(m_contactsModel->index(0, 0));
                }
                return true;
            }
        }
        // Ctrl+Enter in the notes saves rather than adding a line.
        if (watched == m_form->fieldWidget(QStringLiteral("notes")) &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            saveContact();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace cd
