#include "gui/desk.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/roff.h"
#include "gui/idlelock.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/screenpop.h"
#include "gui/signin.h"
#include "gui/syncdesk.h"
#include "gui/trainingmode.h"
#include "storage/profile.h"
#include "storage/settingsstore.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTextStream>
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

void installTranslations(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // en_GB is the source language; its translation supplies the plural forms, and it is the
    // fallback when the user's language has none.
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("contactdesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/contactdesk_en_GB.qm")))
        QCoreApplication::installTranslator(translator);
}

namespace {

// Qt's own options, which QApplication takes out of the command line before the Desk reads it.
const QStringList kQtOptionsWithValue = {
    QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
    QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
    QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
    QStringLiteral("-qwindowtitle"),    QStringLiteral("-display"),
    QStringLiteral("-geometry"),        QStringLiteral("-style"),
    QStringLiteral("-stylesheet"),      QStringLiteral("-session"),
    QStringLiteral("-title"),           QStringLiteral("-name")};
const QStringList kQtFlags = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
                              QStringLiteral("-nograb"), QStringLiteral("-dograb"),
                              QStringLiteral("-sync")};

QStringList withoutQtOptions(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (i > 0 && kQtOptionsWithValue.contains(a)) {
            ++i;
            continue;
        }
        if (i > 0 && (kQtFlags.contains(a) || a.startsWith(QLatin1String("-style=")) ||
                      a.startsWith(QLatin1String("-platform="))))
            continue;
        out << a;
    }
    return out;
}

// The Desk's command line: the options, and what this start asks of the Desk.
struct DeskCommandLine
{
    DeskCommandLine();
    bool parse(const QStringList &arguments); // false: error names what is wrong

    QCommandLineParser parser;
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption helpMan{
        QStringLiteral("help-man"),
        QCoreApplication::translate("cd::Desk", "Print the manual page (roff).")};
    QCommandLineOption bashCompletion{
        QStringLiteral("bash-completion"),
        QCoreApplication::translate("cd::Desk", "Print the bash completion script.")};
    QCommandLineOption profile{
        QStringLiteral("profile"),
        QCoreApplication::translate("cd::Desk", "Use the profile in <dir> (default: %1).")
            .arg(QDir::toNativeSeparators(Database::defaultProfileDir())),
        QStringLiteral("dir")};
    QCommandLineOption caller{
        QStringLiteral("caller"),
        QCoreApplication::translate("cd::Desk",
                                    "Screen pop: start a contact for a call from <number> in the "
                                    "running Desk (starting one if none runs)."),
        QStringLiteral("number")};
    QCommandLineOption callId{
        QStringLiteral("call-id"),
        QCoreApplication::translate("cd::Desk",
                                    "The telephony's id for the call (with --caller or --hangup)."),
        QStringLiteral("id")};
    QCommandLineOption hangup{
        QStringLiteral("hangup"),
        QCoreApplication::translate("cd::Desk",
                                    "The call has ended: talk time stops, wrap-up starts.")};
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("cd::Desk",
                                    "Training mode: a made-up team's data in a temporary folder, "
                                    "sync off; your own profile is not read or changed.")};
    QCommandLineOption seed{
        QStringLiteral("seed"),
        QCoreApplication::translate("cd::Desk",
                                    "With --demo: the seed of the made-up data (default 1)."),
        QStringLiteral("n")};
    QList<QCommandLineOption> options; // in the order --help lists them

    QString profileDir;
    ScreenPop request;
    bool training = false;
    quint64 trainingSeed = 1;
    QString error;
};

DeskCommandLine::DeskCommandLine()
    : help(parser.addHelpOption())
    , version(parser.addVersionOption())
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "cd::Desk", "Contact Desk: log, guide and follow up public contact."));
    options = {help, version, profile, caller, callId, hangup, demo, seed, helpMan, bashCompletion};
    for (const QCommandLineOption &o :
         {profile, caller, callId, hangup, demo, seed, helpMan, bashCompletion})
        parser.addOption(o);
    parser.addPositionalArgument(
        QStringLiteral("tel-uri"),
        QCoreApplication::translate("cd::Desk", "A tel: link to pop, as --caller does."),
        QStringLiteral("[tel:NUMBER]"));
}

bool DeskCommandLine::parse(const QStringList &arguments)
{
    if (!parser.parse(withoutQtOptions(arguments))) {
        error = QCoreApplication::translate("cd::Desk", "contactdesk: %1; try contactdesk --help")
                    .arg(parser.errorText());
        return false;
    }
    profileDir = parser.isSet(profile) ? parser.value(profile) : Database::defaultProfileDir();
    training = parser.isSet(demo);
    if (parser.isSet(seed)) {
        bool ok = false;
        trainingSeed = parser.value(seed).toULongLong(&ok);
        if (!training || !ok) {
            error = QCoreApplication::translate(
                "cd::Desk", "--seed needs --demo and a whole number, for example --demo --seed 7.");
            return false;
        }
    }
    if (training && parser.isSet(profile)) {
        error = QCoreApplication::translate(
            "cd::Desk", "--demo uses its own temporary profile; leave out --profile.");
        return false;
    }

    // What this start asks of the Desk: pop a call, end one, or come to the front.
    request.at = Clock::instance().now();
    request.callId = parser.value(callId).trimmed();
    QString callerText;
    bool hasCaller = false;
    if (parser.isSet(caller)) {
        callerText = parser.value(caller);
        hasCaller = true;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (hasCaller || positional.size() > 1 ||
            !positional.first().startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
            error = QCoreApplication::translate(
                        "cd::Desk", "Give one tel: link or --caller NUMBER, not \"%1\".")
                        .arg(positional.join(QLatin1Char(' ')));
            return false;
        }
        callerText = positional.first();
        hasCaller = true;
    }
    if (hasCaller && parser.isSet(hangup)) {
        error = QCoreApplication::translate("cd::Desk",
                                            "--caller and --hangup cannot be used together.");
        return false;
    }
    if (hasCaller) {
        const Result<QString> number = parseCallerNumber(callerText);
        if (!number) {
            error = QCoreApplication::translate("cd::Desk", "contactdesk: %1")
                        .arg(number.errorMessage());
            return false;
        }
        request.kind = ScreenPop::Kind::Pop;
        request.number = number.value();
    } else if (parser.isSet(hangup)) {
        request.kind = ScreenPop::Kind::HangUp;
    } else if (parser.isSet(callId)) {
        error =
            QCoreApplication::translate("cd::Desk", "--call-id goes with --caller or --hangup.");
        return false;
    }
    return true;
}

QString manPage(const DeskCommandLine &line)
{
    QString page;
    QTextStream out(&page);
    out << ".TH CONTACTDESK 1 \"\" \"Contact Desk "
        << roffText(QCoreApplication::applicationVersion()) << "\" \"User Commands\"\n"
        << ".SH NAME\ncontactdesk \\- "
        << roffText(QCoreApplication::translate(
               "cd::Desk", "the Contact Desk workstation for police public-contact teams"))
        << "\n.SH SYNOPSIS\n.B contactdesk\n[\\fIOPTIONS\\fR] [\\fItel:NUMBER\\fR]\n"
        << ".SH DESCRIPTION\n"
        << roffText(line.parser.applicationDescription()) << '\n'
        << ".PP\n"
        << roffText(QCoreApplication::translate(
               "cd::Desk",
               "The Desk keeps its work in a local profile (by default "
               "~/.local/share/ContactDesk/contactdesk) and syncs it with the shared database. "
               "One Desk runs per user and profile: a second start hands its request (a screen "
               "pop, a hang-up) to the running one."))
        << "\n.SH OPTIONS\n";
    for (const QCommandLineOption &o : line.options) {
        QStringList names;
        for (const QString &n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        out << ".TP\n\\fB" << roffText(names.join(QLatin1String(", "))) << "\\fR";
        if (!o.valueName().isEmpty())
            out << " \\fI" << roffText(o.valueName()) << "\\fR";
        out << '\n' << roffText(o.description()) << '\n';
    }
    out << ".TP\n\\fB\\-\\-help\\-all\\fR\n"
        << roffText(
               QCoreApplication::translate("cd::Desk", "Print the help with Qt's own options too."))
        << '\n';
    out << ".TP\n\\fItel:NUMBER\\fR\n"
        << roffText(
               QCoreApplication::translate("cd::Desk", "A tel: link to pop, as --caller does."))
        << "\n.SH EXAMPLES\n.RS\n.nf\n"
        << roffText(QStringLiteral("contactdesk")) << '\n'
        << roffText(QStringLiteral("contactdesk --profile /srv/training")) << '\n'
        << roffText(QStringLiteral("contactdesk --caller 01234567890 --call-id 77")) << '\n'
        << roffText(QStringLiteral("contactdesk --hangup --call-id 77")) << '\n'
        << roffText(QStringLiteral("contactdesk --demo --seed 7")) << '\n'
        << ".fi\n.RE\n"
        << ".SH \"EXIT STATUS\"\n"
        << roffText(QCoreApplication::translate(
               "cd::Desk", "0 when the Desk closed normally or handed its request on; 1 when "
                           "there was no call to end; 2 for a bad command line or a profile "
                           "that cannot be opened."))
        << "\n.SH \"SEE ALSO\"\n.BR contactdesk\\-admin (1)\n";
    out.flush();
    return page;
}

// Completes the Desk's options; --profile completes folders, the other values are free.
QString bashCompletion(const DeskCommandLine &line)
{
    QStringList words;
    QStringList free;
    for (const QCommandLineOption &o : line.options) {
        for (const QString &n : o.names())
            if (n.size() > 1)
                words << QStringLiteral("--") + n;
        if (!o.valueName().isEmpty() && o.names() != line.profile.names())
            free << QStringLiteral("--") + o.names().constLast();
    }
    words << QStringLiteral("--help-all");
    QString script;
    QTextStream out(&script);
    out << "# bash completion for contactdesk; written by contactdesk --bash-completion\n"
           "_contactdesk()\n{\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
           "    case $prev in\n"
           "        --profile) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n";
    if (!free.isEmpty())
        out << "        " << free.join(QLatin1Char('|')) << ") return ;;\n";
    out << "    esac\n"
           "    COMPREPLY=($(compgen -W \""
        << words.join(QLatin1Char(' '))
        << "\" -- \"$cur\"))\n"
           "}\n"
           "complete -o default -F _contactdesk contactdesk\n";
    out.flush();
    return script;
}

} // namespace

bool answeredWithoutDesk(const QStringList &arguments)
{
    DeskCommandLine line;
    if (!line.parse(arguments))
        return true;
    return line.parser.isSet(line.help) || line.parser.isSet(QStringLiteral("help-all")) ||
           line.parser.isSet(line.version) || line.parser.isSet(line.helpMan) ||
           line.parser.isSet(line.bashCompletion);
}

int answerCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    DeskCommandLine line;
    if (!line.parse(arguments)) {
        err << line.error << Qt::endl;
        return 2;
    }
    if (line.parser.isSet(line.version))
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
    else if (line.parser.isSet(line.helpMan))
        out << manPage(line);
    else if (line.parser.isSet(line.bashCompletion))
        out << bashCompletion(line);
    else
        out << line.parser.helpText()
            << QCoreApplication::translate("cd::Desk",
                                           "\nExamples:\n  contactdesk --profile /srv/training\n"
                                           "  contactdesk --caller 01234567890 --call-id 77\n"
                                           "  contactdesk --demo --seed 7\n")
            << '\n';
    out.flush();
    return 0;
}

int runDesk(QApplication &app)
{
    DeskCommandLine line;
    if (!line.parse(QCoreApplication::arguments())) {
        printError(line.error);
        return 2;
    }
    if (answeredWithoutDesk(QCoreApplication::arguments())) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return answerCommandLine(QCoreApplication::arguments(), out, err);
    }
    // Training data lives in a temporary folder of its own, removed when the Desk closes.
    std::unique_ptr<QTemporaryDir> trainingDir;
    if (line.training) {
        QString error;
        trainingDir = training::createProfile(line.trainingSeed, &error);
        if (!trainingDir) {
            printError(QCoreApplication::translate("cd::Desk", "contactdesk: %1").arg(error));
            return 1;
        }
    }
    const QString profileDir = trainingDir ? trainingDir->path() : line.profileDir;
    const ScreenPop request = line.request;

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
    // Who is working: signed in with a password where the profile has accounts or a shared
    // database (their role is their account's); elsewhere a name and a team, as a handler.
    HandlerProfile profile = ProfileStore(*db).load();
    if (SignIn(*db).needsPassword() || !profile.isComplete()) {
        if (profile.name.isEmpty())
            profile.name = qEnvironmentVariable("USER");
        const std::optional<HandlerProfile> signedIn = askWhoIsWorking(*db, profile, nullptr);
        if (!signedIn)
            return 0;
        profile = *signedIn;
    } else {
        profile.role = Role::Handler;
        static_cast<void>(SignIn::setSignedInLogin(*db, QString()));
    }
    MainWindow window(*db, profile);
    IdleLock::install(window, Clock::instance());
    if (line.training) {
        // No sync: nothing leaves a training Desk.
        training::installInDesk(window, window, line.trainingSeed);
    } else if (SettingsStore(*db).value(SettingsStore::Key::TrainingData).toBool()) {
        // A profile filled by `demo seed`: marked and never synced as a training Desk is; it is
        // not a temporary one, so there is nothing to reset.
        training::installInDesk(window, window, line.trainingSeed);
        delete window.findChild<QAction *>(QStringLiteral("resetTrainingAction"));
    } else {
        training::installLauncher(window);
        installSync(window);
    }
    window.restoreWindowPlace();
    window.show();
    QObject::disconnect(waiting);
    QObject::connect(instance, &SingleInstance::received, &window, &MainWindow::receivePop);
    // After the draft is restored (MainWindow restores it as it opens), so a typed contact is
    // never replaced.
    QTimer::singleShot(0, &window, [&window, early] {
        for (const ScreenPop &p : early)
            window.receivePop(p);
    });
    return app.exec();
}

} // namespace cd
