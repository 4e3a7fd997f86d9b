#pragma once

#include <EveSso/evesso_export.h>

#include <QList>
#include <QString>
#include <QUrl>

namespace EveSso {

/// Where one EVE server's SSO, ESI and image server live. A server switch is a profile, not a flag:
/// each tenant has its own SSO, and applications (client ids) are registered per SSO.
struct EVESSO_EXPORT ServerProfile
{
    QString id;          ///< Stable identifier used in keychain entries and settings, e.g. "tranquility".
    QString displayName; ///< Human-readable name (translated for the built-in profiles).
    QUrl discoveryUrl;   ///< The SSO's `/.well-known/oauth-authorization-server` document.
    QUrl esiBaseUrl;     ///< ESI base URL without a trailing slash, e.g. https://esi.evetech.net.
    QUrl imageBaseUrl;   ///< Image server base URL, e.g. https://images.evetech.net.
    QString tenant;      ///< ESI tenant / image server tenant ("tranquility", "singularity", ...).

    /// Tranquility, the live server (the default).
    static ServerProfile tranquility();
    /// Serenity, the Chinese server run by NetEase.
    static ServerProfile serenity();
    /// Singularity, the public test server.
    static ServerProfile singularity();
    /// Any compatible server, for example the offline emulator: the three base URLs given explicitly.
    static ServerProfile custom(const QString &id, const QUrl &discoveryUrl, const QUrl &esiBaseUrl,
                                const QUrl &imageBaseUrl, const QString &tenant = QStringLiteral("tranquility"));
    /// The built-in profiles, Tranquility first.
    static QList<ServerProfile> builtIn();
    /// The built-in profile with this id, or an invalid profile.
    static ServerProfile byId(const QString &id);

    /// A profile is usable when it has an id and a discovery URL.
    bool isValid() const { return !id.isEmpty() && discoveryUrl.isValid(); }

    /// Equal when every field but the display name is equal.
    friend bool operator==(const ServerProfile &a, const ServerProfile &b)
    {
        return a.id == b.id && a.discoveryUrl == b.discoveryUrl && a.esiBaseUrl == b.esiBaseUrl
            && a.imageBaseUrl == b.imageBaseUrl && a.tenant == b.tenant;
    }
    /// The negation of operator==.
    friend bool operator!=(const ServerProfile &a, const ServerProfile &b) { return !(a == b); }
};

} // namespace EveSso
