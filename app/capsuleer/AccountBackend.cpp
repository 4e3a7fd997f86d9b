#include "AccountBackend.h"

#include "CharacterDataUpdater.h"
#include "SharedLogins.h"

#include <EveSso/AccountManager.h>
#include <EveSso/EsiClient.h>
#include <EveSso/LoginMigration.h>
#include <EveSso/SsoClient.h>
#include <EveSso/SsoDiscovery.h>

#include <QDir>
#include <QLocale>
#include <QTimer>

AccountBackend::AccountBackend(const EveSso::ServerProfile &profile, const EveSso::ClientSettings &client,
                               EveSso::SecretStore *secrets, const QString &metadataPath,
                               const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(client)
    , m_secrets(secrets)
    , m_sso(new EveSso::SsoClient(profile, client, this))
{
    m_esi = new EveSso::EsiClient(profile, client, this);
    m_esi->setNetworkAccessManager(m_sso->network());
    m_esi->setLanguage(QLocale().name());
    if (!cacheDirectory.isEmpty()) {
        m_sso->discovery()->setCacheDirectory(QString());
        m_esi->setCacheDirectory(QDir(cacheDirectory).filePath(QStringLiteral("esi")));
    } else {
        // Shared with evesso, like the logins: its logout clears what the app cached of the character too.
        m_esi->setCacheDirectory(SharedLogins::esiCacheDirectory(profile.id));
    }
    m_accounts = new EveSso::AccountManager(profile.id, m_sso->tokenClient(), secrets, metadataPath, this);
    m_accounts->setRequiredScopes(client.scopes);
    // evesso runs and other instances share the logins: the list follows what they do.
    m_accounts->setWatchForChanges(true);
    m_updater = new CharacterDataUpdater(m_accounts, m_esi, this);
}

AccountBackend::~AccountBackend() = default;

void AccountBackend::start()
{
    load();
    // From the event loop: the window shows the list first, the SSO's documents are read after.
    QTimer::singleShot(0, this, &AccountBackend::beginBackgroundWork);
}

void AccountBackend::load()
{
    m_loadResult = m_accounts->load();
    setStatus(Status::Preparing);
}

void AccountBackend::beginBackgroundWork()
{
    if (m_backgroundWorkBegun)
        return;
    m_backgroundWorkBegun = true;
    if (m_migration && m_migration->isNeeded()) {
        m_migration->run(this, [this](const EveSso::LoginMigration::Result &) {
            m_accounts->syncWithStore(); // the characters taken in appear
            prepare();
        });
        return;
    }
    prepare();
}

void AccountBackend::retry()
{
    if (m_status == Status::Failed)
        prepare();
}

void AccountBackend::prepare()
{
    setStatus(Status::Preparing);
    m_sso->prepare(this, [this](const EveSso::SsoError &error) {
        m_prepareError = error;
        if (error.isError()) {
            setStatus(Status::Failed);
            return;
        }
        setStatus(Status::Ready);
        m_accounts->refreshAll();
    });
}

void AccountBackend::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}
