#pragma once

#include <EveSso/evesso_export.h>

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace EveSso {

namespace Jwt {
class KeySetData;
}

/// A JSON Web Key Set (RFC 7517) holding the public keys the SSO signs its tokens with.
///
/// Only signature keys the verifier can use are kept: RSA keys of at least 2048 bits and EC keys on
/// P-256. Each key is turned into an OpenSSL key once, when the set is parsed, so verifying a token never
/// parses a key again. The set is immutable; copies share the same keys, and reading one set from several
/// threads at once is safe.
class EVESSO_EXPORT JsonWebKeySet
{
public:
    /// An empty set: every token verified against it fails with JwtError::Reason::UnknownKey.
    JsonWebKeySet();
    ~JsonWebKeySet();
    /// Copies share the parsed keys, which are immutable.
    JsonWebKeySet(const JsonWebKeySet &other);
    /// Shares the keys of `other`.
    JsonWebKeySet &operator=(const JsonWebKeySet &other);
    /// Takes the keys of `other`.
    JsonWebKeySet(JsonWebKeySet &&other) noexcept;
    /// Takes the keys of `other`.
    JsonWebKeySet &operator=(JsonWebKeySet &&other) noexcept;

    /// Parses a JWKS document (`{"keys":[...]}`).
    ///
    /// Unknown members (such as CCP's `SkipUnresolvedJsonWebKeys`) and keys of types the verifier does not
    /// support (`oct`, `OKP`, EC curves other than P-256, keys without a `kid`) are ignored. Keys of a
    /// supported type that are unsafe or broken (an RSA modulus under 2048 bits, EC coordinates that are
    /// not exactly 32 bytes, a point off the curve, bad base64url) are left out and listed by
    /// rejectedKeyIds().
    ///
    /// Returns an empty set and sets `*errorMessage` (translated) when the document is not a JWKS or holds
    /// no usable key; otherwise clears `*errorMessage`.
    static JsonWebKeySet fromJson(const QByteArray &json, QString *errorMessage = nullptr);

    /// True when the set holds no usable key.
    bool isEmpty() const;
    /// The `kid` of every usable key, in document order.
    QStringList keyIds() const;
    /// True when a usable key has this `kid`.
    bool contains(const QString &kid) const;
    /// The `kid` of every key of a supported type that was left out because it was unsafe or broken.
    QStringList rejectedKeyIds() const;

private:
    friend class JwtVerifier;
    explicit JsonWebKeySet(std::shared_ptr<const Jwt::KeySetData> data);
    std::shared_ptr<const Jwt::KeySetData> d;
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::JsonWebKeySet)
