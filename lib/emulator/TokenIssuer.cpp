#include "EmulatorContext.h"

#include <QJsonArray>
#include <QUuid>

namespace EveSso::Emu {

QString TokenIssuer::accessToken(const EmulatorContext &ctx, const Grant &grant, int lifetime)
{
    const auto type = ctx.config.algorithm == Emulator::SigningAlgorithm::ES256 ? SigningKey::Type::EcP256
                                                                                 : SigningKey::Type::Rsa2048;
    const Fixture::Character *character = ctx.fixture.character(grant.characterId);
    const qint64 iat = QDateTime::currentSecsSinceEpoch() + ctx.config.clockSkew;

    QJsonObject claims;
    // scp: a string for one scope, an array for several, absent for none.
    if (grant.scopes.size() == 1)
        claims.insert(QStringLiteral("scp"), grant.scopes.first());
    else if (grant.scopes.size() > 1)
        claims.insert(QStringLiteral("scp"), QJsonArray::fromStringList(grant.scopes));
    claims.insert(QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    claims.insert(QStringLiteral("kid"), ctx.signer.key(type).kid());
    claims.insert(QStringLiteral("sub"), QStringLiteral("CHARACTER:EVE:%1").arg(grant.characterId));
    claims.insert(QStringLiteral("azp"), grant.clientId);
    claims.insert(QStringLiteral("tenant"), QStringLiteral("tranquility"));
    claims.insert(QStringLiteral("tier"), QStringLiteral("live"));
    claims.insert(QStringLiteral("region"), QStringLiteral("world"));
    claims.insert(QStringLiteral("aud"), QJsonArray{grant.clientId, QStringLiteral("EVE Online")});
    claims.insert(QStringLiteral("name"), character ? character->name : QString());
    claims.insert(QStringLiteral("owner"), character ? character->ownerHash : QString());
    claims.insert(QStringLiteral("exp"), iat + lifetime);
    claims.insert(QStringLiteral("iat"), iat);
    claims.insert(QStringLiteral("iss"), ctx.config.issuer());
    return QString::fromLatin1(ctx.signer.sign(claims, type, ctx.config.badSignature));
}

} // namespace EveSso::Emu
