#include "SsoLogging.h"

#include <mutex>

namespace EveSso {
Q_LOGGING_CATEGORY(lcSso, "evesso.sso", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLogin, "evesso.login", QtInfoMsg)

namespace {
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void networkAuthFilter(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.networkauth", 14) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
} // namespace

void silenceQtNetworkAuthDebugOutput()
{
    static std::once_flag once;
    std::call_once(once, [] { previousFilter = QLoggingCategory::installFilter(networkAuthFilter); });
}
} // namespace EveSso
