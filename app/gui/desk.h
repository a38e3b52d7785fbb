#pragma once

#include "storage/database.h"

#include <QStringList>

#include <memory>

class QApplication;
class QCoreApplication;
class QTextStream;
class QWidget;

namespace cd {

// Opens the profile's database; on failure shows a dialog that names the file and says what
// to do, and returns nullptr.
std::unique_ptr<Database> openDeskDatabase(const QString &profileDir, QWidget *parent = nullptr);

// Loads the interface translation for the user's locale (en_GB source; cy available).
void installTranslations(QCoreApplication &app);

// True when the command line asks for --help, --version or --help-man, or is wrong: what
// answerCommandLine() answers without a window system (no QApplication needed).
bool answeredWithoutDesk(const QStringList &arguments);
// Prints the help, the version or the manual page (roff), or names what is wrong with the
// command line; returns the exit code (0, or 2 for a bad command line).
int answerCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The Desk program: parses --profile DIR, opens the database, asks who is working if the
// profile does not know yet, shows the main window and runs the event loop.
int runDesk(QApplication &app);

} // namespace cd
