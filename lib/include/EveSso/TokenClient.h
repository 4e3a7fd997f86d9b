#pragma once

#include <EveSso/ClientSettings.h>
#include <EveSso/SsoEndpoints.h>
#include <EveSso/SsoError.h>
#include <EveSso/TokenSet.h>
#include <EveSso/evesso_export.h>

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace EveSso {

/// The token endpoint and the revocation endpoint: code exchange, refresh (with rotation) and revoke.
///
/// Transient failures (network, timeout, 5xx, unparseable answers) are retried with exponential
/// backoff and jitter before they are reported; `invalid_grant`/`invalid_token` are reported at once
/// as SsoError::Kind::LoginGone. Every request carries the User-Agent. Nothing here logs a token.
class EVESSO_EXPORT TokenClient : public QObject
{
    Q_OBJECT

public:
    /// How transient failures are retried.
    struct RetryPolicy
    {
        int maxAttempts = 3;                          ///< Attempts in all, the first included.
        std::chrono::milliseconds initialDelay{1000}; ///< Before the second attempt; doubles after.
        double jitter = 0.25;                         ///< Each delay varies by up to ±25 %.
    };

    /// Receives the new tokens, or an error and an empty TokenSet.
    using TokensCallback = std::function<void(const TokenSet &tokens, const SsoError &error)>;
    /// Receives the outcome; the error is None on success.
    using DoneCallback = std::function<void(const SsoError &error)>;

    /// `network` is shared, not owned; when null the client creates its own.
    explicit TokenClient(const ClientSettings &settings, QNetworkAccessManager *network = nullptr,
                         QObject *parent = nullptr);
    ~TokenClient() override;

    /// The SSO's endpoints (from SsoDiscovery); required before any request.
    void setEndpoints(const SsoEndpoints &endpoints);
    /// The endpoints in use.
    SsoEndpoints endpoints() const;
    /// The registered application whose tokens this client handles.
    void setSettings(const ClientSettings &settings);
    /// The registered application.
    ClientSettings settings() const;
    /// How transient failures are retried (default: RetryPolicy{}).
    void setRetryPolicy(const RetryPolicy &policy);
    /// Per-request transfer timeout (default 30 s).
    void setRequestTimeout(std::chrono::milliseconds timeout);

    /// Exchanges an authorization code (grant_type=authorization_code). For a native client pass the
    /// PKCE verifier used for this login; a confidential client authenticates with Basic auth instead.
    void exchangeCode(const QString &code, const QString &codeVerifier, QObject *context, TokensCallback callback);

    /// Refreshes (grant_type=refresh_token), optionally narrowing to a subset of the granted scopes.
    /// The returned TokenSet's refreshToken is the rotated one when the SSO rotated it, else the old one.
    void refresh(const QString &refreshToken, const QStringList &scopes, QObject *context, TokensCallback callback);

    /// Revokes a token (RFC 7009). `tokenTypeHint` is "refresh_token" or "access_token".
    void revoke(const QString &token, const QString &tokenTypeHint, QObject *context, DoneCallback callback);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EveSso
