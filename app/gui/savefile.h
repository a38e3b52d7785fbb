#pragma once

#include <QString>

class QWidget;

namespace cd {

// Where the Desk proposes to save an export: a bare file name goes to the person's Documents
// folder (never the program's working folder), and a training Desk's file names start with
// "TRAINING-" so a made-up document is never taken for a real one.
QString suggestedSavePath(const QString &nameOrPath);

// The save dialog every export uses, starting at suggestedSavePath(nameOrPath). Empty when the
// person cancels.
QString chooseSaveFile(QWidget *parent, const QString &caption, const QString &nameOrPath,
                       const QString &filter);

} // namespace cd
