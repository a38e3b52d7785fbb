#include "gui/desk.h"

#include <QApplication>
#include <QTextStream>

namespace {
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("contactdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACTDESK_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    // --help, --version, --help-man and a bad command line are answered before any window
    // system is needed: `contactdesk --help` works over ssh and while packaging.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    setApplicationNames();
    if (cd::answeredWithoutDesk(arguments)) {
        QCoreApplication core(argc, argv);
        cd::installTranslations(core);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cd::answerCommandLine(QCoreApplication::arguments(), out, err);
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Contact Desk"));
    QApplication::setDesktopFileName(QStringLiteral("contactdesk"));
    cd::installTranslations(app);
    return cd::runDesk(app);
}
