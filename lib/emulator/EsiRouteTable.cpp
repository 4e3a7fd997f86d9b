#include "EsiRouteTable.h"

#include <EveSso/UtcDateTime.h>

namespace EveSso::Emu {

namespace {

using Id = EsiRoute::Id;

// As in CCP's ESI OpenAPI document version 2026-07-21 (tests/conformance/esi-openapi-extract.json).
// GET /characters/{id}, the corporation, the alliance and /universe/names have no x-rate-limit: they
// are still under the error limit.
const EsiRoute Routes[] = {
    {Id::Character, "GET", "characters/{}", nullptr, 86400, -1, false},
    {Id::Portrait, "GET", "characters/{}/portrait", "char-detail", 0, 11 * 60 + 5, false},
    {Id::Wallet, "GET", "characters/{}/wallet", "char-wallet", 120, -1, true},
    {Id::Journal, "GET", "characters/{}/wallet/journal", "char-wallet", 3600, -1, true},
    {Id::Corporation, "GET", "corporations/{}", nullptr, 3600, -1, false},
    {Id::Alliance, "GET", "alliances/{}", nullptr, 3600, -1, false},
    {Id::UniverseNames, "POST", "universe/names", nullptr, 0, -1, false},
    {Id::Status, "GET", "status", "status", 30, -1, false},
    {Id::CompatibilityDates, "GET", "meta/compatibility-dates", "meta", 600, -1, false},
};

QStringList patternSegments(const EsiRoute &route)
{
    return QString::fromLatin1(route.pattern).split(QLatin1Char('/'));
}

} // namespace

const EsiRoute *EsiRoute::match(const QStringList &segments)
{
    for (const EsiRoute &route : Routes) {
        const QStringList pattern = patternSegments(route);
        if (pattern.size() != segments.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; same && i < pattern.size(); ++i)
            same = pattern[i] == QLatin1String("{}") || pattern[i] == segments[i];
        if (same)
            return &route;
    }
    return nullptr;
}

QList<qint64> EsiRoute::ids(const QStringList &segments) const
{
    QList<qint64> out;
    const QStringList pattern = patternSegments(*this);
    for (qsizetype i = 0; i < pattern.size() && i < segments.size(); ++i) {
        if (pattern[i] == QLatin1String("{}"))
            out.append(segments[i].toLongLong());
    }
    return out;
}

int EsiRoute::maxAge(const QDateTime &now) const
{
    if (cacheSeconds > 0)
        return cacheSeconds;
    if (expiresDailyAt < 0)
        return 0;
    const QDateTime utc = now.toUTC();
    QDateTime expiry = Utc::dateTime(utc.date(), QTime(expiresDailyAt / 60, expiresDailyAt % 60));
    if (expiry <= utc)
        expiry = expiry.addDays(1);
    return int(qMax<qint64>(1, utc.secsTo(expiry)));
}

} // namespace EveSso::Emu
