#include "AccountsLogging.h"

namespace EveSso {
Q_LOGGING_CATEGORY(lcKeychain, "evesso.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCharacters, "evesso.characters", QtInfoMsg)
} // namespace EveSso
