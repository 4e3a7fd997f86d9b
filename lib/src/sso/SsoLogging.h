#pragma once

#include <QLoggingCategory>

namespace EveSso {
// Log messages in these categories never carry a token, code, verifier, secret or full callback URL.
Q_DECLARE_LOGGING_CATEGORY(lcSso)
Q_DECLARE_LOGGING_CATEGORY(lcLogin)
} // namespace EveSso
