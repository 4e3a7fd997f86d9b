#pragma once

#include "EmulatorContext.h"
#include "HttpMessage.h"

namespace EveSso::Emu {

class BearerCheck;

/// The EVE SSO v2 side: discovery, JWKS, the authorize page, token, revoke and verify.
class SsoRoutes
{
public:
    explicit SsoRoutes(EmulatorContext &ctx) : m_ctx(ctx) {}

    /// Answers a request for an SSO path, or returns std::nullopt when the path is not an SSO one.
    std::optional<HttpResponse> handle(const HttpRequest &request);

    /// {"error": error, "error_description": description} with `status`.
    static HttpResponse error(int status, const QString &error, const QString &description);

private:
    HttpResponse discovery() const;
    HttpResponse jwks() const;
    HttpResponse verify(const HttpRequest &request) const;
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse answerAuthorizePage(const HttpRequest &request);
    HttpResponse redirectWithCode(const PendingAuthorization &pending, qint64 characterId);
    HttpResponse token(const HttpRequest &request);
    HttpResponse authorizationCodeGrant(const Emulator::Client &client, const QHash<QString, QString> &form);
    HttpResponse refreshTokenGrant(const Emulator::Client &client, const QHash<QString, QString> &form);
    HttpResponse revoke(const HttpRequest &request);
    /// The client that made a token/revoke request (Basic auth, client_secret_post, or a public client_id);
    /// nullptr + `failure` (401 invalid_client) when it cannot be identified.
    const Emulator::Client *authenticateClient(const HttpRequest &request, const QHash<QString, QString> &form,
                                               HttpResponse *failure) const;
    HttpResponse tokenResponse(const Grant &grant, const QString &refreshToken, int expiresIn) const;
    QString renderAuthorizePage(const QString &requestId, const PendingAuthorization &pending) const;

    EmulatorContext &m_ctx;
};

} // namespace EveSso::Emu
