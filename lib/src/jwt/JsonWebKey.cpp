#include "JsonWebKey.h"

#include "Base64Url.h"
#include "EcdsaSignature.h"

#include <openssl/core_names.h>

#include <cstring>

namespace EveSso::Jwt {

namespace {

constexpr int minRsaBits = 2048;    // RFC 7518 §3.3
constexpr int maxRsaBytes = 2048;   // 16384 bits: bounds the cost of one verification
constexpr int maxExponentBytes = 8; // OpenSSL's own limit for large moduli is 64 bits

/// The base64url value of a string member, or false when it is absent, not a string or not canonical.
bool memberBytes(const QJsonObject &jwk, QLatin1String name, QByteArray *out)
{
    const QJsonValue v = jwk.value(name);
    return v.isString() && Base64Url::decode(v.toString().toLatin1(), out);
}

OpenSslPtr<EVP_PKEY> keyFromParams(const char *type, OSSL_PARAM_BLD *bld)
{
    OpenSslPtr<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(bld));
    OpenSslPtr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return {};
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    OpenSslPtr<EVP_PKEY> pkey(raw);
    // An off-curve point already fails in fromdata; the public check adds RSA's n/e sanity checks.
    OpenSslPtr<EVP_PKEY_CTX> check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return {};
    return pkey;
}

OpenSslPtr<EVP_PKEY> rsaKey(const QJsonObject &jwk)
{
    QByteArray n, e;
    if (!memberBytes(jwk, QLatin1String("n"), &n) || !memberBytes(jwk, QLatin1String("e"), &e))
        return {};
    if (n.size() > maxRsaBytes + 1 || e.isEmpty() || e.size() > maxExponentBytes)
        return {};
    OpenSslPtr<BIGNUM> bnN(BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr));
    OpenSslPtr<BIGNUM> bnE(BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr));
    OpenSslPtr<OSSL_PARAM_BLD> bld(OSSL_PARAM_BLD_new());
    if (!bnN || !bnE || !bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()) != 1)
        return {};
    OpenSslPtr<EVP_PKEY> pkey = keyFromParams("RSA", bld.get());
    if (!pkey || EVP_PKEY_get_bits(pkey.get()) < minRsaBits || EVP_PKEY_get_size(pkey.get()) > maxRsaBytes)
        return {};
    return pkey;
}

OpenSslPtr<EVP_PKEY> ecP256Key(const QJsonObject &jwk)
{
    QByteArray x, y;
    // RFC 7518 §6.2.1.2: coordinates are exactly the field size, left-padded; never strip or pad them.
    if (!memberBytes(jwk, QLatin1String("x"), &x) || !memberBytes(jwk, QLatin1String("y"), &y)
        || x.size() != 32 || y.size() != 32)
        return {};
    unsigned char point[65];
    point[0] = 0x04; // uncompressed
    memcpy(point + 1, x.constData(), 32);
    memcpy(point + 33, y.constData(), 32);
    OpenSslPtr<OSSL_PARAM_BLD> bld(OSSL_PARAM_BLD_new());
    char group[] = "prime256v1";
    if (!bld || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point) != 1)
        return {};
    return keyFromParams("EC", bld.get());
}

const EVP_MD *sha256()
{
    // Fetched once: the implicit fetch behind EVP_sha256() costs a lookup on every verification.
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

JsonWebKey::ParseStatus JsonWebKey::parse(const QJsonObject &jwk, JsonWebKey *key)
{
    const QJsonValue kty = jwk.value(QLatin1String("kty"));
    const QJsonValue kid = jwk.value(QLatin1String("kid"));
    const QJsonValue alg = jwk.value(QLatin1String("alg"));
    const QJsonValue use = jwk.value(QLatin1String("use"));
    // Without a kid a key cannot be selected (we never try keys in turn), so it is of no use.
    if (!kid.isString() || kid.toString().isEmpty())
        return ParseStatus::Unsupported;

    Type type;
    if (kty == QLatin1String("RSA"))
        type = Type::Rsa;
    else if (kty == QLatin1String("EC") && jwk.value(QLatin1String("crv")) == QLatin1String("P-256"))
        type = Type::EcP256;
    else
        return ParseStatus::Unsupported;

    if ((!alg.isUndefined() && !alg.isString()) || (!use.isUndefined() && !use.isString()))
        return ParseStatus::Rejected;

    OpenSslPtr<EVP_PKEY> pkey = type == Type::Rsa ? rsaKey(jwk) : ecP256Key(jwk);
    if (!pkey)
        return ParseStatus::Rejected;

    OpenSslPtr<EVP_MD_CTX> verifyTemplate(EVP_MD_CTX_new());
    const EVP_MD *md = sha256();
    if (!verifyTemplate || !md || EVP_DigestVerifyInit(verifyTemplate.get(), nullptr, md, nullptr, pkey.get()) != 1)
        return ParseStatus::Rejected;

    key->m_verifyTemplate = std::move(verifyTemplate);
    key->m_kid = kid.toString();
    key->m_alg = alg.toString();
    key->m_use = use.toString();
    key->m_type = type;
    key->m_signatureSize = type == Type::Rsa ? EVP_PKEY_get_size(pkey.get()) : 64;
    key->m_pkey = std::move(pkey);
    return ParseStatus::Ok;
}

bool JsonWebKey::typeFits(JwsAlgorithm alg) const
{
    return (alg == JwsAlgorithm::RS256 && m_type == Type::Rsa) || (alg == JwsAlgorithm::ES256 && m_type == Type::EcP256);
}

bool JsonWebKey::accepts(JwsAlgorithm alg) const
{
    if (!typeFits(alg))
        return false;
    if (!m_use.isEmpty() && m_use != QLatin1String("sig"))
        return false;
    if (m_alg.isEmpty())
        return true;
    return m_alg == (alg == JwsAlgorithm::RS256 ? QLatin1String("RS256") : QLatin1String("ES256"));
}

JsonWebKey::SignatureCheck JsonWebKey::verify(QByteArrayView signingInput, QByteArrayView signature) const
{
    if (signature.size() != m_signatureSize)
        return SignatureCheck::WrongSize;

    const unsigned char *sig = reinterpret_cast<const unsigned char *>(signature.data());
    size_t sigLen = size_t(signature.size());
    unsigned char der[EcdsaSignature::maxDerSize];
    if (m_type == Type::EcP256) {
        // JWS carries raw R||S (RFC 7518 §3.4); OpenSSL verifies DER.
        sigLen = EcdsaSignature::rawP256ToDer(sig, der);
        sig = der;
    }

    // A context per call, copied from the key's template: threads never share mutable state.
    OpenSslPtr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_MD_CTX_copy_ex(ctx.get(), m_verifyTemplate.get()) != 1)
        return SignatureCheck::Invalid;
    // This context is finalised once: spare OpenSSL the copy it otherwise makes to allow more updates.
    EVP_MD_CTX_set_flags(ctx.get(), EVP_MD_CTX_FLAG_FINALISE);
    if (EVP_DigestVerifyUpdate(ctx.get(), signingInput.data(), size_t(signingInput.size())) != 1)
        return SignatureCheck::Invalid;
    return EVP_DigestVerifyFinal(ctx.get(), sig, sigLen) == 1 ? SignatureCheck::Valid : SignatureCheck::Invalid;
}

} // namespace EveSso::Jwt
