#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace EveSso::Emu {

/// One freshly generated signing key pair (OpenSSL 3 EVP): RSA-2048 for RS256 or P-256 for ES256.
class SigningKey
{
public:
    enum class Type { Rsa2048, EcP256 };

    SigningKey(Type type, QString kid);
    ~SigningKey();
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    Type type() const { return m_type; }
    QString kid() const { return m_kid; }
    QString alg() const; ///< "RS256" or "ES256"
    /// The public key as a JWK (kty, alg, kid, use, n/e or crv/x/y).
    QJsonObject publicJwk() const;
    /// The JWS signature of `input`: RSASSA-PKCS1-v1_5 SHA-256, or ECDSA P-256 as raw R||S (64 bytes).
    QByteArray sign(const QByteArray &input) const;
    /// Checks a JWS signature made by sign().
    bool verify(const QByteArray &input, const QByteArray &signature) const;

private:
    Type m_type;
    QString m_kid;
    struct Deleter
    {
        void operator()(EVP_PKEY *key) const;
    };
    std::unique_ptr<EVP_PKEY, Deleter> m_key;
};

} // namespace EveSso::Emu
