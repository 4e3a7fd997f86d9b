#pragma once

#include <QLoggingCategory>

namespace EveSso {
/// "evesso.esi": paths, statuses, pauses. Never a token, query or body.
Q_DECLARE_LOGGING_CATEGORY(lcEsi)
}
