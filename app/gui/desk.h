#pragma once

#include "storage/database.h"

#include <QStringList>

#include <memory>

class QApplication;
class QWidget;

namespace cd {

// Opens the profile's database; on failure shows a dialog that names the file and says what
// to do, and returns nullptr.
std::unique_ptr<Database> openDeskDatabase(const QString &profileDir, QWidget *parent = nullptr);

// Loads the interface translation for the user's locale (en_GB source; cy available).
void installTranslations(QApplication &app);

// The Desk program: parses --profile DIR, opens the database, asks who is working if the
// profile does not know yet, shows the main window and runs the event loop.
int runDesk(QApplication &app);

} // namespace cd
