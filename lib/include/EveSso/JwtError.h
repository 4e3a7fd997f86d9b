#pragma once

#include <EveSso/evesso_export.h>

#include <QMetaType>
#include <QString>

namespace EveSso {

/// Why a token did not verify. `message` is translated, tells the player or operator what to do, and never
/// contains the token or any part of it except its expiry time.
struct EVESSO_EXPORT JwtError
{
    /// What failed.
    enum class Reason {
        None,                 ///< No error.
        Malformed,            ///< Not a well-formed JWS/JWT: parts, base64url, JSON, or claim types.
        UnsupportedAlgorithm, ///< `alg` is not RS256/ES256, does not fit the key, or the header has `crit`.
        UnknownKey,           ///< The header's `kid` names no key in the set (or is absent from a set that is empty).
        BadSignature,         ///< The signature is of the wrong size or does not verify.
        Expired,              ///< `exp` is in the past, beyond the leeway.
        WrongIssuer,          ///< `iss` is missing or not an accepted issuer.
        WrongAudience,        ///< `aud` lacks a required audience (or no client id is configured).
        WrongSubject,         ///< `sub` is not `CHARACTER:EVE:<digits>`.
        WrongAuthorizedParty, ///< `azp` is present and is not this program's client id.
        TooLarge,             ///< The token is larger than JwtVerifier::Options::maxTokenBytes.
        KeysUnavailable,      ///< The signing keys could not be (re)loaded from the SSO.
        NotYetValid,          ///< `nbf` is in the future, beyond the leeway.
    };

    /// What failed; None for success.
    Reason reason = Reason::None;
    QString message; ///< Translated and actionable; safe to show and to log.

    /// True unless reason is None.
    bool isError() const { return reason != Reason::None; }
    /// A stable, untranslated name of a reason ("Malformed", "BadSignature", …) for logs and tests.
    static const char *reasonName(Reason reason);
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::JwtError)
