#pragma once

#include "BearerCheck.h"
#include "EmulatorContext.h"
#include "EsiLimits.h"
#include "HttpMessage.h"

#include <QDate>

namespace EveSso::Emu {

/// ESI under <origin>/esi: unversioned paths chosen by X-Compatibility-Date, and the legacy /latest/.../ form.
/// Adds ESI's caching headers (Expires, Last-Modified, ETag; If-None-Match gives 304) and its limits.
class EsiRoutes
{
public:
    explicit EsiRoutes(EmulatorContext &ctx) : m_ctx(ctx) {}

    /// `subPath` is the path after "/esi".
    HttpResponse handle(const HttpRequest &request, const QString &subPath);
    EsiLimits &limits() { return m_limits; }

    /// The compatibility dates this emulator knows, newest first.
    static const QList<QDate> &compatibilityDates();

private:
    /// The route's response before caching headers and limits.
    struct Routed
    {
        HttpResponse response;
        int maxAge = 0;          ///< > 0: cacheable for that many seconds.
        bool authenticated = false;
        QString rateGroup;       ///< Non-empty: token-bucket route.
        QString rateKey;         ///< The bucket's user: application:character, or the source address.
        bool rateLimited = false; ///< The response is already the 429.
    };
    Routed route(const HttpRequest &request, const QStringList &segments, const QDate &compat, bool legacy,
                 const BearerCheck::Result &auth);
    void walletRoute(Routed &out, qint64 characterId, const BearerCheck::Result &auth, bool journal,
                     const HttpRequest &request);
    static HttpResponse errorBody(int status, const QString &message);
    void applyCaching(const HttpRequest &request, Routed &routed) const;

    // Documents (EsiDocuments.cpp)
    QJsonObject characterDocument(const Fixture::Character &c, const QDate &compat, bool legacy) const;
    QJsonObject corporationDocument(const Fixture::Corporation &c, const QDate &compat, bool legacy) const;
    QJsonObject allianceDocument(const Fixture::Alliance &a) const;
    QJsonObject portraitDocument(qint64 characterId) const;
    HttpResponse universeNames(const QByteArray &body) const;

    EmulatorContext &m_ctx;
    EsiLimits m_limits;
};

} // namespace EveSso::Emu
