#include "gui/desk.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QApplication::setApplicationName(QStringLiteral("contactdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Contact Desk"));
    QApplication::setApplicationVersion(QStringLiteral(CONTACTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("contactdesk"));
    cd::installTranslations(app);
    return cd::runDesk(app);
}
