#pragma once

#include <EveSso/evesso_export.h>

#include <QMetaType>
#include <QString>

namespace EveSso {

/// Why an SSO operation (discovery, login, token exchange, refresh, revoke) failed.
/// `message` is translated and tells the player what happened and what to do; it never contains a
/// token, code, verifier, secret or callback URL.
struct EVESSO_EXPORT SsoError
{
    /// What went wrong, grouped by what the caller should do about it.
    enum class Kind {
        None,
        // Transient: retrying later can succeed. A login is never declared dead for these.
        Network,          ///< No connection, DNS failure, connection refused or reset, TLS failure.
        Timeout,          ///< The server did not answer in time.
        ServerError,      ///< HTTP 5xx (including the daily downtime).
        MalformedResponse,///< The server answered something that is not the documented JSON.
        Busy,             ///< Another process held this character's login for too long; try again.
        // Permanent for this login or configuration.
        LoginGone,        ///< invalid_grant / invalid_token: the refresh token was revoked or expired. Log in again.
        ClientRejected,   ///< invalid_client / unauthorized_client: wrong client id or secret.
        InvalidRequest,   ///< invalid_request, invalid_scope, unsupported_grant_type, other 4xx.
        DiscoveryFailed,  ///< The SSO's metadata or keys could not be loaded.
        // Login only.
        PortBusy,         ///< The callback port is already in use by another program.
        StateMismatch,    ///< The callback's state did not match (or was missing): possible forgery.
        AccessDenied,     ///< The player pressed Cancel on the SSO page (error=access_denied).
        LoginTimedOut,    ///< No callback arrived in time.
        Cancelled,        ///< The caller cancelled the login.
        VerificationFailed,///< The access token's signature or claims did not verify.
        WrongCharacter,   ///< A re-authorization named one character and another one logged in.
        NotConfigured,    ///< No client id, or no refresh token, or a similar missing precondition.
        // Storage.
        Keychain,         ///< The OS keychain could not be used (missing, locked, timed out); see message.
    };

    /// What went wrong; None for success.
    Kind kind = Kind::None;
    QString message;          ///< Translated, actionable, safe to show and to log.
    QString oauthError;       ///< The server's `error` code, when it sent one (e.g. "invalid_grant").
    QString oauthDescription; ///< The server's `error_description`, when it sent one.
    int httpStatus = 0;       ///< HTTP status, 0 when no response arrived.

    /// True unless kind is None.
    bool isError() const { return kind != Kind::None; }
    /// True for failures that retrying later can fix (network, timeout, 5xx, malformed answer, busy login).
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::ServerError
            || kind == Kind::MalformedResponse || kind == Kind::Busy;
    }
    /// True when the SSO said the login itself is gone: the player must log in again.
    bool isLoginGone() const { return kind == Kind::LoginGone; }

    /// An error of `kind` with a translated `message` and no server details.
    static SsoError make(Kind kind, const QString &message) { return SsoError{kind, message, {}, {}, 0}; }
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::SsoError)
