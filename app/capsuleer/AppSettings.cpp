#include "AppSettings.h"

#include <QSettings>

namespace {
const QString kProfile = QStringLiteral("server/profile");
const QString kDiscovery = QStringLiteral("server/customDiscoveryUrl");
const QString kEsi = QStringLiteral("server/customEsiUrl");
const QString kImages = QStringLiteral("server/customImageUrl");
const QString kClientId = QStringLiteral("application/clientId");
const QString kPort = QStringLiteral("application/callbackPort");
const QString kScopes = QStringLiteral("application/scopes");

QUrl originPlus(const QUrl &url, const QString &path)
{
    QUrl origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    origin.setPath(path);
    return origin;
}
} // namespace

const QString AppSettings::CustomProfileId = QStringLiteral("custom");

QStringList AppSettings::defaultScopes()
{
    return {QStringLiteral("esi-wallet.read_character_wallet.v1")};
}

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings s;
    s.profileId = settings.value(kProfile, s.profileId).toString();
    s.customDiscoveryUrl = settings.value(kDiscovery).toUrl();
    s.customEsiUrl = settings.value(kEsi).toUrl();
    s.customImageUrl = settings.value(kImages).toUrl();
    s.clientId = settings.value(kClientId).toString().trimmed();
    const int port = settings.value(kPort, int(s.callbackPort)).toInt();
    if (port > 0 && port < 65536)
        s.callbackPort = quint16(port);
    if (settings.contains(kScopes))
        s.scopes = settings.value(kScopes).toStringList();
    return s;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(kProfile, profileId);
    settings.setValue(kDiscovery, customDiscoveryUrl);
    settings.setValue(kEsi, customEsiUrl);
    settings.setValue(kImages, customImageUrl);
    settings.setValue(kClientId, clientId.trimmed());
    settings.setValue(kPort, int(callbackPort));
    settings.setValue(kScopes, scopes);
}

EveSso::ServerProfile AppSettings::profile() const
{
    if (profileId != CustomProfileId) {
        const EveSso::ServerProfile builtIn = EveSso::ServerProfile::byId(profileId);
        return builtIn.isValid() ? builtIn : EveSso::ServerProfile::tranquility();
    }
    if (!customDiscoveryUrl.isValid() || customDiscoveryUrl.scheme().isEmpty())
        return {};
    const QUrl esi = customEsiUrl.isValid() && !customEsiUrl.isEmpty() ? customEsiUrl
                                                                       : originPlus(customDiscoveryUrl, QStringLiteral("/esi"));
    const QUrl images = customImageUrl.isValid() && !customImageUrl.isEmpty()
        ? customImageUrl
        : originPlus(customDiscoveryUrl, QStringLiteral("/images"));
    EveSso::ServerProfile profile = EveSso::ServerProfile::custom(CustomProfileId, customDiscoveryUrl, esi, images);
    profile.displayName = tr("Custom server (%1)").arg(customDiscoveryUrl.host());
    return profile;
}

EveSso::ClientSettings AppSettings::clientSettings() const
{
    EveSso::ClientSettings client;
    client.clientId = clientId.trimmed();
    client.callbackUrl = callbackUrl();
    client.scopes = scopes;
    client.userAgent = userAgent();
    return client;
}

QString AppSettings::userAgent()
{
    return QStringLiteral("Capsuleer/%1 (+https://github.com/capsuleer/capsuleer)").arg(QStringLiteral(CAPSULEER_VERSION));
}

bool AppSettings::operator==(const AppSettings &o) const
{
    return profileId == o.profileId && customDiscoveryUrl == o.customDiscoveryUrl && customEsiUrl == o.customEsiUrl
        && customImageUrl == o.customImageUrl && clientId == o.clientId && callbackPort == o.callbackPort
        && scopes == o.scopes;
}
