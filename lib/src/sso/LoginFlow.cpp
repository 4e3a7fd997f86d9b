#include <EveSso/LoginFlow.h>

#include <EveSso/Pkce.h>
#include <EveSso/TokenClient.h>
#include <EveSso/TokenValidator.h>

#include "LoopbackReplyHandler.h"
#include "SsoLogging.h"
#include "SsoNetworkAccessManager.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace EveSso {

struct LoginFlow::Private
{
    LoginFlow *q = nullptr;
    ClientSettings settings;
    SsoEndpoints endpoints;
    QPointer<TokenValidator> validator;
    std::chrono::milliseconds timeout = LoginFlow::DefaultTimeout;
    qint64 expectedCharacter = 0;
    bool listenForCallback = true;

    State state = State::Idle;
    QUrl authorizationUrl;
    SsoNetworkAccessManager *network = nullptr;
    LoopbackReplyHandler *handler = nullptr;
    QOAuth2AuthorizationCodeFlow *flow = nullptr;
    QTimer timer;
    QByteArray verifier; ///< Only used below Qt 6.8; 6.8+ generates its own.
    PkceProvider pkceProvider = PkceProvider::None;

    void setState(State next)
    {
        if (state == next)
            return;
        state = next;
        emit q->stateChanged(next);
    }

    bool finished() const { return state == State::Succeeded || state == State::Failed; }

    void fail(SsoError error)
    {
        if (finished())
            return;
        timer.stop();
        if (handler)
            handler->close();
        setState(State::Failed);
        qCInfo(lcLogin) << "Login failed:" << error.message;
        emit q->failed(error);
    }

    void failLater(const SsoError &error)
    {
        QTimer::singleShot(0, q, [this, error] { fail(error); });
    }

    void setUpFlow()
    {
        network = new SsoNetworkAccessManager(settings, endpoints.tokenEndpoint, q);
        handler = new LoopbackReplyHandler(settings.callbackUrl, q);
        flow = new QOAuth2AuthorizationCodeFlow(network, q);
        flow->setReplyHandler(handler);
        flow->setAuthorizationUrl(endpoints.authorizationEndpoint);
        flow->setClientIdentifier(settings.clientId);
        // Qt 6.4 reuses a weak, time-seeded state for every grant: set a fresh CSPRNG one each login.
        const QString state = QString::fromLatin1(Pkce::generateState());
        flow->setState(state);
        handler->setExpectedState(state);
        // Qt 6.9 renamed the token URL and made scopes a set; the old names are deprecated there.
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
        flow->setTokenUrl(endpoints.tokenEndpoint);
        QSet<QByteArray> scopeTokens;
        for (const QString &scope : settings.scopes)
            scopeTokens.insert(scope.toUtf8());
        flow->setRequestedScopeTokens(scopeTokens);
#else
        flow->setAccessTokenUrl(endpoints.tokenEndpoint);
        flow->setScope(settings.scopes.join(QLatin1Char(' ')));
#endif

        const bool confidential = settings.isConfidential();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        // Qt 6.8 does PKCE S256 itself (on by default). A confidential client uses its secret instead,
        // as EsiPy does.
        flow->setPkceMethod(confidential ? QOAuth2AuthorizationCodeFlow::PkceMethod::None
                                         : QOAuth2AuthorizationCodeFlow::PkceMethod::S256);
        if (!confidential)
            pkceProvider = PkceProvider::QtNetworkAuth;
#else
        if (!confidential) {
            verifier = Pkce::generateVerifier();
            pkceProvider = PkceProvider::EveSso;
        }
#endif
        flow->setModifyParametersFunction([this, confidential](QAbstractOAuth::Stage stage,
                                                               QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization && !verifier.isEmpty()) {
                parameters->insert(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeFor(verifier)));
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                if (!verifier.isEmpty())
                    parameters->insert(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
                if (confidential) {
                    // Basic authentication carries the client (SsoNetworkAccessManager); EVE documents
                    // only grant_type and code in the body.
                    parameters->remove(QStringLiteral("client_id"));
                    parameters->remove(QStringLiteral("client_secret"));
                }
            }
        });

        QObject::connect(flow, &QAbstractOAuth::authorizeWithBrowser, q, [this](const QUrl &url) {
            authorizationUrl = url;
            setState(State::WaitingForBrowser);
            emit q->authorizeWithBrowser(url);
        });
        // Connected before the flow's own slot: Qt 6.4 only logs a callback without a code.
        QObject::connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, q, [this](const QVariantMap &values) {
            timer.stop();
            if (!values.contains(QStringLiteral("code")) && !values.contains(QStringLiteral("error"))) {
                fail(SsoError::make(SsoError::Kind::InvalidRequest,
                                    LoginFlow::tr("EVE's login answer carried no authorization code. Start the "
                                                  "login again.")));
                return;
            }
            if (values.contains(QStringLiteral("code")))
                setState(State::ExchangingCode);
        });
        QObject::connect(handler, &LoopbackReplyHandler::callbackRejected, q, [this](const SsoError &error) { fail(error); });
        QObject::connect(handler, &LoopbackReplyHandler::tokenRequestFailed, q, [this](SsoError error) {
            // The code is single use, so a failed exchange is not retried: the player starts again.
            if (error.isTransient()) {
                error.message = LoginFlow::tr("The login could not be completed because EVE's login server "
                                              "did not answer properly (%1). Start the login again.")
                                    .arg(error.httpStatus ? QString::number(error.httpStatus)
                                                          : LoginFlow::tr("no connection"));
            }
            fail(error);
        });
        QObject::connect(flow, &QAbstractOAuth2::error, q,
                         [this](const QString &code, const QString &description, const QUrl &) {
                             SsoError error;
                             error.oauthError = code;
                             error.oauthDescription = description;
                             if (code == QLatin1String("access_denied")) {
                                 error.kind = SsoError::Kind::AccessDenied;
                                 error.message = LoginFlow::tr("The login was cancelled in the browser.");
                             } else {
                                 error.kind = SsoError::Kind::InvalidRequest;
                                 error.message = LoginFlow::tr("EVE's login server refused the login (%1). Check "
                                                               "the application's callback URL and scopes at "
                                                               "EVE's developer site.")
                                                     .arg(code);
                             }
                             fail(error);
                         });
        QObject::connect(flow, &QAbstractOAuth::granted, q, [this] { verify(); });
    }

    void verify()
    {
        if (finished() || state == State::Verifying)
            return;
        setState(State::Verifying);
        TokenSet tokens;
        tokens.accessToken = flow->token();
        tokens.refreshToken = flow->refreshToken();
        tokens.expiresAt = flow->expirationAt();
        tokens.tokenType = QStringLiteral("Bearer");
        if (!validator) {
            fail(SsoError::make(SsoError::Kind::NotConfigured, LoginFlow::tr("No token validator is set.")));
            return;
        }
        validator->validate(tokens.accessToken.toUtf8(), q, [this, tokens](const JwtVerifier::Result &result) {
            if (finished())
                return;
            if (!result.ok()) {
                SsoError error = SsoError::make(SsoError::Kind::VerificationFailed,
                                                LoginFlow::tr("The login could not be verified: %1").arg(result.error.message));
                fail(error);
                return;
            }
            if (expectedCharacter != 0 && result.token->characterId != expectedCharacter) {
                revokeUnwanted(tokens);
                fail(SsoError::make(SsoError::Kind::WrongCharacter,
                                    LoginFlow::tr("%1 logged in, but this login was for another character. In the "
                                                  "browser, pick the character you meant to log in again.")
                                        .arg(result.token->characterName)));
                return;
            }
            setState(State::Succeeded);
            qCInfo(lcLogin) << "Login verified for character" << result.token->characterId;
            emit q->succeeded(LoginResult{*result.token, tokens});
        });
    }

    /// A wrong character's tokens are of no use to anybody: revoke them, best effort.
    void revokeUnwanted(const TokenSet &tokens)
    {
        if (tokens.refreshToken.isEmpty() || !endpoints.revocationEndpoint.isValid())
            return;
        auto *client = new TokenClient(settings, nullptr, q);
        client->setEndpoints(endpoints);
        client->setRetryPolicy({1, std::chrono::milliseconds(0), 0});
        client->revoke(tokens.refreshToken, QStringLiteral("refresh_token"), client,
                       [client](const SsoError &) { client->deleteLater(); });
    }
};

LoginFlow::LoginFlow(const ClientSettings &settings, const SsoEndpoints &endpoints, TokenValidator *validator,
                     QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    silenceQtNetworkAuthDebugOutput();
    d->q = this;
    d->settings = settings;
    d->endpoints = endpoints;
    d->validator = validator;
    d->timer.setSingleShot(true);
    connect(&d->timer, &QTimer::timeout, this, [this] {
        // A short timeout (a script's) in seconds: "within 0 minutes" helps nobody.
        const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(d->timeout).count();
        d->fail(SsoError::make(
            SsoError::Kind::LoginTimedOut,
            seconds < 120 ? tr("The login timed out: no answer came from the browser within %n second(s). "
                               "Start the login again.",
                               nullptr, int(qMax<qint64>(1, seconds)))
                          : tr("The login timed out: no answer came from the browser within %n minute(s). "
                               "Start the login again.",
                               nullptr, int((seconds + 30) / 60))));
    });
}

LoginFlow::~LoginFlow()
{
    // The flow refers to the handler: tear it down first.
    delete d->flow;
}

void LoginFlow::setTimeout(std::chrono::milliseconds timeout) { d->timeout = timeout; }
void LoginFlow::setExpectedCharacter(qint64 characterId) { d->expectedCharacter = characterId; }
void LoginFlow::setListenForCallback(bool listen) { d->listenForCallback = listen; }
LoginFlow::State LoginFlow::state() const { return d->state; }
QUrl LoginFlow::authorizationUrl() const { return d->authorizationUrl; }
quint16 LoginFlow::callbackPort() const { return quint16(d->settings.callbackUrl.port(80)); }

LoginFlow::PkceProvider LoginFlow::pkceProvider() const { return d->pkceProvider; }

bool LoginFlow::start()
{
    if (d->state != State::Idle) {
        qCWarning(lcLogin, "LoginFlow::start() called twice; a LoginFlow is used once");
        return false;
    }
    if (d->settings.clientId.isEmpty() || !d->endpoints.isValid()) {
        d->setState(State::WaitingForBrowser);
        d->failLater(SsoError::make(SsoError::Kind::NotConfigured,
                                    tr("No client id is configured. Register an application at EVE's developer "
                                       "site and enter its client id in the settings.")));
        return false;
    }
    d->setUpFlow();
    if (d->listenForCallback) {
        SsoError error;
        if (!d->handler->listen(&error)) {
            d->setState(State::WaitingForBrowser);
            d->failLater(error);
            return false;
        }
    }
    d->timer.start(d->timeout);
    d->flow->grant();
    return true;
}

void LoginFlow::cancel()
{
    d->fail(SsoError::make(SsoError::Kind::Cancelled, tr("The login was cancelled.")));
}

bool LoginFlow::completeManually(const QString &pastedAddress)
{
    const QString text = pastedAddress.trimmed();
    QUrlQuery query;
    const QUrl url(text, QUrl::TolerantMode);
    if (url.isValid() && !url.scheme().isEmpty() && url.hasQuery())
        query = QUrlQuery(url);
    else
        query = QUrlQuery(text.startsWith(QLatin1Char('?')) ? text.mid(1) : text);
    if (!query.hasQueryItem(QStringLiteral("code")) && !query.hasQueryItem(QStringLiteral("error")))
        return false;
    if (!d->handler || d->finished())
        return false;
    d->handler->deliver(query);
    return true;
}

bool LoginFlow::completeManually(const QString &code, const QString &state)
{
    if (code.trimmed().isEmpty())
        return false;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code.trimmed())));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state.trimmed())));
    if (!d->handler || d->finished())
        return false;
    d->handler->deliver(query);
    return true;
}

} // namespace EveSso
