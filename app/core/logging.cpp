#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "contactdesk.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "contactdesk.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGui, "contactdesk.gui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "contactdesk.cli", QtWarningMsg)
