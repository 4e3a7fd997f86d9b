// EsiPy's "SSO login" walk-through, in C++ with EveSso: log in, verify the token, read the wallet.
//
//   EsiPy                                              here
//   security = EsiSecurity(redirect_uri, client_id)    SsoClient sso(profile, settings); sso.prepare(...)
//   security.get_auth_uri(state=..., scopes=[...])     sso.authorizationUrl(state, scopes)
//   tokens = security.auth(code)                       sso.exchangeCode(code, ...)
//   api_info = security.verify()                       sso.verify(...)
//   client.request(op[...wallet](character_id=...))    EsiClient::walletBalance(session, ...)
//
// With no arguments it runs against an in-process EveSso::Emulator that approves the login at once, so
// it needs no browser and no EVE account. Against a real SSO:
//   evesso-example-sso-login --client-id <id> [--callback-url http://localhost:47813/callback]
// then open the printed address, log in, and paste the address the browser ends on.

#include <EveSso/CharacterSession.h>
#include <EveSso/Emulator.h>
#include <EveSso/EsiClient.h>
#include <EveSso/SecretStore.h>
#include <EveSso/SsoClient.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>
#include <QUrlQuery>
#include <QUuid>

#include <cstdio>
#include <memory>

namespace {

const QString WalletScope = QStringLiteral("esi-wallet.read_character_wallet.v1");

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// The walk-through as a chain of asynchronous steps; each step either starts the next one or ends
/// the program with an error.
class SsoLoginWalkthrough : public QObject
{
public:
    SsoLoginWalkthrough(const EveSso::ServerProfile &profile, const EveSso::ClientSettings &settings,
                        bool emulatorApproves)
        : m_sso(profile, settings)
        , m_secrets(QStringLiteral("evesso-example-sso-login"))
        , m_esi(profile, settings)
        , m_emulatorApproves(emulatorApproves)
    {
        m_esi.setNetworkAccessManager(m_sso.network());
        m_esi.setCacheDirectory(QString()); // a one-off run: memory only
    }

    void start()
    {
        out() << "1. Loading the SSO's endpoints and signing keys from " << m_sso.profile().discoveryUrl.toString()
              << Qt::endl;
        m_sso.prepare(this, [this](const EveSso::SsoError &error) {
            if (error.isError())
                return fail(error.message);
            authorize();
        });
    }

private:
    // EsiPy: security.get_auth_uri(state=..., scopes=[...]). The state protects against forged callbacks.
    void authorize()
    {
        m_state = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QUrl url = m_sso.authorizationUrl(m_state, {WalletScope});
        if (!m_emulatorApproves) {
            out() << "2. Open this address, log in, and paste the address your browser ends on:\n"
                  << url.toString() << Qt::endl;
            // A console example may block on the terminal; an application uses LoginFlow, which listens
            // on the callback port instead.
            return receiveCallback(QUrl(QTextStream(stdin).readLine().trimmed()));
        }
        out() << "2. Logging in (the emulator approves at once, as a browser would after the player's click)"
              << Qt::endl;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_sso.network()->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            receiveCallback(reply->header(QNetworkRequest::LocationHeader).toUrl());
        });
    }

    // EsiPy: tokens = security.auth(code)
    void receiveCallback(const QUrl &callback)
    {
        const QUrlQuery query(callback);
        if (query.hasQueryItem(QStringLiteral("error")))
            return fail(QStringLiteral("The login was refused (%1).").arg(query.queryItemValue(QStringLiteral("error"))));
        if (query.queryItemValue(QStringLiteral("state")) != m_state)
            return fail(QStringLiteral("The callback's state does not match this login; it was not ours."));
        const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (code.isEmpty())
            return fail(QStringLiteral("The callback carries no authorization code."));
        out() << "3. Exchanging the authorization code for tokens" << Qt::endl;
        m_sso.exchangeCode(code, this, [this](const EveSso::SsoError &error) {
            if (error.isError())
                return fail(error.message);
            verify();
        });
    }

    // EsiPy: api_info = security.verify(). Signature (JWKS), issuer, audience and expiry are checked locally.
    void verify()
    {
        m_sso.verify(this, [this](const EveSso::JwtVerifier::Result &result) {
            if (!result.ok())
                return fail(result.error.message);
            m_characterId = result.token->characterId;
            out() << "4. Verified: " << result.token->characterName << " (" << m_characterId << "), scopes "
                  << result.token->scopes.join(QLatin1Char(' ')) << Qt::endl;
            readWallet();
        });
    }

    // EsiPy: client.request(app.op['get_characters_character_id_wallet'](character_id=...)).
    // EsiClient reads ESI for a CharacterSession, which keeps the refresh token in the keychain and hands
    // out fresh access tokens; the client adds ESI's caching, error limit and rate limit handling.
    void readWallet()
    {
        m_session = std::make_unique<EveSso::CharacterSession>(m_sso.profile().id, m_characterId,
                                                               m_sso.tokenClient(), &m_secrets);
        m_session->adoptLogin(m_sso.tokens(), this, [this](const EveSso::SsoError &keychainError) {
            if (keychainError.isError()) // the login still works, for this run
                QTextStream(stderr) << "Note: " << keychainError.message << Qt::endl;
            m_esi.walletBalance(m_session.get(), this, [this](const EveSso::EsiResult<double> &wallet) {
                if (!wallet.ok())
                    return fail(wallet.error.message);
                out() << "5. Wallet balance: " << QString::number(wallet.value, 'f', 2) << " ISK" << Qt::endl;
                forgetLogin();
            });
        });
    }

    // A walk-through leaves nothing behind: its refresh token leaves the keychain again.
    void forgetLogin()
    {
        m_secrets.removeRefreshToken(m_sso.profile().id, m_characterId, this,
                                     [](const EveSso::SecretStore::Result &) { QCoreApplication::exit(0); });
    }

    void fail(const QString &message)
    {
        QTextStream(stderr) << "Failed: " << message << Qt::endl;
        QCoreApplication::exit(1);
    }

    // Destroyed bottom-up: the ESI client before the session it reads for, the session before the
    // token client and keychain it uses.
    EveSso::SsoClient m_sso;
    EveSso::SecretStore m_secrets;
    std::unique_ptr<EveSso::CharacterSession> m_session;
    EveSso::EsiClient m_esi;
    bool m_emulatorApproves = false;
    QString m_state;
    qint64 m_characterId = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evesso-example-sso-login"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("EsiPy's SSO login walk-through with EveSso: log in, verify, read the wallet."));
    parser.addHelpOption();
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"),
                                            QStringLiteral("Your application's client id (default: use the emulator)."),
                                            QStringLiteral("id"));
    const QCommandLineOption callbackOption(QStringLiteral("callback-url"),
                                            QStringLiteral("The callback URL registered for it."), QStringLiteral("url"));
    parser.addOptions({clientIdOption, callbackOption});
    parser.process(app);

    EveSso::ServerProfile profile = EveSso::ServerProfile::tranquility();
    EveSso::ClientSettings settings;
    settings.userAgent = QStringLiteral("evesso-example-sso-login/1.0 (https://github.com/capsuleer/capsuleer)");
    settings.scopes = {WalletScope};

    std::unique_ptr<EveSso::Emulator> emulator;
    if (parser.isSet(clientIdOption)) {
        settings.clientId = parser.value(clientIdOption);
        if (parser.isSet(callbackOption))
            settings.callbackUrl = QUrl(parser.value(callbackOption));
    } else {
        emulator = std::make_unique<EveSso::Emulator>();
        if (!emulator->start()) {
            QTextStream(stderr) << "Failed: the emulator did not start: " << emulator->errorString() << Qt::endl;
            return 1;
        }
        emulator->setAutoApprove(emulator->characterIds().constFirst());
        profile = EveSso::ServerProfile::custom(QStringLiteral("emulator"), emulator->discoveryUrl(),
                                                emulator->esiBaseUrl(), emulator->imageBaseUrl());
        settings.clientId = emulator->demoClientId();
        settings.callbackUrl = emulator->demoCallbackUrl();
    }

    SsoLoginWalkthrough walkthrough(profile, settings, emulator != nullptr);
    walkthrough.start();
    return app.exec();
}
