#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QMainWindow;
class QTemporaryDir;

namespace cd {

class Database;
class PanelHost;

// Training mode (`contactdesk --demo`): the Desk runs on a made-up team's data in a private
// temporary folder, seeded by the demo generator, with sync switched off. Nothing is read from
// or written to the real profile. Every window says so in its title and, for the Desk and its
// dialogs, on a banner; every PDF carries the words in its marking (ForceHeader).
namespace training {

// "TRAINING - not real data"
QString marking();

// True in a Desk started with --demo.
bool active();

// A temporary profile folder (owner-only) seeded with `seed`: contacts over the last 90 days,
// vehicles, escalations at every stage and survey answers, a trainee's profile and the
// training.data setting (which the exports' marking reads). Empty on failure, with the reason
// in *error. Marks the process as in training mode.
std::unique_ptr<QTemporaryDir> createProfile(quint64 seed, QString *error);

// Removes this user's training folders in `folder` whose Desk has gone (killed or crashed: its
// process id in the folder no longer runs; folders without one after a day). Returns how many.
// createProfile calls it first.
int removeStaleProfiles(const QString &folder);

// The training banner above the Desk, the title marking on every window the application
// shows, and File > Reset training data (a fresh Desk on the same seed). Sync is never
// installed in training mode.
void installInDesk(QMainWindow &window, PanelHost &host, quint64 seed);

// File > Training mode on the real Desk: starts a training Desk beside it.
void installLauncher(QMainWindow &window);

// Gives top-level windows the marking in their title and dialogs a banner on top (an
// application-wide event filter; installed by installInDesk).
class WindowMarker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace training
} // namespace cd
