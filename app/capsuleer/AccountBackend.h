#pragma once

#include <EveSso/CharacterStore.h>
#include <EveSso/ClientSettings.h>
#include <EveSso/ServerProfile.h>
#include <EveSso/SsoError.h>

#include <QObject>

class CharacterDataUpdater;

namespace EveSso {
class AccountManager;
class EsiClient;
class LoginMigration;
class LoginFlow;
class SecretStore;
class SsoClient;
} // namespace EveSso

/// The characters of one server and one registered application: the library's SsoClient (discovery,
/// verifier, token client), AccountManager (the list model) and EsiClient (corporation, alliance, wallet,
/// portrait, through CharacterDataUpdater), wired up for the app.
///
/// start() shows the stored characters at once from their metadata, then prepares the SSO (cached
/// discovery, else network) and refreshes every character in the background.
class AccountBackend : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)

public:
    enum class Status {
        Idle,      ///< start() not called yet.
        Preparing, ///< Loading the SSO's endpoints and keys.
        Ready,     ///< Logins and refreshes can run.
        Failed,    ///< The SSO could not be prepared; see prepareError(). The list still shows.
    };
    Q_ENUM(Status)

    /// `secrets` is shared, not owned. `cacheDirectory` empty: the default caches (discovery under the user's
    /// cache folder, ESI there too, shared with evesso: SharedLogins::esiCacheDirectory()); else ESI answers
    /// and portraits are cached there and discovery is not cached at all (the demo, whose server and keys
    /// change with every run).
    AccountBackend(const EveSso::ServerProfile &profile, const EveSso::ClientSettings &client, EveSso::SecretStore *secrets,
                   const QString &metadataPath, const QString &cacheDirectory = QString(), QObject *parent = nullptr);
    ~AccountBackend() override;

    /// Loads the metadata (synchronously: rows appear at once), then prepares and refreshes in the background.
    void start();
    /// start() in two steps: load() shows the stored list, beginBackgroundWork() later prepares the SSO and
    /// refreshes every character (once; later calls do nothing).
    void load();
    void beginBackgroundWork();
    /// Prepares the SSO again after a failure; refreshes every character when it works.
    void retry();
    /// Logins kept elsewhere before, taken in (when needed) before the background work begins. Not owned.
    void setMigration(EveSso::LoginMigration *migration) { m_migration = migration; }

    Status status() const { return m_status; }
    EveSso::SsoError prepareError() const { return m_prepareError; }
    EveSso::CharacterStore::LoadResult loadResult() const { return m_loadResult; }

    EveSso::ServerProfile profile() const { return m_profile; }
    EveSso::ClientSettings clientSettings() const { return m_client; }
    EveSso::AccountManager *accounts() const { return m_accounts; }
    EveSso::SsoClient *sso() const { return m_sso; }
    EveSso::EsiClient *esi() const { return m_esi; }
    CharacterDataUpdater *updater() const { return m_updater; }
    EveSso::SecretStore *secrets() const { return m_secrets; }

signals:
    void statusChanged(AccountBackend::Status status);

private:
    void prepare();
    void setStatus(Status status);

    EveSso::ServerProfile m_profile;
    EveSso::ClientSettings m_client;
    EveSso::SecretStore *m_secrets = nullptr;
    EveSso::SsoClient *m_sso = nullptr;
    EveSso::AccountManager *m_accounts = nullptr;
    EveSso::EsiClient *m_esi = nullptr;
    CharacterDataUpdater *m_updater = nullptr;
    EveSso::LoginMigration *m_migration = nullptr;
    Status m_status = Status::Idle;
    bool m_backgroundWorkBegun = false;
    EveSso::SsoError m_prepareError;
    EveSso::CharacterStore::LoadResult m_loadResult;
};
