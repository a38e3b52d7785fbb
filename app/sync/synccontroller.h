#pragma once

#include "sync/connectionsettings.h"
#include "sync/syncworker.h"

#include <QObject>

class QThread;

namespace cd::sync {

// The GUI thread's handle on sync: owns the thread and its worker, keeps the latest state.
// Construct with the profile's database path; call start() once the Desk is shown.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(QString databasePath, ConnectionSettings settings,
                            QObject *parent = nullptr, int pullIntervalMs = 30000);
    ~SyncController() override;

    SyncState state() const { return m_state; }
    void start();
    void setSettings(const ConnectionSettings &settings); // e.g. from the connect dialog

public slots:
    void syncNow(); // F5

signals:
    void stateChanged(const cd::sync::SyncState &state);

private:
    QThread *m_thread;
    SyncWorker *m_worker;
    SyncState m_state;
};

} // namespace cd::sync
