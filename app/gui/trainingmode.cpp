#include "gui/trainingmode.h"

#include "core/clock.h"
#include "core/demogenerator.h"
#include "gui/contactform.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/panelhost.h"
#include "gui/practicecall.h"
#include "storage/database.h"
#include "storage/demoseed.h"
#include "storage/profile.h"
#include "storage/settingsstore.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace cd::training {

namespace {

bool g_active = false;

// How much a training Desk holds: enough for full lists, history and dashboards, seeded in a
// couple of seconds.
constexpr qint64 kContacts = 1500;
constexpr int kDays = 90;
// The training Desk that owns a folder writes its process id here; a folder whose Desk is gone
// (killed, crashed) is removed by the next training Desk.
const char kOwnerFile[] = "owner.pid";
constexpr int kLaunchFeedbackMs = 15000;
constexpr qint64 kUnownedStaleSecs = 24 * 3600; // folders from before owner.pid existed

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::Training)
};

QLabel *bannerLabel(QWidget *parent)
{
    auto *label = new QLabel(marking(), parent);
    label->setObjectName(QStringLiteral("trainingBanner"));
    label->setAlignment(Qt::AlignCenter);
    // Words and colour together: the words carry the meaning, the colour draws the eye.
    label->setStyleSheet(QStringLiteral(
        "QLabel { background: #ffd400; color: #000000; font-weight: bold; padding: 3px; }"));
    label->setAccessibleName(marking());
    label->setAccessibleDescription(
        Tr::tr("This Desk holds made-up training data. Nothing here is a real person or contact."));
    return label;
}

void markTitle(QWidget *window)
{
    const QString title = window->windowTitle();
    if (!title.startsWith(marking()))
        window->setWindowTitle(title.isEmpty() ? marking()
                                               : marking() + QStringLiteral(" — ") + title);
}

// A dialog laid out on a grid (the file dialog) gets the banner as a new first row spanning it.
void insertGridBanner(QGridLayout *grid, QLabel *banner)
{
    struct Placed
    {
        QLayoutItem *item;
        int row, column, rowSpan, columnSpan;
    };
    QList<Placed> placed;
    for (int i = grid->count() - 1; i >= 0; --i) {
        Placed p{nullptr, 0, 0, 0, 0};
        grid->getItemPosition(i, &p.row, &p.column, &p.rowSpan, &p.columnSpan);
        p.item = grid->takeAt(i);
        placed.prepend(p);
    }
    const int columns = std::max(1, grid->columnCount());
    for (const Placed &p : placed)
        grid->addItem(p.item, p.row + 1, p.column, p.rowSpan, p.columnSpan);
    grid->addWidget(banner, 0, 0, 1, columns);
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QStringList trainingArguments(quint64 seed)
{
    return {QStringLiteral("--demo"), QStringLiteral("--seed"), QString::number(seed)};
}

} // namespace

QString marking()
{
    return Tr::tr("TRAINING - not real data");
}

bool active()
{
    return g_active;
}

int removeStaleProfiles(const QString &folder)
{
    int removed = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFileInfoList entries =
        QDir(folder).entryInfoList({QStringLiteral("contactdesk-training-*")},
                                   QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        if (entry.ownerId() != ::getuid())
            continue; // another person's training Desk: not ours to judge
        QFile owner(QDir(entry.filePath()).filePath(QString::fromLatin1(kOwnerFile)));
        bool stale = false;
        if (owner.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const qint64 pid = owner.readAll().trimmed().toLongLong(&ok);
            stale = !ok || !processAlive(pid);
        } else {
            stale = entry.lastModified().toUTC().secsTo(now) > kUnownedStaleSecs;
        }
        if (stale && QDir(entry.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

std::unique_ptr<QTemporaryDir> createProfile(quint64 seed, QString *error)
{
    removeStaleProfiles(QDir::tempPath());
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                               QStringLiteral("/contactdesk-training-XXXXXX"));
    if (!dir->isValid()) {
        *error = Tr::tr("Cannot make a folder for the training data: %1").arg(dir->errorString());
        return nullptr;
    }
    {
        QFile owner(QDir(dir->path()).filePath(QString::fromLatin1(kOwnerFile)));
        if (!owner.open(QIODevice::WriteOnly) ||
            owner.write(QByteArray::number(QCoreApplication::applicationPid())) < 0) {
            *error = Tr::tr("Cannot write to the training folder: %1").arg(owner.errorString());
            return nullptr;
        }
    }
    Database::OpenError openError;
    std::unique_ptr<Database> db = Database::open(Database::fileNameIn(dir->path()), &openError);
    if (!db) {
        *error = openError.message;
        return nullptr;
    }
    HandlerProfile trainee;
    trainee.name = Tr::tr("Trainee");
    trainee.team = Tr::tr("Training team");
    trainee.role = Role::Handler;
    if (Status s = ProfileStore(*db).save(trainee); !s) {
        *error = s.errorMessage();
        return nullptr;
    }
    if (Status s = SettingsStore(*db).setValue(SettingsStore::Key::TrainingData, true); !s) {
        *error = s.errorMessage();
        return nullptr;
    }
    demo::Options options;
    options.seed = seed;
    options.contacts = kContacts;
    options.days = kDays;
    options.now = Clock::instance().now();
    options.team = trainee.team;
    options.handlers = demo::teamHandlers();
    options.handlers[0] = trainee.name; // the trainee has a history of their own
    Result<DemoSeedReport> seeded = seedDemoProfile(*db, options, trainee.name);
    if (!seeded) {
        *error = seeded.errorMessage();
        return nullptr;
    }
    g_active = true;
    return dir;
}

void installInDesk(QMainWindow &window, PanelHost &host, quint64 seed)
{
    auto *marker = new WindowMarker(qApp);
    qApp->installEventFilter(marker);
    markTitle(&window);

    auto *bar = new QToolBar(Tr::tr("Training"), &window);
    bar->setObjectName(QStringLiteral("trainingBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setEnabled(false); // it cannot be hidden
    QLabel *label = bannerLabel(bar);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(label);
    if (auto *desk = window.findChild<QToolBar *>(QStringLiteral("deskToolbar"))) {
        window.insertToolBar(desk, bar);
        window.insertToolBarBreak(desk);
    } else {
        window.addToolBar(Qt::TopToolBarArea, bar);
    }

    if (auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        auto *reset = new QAction(Tr::tr("&Reset training data"), &window);
        reset->setObjectName(QStringLiteral("resetTrainingAction"));
        reset->setToolTip(Tr::tr("Close this training Desk and open a fresh one on the same "
                                 "made-up data (seed %1)")
                              .arg(seed));
        QObject::connect(reset, &QAction::triggered, &window, [&window, seed] {
            auto *form = window.findChild<ContactForm *>();
            if (form && form->hasTypedContent() &&
                MessageBox::question(&window, Tr::tr("Reset training data?"),
                                     Tr::tr("The contact you are typing has not been saved. "
                                            "Reset the training data and discard it?"),
                                     QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel) != QMessageBox::Discard)
                return;
            if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                        trainingArguments(seed)))
                window.close();
        });
        file->insertAction(file->actions().value(0), reset);
    }
    auto *syncState = new QLabel(Tr::tr("Training: nothing is synced"), &window);
    syncState->setObjectName(QStringLiteral("trainingSyncState"));
    host.setSyncStatusWidget(syncState);
    host.showStatusMessage(Tr::tr("Training mode: made-up data, sync is off. Seed %1.").arg(seed));
    // Practice calls: a made-up caller for the trainee, scored against the rubric.
    if (auto *desk = qobject_cast<MainWindow *>(&window))
        installPractice(*desk);
}

void installLauncher(QMainWindow &window)
{
    auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    if (!file)
        return;
    auto *start = new QAction(Tr::tr("&Training mode"), &window);
    start->setObjectName(QStringLiteral("trainingModeAction"));
    start->setToolTip(Tr::tr("Open a training Desk on made-up data; this Desk and its profile are "
                             "left as they are"));
    QObject::connect(start, &QAction::triggered, &window, [&window, start] {
        auto *host = dynamic_cast<PanelHost *>(&window);
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                     trainingArguments(1))) {
            if (host)
                host->showStatusMessage(Tr::tr("The training Desk could not be started."));
            return;
        }
        // It takes some seconds to make up a team's data: say so, and do not start two.
        if (host)
            host->showStatusMessage(
                Tr::tr("Starting a training Desk on made-up data; it opens in its own window "
                       "in a few seconds. This Desk stays as it is."),
                kLaunchFeedbackMs);
        start->setEnabled(false);
        QTimer::singleShot(kLaunchFeedbackMs, start, [start] { start->setEnabled(true); });
    });
    file->insertAction(file->actions().value(0), start);
}

bool WindowMarker::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::Show || type == QEvent::WindowTitleChange) && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isWindow()) {
            markTitle(widget);
            auto *dialog = qobject_cast<QDialog *>(widget);
            if (type == QEvent::Show && dialog &&
                !dialog->findChild<QLabel *>(QStringLiteral("trainingBanner"),
                                             Qt::FindDirectChildrenOnly)) {
                if (auto *box = qobject_cast<QBoxLayout *>(dialog->layout()))
                    box->insertWidget(0, bannerLabel(dialog));
                else if (auto *form = qobject_cast<QFormLayout *>(dialog->layout()))
                    form->insertRow(0, bannerLabel(dialog));
                else if (auto *grid = qobject_cast<QGridLayout *>(dialog->layout()))
                    insertGridBanner(grid, bannerLabel(dialog));
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cd::training
