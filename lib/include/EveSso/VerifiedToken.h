#pragma once

#include <EveSso/evesso_export.h>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace EveSso {

/// The claims of an EVE SSO access token whose signature and claims were verified by JwtVerifier.
struct EVESSO_EXPORT VerifiedToken
{
    qint64 characterId = 0;   ///< From `sub` (`CHARACTER:EVE:<id>`); 0 when `sub` was not checked and is not of that form.
    QString characterName;    ///< `name`.
    QString ownerHash;        ///< `owner`: changes when the character changes hands; key user records on it.
    QStringList scopes;       ///< `scp`: a list, a single string, or absent (empty list).
    QDateTime expiresAt;      ///< `exp`, UTC.
    QDateTime issuedAt;       ///< `iat`, UTC; invalid when absent. Never checked: players' clocks drift.
    QString jwtId;            ///< `jti`.
    QString clientId;         ///< `azp`, or the one audience that is not "EVE Online" when `azp` is absent.
    QString tenant;           ///< `tenant`, e.g. "tranquility".
    QString tier;             ///< `tier`, e.g. "live".
    QString region;           ///< `region`, e.g. "world".
    QString issuer;           ///< `iss`.
    QJsonObject claims;       ///< Every claim of the payload, as sent.
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::VerifiedToken)
