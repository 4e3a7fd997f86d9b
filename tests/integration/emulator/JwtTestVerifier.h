#pragma once

// An independent JWS verifier for the tests, written against OpenSSL 3 directly (not the library's or the
// emulator's code): the key is rebuilt from the JWKS n/e or x/y, ES256 signatures are converted from raw
// R||S to DER, and EVP_DigestVerify decides.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace EmuTest {

struct VerifiedJwt
{
    bool ok = false;
    QString error;
    QJsonObject header;
    QJsonObject claims;
};

inline QByteArray unb64url(const QByteArray &in, bool *ok)
{
    auto r = QByteArray::fromBase64Encoding(in, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(r) && !in.contains('=') && in.size() % 4 != 1;
    return r.decoded;
}

inline EVP_PKEY *keyFromJwk(const QJsonObject &jwk)
{
    bool ok1 = false, ok2 = false;
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    const char *type = nullptr;
    BIGNUM *n = nullptr, *e = nullptr;
    QByteArray pub;
    if (jwk.value(QLatin1String("kty")).toString() == QLatin1String("RSA")) {
        const QByteArray nb = unb64url(jwk.value(QLatin1String("n")).toString().toLatin1(), &ok1);
        const QByteArray eb = unb64url(jwk.value(QLatin1String("e")).toString().toLatin1(), &ok2);
        n = BN_bin2bn(reinterpret_cast<const unsigned char *>(nb.constData()), int(nb.size()), nullptr);
        e = BN_bin2bn(reinterpret_cast<const unsigned char *>(eb.constData()), int(eb.size()), nullptr);
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n);
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e);
        type = "RSA";
    } else {
        const QByteArray x = unb64url(jwk.value(QLatin1String("x")).toString().toLatin1(), &ok1);
        const QByteArray y = unb64url(jwk.value(QLatin1String("y")).toString().toLatin1(), &ok2);
        if (x.size() != 32 || y.size() != 32)
            ok1 = false;
        pub = QByteArray(1, '\x04') + x + y;
        OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
        OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, pub.constData(), size_t(pub.size()));
        type = "EC";
    }
    EVP_PKEY *pkey = nullptr;
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    if (ok1 && ok2 && ctx && EVP_PKEY_fromdata_init(ctx) == 1)
        EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(n);
    BN_free(e);
    return pkey;
}

inline VerifiedJwt verifyJwt(const QByteArray &token, const QByteArray &jwksJson)
{
    VerifiedJwt out;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        out.error = QStringLiteral("not three segments");
        return out;
    }
    bool ok1 = false, ok2 = false, ok3 = false;
    out.header = QJsonDocument::fromJson(unb64url(parts[0], &ok1)).object();
    out.claims = QJsonDocument::fromJson(unb64url(parts[1], &ok2)).object();
    QByteArray signature = unb64url(parts[2], &ok3);
    if (!ok1 || !ok2 || !ok3) {
        out.error = QStringLiteral("bad base64url");
        return out;
    }
    const QString alg = out.header.value(QLatin1String("alg")).toString();
    QJsonObject jwk;
    for (const QJsonValue &k : QJsonDocument::fromJson(jwksJson).object().value(QLatin1String("keys")).toArray())
        if (k.toObject().value(QLatin1String("kid")) == out.header.value(QLatin1String("kid"))
            && k.toObject().value(QLatin1String("alg")).toString() == alg)
            jwk = k.toObject();
    if (jwk.isEmpty() || (alg != QLatin1String("RS256") && alg != QLatin1String("ES256"))) {
        out.error = QStringLiteral("no key for kid/alg");
        return out;
    }
    EVP_PKEY *pkey = keyFromJwk(jwk);
    if (!pkey) {
        out.error = QStringLiteral("cannot build the key");
        return out;
    }
    if (alg == QLatin1String("ES256")) {
        if (signature.size() != 64) {
            EVP_PKEY_free(pkey);
            out.error = QStringLiteral("ES256 signature is not 64 bytes");
            return out;
        }
        const auto *raw = reinterpret_cast<const unsigned char *>(signature.constData());
        ECDSA_SIG *sig = ECDSA_SIG_new();
        ECDSA_SIG_set0(sig, BN_bin2bn(raw, 32, nullptr), BN_bin2bn(raw + 32, 32, nullptr));
        unsigned char *der = nullptr;
        const int len = i2d_ECDSA_SIG(sig, &der);
        signature = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
        ECDSA_SIG_free(sig);
    }
    const QByteArray input = parts[0] + '.' + parts[1];
    EVP_MD_CTX *mctx = EVP_MD_CTX_new();
    out.ok = EVP_DigestVerifyInit(mctx, nullptr, EVP_sha256(), nullptr, pkey) == 1
        && EVP_DigestVerify(mctx, reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
            == 1;
    if (!out.ok)
        out.error = QStringLiteral("signature does not verify");
    EVP_MD_CTX_free(mctx);
    EVP_PKEY_free(pkey);
    return out;
}

} // namespace EmuTest
