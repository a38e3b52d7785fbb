#pragma once

#include "core/result.h"

#include <QString>

namespace cd {

// Exported documents (PDFs, CSVs) can hold personal data, so they are the owner's alone whatever
// the umask: mode 0600 from the moment they exist, never readable by others in between.
//
// Creates `path` empty with mode 0600, or narrows an existing file to 0600 and empties it, so a
// writer that then opens the path (QPdfWriter, QFile) keeps that mode. Fails with the reason when
// the file cannot be made or its mode cannot be set.
Status prepareOwnerOnlyFile(const QString &path);

// Where the programs offer to save an export: the user's Documents folder, or their home folder
// when there is none (never the program's working folder).
QString exportFolder();

} // namespace cd
