// Discovery, JWKS and verify: the SSO's read-only documents.

#include "BearerCheck.h"
#include "SsoRoutes.h"

#include <EveSso/UtcDateTime.h>

#include <QJsonArray>
#include <QJsonObject>

namespace EveSso::Emu {

HttpResponse SsoRoutes::error(int status, const QString &error, const QString &description)
{
    HttpResponse r = HttpResponse::json(status, QJsonDocument(QJsonObject{
                                                    {QStringLiteral("error"), error},
                                                    {QStringLiteral("error_description"), description}}));
    r.setHeader("Cache-Control", "no-cache");
    return r;
}

std::optional<HttpResponse> SsoRoutes::handle(const HttpRequest &request)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (path == QLatin1String("/.well-known/oauth-authorization-server")
        || path == QLatin1String("/.well-known/openid-configuration"))
        return get ? discovery() : error(405, QStringLiteral("invalid_request"), QStringLiteral("Method not allowed"));
    if (path == QLatin1String("/oauth/jwks"))
        return get ? jwks() : error(405, QStringLiteral("invalid_request"), QStringLiteral("Method not allowed"));
    // The legacy docs write the authorize URL with a trailing slash; accept both.
    if (path == QLatin1String("/v2/oauth/authorize") || path == QLatin1String("/v2/oauth/authorize/")) {
        if (get)
            return authorize(request);
        if (post)
            return answerAuthorizePage(request);
    } else if (path == QLatin1String("/v2/oauth/token")) {
        if (post)
            return token(request);
    } else if (path == QLatin1String("/v2/oauth/revoke")) {
        if (post)
            return revoke(request);
    } else if (path == QLatin1String("/v2/oauth/verify")) {
        if (get)
            return verify(request);
    } else {
        return std::nullopt;
    }
    return error(405, QStringLiteral("invalid_request"), QStringLiteral("Method not allowed"));
}

HttpResponse SsoRoutes::discovery() const
{
    // Snapshot B of the live document (2025-2026), pointing at this emulator's origin.
    const QString origin = m_ctx.config.origin();
    const QJsonArray authMethods{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
                                 QStringLiteral("client_secret_jwt")};
    const QJsonObject doc{
        {QStringLiteral("issuer"), m_ctx.config.issuer()},
        {QStringLiteral("authorization_endpoint"), origin + QLatin1String("/v2/oauth/authorize")},
        {QStringLiteral("token_endpoint"), origin + QLatin1String("/v2/oauth/token")},
        {QStringLiteral("userinfo_endpoint"), origin + QLatin1String("/v2/oauth/verify")},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code"), QStringLiteral("token")}},
        {QStringLiteral("jwks_uri"), origin + QLatin1String("/oauth/jwks")},
        {QStringLiteral("revocation_endpoint"), origin + QLatin1String("/v2/oauth/revoke")},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("revocation_endpoint_auth_methods_supported"), authMethods},
        {QStringLiteral("token_endpoint_auth_methods_supported"), authMethods},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("HS256")}},
        {QStringLiteral("token_endpoint_auth_signing_alg_values_supported"), QJsonArray{QStringLiteral("HS256")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}}};
    HttpResponse r = HttpResponse::json(200, QJsonDocument(doc));
    r.setHeader("Cache-Control", "public, max-age=300");
    return r;
}

HttpResponse SsoRoutes::jwks() const
{
    HttpResponse r = HttpResponse::jsonBytes(200, m_ctx.signer.jwks());
    r.setHeader("Cache-Control", "public, max-age=300");
    return r;
}

HttpResponse SsoRoutes::verify(const HttpRequest &request) const
{
    const BearerCheck::Result auth = BearerCheck(m_ctx).check(request);
    if (!auth.ok)
        return HttpResponse::json(auth.status, QJsonDocument(QJsonObject{{QStringLiteral("error"), auth.error}}));
    const Fixture::Character *c = m_ctx.fixture.character(auth.characterId);
    const QJsonObject doc{
        {QStringLiteral("CharacterID"), auth.characterId},
        {QStringLiteral("CharacterName"), c ? c->name : QString()},
        {QStringLiteral("ExpiresOn"), EveSso::Utc::fromSecsSinceEpoch(auth.expires).toString(Qt::ISODate).chopped(1)},
        {QStringLiteral("Scopes"), auth.scopes.join(QLatin1Char(' '))},
        {QStringLiteral("TokenType"), QStringLiteral("Character")},
        {QStringLiteral("CharacterOwnerHash"), c ? c->ownerHash : QString()},
        {QStringLiteral("IntellectualProperty"), QStringLiteral("EVE")}};
    return HttpResponse::json(200, QJsonDocument(doc));
}

} // namespace EveSso::Emu
