#pragma once

#include "gui/panelhost.h"
#include "gui/screenpop.h"

#include <QDate>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTableView;

namespace cd {

class ContactForm;
class ContactListModel;
class Database;
class GuidancePanel;
class OpenMatterNotice;
class RiskBanner;
class StatusMessage;

// The Desk: the single screen a handler works from. Today's contacts and search on the left,
// the contact being logged in the middle, guidance and lookups on the right. The panels on the
// right, the menus they add and their status-bar widgets come in through PanelHost.
class MainWindow : public QMainWindow, public PanelHost
{
    Q_OBJECT
public:
    MainWindow(Database &db, const HandlerProfile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    ContactForm *contactForm() const { return m_form; }
    QTabWidget *sidePanel() const { return m_sidePanel; }
    GuidancePanel *guidancePanel() const { return m_guidance; }
    RiskBanner *riskBanner() const { return m_riskBanner; }

    // PanelHost
    QWidget *hostWidget() override { return this; }
    Database &database() const override { return m_db; }
    const HandlerProfile &profile() const override { return m_profile; }
    const Taxonomy &taxonomy() const override { return m_taxonomy; }
    PanelHostEvents &events() override { return *m_events; }
    void addSidePanelTab(QWidget *panel, const QString &title,
                         const QString &role = QString()) override;
    void showSidePanelTab(QWidget *panel, QWidget *focus = nullptr,
                          Qt::FocusReason reason = Qt::OtherFocusReason) override;
    QMenu *addMenu(const QString &title) override;
    void addWindowAction(QAction *action) override;
    void showStatusMessage(const QString &text, int timeoutMs = 0) override;
    void addStatusWidget(QWidget *widget) override;
    void setSyncStatusWidget(QWidget *widget) override;
    Contact currentContact() const override;
    Contact currentContactWithId() override;
    std::optional<Contact> contactJustSaved() const override;
    void appendToContactNotes(const QString &text) override;
    void setContactVrm(const QString &vrm) override;

    // Calls that popped while a contact was being typed, oldest first: they wait, shown above
    // the form, until that contact is saved (or discarded with F2).
    int queuedPopCount() const { return int(m_queuedPops.size()); }

    // Start-up: the side panels (guidance, escalations, vehicle, figures) are built after the
    // window's first paint; true once they are (panelsReadyChanged() says when).
    bool panelsReady() const { return m_panelsReady; }

signals:
    void panelsReadyChanged();

public slots:
    // From the telephony (SingleInstance): a call to pop, a hang-up, or "come to the front".
    void receivePop(const cd::ScreenPop &pop);
    // A call starts: a new contact as F2 starts one, with the caller's number and history and
    // the call's start time; queued instead when a typed contact is on the form.
    void screenPop(const cd::ScreenPop &pop);
    // The call ended (a hang-up from the telephony or F4): talk time stops, wrap-up starts.
    void hangUp(const QString &callId, const QDateTime &at);
    void endCall();
    // Last session's size and place, or maximised on a large screen the first time (runDesk
    // calls it before the window is shown; tests keep the fitted size).
    void restoreWindowPlace();
    void newContact();
    bool saveContact();
    void focusSearch();
    void refreshToday();
    void saveDraftNow();
    // Rows came from the shared database (a sync pulled them): the lists on screen are read
    // again, and events().rowsArrived() tells the side panels.
    void showArrivedRows() override;

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void fitToScreen();
    void buildActions();
    void setUpGuidance();
    void buildHelpMenu();
    void loadInitialData();
    void finishStartUp();
    void buildSidePanels();
    void resetGuidance();
    void restoreDraft();
    void runSearch();
    void showToday();
    void updateListTitle();
    void lookUpCaller();
    void openSelectedContact(const QModelIndex &index);
    void editProfile();
    void updateStatus();
    QString actor() const { return m_profile.name; }
    void bringToFront();
    void startPoppedContact(const cd::ScreenPop &pop, const QDateTime &endedAt);
    void showQueuedPops();
    void keepQueuedPops();
    void restoreQueuedPops();
    // A saved call whose end had not come yet gets it now: its talk time is written.
    bool endAwaitingCall(const QDateTime &at, const QString &callId);

    Database &m_db;
    HandlerProfile m_profile;
    Taxonomy m_taxonomy;
    PanelHostEvents *m_events = nullptr;
    QHash<QString, QPointer<QWidget>> m_tabsByRole;

    ContactForm *m_form = nullptr;
    QTabWidget *m_sidePanel = nullptr;
    QMenu *m_helpMenu = nullptr;
    GuidancePanel *m_guidance = nullptr;
    RiskBanner *m_riskBanner = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_listTitle = nullptr;
    QTableView *m_contactsView = nullptr;
    ContactListModel *m_contactsModel = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableView *m_historyView = nullptr;
    ContactListModel *m_historyModel = nullptr;
    // Caller matching (issue 22): the repeat-victim check and the caller's household.
    QLabel *m_victimCheckLabel = nullptr;
    OpenMatterNotice *m_openMatters = nullptr; // earlier matters still open
    QLabel *m_householdTitle = nullptr;
    QListWidget *m_householdView = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_popQueueLabel = nullptr;
    StatusMessage *m_statusMessage = nullptr;

    struct QueuedPop
    {
        ScreenPop pop;
        QDateTime endedAt; // the caller hung up while the pop waited
    };
    QList<QueuedPop> m_queuedPops;
    std::optional<Contact> m_awaitingCallEnd; // saved before its call ended
    std::optional<Contact> m_justSaved;       // until F2 or the next call

    QTimer m_draftTimer;
    QTimer m_searchTimer;
    QTimer m_historyTimer;
    bool m_searchMode = false;
    QString m_searchText;
    QString m_restoredScriptPath; // a recovered draft's, until the guidance is built
    bool m_startUpQueued = false;
    bool m_startUpFinished = false;
    bool m_buildingPanels = false;
    bool m_panelsReady = false;
    int m_panelTabs = 0;                 // the Desk's own tabs, first in the side panel
    QAction *m_firstLaterMenu = nullptr; // the first menu added before the panels were built
    QDate m_todayShown;
};

} // namespace cd
