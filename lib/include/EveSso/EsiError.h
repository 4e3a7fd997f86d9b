#pragma once

#include <EveSso/SsoError.h>
#include <EveSso/evesso_export.h>

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace EveSso {

/// Why an ESI call (or a portrait download) failed.
/// `message` is translated and tells the player what happened and what to do; it never contains a
/// token. None of these kinds means the login is dead: only CharacterSession decides that (see
/// `loginError`).
struct EVESSO_EXPORT EsiError
{
    /// What went wrong, grouped by whether retrying later can help.
    enum class Kind {
        None,
        // Transient: retrying later can succeed.
        Network,           ///< No connection, DNS failure, connection refused or reset, TLS failure.
        Timeout,           ///< ESI did not answer in time.
        ServerError,       ///< HTTP 5xx still failing after the retries.
        Downtime,          ///< HTTP 503 during EVE's daily downtime (11:00 to about 11:15 UTC).
        ErrorLimited,      ///< HTTP 420: the error limit is exhausted; `retryAt` says when it resets.
        RateLimited,       ///< HTTP 429: the route's token bucket is empty; `retryAt` from Retry-After.
        MalformedResponse, ///< ESI answered something that is not the documented JSON.
        // Permanent for this request.
        NotFound,          ///< HTTP 404: no such character, corporation, alliance or page.
        MissingScope,      ///< HTTP 403 "token not valid for scope": log in again granting the scope.
        TokenRejected,     ///< HTTP 401 (expired, bad signature, unknown key) even after a fresh token.
        TokenUnavailable,  ///< The character's session could not give an access token; see `loginError`.
        InvalidRequest,    ///< Another 4xx (bad id, bad compatibility date, ...), or a call made wrong.
    };

    /// What went wrong; None for success.
    Kind kind = Kind::None;
    QString message;    ///< Translated, actionable, safe to show and to log.
    QString esiMessage; ///< ESI's own `error` text, when it sent one (e.g. "token not valid for scope").
    int httpStatus = 0; ///< The last HTTP status, 0 when no response arrived.
    QDateTime retryAt;  ///< UTC; when a limit or the downtime should be over (invalid when unknown).
    SsoError loginError; ///< For TokenUnavailable: why the session gave no token (LoginGone, Network, ...).

    /// True unless kind is None.
    bool isError() const { return kind != Kind::None; }
    /// True for failures that retrying later can fix: network, timeout, 5xx, downtime, 420, 429, a
    /// malformed answer, and TokenUnavailable when the session's own failure is transient.
    bool isTransient() const
    {
        switch (kind) {
        case Kind::Network:
        case Kind::Timeout:
        case Kind::ServerError:
        case Kind::Downtime:
        case Kind::ErrorLimited:
        case Kind::RateLimited:
        case Kind::MalformedResponse:
            return true;
        case Kind::TokenUnavailable:
            return loginError.isTransient();
        default:
            return false;
        }
    }

    /// An error of `kind` with a translated `message` and, when a response arrived, its HTTP status.
    static EsiError make(Kind kind, const QString &message, int httpStatus = 0)
    {
        EsiError e;
        e.kind = kind;
        e.message = message;
        e.httpStatus = httpStatus;
        return e;
    }
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::EsiError)
