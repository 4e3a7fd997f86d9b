#include <EveSso/TokenClient.h>

#include "TokenReply.h"
#include "core/ReplyLimiter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace EveSso {

struct TokenClient::Private
{
    TokenClient *q = nullptr;
    ClientSettings settings;
    SsoEndpoints endpoints;
    QNetworkAccessManager *network = nullptr;
    RetryPolicy retry;
    std::chrono::milliseconds timeout{30000};

    /// One POST with retries. `finish` gets the final classified result.
    void post(const QUrl &url, FormFields fields, bool expectTokens, int attempt, QPointer<QObject> context,
              std::function<void(const TokenReplyResult &)> finish, QElapsedTimer since = {})
    {
        if (!since.isValid())
            since.start();
        QNetworkRequest request = ssoRequest(url, settings, int(timeout.count()));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (settings.isConfidential())
            request.setRawHeader("Authorization", basicAuthorization(settings.clientId, settings.clientSecret));
        QNetworkReply *reply = network->post(request, formEncode(fields));
        // A retry gets what is left of the request's deadline, not a fresh one.
        limitReply(reply, settings.responseLimits.maxTokenBytes, settings.responseLimits, since.elapsed());
        QObject::connect(reply, &QNetworkReply::finished, q,
                         [this, reply, url, fields = std::move(fields), expectTokens, attempt, context,
                          finish = std::move(finish), since]() mutable {
                             reply->deleteLater();
                             TokenReplyResult result = classifyTokenReply(reply, expectTokens);
                             if (!context)
                                 return;
                             // A server that sent too much or too slowly would only do it again.
                             // And the attempts together get the request's deadline.
                             const bool breached = limitBreachOf(reply) != LimitBreach::None;
                             const auto delay = backoff(attempt);
                             const bool inTime
                                 = retryFitsDeadline(settings.responseLimits, since.elapsed(), delay.count());
                             if (result.error.isTransient() && !breached && inTime && attempt + 1 < retry.maxAttempts) {
                                 QTimer::singleShot(delay, q,
                                                    [this, url, fields = std::move(fields), expectTokens,
                                                     attempt, context, finish = std::move(finish), since]() mutable {
                                                        post(url, std::move(fields), expectTokens, attempt + 1,
                                                             context, std::move(finish), since);
                                                    });
                                 return;
                             }
                             finish(result);
                         });
    }

    std::chrono::milliseconds backoff(int attempt) const
    {
        const double base = double(retry.initialDelay.count()) * double(1 << qMin(attempt, 10));
        const double spread = base * retry.jitter;
        const double jittered = base - spread + QRandomGenerator::global()->generateDouble() * 2 * spread;
        return std::chrono::milliseconds(qMax<qint64>(0, qint64(jittered)));
    }

    /// Adds what identifies the client: client_id in the body for native clients (Basic auth otherwise).
    void addClientIdentity(FormFields &fields) const
    {
        if (!settings.isConfidential())
            fields.append({QStringLiteral("client_id"), settings.clientId});
    }

    SsoError missingEndpoint() const
    {
        return SsoError::make(SsoError::Kind::NotConfigured,
                              QCoreApplication::translate("EveSso::TokenClient",
                                                          "The SSO's endpoints are not known yet."));
    }
};

TokenClient::TokenClient(const ClientSettings &settings, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->settings = settings;
    d->network = network ? network : new QNetworkAccessManager(this);
}

TokenClient::~TokenClient() = default;

void TokenClient::setEndpoints(const SsoEndpoints &endpoints) { d->endpoints = endpoints; }
SsoEndpoints TokenClient::endpoints() const { return d->endpoints; }
void TokenClient::setSettings(const ClientSettings &settings) { d->settings = settings; }
ClientSettings TokenClient::settings() const { return d->settings; }
void TokenClient::setRetryPolicy(const RetryPolicy &policy) { d->retry = policy; }
void TokenClient::setRequestTimeout(std::chrono::milliseconds timeout) { d->timeout = timeout; }

void TokenClient::exchangeCode(const QString &code, const QString &codeVerifier, QObject *context,
                               TokensCallback callback)
{
    if (!d->endpoints.tokenEndpoint.isValid()) {
        QTimer::singleShot(0, context, [callback, error = d->missingEndpoint()] { callback({}, error); });
        return;
    }
    FormFields fields{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("code"), code}};
    d->addClientIdentity(fields);
    if (!d->settings.isConfidential())
        fields.append({QStringLiteral("code_verifier"), codeVerifier});
    d->post(d->endpoints.tokenEndpoint, std::move(fields), true, 0, context,
            [callback](const TokenReplyResult &result) {
                SsoError error = result.error;
                if (error.isLoginGone()) {
                    // For a code, invalid_grant means this code, not a stored login, is unusable.
                    error.kind = SsoError::Kind::InvalidRequest;
                    error.message = tr("EVE's login server refused the authorization code (it expired, was "
                                       "already used, or does not match this login). Start the login again.");
                }
                callback(error.isError() ? TokenSet() : TokenSet::fromResponse(result.json), error);
            });
}

void TokenClient::refresh(const QString &refreshToken, const QStringList &scopes, QObject *context,
                          TokensCallback callback)
{
    if (refreshToken.isEmpty() || !d->endpoints.tokenEndpoint.isValid()) {
        const SsoError error = refreshToken.isEmpty()
            ? SsoError::make(SsoError::Kind::NotConfigured,
                             tr("There is no refresh token for this login. Log the character in again."))
            : d->missingEndpoint();
        QTimer::singleShot(0, context, [callback, error] { callback({}, error); });
        return;
    }
    FormFields fields{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), refreshToken}};
    d->addClientIdentity(fields);
    if (!scopes.isEmpty())
        fields.append({QStringLiteral("scope"), scopes.join(QLatin1Char(' '))});
    d->post(d->endpoints.tokenEndpoint, std::move(fields), true, 0, context,
            [callback, refreshToken](const TokenReplyResult &result) {
                callback(result.error.isError() ? TokenSet() : TokenSet::fromResponse(result.json, refreshToken),
                         result.error);
            });
}

void TokenClient::revoke(const QString &token, const QString &tokenTypeHint, QObject *context,
                         DoneCallback callback)
{
    if (token.isEmpty() || !d->endpoints.revocationEndpoint.isValid()) {
        const SsoError error = token.isEmpty()
            ? SsoError::make(SsoError::Kind::NotConfigured, tr("There is no token to revoke."))
            : SsoError::make(SsoError::Kind::NotConfigured,
                             tr("This SSO has no revocation endpoint; the login was removed locally only."));
        QTimer::singleShot(0, context, [callback, error] { callback(error); });
        return;
    }
    FormFields fields{{QStringLiteral("token_type_hint"), tokenTypeHint}, {QStringLiteral("token"), token}};
    d->addClientIdentity(fields);
    d->post(d->endpoints.revocationEndpoint, std::move(fields), false, 0, context,
            [callback](const TokenReplyResult &result) { callback(result.error); });
}

} // namespace EveSso
