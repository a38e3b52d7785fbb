#include "cli/cli.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// PDF output (escalations export --pdf, report --format pdf) lays text out with fonts, which takes a GUI
// application; every other command runs on QtCore alone.
bool needsGuiApplication(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
        else if (std::strcmp(argv[i], "--format=pdf") == 0
                 || (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0))
            return true; // report --format pdf
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGuiApplication(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the tool never shows a window
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("contactdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACTDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cd::cli::run(QCoreApplication::arguments(), out, err);
}
