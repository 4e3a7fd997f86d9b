#pragma once

#include <QLoggingCategory>

namespace EveSso {
// Log messages in these categories never carry a token, code, verifier, secret or full callback URL.
Q_DECLARE_LOGGING_CATEGORY(lcSso)
Q_DECLARE_LOGGING_CATEGORY(lcLogin)

/// Silences debug and info output of Qt's own "qt.networkauth*" categories: Qt 6.4 logs the whole
/// authorization URL (with its state) at debug level. Chains to any filter installed before. Idempotent.
void silenceQtNetworkAuthDebugOutput();
} // namespace EveSso
