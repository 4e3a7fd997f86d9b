#pragma once

#include <EveSso/ClientSettings.h>
#include <EveSso/LoginResult.h>
#include <EveSso/SsoEndpoints.h>
#include <EveSso/SsoError.h>
#include <EveSso/evesso_export.h>

#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

namespace EveSso {

class TokenValidator;

/// One login through the system browser: authorization code with PKCE (S256), a loopback redirect, the
/// token exchange, and the verification of the access token's signature and claims.
///
/// Connect authorizeWithBrowser() to QDesktopServices::openUrl (tests play the browser instead), call
/// start(), and wait for succeeded() or failed(); exactly one of them is emitted. Every login uses a
/// fresh PKCE verifier and a fresh state. The loopback server listens on loopback only, on the
/// callback URL's port, and closes after one callback. A LoginFlow is used once.
class EVESSO_EXPORT LoginFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QUrl authorizationUrl READ authorizationUrl NOTIFY authorizeWithBrowser)

public:
    /// Where the login stands.
    enum class State { Idle, WaitingForBrowser, ExchangingCode, Verifying, Succeeded, Failed };
    Q_ENUM(State)

    /// Who makes a login's PKCE verifier and S256 challenge.
    enum class PkceProvider {
        None,         ///< No PKCE: a confidential client, which authenticates with its secret.
        EveSso,       ///< EveSso's own (Qt 6.4 to 6.7, whose QOAuth2AuthorizationCodeFlow has no PKCE).
        QtNetworkAuth ///< Qt NetworkAuth's (Qt 6.8 and newer).
    };
    Q_ENUM(PkceProvider)

    /// The default time a player has to finish in the browser (two-factor mails can be slow).
    static constexpr std::chrono::seconds DefaultTimeout{600};

    /// `validator` verifies the access token (not owned; it must outlive the flow).
    LoginFlow(const ClientSettings &settings, const SsoEndpoints &endpoints, TokenValidator *validator,
              QObject *parent = nullptr);
    ~LoginFlow() override;

    /// How long the player has to finish in the browser (default DefaultTimeout).
    void setTimeout(std::chrono::milliseconds timeout);
    /// For a re-authorization: the login fails with WrongCharacter if another character logs in.
    void setExpectedCharacter(qint64 characterId);
    /// False: do not listen on the callback port; the player pastes the address instead
    /// (completeManually()). Useful when the port cannot be used.
    void setListenForCallback(bool listen);

    /// Starts the login. Returns false when it cannot start (port busy, no client id, ...); failed()
    /// is then emitted too, from the event loop.
    bool start();
    /// Cancels a running login: failed() with SsoError::Kind::Cancelled.
    void cancel();

    /// The manual fallback: the address the browser ended on (or its query, "code=...&state=...").
    /// Returns false when the text carries neither a code nor an error.
    bool completeManually(const QString &pastedAddress);
    /// The manual fallback with the two values typed separately.
    bool completeManually(const QString &code, const QString &state);

    /// The current state.
    State state() const;
    /// The authorization URL opened in the browser (empty before start()); for "Copy login link".
    QUrl authorizationUrl() const;
    /// The callback port in use.
    quint16 callbackPort() const;
    /// Who makes this login's PKCE challenge and verifier; known once start() has returned true.
    PkceProvider pkceProvider() const;

signals:
    /// Open this URL in the system browser.
    void authorizeWithBrowser(const QUrl &url);
    /// state() changed.
    void stateChanged(EveSso::LoginFlow::State state);
    /// The login succeeded: a verified character and its tokens.
    void succeeded(const EveSso::LoginResult &result);
    /// The login failed; `error` says why.
    void failed(const EveSso::SsoError &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EveSso
