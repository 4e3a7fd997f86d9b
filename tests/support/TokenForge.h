#pragma once

// A test-only JWT forge: generates RSA and P-256 keys with OpenSSL, publishes them as a JWKS, and signs any
// header and payload (RS256, ES256, HS256 with any secret, or none; raw or DER ECDSA signatures), so tests
// can craft valid and hostile tokens alike. Private keys never leave the process.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace EveSsoTest {

class TokenForge
{
public:
    enum class Alg { RS256, ES256, HS256, None };
    enum class EcdsaFormat { Raw, Der };

    /// Generates an RSA-2048 key (rsaKid()) and a P-256 key (ecKid()).
    TokenForge();
    ~TokenForge();
    TokenForge(const TokenForge &) = delete;
    TokenForge &operator=(const TokenForge &) = delete;

    static QString rsaKid() { return QStringLiteral("rsa-key"); }
    static QString ecKid() { return QStringLiteral("ec-key"); }

    /// Adds another key (e.g. a second RSA key, or a weak 1024-bit one to be rejected at JWKS parse).
    void addRsaKey(const QString &kid, int bits = 2048);
    void addEcKey(const QString &kid);

    /// The public JWK of a key, with kty, kid, alg, use and the key members.
    QJsonObject jwk(const QString &kid) const;
    /// A JWKS document with the given keys (all keys when empty), plus CCP's SkipUnresolvedJsonWebKeys.
    QByteArray jwksJson(const QStringList &kids = {}) const;
    /// The SubjectPublicKeyInfo PEM of a key: the secret of the classic HS256 key-confusion attack.
    QByteArray publicKeyPem(const QString &kid) const;

    /// Signs `signingInput` with the key `kid`. HS256 uses `hmacSecret` instead; None yields "".
    QByteArray signature(const QByteArray &signingInput, const QString &kid, Alg alg,
                         EcdsaFormat format = EcdsaFormat::Raw, const QByteArray &hmacSecret = {}) const;
    /// headerSegment "." payloadSegment "." base64url(signature), signing the segments exactly as given.
    QByteArray signSegments(const QByteArray &headerSegment, const QByteArray &payloadSegment, const QString &kid,
                            Alg alg, EcdsaFormat format = EcdsaFormat::Raw, const QByteArray &hmacSecret = {}) const;
    /// A token from JSON header and claims.
    QByteArray token(const QJsonObject &header, const QJsonObject &claims, const QString &kid, Alg alg,
                     EcdsaFormat format = EcdsaFormat::Raw) const;
    /// A valid token: header {alg, kid, typ} and `claims`, signed by `kid` (RS256 for RSA keys, ES256 for EC).
    QByteArray token(const QJsonObject &claims, const QString &kid = rsaKid()) const;

    /// base64url without padding.
    static QByteArray b64(const QByteArray &data);
    /// Compact JSON of an object.
    static QByteArray json(const QJsonObject &object);
    /// The header EVE sends: {"alg":…,"kid":…,"typ":"JWT"}.
    static QJsonObject header(const QString &alg, const QString &kid);
    /// The claims of a typical EVE token issued at `issuedAt`, valid for 20 minutes.
    static QJsonObject eveClaims(const QString &clientId, const QDateTime &issuedAt);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EveSsoTest
