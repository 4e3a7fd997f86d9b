#include <EveSso/SsoClient.h>

#include <EveSso/LoginFlow.h>
#include <EveSso/Pkce.h>
#include <EveSso/SsoDiscovery.h>
#include <EveSso/TokenClient.h>
#include <EveSso/TokenValidator.h>

#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

namespace EveSso {

struct SsoClient::Private
{
    ServerProfile profile;
    ClientSettings settings;
    QNetworkAccessManager *network = nullptr;
    SsoDiscovery *discovery = nullptr;
    TokenClient *tokenClient = nullptr;
    TokenValidator *validator = nullptr;
    bool configured = false;

    TokenSet tokens;
    QString identifier;
    QByteArray pendingVerifier;

    /// Verifier options for this SSO: its issuer in both forms, our client id and "EVE Online".
    JwtVerifier::Options verifierOptions() const
    {
        JwtVerifier::Options options;
        options.clientId = settings.clientId;
        options.requiredAudiences = {settings.clientId, QStringLiteral("EVE Online")};
        const QString issuer = discovery->endpoints().issuer;
        if (!issuer.isEmpty())
            options.acceptedIssuers = JwtVerifier::issuersFor(issuer);
        return options;
    }
};

SsoClient::SsoClient(const ServerProfile &profile, const ClientSettings &settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->profile = profile;
    d->settings = settings;
    d->network = new QNetworkAccessManager(this);
    d->discovery = new SsoDiscovery(profile.discoveryUrl, settings, d->network, this);
    d->tokenClient = new TokenClient(settings, d->network, this);
    d->validator = new TokenValidator(d->discovery, d->verifierOptions(), this);
}

SsoClient::~SsoClient() = default;

ServerProfile SsoClient::profile() const { return d->profile; }
ClientSettings SsoClient::settings() const { return d->settings; }
QNetworkAccessManager *SsoClient::network() const { return d->network; }
SsoDiscovery *SsoClient::discovery() const { return d->discovery; }
TokenClient *SsoClient::tokenClient() const { return d->tokenClient; }
TokenValidator *SsoClient::validator() const { return d->validator; }
bool SsoClient::isReady() const { return d->configured && d->discovery->isReady(); }

void SsoClient::prepare(QObject *context, DoneCallback callback)
{
    d->discovery->ensureReady(context, [this, callback](const SsoError &error) {
        if (!error.isError() && !d->configured) {
            d->tokenClient->setEndpoints(d->discovery->endpoints());
            // The verifier needs the issuer, which only the metadata tells: rebuild it with the options.
            delete d->validator;
            d->validator = new TokenValidator(d->discovery, d->verifierOptions(), this);
            d->configured = true;
            emit readyChanged();
        }
        callback(error);
    });
}

bool SsoClient::setDocuments(const QJsonObject &metadata, const QByteArray &jwks, QString *errorMessage)
{
    if (!d->discovery->setDocuments(metadata, jwks, errorMessage))
        return false;
    d->configured = false;
    prepare(this, [](const SsoError &) {});
    return true;
}

LoginFlow *SsoClient::createLogin(qint64 expectedCharacterId)
{
    auto *login = new LoginFlow(d->settings, d->discovery->endpoints(), d->validator, this);
    login->setExpectedCharacter(expectedCharacterId);
    return login;
}

QUrl SsoClient::authorizationUrl(const QString &state, const QStringList &scopes, bool implicit)
{
    if (state.isEmpty())
        return {};
    QUrl url = d->discovery->endpoints().authorizationEndpoint;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), implicit ? QStringLiteral("token") : QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(d->settings.callbackUrl.toString(QUrl::FullyEncoded))));
    query.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(d->settings.clientId)));
    const QStringList requested = scopes.isEmpty() ? d->settings.scopes : scopes;
    if (!requested.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(requested.join(QLatin1Char(' ')))));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
    d->pendingVerifier.clear();
    if (!d->settings.isConfidential() && !implicit) {
        d->pendingVerifier = Pkce::generateVerifier();
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeFor(d->pendingVerifier)));
    }
    url.setQuery(query);
    return url;
}

void SsoClient::exchangeCode(const QString &code, QObject *context, DoneCallback callback)
{
    d->tokenClient->exchangeCode(code, QString::fromLatin1(d->pendingVerifier), context,
                                 [this, callback](const TokenSet &tokens, const SsoError &error) {
                                     if (!error.isError()) {
                                         d->pendingVerifier.clear();
                                         setTokens(tokens, d->identifier);
                                     }
                                     callback(error);
                                 });
}

void SsoClient::refresh(const QStringList &scopes, QObject *context, DoneCallback callback)
{
    d->tokenClient->refresh(d->tokens.refreshToken, scopes, context,
                            [this, callback](const TokenSet &tokens, const SsoError &error) {
                                if (!error.isError())
                                    setTokens(tokens, d->identifier); // announced before the caller continues
                                callback(error);
                            });
}

void SsoClient::revoke(QObject *context, DoneCallback callback)
{
    const bool haveRefresh = !d->tokens.refreshToken.isEmpty();
    const QString token = haveRefresh ? d->tokens.refreshToken : d->tokens.accessToken;
    d->tokenClient->revoke(token, haveRefresh ? QStringLiteral("refresh_token") : QStringLiteral("access_token"),
                           context, [this, callback](const SsoError &error) {
                               if (!error.isError())
                                   setTokens(TokenSet(), d->identifier);
                               callback(error);
                           });
}

void SsoClient::verify(QObject *context, VerifyCallback callback)
{
    d->validator->validate(d->tokens.accessToken.toUtf8(), context, std::move(callback));
}

bool SsoClient::isTokenExpired(qint64 offsetSeconds) const { return d->tokens.isExpired(offsetSeconds); }

void SsoClient::updateToken(const QJsonObject &response, const QString &identifier)
{
    setTokens(TokenSet::fromResponse(response, d->tokens.refreshToken), identifier.isEmpty() ? d->identifier : identifier);
}

void SsoClient::setTokens(const TokenSet &tokens, const QString &identifier)
{
    d->tokens = tokens;
    d->identifier = identifier;
    emit tokenUpdated(identifier, tokens);
}

TokenSet SsoClient::tokens() const { return d->tokens; }
QString SsoClient::tokenIdentifier() const { return d->identifier; }

} // namespace EveSso
