// Writes the JWT fuzzer's fixed key set (jwt_fuzz_jwks.json) and a seed corpus of real tokens signed by it
// (corpus/jwt/), valid ones and hostile ones. Private keys are generated afresh and never written.

#include "jwt_fuzz_common.h"

#include "TokenForge.h"

#include <EveSso/JsonWebKeySet.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

using EveSsoTest::TokenForge;

namespace {

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = QStringLiteral(EVESSO_FUZZ_DIR);
    TokenForge forge;
    const QString rsa = TokenForge::rsaKid(), ec = TokenForge::ecKid();
    const QByteArray jwks = forge.jwksJson();

    const QJsonObject claims = TokenForge::eveClaims(JwtFuzz::clientId(), JwtFuzz::now().addSecs(-60));
    auto with = [&](const char *name, const QJsonValue &v) {
        QJsonObject c = claims;
        c.insert(QString::fromLatin1(name), v);
        return c;
    };
    const auto hdr = [](const char *alg, const QString &kid) { return TokenForge::header(QString::fromLatin1(alg), kid); };

    const QList<QPair<unsigned char, QByteArray>> seeds{
        {0x00, forge.token(claims, rsa)},
        {0x00, forge.token(claims, ec)},
        {0x00, forge.token(with("scp", QStringLiteral("esi-skills.read_skills.v1")), rsa)},
        {0x00, forge.token(with("scp", QJsonArray{}), ec)},
        {0x00, forge.token(with("exp", JwtFuzz::now().toSecsSinceEpoch() - 30), rsa)},
        {0x40, forge.token(with("exp", JwtFuzz::now().toSecsSinceEpoch() - 30), rsa)},
        {0x00, forge.token(with("aud", QStringLiteral("EVE Online")), rsa)},
        {0x80, forge.token(with("aud", QStringLiteral("EVE Online")), ec)},
        {0x00, forge.token(with("iss", QStringLiteral("login.eveonline.com")), rsa)},
        {0x00, forge.token(with("sub", QStringLiteral("CORPORATION:EVE:98000001")), rsa)},
        {0x00, forge.token(with("azp", QStringLiteral("other")), ec)},
        {0x00, forge.token(with("exp", QStringLiteral("1773317940")), rsa)},
        {0x01, forge.token(hdr("none", rsa), claims, rsa, TokenForge::Alg::None) + "c2ln"},
        {0x00, forge.token(hdr("none", rsa), claims, rsa, TokenForge::Alg::None)},
        {0x00, forge.signSegments(TokenForge::b64(TokenForge::json(hdr("HS256", rsa))), TokenForge::b64(TokenForge::json(claims)), rsa,
                                  TokenForge::Alg::HS256, TokenForge::EcdsaFormat::Raw, forge.publicKeyPem(rsa))},
        {0x00, forge.token(hdr("ES256", ec), claims, ec, TokenForge::Alg::ES256, TokenForge::EcdsaFormat::Der)},
        {0x00, forge.token(hdr("RS256", ec), claims, rsa, TokenForge::Alg::RS256)},
        {0x00, forge.token(hdr("RS256", QStringLiteral("JWT-Signature-Key")), claims, rsa, TokenForge::Alg::RS256)},
        {0x3f, forge.token(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                       {QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")}}}, claims, rsa, TokenForge::Alg::RS256)},
        {0x3f, forge.token(claims, rsa)},
        {0x1f, forge.token(with("sub", QStringLiteral("CHARACTER:EVE:")), ec)},
    };

    const EveSso::JsonWebKeySet keys = EveSso::JsonWebKeySet::fromJson(jwks);
    QDir corpus(dir + QStringLiteral("/corpus/jwt"));
    if (!corpus.mkpath(QStringLiteral(".")) || !write(dir + QStringLiteral("/jwt_fuzz_jwks.json"), jwks + '\n'))
        return 1;
    for (const QString &old : corpus.entryList(QDir::Files))
        corpus.remove(old);
    for (const auto &[selector, token] : seeds) {
        const QByteArray input = char(selector) + token;
        const auto result = EveSso::JwtVerifier(JwtFuzz::options(selector)).verify(token, keys, JwtFuzz::now());
        const QString name = QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha1).toHex().left(16));
        if (!write(corpus.filePath(name), input))
            return 1;
        std::printf("%s  selector %02x  %s\n", qPrintable(name), selector, EveSso::JwtError::reasonName(result.error.reason));
    }
    return 0;
}
