#pragma once

#include <EveSso/evesso_export.h>

#include <QByteArray>

namespace EveSso {

/// PKCE (RFC 7636) helpers for the S256 method, the only one EVE's SSO accepts.
namespace Pkce {

/// A fresh code verifier: base64url (no padding) of 32 bytes from the system CSPRNG, 43 characters.
EVESSO_EXPORT QByteArray generateVerifier();

/// The S256 challenge of a verifier: base64url (no padding) of SHA-256 over the verifier's bytes as given.
EVESSO_EXPORT QByteArray challengeFor(const QByteArray &verifier);

/// A fresh random `state` value for one authorization request (base64url of 24 CSPRNG bytes).
EVESSO_EXPORT QByteArray generateState();

} // namespace Pkce
} // namespace EveSso
