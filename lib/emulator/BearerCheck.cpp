#include "BearerCheck.h"

#include <QJsonArray>

namespace EveSso::Emu {

BearerCheck::Result BearerCheck::check(const HttpRequest &request) const
{
    Result r;
    QByteArray token;
    const QByteArray header = request.header("authorization");
    if (header.size() > 7 && header.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        token = header.mid(7).trimmed();
    else if (request.query.hasQueryItem(QStringLiteral("token")))
        token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toLatin1();
    r.present = !token.isEmpty() || !header.isEmpty();
    r.error = QStringLiteral("authentication failure");
    if (token.isEmpty() || token.size() > 4096)
        return r;

    QJsonObject claims;
    if (m_ctx.signer.verify(token, &claims) != JwtSigner::VerifyResult::Ok)
        return r;
    const QString iss = claims.value(QLatin1String("iss")).toString();
    const QString hostPort = m_ctx.config.hostPort();
    const QStringList sub = claims.value(QLatin1String("sub")).toString().split(QLatin1Char(':'));
    const QJsonArray aud = claims.value(QLatin1String("aud")).toArray();
    if ((iss != hostPort && iss != QLatin1String("https://") + hostPort) || sub.size() != 3
        || sub[0] != QLatin1String("CHARACTER") || sub[1] != QLatin1String("EVE")
        || !aud.contains(QStringLiteral("EVE Online")))
        return r;

    r.characterId = sub[2].toLongLong();
    r.clientId = claims.value(QLatin1String("azp")).toString();
    r.expires = qint64(claims.value(QLatin1String("exp")).toDouble());
    const QJsonValue scp = claims.value(QLatin1String("scp"));
    if (scp.isString())
        r.scopes = QStringList{scp.toString()};
    for (const QJsonValue &s : scp.toArray())
        r.scopes.append(s.toString());

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (r.expires <= now) {
        r.error = QStringLiteral("token is expired");
        return r;
    }
    if (r.expires > now + m_ctx.config.tokenLifetime + 300) {
        // What ESI says to tokens from a server clock that runs far ahead.
        r.status = 403;
        r.error = QStringLiteral("token expiry is too far in the future");
        return r;
    }
    r.ok = true;
    r.status = 200;
    r.error.clear();
    return r;
}

} // namespace EveSso::Emu
