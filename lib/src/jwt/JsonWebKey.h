#pragma once

#include "OpenSslPtr.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace EveSso::Jwt {

/// The JWS algorithms the verifier accepts.
enum class JwsAlgorithm { RS256, ES256 };

/// One usable public signature key of a JWKS, with its OpenSSL key built once at parse time.
/// Immutable after parse(); verify() may run on one key from several threads at once.
class JsonWebKey
{
public:
    enum class Type { Rsa, EcP256 };
    enum class ParseStatus {
        Ok,
        Unsupported, ///< A key type or curve we do not handle, or no kid: ignored.
        Rejected,    ///< A supported type that is unsafe or broken: left out and reported.
    };
    enum class SignatureCheck { Valid, WrongSize, Invalid };

    /// Builds a key from a JWK object (RFC 7517/7518). On Ok, `*key` holds the key.
    static ParseStatus parse(const QJsonObject &jwk, JsonWebKey *key);

    const QString &kid() const { return m_kid; }
    Type type() const { return m_type; }
    /// True when this key may verify `alg`: the type fits, and the JWK's `alg` and `use`, when present,
    /// say so.
    bool accepts(JwsAlgorithm alg) const;
    /// True when this key's type fits `alg` (ignoring the JWK's `alg` and `use`).
    bool typeFits(JwsAlgorithm alg) const;

    /// Verifies a JWS signature (raw R||S for ES256) over `signingInput` with SHA-256.
    SignatureCheck verify(QByteArrayView signingInput, QByteArrayView signature) const;

private:
    QString m_kid;
    QString m_alg; ///< The JWK's `alg`, empty when absent.
    QString m_use; ///< The JWK's `use`, empty when absent.
    Type m_type = Type::Rsa;
    OpenSslPtr<EVP_PKEY> m_pkey;
    /// A context initialised for SHA-256 verification with m_pkey, once. verify() copies it instead of
    /// initialising a context per call (OpenSSL 3 fetches the algorithm on every init); the template itself
    /// is only ever read (EVP_MD_CTX_copy_ex takes it const; see openssl-threads(7)), so threads share it.
    OpenSslPtr<EVP_MD_CTX> m_verifyTemplate;
    int m_signatureSize = 0; ///< RSA: the modulus size in bytes; ES256: 64.
};

} // namespace EveSso::Jwt
