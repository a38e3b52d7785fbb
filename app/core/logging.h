#pragma once

#include <QLoggingCategory>

// One category per area, quiet below warnings by default. Never log personal data: log ids
// and counts, not names, numbers, addresses or note text.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
