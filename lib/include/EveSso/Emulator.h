#pragma once

#include <EveSso/evessoemulator_export.h>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace EveSso {

class EmulatorPrivate;

/// An offline EVE SSO v2 + ESI + image server on 127.0.0.1, faithful to the real protocol (discovery,
/// JWKS, authorize page, token/refresh/revoke, RS256/ES256 JWTs, ESI caching and limits), with faults on
/// demand and a request log. Everything is served from one origin:
/// SSO paths at the root, ESI under `<origin>/esi`, images under `<origin>/images`.
///
/// The object and all its calls belong to the thread it lives in (move it before start() to serve from
/// another thread).
class EVESSOEMULATOR_EXPORT Emulator : public QObject
{
    Q_OBJECT
public:
    /// Form of the `issuer` in the discovery document and of the `iss` claim of issued tokens.
    enum class IssuerForm {
        Https,   ///< "https://127.0.0.1:<port>" (the live SSO's form since 2023-11-01)
        BareHost ///< "127.0.0.1:<port>" (the scheme-less form of older tokens and metadata)
    };
    Q_ENUM(IssuerForm)
    /// The algorithm of issued tokens (RSA or P-256 key).
    enum class SigningAlgorithm { RS256, ES256 };
    Q_ENUM(SigningAlgorithm)

    /// A registered SSO application.
    struct Client
    {
        /// The client id the application sends.
        QString clientId;
        QString secret; ///< Empty: a public PKCE client (no Basic auth, code_challenge required).
        /// The registered callback URLs; redirect_uri must equal one of them.
        QStringList callbackUrls;
        /// Scopes the application may request; the authorize page refuses any other.
        QStringList allowedScopes;
    };

    /// One request as the emulator saw it, with every secret replaced by "[redacted]".
    struct LoggedRequest
    {
        /// When the request arrived (UTC).
        QDateTime time;
        /// The HTTP method, e.g. "GET".
        QByteArray method;
        /// The request path, without the query.
        QString path;
        /// The query, with secrets redacted like the form.
        QUrlQuery query;
        int status = 0; ///< 0 when the connection was dropped without a response.
        QHash<QByteArray, QByteArray> headers; ///< Lower-case names; Authorization redacted.
        QHash<QString, QString> form; ///< Secrets (code, code_verifier, refresh_token, token, client_secret) redacted.
        /// The token request's grant_type, empty for other requests.
        QString grantType;
        QHash<QString, QByteArray> secretFingerprints; ///< field -> Emulator::fingerprint(value)
        /// What a successful token request issued: "refresh_token" and "access_token" -> fingerprint. With
        /// secretFingerprints it shows a rotation chain: each refresh spends the token the previous one issued.
        QHash<QString, QByteArray> issuedFingerprints;
    };

    /// A stopped emulator with the built-in fixture and the demo client registered.
    explicit Emulator(QObject *parent = nullptr);
    ~Emulator() override;

    /// Listens on 127.0.0.1:`port` (0 picks a free port). Returns false, with errorString(), on failure.
    bool start(quint16 port = 0);
    /// Stops listening and closes every connection.
    void stop();
    /// Why the last start() or fixture load failed.
    QString errorString() const;
    /// True between a successful start() and stop().
    bool isRunning() const;
    /// The port listened on (0 when not running).
    quint16 port() const;
    QUrl baseUrl() const;      ///< `http://127.0.0.1:<port>`
    QUrl discoveryUrl() const; ///< `<base>/.well-known/oauth-authorization-server`
    QUrl esiBaseUrl() const;   ///< `<base>/esi`
    QUrl imageBaseUrl() const; ///< `<base>/images`
    QString issuer() const;    ///< As in the discovery document, depending on setIssuerForm().

    // ---- fixture -------------------------------------------------------------------------------------
    /// Replaces the data set (accounts, characters, corporations, alliances, wallets, journals, scopes)
    /// with a JSON fixture file in the format of the built-in one (lib/emulator/fixtures). On failure the
    /// current data stays and errorString() says why.
    bool loadFixture(const QString &path);
    /// Same as loadFixture() from the document's bytes.
    bool loadFixtureData(const QByteArray &json);
    /// Every character id of the fixture, in fixture order.
    QList<qint64> characterIds() const;
    /// The character's name, or an empty string when the fixture has no such character.
    QString characterName(qint64 characterId) const;
    /// Every scope the fixture knows (the demo client may request all of them).
    QStringList knownScopes() const;

    // ---- clients and SSO behaviour -------------------------------------------------------------------
    /// Registers (or replaces, by client id) an SSO application.
    void registerClient(const Client &client);
    QString demoClientId() const; ///< The built-in public PKCE client (32 lowercase hex characters).
    QUrl demoCallbackUrl() const; ///< Default http://localhost:47813/callback
    /// Changes the demo client's registered callback URL.
    void setDemoCallbackUrl(const QUrl &url);
    /// How the issuer is written from now on (default IssuerForm::Https).
    void setIssuerForm(IssuerForm form);
    void setRefreshTokenRotation(bool on);          ///< On by default.
    void setSigningAlgorithm(SigningAlgorithm alg); ///< RS256 by default.
    /// 0 (default): /v2/oauth/authorize shows the HTML page. Otherwise it redirects at once as that character.
    void setAutoApprove(qint64 characterId);
    /// Default 1200 (exp = iat + lifetime; expires_in is lifetime - 1 for a code, lifetime on refresh).
    /// ESI refuses tokens expiring more than lifetime + 300 s ahead ("token expiry is too far in the future").
    void setAccessTokenLifetime(int seconds);

    // ---- ESI behaviour -------------------------------------------------------------------------------
    /// The ESI error limit: `errors` non-2xx/3xx responses per fixed window, then 420 on every ESI route.
    /// Default 100 per 60 s.
    void setErrorLimit(int errors, int windowSeconds = 60);
    /// The token bucket of a rate-limit group. Defaults as CCP documents them: "char-wallet" (wallet,
    /// journal) 150 per 900 s, "char-detail" (portrait) 600, "status" 600, "meta" 150.
    void setRateLimit(const QString &group, int maxTokens, int windowSeconds);
    /// Entries per page of the wallet journal (X-Pages). Default 2500, as ESI.
    void setJournalPageSize(int entries);

    // ---- faults --------------------------------------------------------------------------------------
    // A pathPrefix matches the request path from its start (e.g. "/esi/characters", "/v2/oauth/token");
    // an empty prefix matches every path. Counted faults apply to the next matching requests.
    void setLatency(const QString &pathPrefix, int milliseconds); ///< 0 removes it.
    /// The next `count` requests matching `pathPrefix` are answered with HTTP `httpStatus`.
    void failNextRequests(int count, int httpStatus = 503, const QString &pathPrefix = QString());
    void malformNextResponses(int count, const QString &pathPrefix = QString()); ///< Invalid JSON body.
    /// Content-Length says more than is sent, then the connection closes.
    void truncateNextResponses(int count, const QString &pathPrefix = QString());
    /// Closes the connection without a response. Note that QNetworkAccessManager silently retries such a
    /// request (once or twice): drop 3 for the failure to reach its caller, then clearFaults().
    void dropNextConnections(int count, const QString &pathPrefix = QString());
    /// How a hostile or broken server answers, for testing that clients bound what they read.
    enum class HostileAnswer {
        EndlessBody,    ///< No Content-Length, and a body that never ends.
        EndlessChunks,  ///< Chunked transfer encoding whose last chunk never comes.
        EndlessHeaders, ///< A header block that never ends.
        SlowDrip,       ///< A short JSON answer, one byte every two seconds.
    };
    Q_ENUM(HostileAnswer)
    /// The next `count` requests matching `pathPrefix` are answered that way, instead of by their route
    /// (so without its effects: no code is redeemed, no token rotated). The emulator writes only while
    /// the client reads, so its own memory stays bounded; it stops when the client disconnects.
    void answerHostilely(HostileAnswer how, int count, const QString &pathPrefix = QString());
    void setDowntime(bool on); ///< ESI answers 503 like during the daily downtime.
    /// Removes every latency, counted fault and the downtime.
    void clearFaults();
    void revokeAllTokens(qint64 characterId); ///< A password change: every refresh token of that character dies.
    /// How many refresh tokens of the character the token endpoint would still accept (0 after a logout
    /// that revoked the newest one, with rotation on).
    int liveRefreshTokens(qint64 characterId) const;
    /// New key ids and key material; tokens signed with the old keys fail at ESI and at verifiers with the
    /// new JWKS.
    void rotateSigningKeys();
    /// New key material under the same key ids (EVE's RSA key is always "JWT-Signature-Key"): tokens signed
    /// before fail with a bad signature at verifiers that still hold the old keys.
    void replaceSigningKeysKeepingIds();
    void setClockSkew(int seconds);  ///< Added to iat/exp of issued tokens.
    void setBadSignature(bool on);   ///< Issued tokens carry a corrupted signature.

    // ---- observability -------------------------------------------------------------------------------
    /// Every request since the start or the last clearRequestLog(), oldest first.
    QList<LoggedRequest> requestLog() const;
    /// Empties the request log.
    void clearRequestLog();
    /// Requests whose method matches and whose path starts with pathPrefix (and, if given, with that grant_type).
    int countRequests(const QByteArray &method, const QString &pathPrefix, const QString &grantType = QString()) const;
    /// A short SHA-256 based tag, so tests can tell secrets apart without storing them.
    static QByteArray fingerprint(const QByteArray &secret);

    // ---- test helpers --------------------------------------------------------------------------------
    /// A real access token signed with the current key, as the token endpoint would issue it (a negative
    /// lifetime gives an already expired one).
    QString issueAccessToken(qint64 characterId, const QString &clientId, const QStringList &scopes,
                             int lifetimeSeconds = 1200);
    /// A refresh token for that grant, usable at the token endpoint by `clientId`.
    QString issueRefreshToken(qint64 characterId, const QString &clientId, const QStringList &scopes);
    /// The JWKS document as /oauth/jwks serves it now.
    QByteArray jwksDocument() const;

signals:
    /// A request was added to the request log (secrets redacted).
    void requestLogged(const EveSso::Emulator::LoggedRequest &request);

private:
    std::unique_ptr<EmulatorPrivate> d;
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::Emulator::LoggedRequest)
