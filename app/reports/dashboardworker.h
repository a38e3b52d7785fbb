#pragma once

#include "storage/dashboardstore.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace cd {

class Database;

// Runs dashboard queries on a thread of its own with its own Database connection (one
// connection per thread). Lives in that thread; talk to it through DashboardService.
class DashboardWorker : public QObject
{
    Q_OBJECT
public:
    explicit DashboardWorker(const QString &databasePath);
    ~DashboardWorker() override;

public slots:
    void load(int requestId, const cd::DashboardScope &scope, const cd::DayRange &range,
              const QDate &today);
    void drill(int requestId, const cd::DashboardScope &scope, const cd::DayRange &range,
               const QString &dim, const QString &key);
    // Builds the team's performance report for `range` and writes it as "pdf" or "csv".
    void writeReport(int requestId, const QString &team, const cd::DayRange &range,
                     const QString &format, const QString &path, const QString &actor);
    void close(); // closes the connection in the worker's thread

signals:
    void loaded(int requestId, const cd::DashboardData &data);
    void drilled(int requestId, const QList<cd::DrillContact> &contacts);
    void failed(int requestId, const QString &message);
    void reportWritten(int requestId, const QString &path,
                       const QString &error); // error empty on success

private:
    bool ensureOpen(int requestId);

    QString m_path;
    std::unique_ptr<Database> m_db;
};

// The UI thread's handle on a DashboardWorker: starts the thread, sends requests and passes on
// only the newest answer. While a load runs, further refreshes are folded into one that runs
// after it, so saving contacts quickly never queues up work.
class DashboardService : public QObject
{
    Q_OBJECT
public:
    explicit DashboardService(const QString &databasePath, QObject *parent = nullptr);
    ~DashboardService() override;

    // Asks for a dashboard; `loaded` follows on the caller's thread.
    void request(const DashboardScope &scope, const DayRange &range, const QDate &today);
    void requestContacts(const DashboardScope &scope, const DayRange &range, const QString &dim,
                         const QString &key);
    void requestReport(const QString &team, const DayRange &range, const QString &format,
                       const QString &path, const QString &actor);
    bool isBusy() const { return m_inFlight != 0; }

signals:
    void loaded(const cd::DashboardData &data);
    void contactsLoaded(const QList<cd::DrillContact> &contacts);
    void failed(const QString &message);
    void reportWritten(const QString &path, const QString &error);

private:
    void send();
    void onLoaded(int requestId, const cd::DashboardData &data);

    QThread m_thread;
    DashboardWorker *m_worker = nullptr;
    int m_nextId = 1;
    int m_inFlight = 0;
    int m_drillId = 0;
    bool m_pending = false;
    DashboardScope m_scope;
    DayRange m_range;
    QDate m_today;
};

} // namespace cd
