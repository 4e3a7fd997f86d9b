#include <EveSso/ClientSettings.h>

#include "SsoLogging.h"

#include <atomic>

namespace EveSso {

QUrl ClientSettings::defaultCallbackUrl(quint16 port)
{
    return QUrl(QStringLiteral("http://localhost:%1/callback").arg(port));
}

QByteArray ClientSettings::effectiveUserAgent() const
{
    if (!userAgent.isEmpty())
        return userAgent.toUtf8();
    static std::atomic_bool warned{false};
    if (!warned.exchange(true)) {
        // Same advice as EsiPy: CCP uses the User-Agent to contact a tool's author before blocking it.
        qCWarning(lcSso, "No User-Agent set: set ClientSettings::userAgent to your application's name, "
                         "version and a contact address, so CCP can reach you if needed.");
    }
    return QByteArrayLiteral("EveSso/" EVESSO_VERSION_STRING " (+https://github.com/capsuleer/capsuleer)");
}

} // namespace EveSso
