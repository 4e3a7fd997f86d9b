#include "SigningKey.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

namespace EveSso::Emu {

namespace {

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bnParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

} // namespace

void SigningKey::Deleter::operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }

SigningKey::SigningKey(Type type, QString kid) : m_type(type), m_kid(std::move(kid))
{
    EVP_PKEY *key = type == Type::Rsa2048 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048))
                                          : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key)
        qFatal("evesso-emulator: OpenSSL could not generate a signing key");
    m_key.reset(key);
}

SigningKey::~SigningKey() = default;

QString SigningKey::alg() const
{
    return m_type == Type::Rsa2048 ? QStringLiteral("RS256") : QStringLiteral("ES256");
}

QJsonObject SigningKey::publicJwk() const
{
    if (m_type == Type::Rsa2048) {
        return {{QStringLiteral("alg"), alg()},
                {QStringLiteral("e"), QString::fromLatin1(b64url(bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E)))},
                {QStringLiteral("kid"), m_kid},
                {QStringLiteral("kty"), QStringLiteral("RSA")},
                {QStringLiteral("n"), QString::fromLatin1(b64url(bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N)))},
                {QStringLiteral("use"), QStringLiteral("sig")}};
    }
    unsigned char pub[65];
    size_t len = 0;
    EVP_PKEY_set_utf8_string_param(m_key.get(), OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                   OSSL_PKEY_EC_POINT_CONVERSION_FORMAT_UNCOMPRESSED);
    if (EVP_PKEY_get_octet_string_param(m_key.get(), OSSL_PKEY_PARAM_PUB_KEY, pub, sizeof pub, &len) != 1
        || len != 65 || pub[0] != 0x04)
        qFatal("evesso-emulator: cannot export the EC public key");
    const QByteArray x(reinterpret_cast<const char *>(pub + 1), 32);
    const QByteArray y(reinterpret_cast<const char *>(pub + 33), 32);
    return {{QStringLiteral("alg"), alg()},
            {QStringLiteral("crv"), QStringLiteral("P-256")},
            {QStringLiteral("kid"), m_kid},
            {QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("x"), QString::fromLatin1(b64url(x))},
            {QStringLiteral("y"), QString::fromLatin1(b64url(y))}};
}

QByteArray SigningKey::sign(const QByteArray &input) const
{
    MdCtx ctx(EVP_MD_CTX_new());
    size_t len = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &len, data, size_t(input.size())) != 1)
        return {};
    QByteArray sig(qsizetype(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, data, size_t(input.size()))
        != 1)
        return {};
    sig.resize(qsizetype(len));
    if (m_type == Type::Rsa2048)
        return sig;

    // JWS wants ES256 as raw R||S, 32 bytes each, left-padded; OpenSSL produces DER.
    const auto *p = reinterpret_cast<const unsigned char *>(sig.constData());
    ECDSA_SIG *ecdsa = d2i_ECDSA_SIG(nullptr, &p, long(sig.size()));
    if (!ecdsa)
        return {};
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(ecdsa), reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(ecdsa), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    ECDSA_SIG_free(ecdsa);
    return raw;
}

bool SigningKey::verify(const QByteArray &input, const QByteArray &signature) const
{
    QByteArray sig = signature;
    if (m_type == Type::EcP256) {
        if (signature.size() != 64)
            return false;
        ECDSA_SIG *ecdsa = ECDSA_SIG_new();
        const auto *raw = reinterpret_cast<const unsigned char *>(signature.constData());
        ECDSA_SIG_set0(ecdsa, BN_bin2bn(raw, 32, nullptr), BN_bin2bn(raw + 32, 32, nullptr));
        unsigned char *der = nullptr;
        const int derLen = i2d_ECDSA_SIG(ecdsa, &der);
        ECDSA_SIG_free(ecdsa);
        if (derLen <= 0)
            return false;
        sig = QByteArray(reinterpret_cast<const char *>(der), derLen);
        OPENSSL_free(der);
    }
    MdCtx ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                            reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
        == 1;
}

} // namespace EveSso::Emu
