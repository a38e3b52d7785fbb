#pragma once

#include <QLoggingCategory>

// The sync area's log category (ids and counts only, never personal data).
Q_DECLARE_LOGGING_CATEGORY(lcSync)
