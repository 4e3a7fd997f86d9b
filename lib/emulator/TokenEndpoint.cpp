// POST /v2/oauth/token and POST /v2/oauth/revoke.

#include "FormData.h"
#include "SsoRoutes.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace EveSso::Emu {

namespace {

HttpResponse invalidGrant(const QString &description)
{
    return SsoRoutes::error(400, QStringLiteral("invalid_grant"), description);
}

} // namespace

const Emulator::Client *SsoRoutes::authenticateClient(const HttpRequest &request,
                                                      const QHash<QString, QString> &form,
                                                      HttpResponse *failure) const
{
    *failure = error(401, QStringLiteral("invalid_client"), QStringLiteral("Missing or invalid client credentials."));
    failure->setHeader("WWW-Authenticate", "Basic realm=\"" + m_ctx.config.hostPort().toLatin1() + '"');

    const QByteArray authorization = request.header("authorization");
    if (!authorization.isEmpty()) {
        if (authorization.size() < 7 || authorization.left(6).compare("Basic ", Qt::CaseInsensitive) != 0)
            return nullptr;
        // Standard, padded Base64 only, as the live SSO wants it.
        const QByteArray encoded = authorization.mid(6).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.toBase64() != encoded)
            return nullptr;
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (colon <= 0)
            return nullptr;
        const Emulator::Client *client = m_ctx.config.client(QString::fromUtf8(decoded.decoded.left(colon)));
        if (!client || client->secret.isEmpty() || client->secret != QString::fromUtf8(decoded.decoded.mid(colon + 1)))
            return nullptr;
        return client;
    }
    const Emulator::Client *client = m_ctx.config.client(form.value(QStringLiteral("client_id")));
    if (!client)
        return nullptr;
    if (client->secret.isEmpty())
        return form.contains(QStringLiteral("client_secret")) ? nullptr : client;
    // client_secret_post, listed in the metadata.
    return form.value(QStringLiteral("client_secret")) == client->secret ? client : nullptr;
}

HttpResponse SsoRoutes::token(const HttpRequest &request)
{
    // Form encoding only: the live SSO answers a JSON body with this misleading error.
    if (!isFormContentType(request.header("content-type")))
        return invalidGrant(QStringLiteral("Grant type is not supported."));
    const auto form = parseForm(request.body);
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("Some parameters are either missing or invalid"));
    if (grantType != QLatin1String("authorization_code") && grantType != QLatin1String("refresh_token"))
        return error(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("Grant type is not supported."));

    HttpResponse failure;
    const Emulator::Client *client = authenticateClient(request, form, &failure);
    if (!client)
        return failure;
    return grantType == QLatin1String("authorization_code") ? authorizationCodeGrant(*client, form)
                                                             : refreshTokenGrant(*client, form);
}

HttpResponse SsoRoutes::authorizationCodeGrant(const Emulator::Client &client, const QHash<QString, QString> &form)
{
    const QString code = form.value(QStringLiteral("code"));
    if (code.isEmpty())
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("Some parameters are either missing or invalid"));
    // Redeeming consumes the code whatever happens next: codes are strictly single use.
    const auto record = m_ctx.grants.redeemCode(code);
    if (!record || record->grant.clientId != client.clientId)
        return invalidGrant(QStringLiteral("Authorization code is invalid"));
    if (!record->codeChallenge.isEmpty() || client.secret.isEmpty()) {
        // The verifier is hashed byte for byte as received (CCP's own example sends a padded one).
        const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toUtf8();
        const QByteArray computed = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (verifier.isEmpty() || computed != record->codeChallenge)
            return invalidGrant(QStringLiteral("Failed code verification challenge."));
    }
    const QString refresh = record->grant.scopes.isEmpty() ? QString() : m_ctx.grants.issueRefreshToken(record->grant);
    return tokenResponse(record->grant, refresh, m_ctx.config.tokenLifetime - 1);
}

HttpResponse SsoRoutes::refreshTokenGrant(const Emulator::Client &client, const QHash<QString, QString> &form)
{
    const QString refreshToken = form.value(QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("Some parameters are either missing or invalid"));
    const auto grant = m_ctx.grants.refreshGrant(refreshToken);
    if (!grant)
        return invalidGrant(QStringLiteral("Invalid refresh token. Token missing/expired."));
    if (grant->clientId != client.clientId)
        return invalidGrant(QStringLiteral("The refresh token does not match the client specified."));

    Grant issued = *grant;
    if (form.contains(QStringLiteral("scope"))) {
        static const QRegularExpression separators(QStringLiteral("[ +]+"));
        QStringList subset;
        for (const QString &scope : form.value(QStringLiteral("scope")).split(separators, Qt::SkipEmptyParts)) {
            if (!grant->scopes.contains(scope))
                return error(400, QStringLiteral("invalid_scope"),
                             QStringLiteral("The requested '%1' scope is not valid.").arg(scope));
            if (!subset.contains(scope))
                subset.append(scope);
        }
        if (!subset.isEmpty())
            issued.scopes = subset;
    }
    QString next = refreshToken;
    if (m_ctx.config.rotation) {
        // The new refresh token keeps the full original grant; only this access token is narrowed.
        m_ctx.grants.revokeRefreshToken(refreshToken);
        next = m_ctx.grants.issueRefreshToken(*grant);
    }
    return tokenResponse(issued, next, m_ctx.config.tokenLifetime);
}

HttpResponse SsoRoutes::tokenResponse(const Grant &grant, const QString &refreshToken, int expiresIn) const
{
    QJsonObject body{{QStringLiteral("access_token"),
                      TokenIssuer::accessToken(m_ctx, grant, m_ctx.config.tokenLifetime)},
                     {QStringLiteral("expires_in"), expiresIn},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (!refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    HttpResponse r = HttpResponse::json(200, QJsonDocument(body));
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Pragma", "no-cache");
    return r;
}

HttpResponse SsoRoutes::revoke(const HttpRequest &request)
{
    // RFC 7009: always 200, whether or not the token existed. A token is only revoked for its own client
    // (or when the request names no client, as some PKCE libraries do).
    HttpResponse ok;
    if (!isFormContentType(request.header("content-type")))
        return ok;
    const auto form = parseForm(request.body);
    const QString token = form.value(QStringLiteral("token"));
    const auto grant = m_ctx.grants.refreshGrant(token);
    if (!grant)
        return ok;
    HttpResponse failure;
    const bool namesClient = !request.header("authorization").isEmpty() || form.contains(QStringLiteral("client_id"));
    const Emulator::Client *client = namesClient ? authenticateClient(request, form, &failure) : nullptr;
    if (!namesClient || (client && client->clientId == grant->clientId))
        m_ctx.grants.revokeRefreshToken(token);
    return ok;
}

} // namespace EveSso::Emu
