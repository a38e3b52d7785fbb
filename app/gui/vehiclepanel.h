#pragma once

#include "core/vehicle.h"

#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QThread;

namespace cd {

class Database;
class VehicleStore;
struct VehicleMatch;

// The Vehicle tab: type a registration mark, or part of one, and the matches show at once;
// the selected record shows what the caller needs (where, why, what is owed now, what to
// bring, when disposal may follow). One key (Ctrl+Shift+V) offers a plain-language summary
// for the contact's notes and the mark to link. Imports the operator's CSV on a worker
// thread with its own database connection, with progress and cancel.
class VehiclePanel : public QWidget
{
    Q_OBJECT
public:
    VehiclePanel(Database &db, QString actor, QWidget *parent = nullptr);
    ~VehiclePanel() override;

    QLineEdit *searchEdit() const { return m_search; }
    QString currentSummary() const { return m_summary; }
    QString currentVrm() const;
    bool importRunning() const { return m_importThread != nullptr; }

    // The summary a handler would paste into the notes, for the record at `at`.
    static QString summaryFor(const Vehicle &vehicle, const QDateTime &at);
    // What the handler must tell the caller before they travel, at `at`: a disposal date that
    // has passed or is close, a large amount owed. Empty when there is nothing to warn of.
    static QStringList warningsFor(const Vehicle &vehicle, const QDateTime &at);
    // The mark to look up for a contact: its VRM, or else the first mark in its notes.
    static QString markForContact(const QString &contactVrm, const QString &notes);

public slots:
    void lookUp(const QString &text);
    // Types `mark` into the search box and looks it up (a script step asks for the lookup).
    void lookUpMark(const QString &mark);
    // A new caller: the search, matches, record, warning and summary go.
    void clear();
    void importFile(const QString &path); // runs in the background
    void chooseImportFile();
    void cancelImport();
    void addSummaryToContact();

signals:
    // The summary to append to the contact's notes and the normalised mark to link.
    void summaryRequested(const QString &summary, const QString &vrm);
    void importFinished(bool ok, const QString &message);
    void importProgress(int percent, int rows); // from the worker thread, delivered queued

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMatch(int row);
    void showRecord(const Vehicle &vehicle);
    void onImportProgress(int percent, int rows);
    void onImportDone(bool ok, const QString &message);

    Database &m_db;
    QString m_actor;
    std::unique_ptr<VehicleStore> m_store;
    QList<Vehicle> m_matches;
    QString m_summary;
    QString m_shownId;

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_warning = nullptr;
    QTextBrowser *m_record = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;

    QThread *m_importThread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace cd
