#include "JsonFormat.h"

namespace JsonFormat {

QJsonValue time(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject verifiedToken(const EveSso::VerifiedToken &token)
{
    return QJsonObject{
        {QStringLiteral("characterId"), token.characterId},
        {QStringLiteral("characterName"), token.characterName},
        {QStringLiteral("ownerHash"), token.ownerHash},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(token.scopes)},
        {QStringLiteral("expiresAt"), time(token.expiresAt)},
        {QStringLiteral("issuedAt"), time(token.issuedAt)},
        {QStringLiteral("issuer"), token.issuer},
        {QStringLiteral("clientId"), token.clientId},
        {QStringLiteral("tenant"), token.tenant},
        {QStringLiteral("claims"), token.claims},
    };
}

QJsonObject character(const EveSso::CharacterRecord &record, const QStringList &requiredScopes)
{
    QJsonObject object = record.toJson();
    object.insert(QStringLiteral("characterName"), record.name); // as in every other command's output
    object.insert(QStringLiteral("state"), record.needsRelogin ? QStringLiteral("needs-relogin") : QStringLiteral("ok"));
    object.insert(QStringLiteral("missingScopes"), QJsonArray::fromStringList(record.missingScopes(requiredScopes)));
    return object;
}

} // namespace JsonFormat
