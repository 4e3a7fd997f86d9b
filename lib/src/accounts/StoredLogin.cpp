#include <EveSso/StoredLogin.h>

#include <EveSso/UtcDateTime.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace EveSso {
namespace {
const QString kVersion = QStringLiteral("v");
const QString kRefresh = QStringLiteral("refresh_token");
const QString kAccess = QStringLiteral("access_token");
const QString kExpires = QStringLiteral("expires_at");
const QString kObtained = QStringLiteral("obtained_at");

qint64 msecs(const QDateTime &time) { return time.isValid() ? time.toMSecsSinceEpoch() : 0; }
QDateTime time(const QJsonValue &value)
{
    const qint64 ms = qint64(value.toDouble());
    return ms > 0 ? Utc::fromMSecsSinceEpoch(ms) : QDateTime();
}
} // namespace

QString StoredLogin::encode() const
{
    QJsonObject object{{kVersion, 1}, {kRefresh, refreshToken}};
    if (!accessToken.isEmpty()) {
        object.insert(kAccess, accessToken);
        object.insert(kExpires, double(msecs(accessExpiresAt)));
        object.insert(kObtained, double(msecs(obtainedAt)));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StoredLogin StoredLogin::decode(const QString &entry)
{
    StoredLogin login;
    if (!entry.startsWith(QLatin1Char('{'))) {
        // Older entries are the refresh token itself (EVE's are base64 and never start with '{').
        login.refreshToken = entry.trimmed();
        return login;
    }
    const QJsonObject object = QJsonDocument::fromJson(entry.toUtf8()).object();
    if (object.value(kVersion).toInt() < 1)
        return login;
    login.refreshToken = object.value(kRefresh).toString();
    login.accessToken = object.value(kAccess).toString();
    login.accessExpiresAt = time(object.value(kExpires));
    login.obtainedAt = time(object.value(kObtained));
    if (!login.accessExpiresAt.isValid())
        login.accessToken.clear();
    return login;
}

bool StoredLogin::hasAccessTokenFor(qint64 leadSeconds, const QDateTime &now) const
{
    return !accessToken.isEmpty() && accessExpiresAt.isValid() && now.addSecs(leadSeconds) < accessExpiresAt;
}

} // namespace EveSso
