#pragma once

#include <EveSso/ClientSettings.h>
#include <EveSso/JwtVerifier.h>
#include <EveSso/ServerProfile.h>
#include <EveSso/SsoError.h>
#include <EveSso/TokenSet.h>
#include <EveSso/evesso_export.h>

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace EveSso {

class LoginFlow;
class SsoDiscovery;
class TokenClient;
class TokenValidator;

/// The SSO for one registered application on one server: what EsiPy's `EsiSecurity` offers, in Qt's
/// idiom and asynchronous.
///
/// It owns the discovery (endpoints and signing keys, cached), the token verifier and the token
/// client, and starts browser logins. For EsiPy parity it can also hold the tokens of one identity
/// (authorizationUrl(), exchangeCode(), refresh(), revoke(), verify(), isTokenExpired(), updateToken()
/// and the tokenUpdated() signal); multi-character apps keep tokens per character instead (see
/// CharacterSession).
class EVESSO_EXPORT SsoClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)

public:
    /// Receives the outcome; the error is None on success.
    using DoneCallback = std::function<void(const SsoError &error)>;
    /// Receives the outcome of a verification.
    using VerifyCallback = std::function<void(const JwtVerifier::Result &result)>;

    /// A client for `settings` (the registered application) on the server `profile` describes.
    SsoClient(const ServerProfile &profile, const ClientSettings &settings, QObject *parent = nullptr);
    ~SsoClient() override;

    /// The server.
    ServerProfile profile() const;
    /// The registered application.
    ClientSettings settings() const;
    /// The shared network access manager of this client (also for ESI).
    QNetworkAccessManager *network() const;
    /// The SSO endpoints and signing keys (owned by this client).
    SsoDiscovery *discovery() const;
    /// Token exchange, refresh and revoke (owned by this client).
    TokenClient *tokenClient() const;
    /// Verifies access tokens with the SSO's keys, following key rotation (owned by this client).
    TokenValidator *validator() const;

    /// Loads the SSO's endpoints and keys (cache, then network) and configures the verifier with the
    /// SSO's issuer. Call before anything else; concurrent calls share one fetch.
    void prepare(QObject *context, DoneCallback callback);
    /// True once prepare() succeeded.
    bool isReady() const;

    /// Uses metadata and JWKS documents the caller cached itself (EsiPy's sso_endpoints / jwks_key).
    bool setDocuments(const QJsonObject &metadata, const QByteArray &jwks, QString *errorMessage = nullptr);

    /// A new browser login, parented to this client (delete it when done). `expectedCharacterId`
    /// makes a re-authorization fail if another character logs in. Requires isReady().
    LoginFlow *createLogin(qint64 expectedCharacterId = 0);

    // --- EsiPy EsiSecurity parity: the tokens of one identity --------------------------------------

    /// EsiPy's get_auth_uri(state, scopes, implicit). With PKCE (no secret, not implicit) a fresh
    /// verifier is made and kept for exchangeCode(). `state` must not be empty.
    QUrl authorizationUrl(const QString &state, const QStringList &scopes = {}, bool implicit = false);
    /// EsiPy's auth(code): exchanges the code (with the verifier of the last authorizationUrl()).
    void exchangeCode(const QString &code, QObject *context, DoneCallback callback);
    /// EsiPy's refresh(scope_list): refreshes the held tokens; tokenUpdated() is emitted before the
    /// callback runs, so a rotated refresh token is stored before anything else uses it.
    void refresh(const QStringList &scopes, QObject *context, DoneCallback callback);
    /// EsiPy's revoke(): revokes the refresh token (else the access token) and clears the tokens.
    void revoke(QObject *context, DoneCallback callback);
    /// EsiPy's verify(): verifies the held access token (signature, issuer, audience, expiry).
    void verify(QObject *context, VerifyCallback callback);
    /// EsiPy's is_token_expired(offset).
    bool isTokenExpired(qint64 offsetSeconds = 0) const;
    /// EsiPy's update_token(response, token_identifier): adopts a token endpoint response.
    void updateToken(const QJsonObject &response, const QString &identifier = QString());
    /// Adopts tokens obtained elsewhere (e.g. a refresh token from the keychain).
    void setTokens(const TokenSet &tokens, const QString &identifier = QString());
    /// The held tokens (EsiPy parity).
    TokenSet tokens() const;
    /// The identifier given with the held tokens.
    QString tokenIdentifier() const;

signals:
    /// isReady() changed.
    void readyChanged();
    /// The held tokens changed (EsiPy's signal_token_updated). Persist tokens.refreshToken at once.
    void tokenUpdated(const QString &identifier, const EveSso::TokenSet &tokens);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EveSso
