#pragma once

#include "BearerCheck.h"
#include "EmulatorContext.h"
#include "EsiLimits.h"
#include "EsiRouteTable.h"
#include "HttpMessage.h"

#include <QDate>

namespace EveSso::Emu {

/// ESI under <origin>/esi: unversioned paths chosen by X-Compatibility-Date, and the legacy /latest/.../ form.
/// Adds ESI's caching headers (Cache-Control, Expires, Last-Modified, ETag; If-None-Match gives 304) and its
/// limits: each route's token bucket (EsiRouteTable), or the error limit.
class EsiRoutes
{
public:
    explicit EsiRoutes(EmulatorContext &ctx) : m_ctx(ctx) {}

    /// `subPath` is the path after "/esi". `downtime`: ESI's own 503 of the daily downtime, which still
    /// passes through the limits (a 5xx costs no tokens but counts as an error).
    HttpResponse handle(const HttpRequest &request, const QString &subPath, bool downtime = false);
    EsiLimits &limits() { return m_limits; }

    /// The compatibility dates this emulator knows, newest first.
    static const QList<QDate> &compatibilityDates();

private:
    /// The route's response before caching headers and limits.
    struct Routed
    {
        HttpResponse response;
        const EsiRoute *route = nullptr; ///< nullptr: no such route (404).
        QString rateKey;                 ///< The bucket's user: application:character, or the source address.
        bool rateLimited = false;        ///< The response is already the 429.
    };
    /// Reads ?datasource= (legacy) or X-Compatibility-Date into `compat`; false with `error` set when invalid.
    bool compatibilityDate(const HttpRequest &request, bool legacy, QDate *compat, HttpResponse *error) const;
    HttpResponse respond(const HttpRequest &request, const EsiRoute *route, const QStringList &segments,
                         const QDate &compat, bool legacy, const BearerCheck::Result &auth);
    HttpResponse wallet(qint64 characterId, const BearerCheck::Result &auth, bool journal,
                        const HttpRequest &request) const;
    static QString rateKey(const EsiRoute *route, const BearerCheck::Result &auth);
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
