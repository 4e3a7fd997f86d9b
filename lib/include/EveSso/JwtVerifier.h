#pragma once

#include <EveSso/JsonWebKeySet.h>
#include <EveSso/JwtError.h>
#include <EveSso/VerifiedToken.h>
#include <EveSso/evesso_export.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace EveSso {

/// Verifies EVE SSO access tokens (JWS compact serialization, RFC 7515/7519) against a JsonWebKeySet.
///
/// Strict by default: base64url without padding or stray characters; exactly three non-empty parts; a JSON
/// object header whose `alg` is RS256 or ES256 and fits the key its `kid` names; no `crit`; a valid
/// signature; then the claims `iss`, `aud`, `exp` (with leeway; `iat` is never checked), `sub` and `azp`.
/// Each check can be switched off through Options, and only that way.
///
/// verify() is synchronous, does no I/O and may be called from several threads at once on one verifier.
/// For key rotation (refetching the keys on an unknown `kid`) use TokenValidator.
class EVESSO_EXPORT JwtVerifier
{
public:
    /// What verify() checks. The defaults are EVE's Tranquility SSO; set at least clientId.
    struct Options
    {
        /// This program's EVE client id: required in `aud`, and equal to `azp` when the token has one.
        QString clientId;
        /// Accepted `iss` values, compared exactly. See issuersFor() to derive them from discovery.
        QStringList acceptedIssuers{QStringLiteral("login.eveonline.com"),
                                    QStringLiteral("https://login.eveonline.com")};
        /// Audiences that must all be in `aud`. Empty means {clientId, "EVE Online"}.
        QStringList requiredAudiences;
        /// How far past `exp` (and before `nbf`) a token is still accepted, for clocks a little off.
        std::chrono::seconds leeway{60};
        bool verifySignature = true;       ///< Off: alg, kid and signature are not checked. Tests and tools only.
        bool verifyExpiry = true;          ///< Off: `exp` must still be present and numeric, but may be past.
        bool verifyNotBefore = true;       ///< Off: a present `nbf` must still be numeric, but may be ahead.
        bool verifyIssuer = true;          ///< Off: `iss` is not compared.
        bool verifyAudience = true;        ///< Off: `aud` is not compared.
        bool verifySubject = true;         ///< Off: `sub` may have any form (characterId is then 0 if unparsable).
        bool verifyAuthorizedParty = true; ///< Off: `azp` is not compared.
        /// Tokens larger than this many bytes are refused before any decoding. Values below 1 mean 16384.
        int maxTokenBytes = 16384;
    };

    /// The outcome of one verification: a token, or an error whose reason is not None.
    struct Result
    {
        /// The verified token's claims; empty on failure.
        std::optional<VerifiedToken> token;
        /// Why verification failed; reason None on success.
        JwtError error;
        /// True when the token verified.
        bool ok() const { return token.has_value() && error.reason == JwtError::Reason::None; }
    };

    /// A verifier with default Options (no client id: audience checks fail until one is set).
    JwtVerifier();
    /// A verifier with the given options.
    explicit JwtVerifier(Options options);

    /// Replaces the options. Not safe while another thread is inside verify() on this verifier.
    void setOptions(Options options);
    /// The current options.
    Options options() const;

    /// Verifies `token` with `keys` at time `now` (UTC; an invalid `now` means the current time).
    /// Thread-safe, synchronous, no I/O. Error messages never contain the token.
    Result verify(const QByteArray &token, const JsonWebKeySet &keys,
                  const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// Both forms of a discovery document's `issuer` ("login.eveonline.com" and
    /// "https://login.eveonline.com"), since tokens carry either; the issuer as given (without a trailing
    /// slash) is kept too, so an emulator's "http://127.0.0.1:port" works.
    static QStringList issuersFor(const QString &discoveryIssuer);

private:
    Options m_options;
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::JwtVerifier::Result)
