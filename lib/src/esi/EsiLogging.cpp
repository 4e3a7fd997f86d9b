#include "EsiLogging.h"

namespace EveSso {
Q_LOGGING_CATEGORY(lcEsi, "evesso.esi", QtInfoMsg)
}
