#include "JwtSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace EveSso::Emu {

namespace {

constexpr auto b64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<QByteArray> fromB64Url(const QByteArray &in)
{
    if (in.contains('=') || in.size() % 4 == 1)
        return std::nullopt;
    auto r = QByteArray::fromBase64Encoding(in, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return r.decoded;
}

QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace

JwtSigner::JwtSigner()
{
    m_rsa = std::make_unique<SigningKey>(SigningKey::Type::Rsa2048, QStringLiteral("JWT-Signature-Key"));
    m_ec = std::make_unique<SigningKey>(SigningKey::Type::EcP256, newUuid());
}

JwtSigner::~JwtSigner() = default;

void JwtSigner::rotate()
{
    ++m_generation;
    m_rsa = std::make_unique<SigningKey>(SigningKey::Type::Rsa2048,
                                         QStringLiteral("JWT-Signature-Key-%1").arg(m_generation));
    m_ec = std::make_unique<SigningKey>(SigningKey::Type::EcP256, newUuid());
    m_jwks.clear();
}

void JwtSigner::replaceKeysKeepingIds()
{
    const QString rsaKid = m_rsa->kid(), ecKid = m_ec->kid();
    m_rsa = std::make_unique<SigningKey>(SigningKey::Type::Rsa2048, rsaKid);
    m_ec = std::make_unique<SigningKey>(SigningKey::Type::EcP256, ecKid);
    m_jwks.clear();
}

QByteArray JwtSigner::jwks() const
{
    if (m_jwks.isEmpty()) {
        const QJsonObject doc{{QStringLiteral("keys"), QJsonArray{m_rsa->publicJwk(), m_ec->publicJwk()}},
                              {QStringLiteral("SkipUnresolvedJsonWebKeys"), true}};
        m_jwks = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    }
    return m_jwks;
}

const SigningKey &JwtSigner::key(SigningKey::Type type) const
{
    return type == SigningKey::Type::Rsa2048 ? *m_rsa : *m_ec;
}

QByteArray JwtSigner::sign(const QJsonObject &payload, SigningKey::Type type, bool corrupt) const
{
    const SigningKey &k = key(type);
    // Member order as on the live SSO: alg, kid, typ (QJsonObject sorts keys, which gives exactly that).
    const QJsonObject header{{QStringLiteral("alg"), k.alg()}, {QStringLiteral("kid"), k.kid()},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(b64Options) + '.'
        + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(b64Options);
    QByteArray signature = k.sign(input);
    if (corrupt && !signature.isEmpty()) {
        signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x5a);
        signature[0] = char(signature.at(0) ^ 0x01);
    }
    return input + '.' + signature.toBase64(b64Options);
}

JwtSigner::VerifyResult JwtSigner::verify(const QByteArray &token, QJsonObject *claims) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[2].isEmpty())
        return VerifyResult::Malformed;
    const auto header = fromB64Url(parts[0]);
    const auto payload = fromB64Url(parts[1]);
    const auto signature = fromB64Url(parts[2]);
    if (!header || !payload || !signature)
        return VerifyResult::Malformed;
    const QJsonDocument h = QJsonDocument::fromJson(*header);
    const QJsonDocument p = QJsonDocument::fromJson(*payload);
    if (!h.isObject() || !p.isObject())
        return VerifyResult::Malformed;
    const QString kid = h.object().value(QLatin1String("kid")).toString();
    const QString alg = h.object().value(QLatin1String("alg")).toString();
    const SigningKey *k = nullptr;
    for (const SigningKey *candidate : {m_rsa.get(), m_ec.get()})
        if (candidate->kid() == kid && candidate->alg() == alg)
            k = candidate;
    if (!k)
        return VerifyResult::UnknownKey;
    if (!k->verify(parts[0] + '.' + parts[1], *signature))
        return VerifyResult::BadSignature;
    if (claims)
        *claims = p.object();
    return VerifyResult::Ok;
}

} // namespace EveSso::Emu
