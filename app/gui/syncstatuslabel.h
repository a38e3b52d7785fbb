#pragma once

#include "sync/syncworker.h"

#include <QLabel>

namespace cd {

// The status-bar text: last synced, pending count, offline, the error and its reason.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatusLabel(QWidget *parent = nullptr);
    void showState(const sync::SyncState &state);
    // Why sync is offline or failing, in words a handler understands (no libpq jargon).
    static QString reasonInWords(const QString &error);
};

} // namespace cd
