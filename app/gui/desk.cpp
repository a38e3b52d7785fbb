#include "gui/desk.h"

#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/profiledialog.h"
#include "gui/syncdesk.h"
#include "storage/profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace cd {

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
    parser.process(app);
    const QString profileDir =
        parser.isSet(profileOption) ? parser.value(profileOption) : Database::defaultProfileDir();

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
    window.show();
    installSync(window);
    return app.exec();
}

} // namespace cd
