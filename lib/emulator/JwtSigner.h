#pragma once

#include "SigningKey.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>

namespace EveSso::Emu {

/// The SSO's key set: one RS256 key (kid "JWT-Signature-Key") and one ES256 key (a UUID kid), as the live
/// JWKS publishes them. Signs compact JWS tokens and verifies them the way ESI does.
class JwtSigner
{
public:
    enum class VerifyResult { Ok, Malformed, UnknownKey, BadSignature };

    JwtSigner();
    ~JwtSigner();

    /// New key material and new kids; tokens signed before no longer verify.
    void rotate();
    /// New key material under the same key ids, as EVE's SSO does with "JWT-Signature-Key".
    void replaceKeysKeepingIds();
    /// {"keys":[RSA, EC], "SkipUnresolvedJsonWebKeys": true}
    QByteArray jwks() const;
    const SigningKey &key(SigningKey::Type type) const;
    /// header {"alg","kid","typ":"JWT"} + payload, signed; `corrupt` flips signature bits.
    QByteArray sign(const QJsonObject &payload, SigningKey::Type type, bool corrupt) const;
    /// Checks structure, kid + alg against the current keys, and the signature; fills `claims` on Ok.
    VerifyResult verify(const QByteArray &token, QJsonObject *claims) const;

private:
    std::unique_ptr<SigningKey> m_rsa;
    std::unique_ptr<SigningKey> m_ec;
    int m_generation = 1;
    mutable QByteArray m_jwks;
};

} // namespace EveSso::Emu
