#pragma once

#include <QDateTime>
#include <QStringList>

namespace EveSso::Emu {

/// One ESI route the emulator serves, with what CCP's OpenAPI document says of it: its x-rate-limit group
/// (the bucket's size is EsiLimits'), its x-client-cache-ttl or daily expiry, and whether it takes a token.
/// tests/conformance checks the emulator's answers against the document's extract route by route; a route
/// added here belongs in scripts/update-esi-openapi-extract.py too.
struct EsiRoute
{
    enum class Id {
        Character,
        Portrait,
        Wallet,
        Journal,
        Corporation,
        Alliance,
        UniverseNames,
        Status,
        CompatibilityDates,
    };

    Id id;
    const char *method;
    const char *pattern;   ///< Path segments after /esi, "{}" for an id.
    const char *rateGroup; ///< nullptr: the route is under the error limit instead.
    int cacheSeconds;      ///< x-client-cache-ttl; 0 when the document gives none.
    int expiresDailyAt;    ///< Minutes after 00:00 UTC of "This route expires daily at HH:MM"; -1: none.
    bool authenticated;    ///< The route has OAuth scopes: its answers are private.

    /// The route for these path segments, or nullptr.
    static const EsiRoute *match(const QStringList &segments);
    /// The id segments of `segments` (those matching "{}"), in order.
    QList<qint64> ids(const QStringList &segments) const;
    /// Seconds an answer of this route may be reused from `now`; 0: not at all without asking.
    int maxAge(const QDateTime &now) const;
};

} // namespace EveSso::Emu
