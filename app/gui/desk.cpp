#include "gui/desk.h"

#include "core/clock.h"
#include "core/logging.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/profiledialog.h"
#include "gui/screenpop.h"
#include "gui/syncdesk.h"
#include "gui/trainingmode.h"
#include "storage/profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

namespace cd {

namespace {
void printError(const QString &message)
{
    fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

std::unique_ptr<Database> openDeskDatabase(const QString &profileDir, QWidget *parent)
{
    Database::OpenError error;
    std::unique_ptr<Database> db = Database::open(Database::fileNameIn(profileDir), &error);
    if (!db)
        MessageBox::critical(
            parent,
            QCoreApplication::translate("cd::Desk", "Contact Desk cannot open its database"),
            error.message);
    return db;
}

void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    // en_GB is the source language; its translation supplies the plural forms, and it is the
    // fallback when the user's language has none.
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("contactdesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/contactdesk_en_GB.qm")))
        QApplication::installTranslator(translator);
}

int runDesk(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cd::Desk", "Contact Desk: log, guide and follow up public contact."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("cd::Desk", "Use the profile in <dir> (default: %1).")
            .arg(QDir::toNativeSeparators(Database::defaultProfileDir())),
        QStringLiteral("dir"));
    parser.addOption(profileOption);
    QCommandLineOption callerOption(
        QStringLiteral("caller"),
        QCoreApplication::translate(
            "cd::Desk", "Screen pop: start a contact for a call from <number> in the running "
                        "Desk (starting one if none runs)."),
        QStringLiteral("number"));
    QCommandLineOption callIdOption(
        QStringLiteral("call-id"),
        QCoreApplication::translate("cd::Desk",
                                    "The telephony's id for the call (with --caller or --hangup)."),
        QStringLiteral("id"));
    QCommandLineOption hangupOption(
        QStringLiteral("hangup"),
        QCoreApplication::translate("cd::Desk",
                                    "The call has ended: talk time stops, wrap-up starts."));
    parser.addOption(callerOption);
    parser.addOption(callIdOption);
    parser.addOption(hangupOption);
    QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "cd::Desk", "Training mode: a made-up team's data in a temporary folder, sync off; "
                        "your own profile is not read or changed."));
    QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("cd::Desk",
                                    "With --demo: the seed of the made-up data (default 1)."),
        QStringLiteral("n"));
    parser.addOption(demoOption);
    parser.addOption(seedOption);
    parser.addPositionalArgument(
        QStringLiteral("tel-uri"),
        QCoreApplication::translate("cd::Desk", "A tel: link to pop, as --caller does."),
        QStringLiteral("[tel:NUMBER]"));
    parser.process(app);
    const bool demo = parser.isSet(demoOption);
    quint64 seed = 1;
    if (parser.isSet(seedOption)) {
        bool ok = false;
        seed = parser.value(seedOption).toULongLong(&ok);
        if (!demo || !ok) {
            printError(QCoreApplication::translate(
                "cd::Desk",
                "--seed needs --demo and a whole number, for example --demo --seed 7."));
            return 2;
        }
    }
    if (demo && parser.isSet(profileOption)) {
        printError(QCoreApplication::translate(
            "cd::Desk", "--demo uses its own temporary profile; leave out --profile."));
        return 2;
    }
    // Training data lives in a temporary folder of its own, removed when the Desk closes.
    std::unique_ptr<QTemporaryDir> trainingDir;
    if (demo) {
        QString error;
        trainingDir = training::createProfile(seed, &error);
        if (!trainingDir) {
            printError(QCoreApplication::translate("cd::Desk", "contactdesk: %1").arg(error));
            return 1;
        }
    }
    const QString profileDir = trainingDir                   ? trainingDir->path()
                               : parser.isSet(profileOption) ? parser.value(profileOption)
                                                             : Database::defaultProfileDir();

    // What this start asks of the Desk: pop a call, end one, or come to the front.
    ScreenPop request;
    request.at = Clock::instance().now();
    request.callId = parser.value(callIdOption).trimmed();
    QString callerText;
    bool hasCaller = false;
    if (parser.isSet(callerOption)) {
        callerText = parser.value(callerOption);
        hasCaller = true;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (hasCaller || positional.size() > 1 ||
            !positional.first().startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
            printError(QCoreApplication::translate(
                           "cd::Desk", "Give one tel: link or --caller NUMBER, not \"%1\".")
                           .arg(positional.join(QLatin1Char(' '))));
            return 2;
        }
        callerText = positional.first();
        hasCaller = true;
    }
    if (hasCaller && parser.isSet(hangupOption)) {
        printError(QCoreApplication::translate("cd::Desk",
                                               "--caller and --hangup cannot be used together."));
        return 2;
    }
    if (hasCaller) {
        const Result<QString> number = parseCallerNumber(callerText);
        if (!number) {
            printError(QCoreApplication::translate("cd::Desk", "contactdesk: %1")
                           .arg(number.errorMessage()));
            return 2;
        }
        request.kind = ScreenPop::Kind::Pop;
        request.number = number.value();
    } else if (parser.isSet(hangupOption)) {
        request.kind = ScreenPop::Kind::HangUp;
    } else if (parser.isSet(callIdOption)) {
        printError(
            QCoreApplication::translate("cd::Desk", "--call-id goes with --caller or --hangup."));
        return 2;
    }

    // One Desk per user and profile: a running one takes the request.
    auto *instance = new SingleInstance(profileDir, &app);
    if (instance->sendToRunning(request))
        return 0;
    if (request.kind == ScreenPop::Kind::HangUp) {
        printError(QCoreApplication::translate(
            "cd::Desk", "No Desk is running with this profile; there is no call to end."));
        return 1;
    }
    if (!instance->listen())
        qCWarning(lcGui) << "screen pops will not reach this Desk:" << instance->errorString();
    // Pops that come while the Desk is still opening (asking who is working) wait for it.
    QList<ScreenPop> early;
    if (request.kind == ScreenPop::Kind::Pop)
        early.append(request);
    const QMetaObject::Connection waiting =
        QObject::connect(instance, &SingleInstance::received, &app,
                         [&early](const ScreenPop &p) { early.append(p); });

    std::unique_ptr<Database> db = openDeskDatabase(profileDir);
    if (!db)
        return 2;
    ProfileStore profiles(*db);
    HandlerProfile profile = profiles.load();
    if (!profile.isComplete()) {
        if (profile.name.isEmpty())
            profile.name = qEnvironmentVariable("USER");
        ProfileDialog dialog(profile);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        profile = dialog.profile();
        if (Status s = profiles.save(profile); !s) {
            MessageBox::critical(nullptr,
                                 QCoreApplication::translate("cd::Desk", "Profile not saved"),
                                 s.errorMessage());
            return 2;
        }
    }
    MainWindow window(*db, profile);
    if (demo) {
        training::installInDesk(window, window, seed); // no sync: nothing leaves a training Desk
    } else {
        training::installLauncher(window);
        installSync(window);
    }
    window.restoreWindowPlace();
    window.show();
    QObject::disconnect(waiting);
    QObject::connect(instance, &SingleInstance::received, &window, &MainWindow::receivePop);
    // After the draft is restored (loadInitialData), so a typed contact is never replaced.
    QTimer::singleShot(0, &window, [&window, early] {
        for (const ScreenPop &p : early)
            window.receivePop(p);
    });
    return app.exec();
}

} // namespace cd
