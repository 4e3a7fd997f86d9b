#pragma once

#include <EveSso/ClientSettings.h>
#include <EveSso/ServerProfile.h>

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

class QSettings;

/// What the player configured: the server, the registered application and the scopes. Persisted with
/// QSettings. There is deliberately no token and no client secret here: Capsuleer registers as a native
/// (PKCE) application, and refresh tokens live only in the keychain.
struct AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    /// The id used for a server given by its discovery URL.
    static const QString CustomProfileId;

    QString profileId = EveSso::ServerProfile::tranquility().id;
    QUrl customDiscoveryUrl;  ///< For the custom profile.
    QUrl customEsiUrl;        ///< For the custom profile; empty: derived from the discovery URL's origin + "/esi".
    QUrl customImageUrl;      ///< For the custom profile; empty: derived from the discovery URL's origin + "/images".
    QString clientId;
    quint16 callbackPort = EveSso::ClientSettings::DefaultCallbackPort;
    QStringList scopes = defaultScopes();

    /// The scopes Capsuleer needs for what it shows (the wallet).
    static QStringList defaultScopes();

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// A client id is needed for anything but the offline demo.
    bool hasClientId() const { return !clientId.trimmed().isEmpty(); }
    /// The server profile chosen (an invalid profile when the custom discovery URL is missing).
    EveSso::ServerProfile profile() const;
    /// The callback URL to register at EVE's developer site, byte for byte.
    QUrl callbackUrl() const { return EveSso::ClientSettings::defaultCallbackUrl(callbackPort); }
    /// What the library needs to log in (with Capsuleer's User-Agent).
    EveSso::ClientSettings clientSettings() const;

    /// Capsuleer's User-Agent, as CCP asks: name, version and where to reach the author.
    static QString userAgent();

    bool operator==(const AppSettings &other) const;
    bool operator!=(const AppSettings &other) const { return !(*this == other); }
};
