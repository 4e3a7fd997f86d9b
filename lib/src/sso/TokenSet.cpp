#include <EveSso/TokenSet.h>

namespace EveSso {

TokenSet TokenSet::fromResponse(const QJsonObject &response, const QString &previousRefreshToken,
                                const QDateTime &now)
{
    TokenSet tokens;
    tokens.accessToken = response.value(QLatin1String("access_token")).toString();
    tokens.tokenType = response.value(QLatin1String("token_type")).toString();
    // Rotation: a refresh response's refresh_token replaces the old one; no refresh_token keeps it.
    const QString refreshToken = response.value(QLatin1String("refresh_token")).toString();
    tokens.refreshToken = refreshToken.isEmpty() ? previousRefreshToken : refreshToken;
    // expires_in is a number in EVE's responses; tolerate a numeric string as other servers send.
    const QJsonValue expiresIn = response.value(QLatin1String("expires_in"));
    qint64 seconds = -1;
    if (expiresIn.isDouble())
        seconds = qint64(expiresIn.toDouble());
    else if (expiresIn.isString())
        seconds = expiresIn.toString().toLongLong();
    if (seconds > 0)
        tokens.expiresAt = now.toUTC().addSecs(seconds);
    return tokens;
}

bool TokenSet::isExpired(qint64 offsetSeconds, const QDateTime &now) const
{
    if (!expiresAt.isValid())
        return true;
    return now >= expiresAt.addSecs(-offsetSeconds);
}

} // namespace EveSso
