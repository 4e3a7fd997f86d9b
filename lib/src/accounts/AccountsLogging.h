#pragma once

#include <QLoggingCategory>

namespace EveSso {
// Log messages in this category name profiles, character ids and error codes, never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcCharacters)
} // namespace EveSso
