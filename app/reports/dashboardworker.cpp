#include "reports/dashboardworker.h"

#include "reports/monthlyreport.h"
#include "storage/auditstore.h"
#include "storage/database.h"

namespace cd {

DashboardWorker::DashboardWorker(const QString &databasePath)
    : m_path(databasePath)
{
}

DashboardWorker::~DashboardWorker() = default;

bool DashboardWorker::ensureOpen(int requestId)
{
    if (m_db)
        return true;
    Database::OpenError error;
    m_db = Database::open(m_path, &error);
    if (!m_db) {
        emit failed(requestId, error.message);
        return false;
    }
    return true;
}

void DashboardWorker::load(int requestId, const DashboardScope &scope, const DayRange &range,
                           const QDate &today)
{
    if (!ensureOpen(requestId))
        return;
    emit loaded(requestId, DashboardStore(*m_db).load(scope, range, today));
}

void DashboardWorker::drill(int requestId, const DashboardScope &scope, const DayRange &range,
                            const QString &dim, const QString &key)
{
    if (!ensureOpen(requestId))
        return;
    emit drilled(requestId, DashboardStore(*m_db).contactsBehind(scope, range, dim, key));
}

void DashboardWorker::writeReport(int requestId, const QString &team, const DayRange &range,
                                  const QString &format, const QString &path, const QString &actor)
{
    if (!ensureOpen(requestId))
        return;
    Result<PerformanceReport> report = buildPerformanceReport(*m_db, team, range, actor);
    if (!report) {
        emit reportWritten(requestId, path, report.errorMessage());
        return;
    }
    const Status s = format == QLatin1String("pdf") ? writePerformancePdf(report.value(), path)
                                                    : writePerformanceCsv(report.value(), path);
    if (s) {
        const Status audited = AuditStore(*m_db).recordNow(
            actor, QStringLiteral("export"), QStringLiteral("report"), QString(),
            QStringLiteral("performance report %1 to %2, team %3, %4")
                .arg(range.first.toString(Qt::ISODate), range.last.toString(Qt::ISODate), team,
                     format));
        emit reportWritten(requestId, path, audited ? QString() : audited.errorMessage());
        return;
    }
    emit reportWritten(requestId, path, s.errorMessage());
}

void DashboardWorker::close()
{
    m_db.reset();
}

DashboardService::DashboardService(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<cd::DashboardScope>();
    qRegisterMetaType<cd::DayRange>();
    qRegisterMetaType<cd::DashboardData>();
    qRegisterMetaType<QList<cd::DrillContact>>();
    m_worker = new DashboardWorker(databasePath);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &DashboardWorker::loaded, this, &DashboardService::onLoaded);
    connect(m_worker, &DashboardWorker::drilled, this,
            [this](int id, const QList<DrillContact> &contacts) {
                if (id == m_drillId)
                    emit contactsLoaded(contacts);
            });
    connect(m_worker, &DashboardWorker::failed, this, [this](int id, const QString &message) {
        if (id == m_inFlight) {
            m_inFlight = 0;
            m_pending = false;
        }
        emit failed(message);
    });
    connect(m_worker, &DashboardWorker::reportWritten, this,
            [this](int, const QString &path, const QString &error) {
                emit reportWritten(path, error);
            });
    m_thread.setObjectName(QStringLiteral("dashboard"));
    m_thread.start(QThread::LowPriority);
}

DashboardService::~DashboardService()
{
    QMetaObject::invokeMethod(m_worker, &DashboardWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void DashboardService::request(const DashboardScope &scope, const DayRange &range,
                               const QDate &today)
{
    m_scope = scope;
    m_range = range;
    m_today = today;
    if (m_inFlight != 0) {
        m_pending = true; // runs once the current load is done, with the newest parameters
        return;
    }
    send();
}

void DashboardService::send()
{
    m_pending = false;
    m_inFlight = m_nextId++;
    QMetaObject::invokeMethod(m_worker, "load", Qt::QueuedConnection, Q_ARG(int, m_inFlight),
                              Q_ARG(cd::DashboardScope, m_scope), Q_ARG(cd::DayRange, m_range),
                              Q_ARG(QDate, m_today));
}

void DashboardService::onLoaded(int requestId, const DashboardData &data)
{
    if (requestId != m_inFlight)
        return;
    m_inFlight = 0;
    if (m_pending) {
        send(); // a newer request came in meanwhile: this answer is already stale
        return;
    }
    emit loaded(data);
}

void DashboardService::requestContacts(const DashboardScope &scope, const DayRange &range,
                                       const QString &dim, const QString &key)
{
    m_drillId = m_nextId++;
    QMetaObject::invokeMethod(m_worker, "drill", Qt::QueuedConnection, Q_ARG(int, m_drillId),
                              Q_ARG(cd::DashboardScope, scope), Q_ARG(cd::DayRange, range),
                              Q_ARG(QString, dim), Q_ARG(QString, key));
}

} // namespace cd

namespace cd {

void DashboardService::requestReport(const QString &team, const DayRange &range,
                                     const QString &format, const QString &path,
                                     const QString &actor)
{
    QMetaObject::invokeMethod(m_worker, "writeReport", Qt::QueuedConnection, Q_ARG(int, m_nextId++),
                              Q_ARG(QString, team), Q_ARG(cd::DayRange, range),
                              Q_ARG(QString, format), Q_ARG(QString, path), Q_ARG(QString, actor));
}

} // namespace cd
