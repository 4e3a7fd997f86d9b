#include "SharedLogins.h"

#include <EveSso/LoginMigration.h>
#include <EveSso/SecretStore.h>

#include <QStandardPaths>

namespace SharedLogins {
namespace {

// Independent of the running program's name: both programs must compute the same paths.
QString dataHome() { return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation); }
QString cacheHome() { return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation); }

} // namespace

QString serviceName() { return QStringLiteral("Capsuleer"); }

QString metadataPath(const QString &profileId)
{
    return dataHome() + QStringLiteral("/Capsuleer/logins/") + profileId + QStringLiteral("/characters.json");
}

QString esiCacheDirectory(const QString &profileId)
{
    // The app's QStandardPaths::CacheLocation (organization and application "Capsuleer") + the library's
    // default "/esi/<profile>".
    return cacheHome() + QStringLiteral("/Capsuleer/Capsuleer/esi/") + profileId;
}

QString oldCliEsiCacheDirectory(const QString &profileId)
{
    return cacheHome() + QStringLiteral("/evesso/esi/") + profileId;
}

EveSso::LoginMigration *migration(const QString &profileId, EveSso::SecretStore *shared, QObject *parent)
{
    auto *migration = new EveSso::LoginMigration(profileId, shared, metadataPath(profileId), parent);
    // The app: organization and application "Capsuleer", one file per profile, keychain service "Capsuleer".
    migration->addSource({QStringLiteral("Capsuleer"),
                          dataHome() + QStringLiteral("/Capsuleer/Capsuleer/characters-") + profileId + QStringLiteral(".json")});
    // evesso: application "evesso", keychain service "evesso".
    migration->addSource({QStringLiteral("evesso"),
                          dataHome() + QStringLiteral("/evesso/profiles/") + profileId + QStringLiteral("/characters.json")});
    return migration;
}

} // namespace SharedLogins
