#include "sync/synccontroller.h"

#include <QThread>

namespace cd::sync {

SyncController::SyncController(QString databasePath, ConnectionSettings settings, QObject *parent,
                               int pullIntervalMs)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker(std::move(databasePath), std::move(settings), pullIntervalMs))
{
    qRegisterMetaType<cd::sync::SyncState>();
    qRegisterMetaType<cd::sync::ConnectionSettings>();
    m_thread->setObjectName(QStringLiteral("contactdesk-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::stateChanged, this, [this](const SyncState &s) {
        m_state = s;
        emit stateChanged(s);
    });
}

SyncController::~SyncController()
{
    if (!m_thread->isRunning()) {
        delete m_worker;
        return;
    }
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SyncController::start()
{
    if (!m_thread->isRunning())
        m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
}

void SyncController::setSettings(const ConnectionSettings &settings)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, settings] { w->setSettings(settings); }, Qt::QueuedConnection);
}

void SyncController::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

} // namespace cd::sync
