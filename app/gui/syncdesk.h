#pragma once

#include "sync/connectionsettings.h"
#include "sync/synccontroller.h"

namespace cd {

class PanelHost;

// Sync on the Desk: File > Shared database... (the connect dialog), the sync state always in
// the status bar, Sync now (F5), a push soon after every save. The sync itself runs on its own
// thread (sync::SyncController); nothing here waits on the network. The password lives in the
// platform keychain, never in the profile. Call once, after the window is built.
sync::SyncController *installSync(PanelHost &host);

// The keychain entry for a connection ("user@host:port/database").
QString keychainKey(const sync::ConnectionSettings &settings);

} // namespace cd
