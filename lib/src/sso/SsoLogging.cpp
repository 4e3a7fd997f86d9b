#include "SsoLogging.h"

namespace EveSso {
Q_LOGGING_CATEGORY(lcSso, "evesso.sso", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLogin, "evesso.login", QtInfoMsg)
} // namespace EveSso
