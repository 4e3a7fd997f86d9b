#include "TokenForge.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <map>
#include <stdexcept>

namespace EveSsoTest {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

[[noreturn]] void fail(const char *what)
{
    throw std::runtime_error(what);
}

QByteArray bnParam(EVP_PKEY *pkey, const char *name, int padTo = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1)
        fail("EVP_PKEY_get_bn_param");
    QByteArray out(padTo > 0 ? padTo : BN_num_bytes(bn), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), int(out.size()));
    BN_free(bn);
    return out;
}

QByteArray derToRaw(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
    if (!sig)
        fail("d2i_ECDSA_SIG");
    const BIGNUM *r = nullptr, *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    QByteArray raw(64, '\0');
    // r and s may be shorter than 32 bytes: left-pad, as RFC 7518 §3.4 requires.
    BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    ECDSA_SIG_free(sig);
    return raw;
}

} // namespace

struct TokenForge::Private
{
    std::map<QString, Pkey> keys;
    QStringList order;

    EVP_PKEY *key(const QString &kid) const
    {
        const auto it = keys.find(kid);
        if (it == keys.end())
            fail("TokenForge: unknown kid");
        return it->second.get();
    }
    void add(const QString &kid, EVP_PKEY *pkey)
    {
        if (!pkey)
            fail("EVP_PKEY_Q_keygen");
        keys[kid] = Pkey(pkey);
        order.removeAll(kid);
        order.append(kid);
    }
};

TokenForge::TokenForge()
    : d(std::make_unique<Private>())
{
    addRsaKey(rsaKid());
    addEcKey(ecKid());
}

TokenForge::~TokenForge() = default;

void TokenForge::addRsaKey(const QString &kid, int bits)
{
    d->add(kid, EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
}

void TokenForge::addEcKey(const QString &kid)
{
    d->add(kid, EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QJsonObject TokenForge::jwk(const QString &kid) const
{
    EVP_PKEY *pkey = d->key(kid);
    if (EVP_PKEY_is_a(pkey, "RSA")) {
        return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                           {QStringLiteral("kid"), kid},
                           {QStringLiteral("alg"), QStringLiteral("RS256")},
                           {QStringLiteral("use"), QStringLiteral("sig")},
                           {QStringLiteral("n"), QString::fromLatin1(b64(bnParam(pkey, OSSL_PKEY_PARAM_RSA_N)))},
                           {QStringLiteral("e"), QString::fromLatin1(b64(bnParam(pkey, OSSL_PKEY_PARAM_RSA_E)))}};
    }
    return QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                       {QStringLiteral("kid"), kid},
                       {QStringLiteral("alg"), QStringLiteral("ES256")},
                       {QStringLiteral("use"), QStringLiteral("sig")},
                       {QStringLiteral("crv"), QStringLiteral("P-256")},
                       {QStringLiteral("x"), QString::fromLatin1(b64(bnParam(pkey, OSSL_PKEY_PARAM_EC_PUB_X, 32)))},
                       {QStringLiteral("y"), QString::fromLatin1(b64(bnParam(pkey, OSSL_PKEY_PARAM_EC_PUB_Y, 32)))}};
}

QByteArray TokenForge::jwksJson(const QStringList &kids) const
{
    QJsonArray keys;
    for (const QString &kid : kids.isEmpty() ? d->order : kids)
        keys.append(jwk(kid));
    return json(QJsonObject{{QStringLiteral("keys"), keys}, {QStringLiteral("SkipUnresolvedJsonWebKeys"), true}});
}

QByteArray TokenForge::publicKeyPem(const QString &kid) const
{
    BIO *bio = BIO_new(BIO_s_mem());
    if (!bio || PEM_write_bio_PUBKEY(bio, d->key(kid)) != 1)
        fail("PEM_write_bio_PUBKEY");
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(len));
    BIO_free(bio);
    return pem;
}

QByteArray TokenForge::signature(const QByteArray &signingInput, const QString &kid, Alg alg, EcdsaFormat format,
                                 const QByteArray &hmacSecret) const
{
    const auto *data = reinterpret_cast<const unsigned char *>(signingInput.constData());
    if (alg == Alg::None)
        return {};
    if (alg == Alg::HS256) {
        unsigned char mac[32];
        size_t macLen = 0;
        if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, hmacSecret.constData(), size_t(hmacSecret.size()),
                       data, size_t(signingInput.size()), mac, sizeof mac, &macLen))
            fail("EVP_Q_mac");
        return QByteArray(reinterpret_cast<const char *>(mac), int(macLen));
    }
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    if (!ctx || EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, d->key(kid)) != 1
        || EVP_DigestSign(ctx, nullptr, &len, data, size_t(signingInput.size())) != 1)
        fail("EVP_DigestSignInit");
    QByteArray sig(int(len), '\0');
    if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len, data, size_t(signingInput.size())) != 1)
        fail("EVP_DigestSign");
    EVP_MD_CTX_free(ctx);
    sig.resize(int(len));
    if (alg == Alg::ES256 && format == EcdsaFormat::Raw)
        return derToRaw(sig);
    return sig;
}

QByteArray TokenForge::signSegments(const QByteArray &headerSegment, const QByteArray &payloadSegment,
                                    const QString &kid, Alg alg, EcdsaFormat format,
                                    const QByteArray &hmacSecret) const
{
    const QByteArray input = headerSegment + '.' + payloadSegment;
    return input + '.' + b64(signature(input, kid, alg, format, hmacSecret));
}

QByteArray TokenForge::token(const QJsonObject &header, const QJsonObject &claims, const QString &kid, Alg alg,
                             EcdsaFormat format) const
{
    return signSegments(b64(json(header)), b64(json(claims)), kid, alg, format);
}

QByteArray TokenForge::token(const QJsonObject &claims, const QString &kid) const
{
    const bool rsa = EVP_PKEY_is_a(d->key(kid), "RSA");
    const QString alg = rsa ? QStringLiteral("RS256") : QStringLiteral("ES256");
    return token(header(alg, kid), claims, kid, rsa ? Alg::RS256 : Alg::ES256);
}

QByteArray TokenForge::b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray TokenForge::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject TokenForge::header(const QString &alg, const QString &kid)
{
    return QJsonObject{{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), kid}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
}

QJsonObject TokenForge::eveClaims(const QString &clientId, const QDateTime &issuedAt)
{
    const qint64 iat = issuedAt.toSecsSinceEpoch();
    return QJsonObject{
        {QStringLiteral("scp"), QJsonArray{QStringLiteral("esi-skills.read_skills.v1"),
                                           QStringLiteral("esi-wallet.read_character_wallet.v1")}},
        {QStringLiteral("jti"), QStringLiteral("998e12c7-3241-43c5-8355-2c48822e0a1b")},
        {QStringLiteral("kid"), QStringLiteral("JWT-Signature-Key")},
        {QStringLiteral("sub"), QStringLiteral("CHARACTER:EVE:2112625428")},
        {QStringLiteral("azp"), clientId},
        {QStringLiteral("tenant"), QStringLiteral("tranquility")},
        {QStringLiteral("tier"), QStringLiteral("live")},
        {QStringLiteral("region"), QStringLiteral("world")},
        {QStringLiteral("aud"), QJsonArray{clientId, QStringLiteral("EVE Online")}},
        {QStringLiteral("name"), QStringLiteral("Some Bloke")},
        {QStringLiteral("owner"), QStringLiteral("8PmzCeTKb4VFUDrHLc/AeZXDSWM=")},
        {QStringLiteral("exp"), iat + 1200},
        {QStringLiteral("iat"), iat},
        {QStringLiteral("iss"), QStringLiteral("https://login.eveonline.com")}};
}

} // namespace EveSsoTest
