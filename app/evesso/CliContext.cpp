#include "CliContext.h"

#include "Console.h"
#include "SharedLogins.h"

#include <EveSso/LoginMigration.h>

#include <EveSso/CharacterStore.h>
#include <EveSso/SsoDiscovery.h>

#include <QDir>
#include <QStandardPaths>

CliContext::CliContext(const CliConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_sso(new EveSso::SsoClient(config.profile, config.settings, this))
    , m_secrets(new EveSso::SecretStore(SharedLogins::serviceName(), this))
{
    m_sso->discovery()->setCacheDirectory(
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/discovery/")
        + config.profile.id);
}

// The account manager saves pending metadata in its destructor; it goes before the SSO client and keychain.
CliContext::~CliContext() { m_accounts.reset(); }

QString CliContext::metadataPath(const QString &profileId)
{
    return SharedLogins::metadataPath(profileId);
}

void CliContext::prepareStore(std::function<void()> then)
{
    EveSso::LoginMigration *migration = SharedLogins::migration(m_config.profile.id, m_secrets, this);
    if (!migration->isNeeded()) {
        delete migration;
        then();
        return;
    }
    migration->run(this, [migration, then](const EveSso::LoginMigration::Result &result) {
        for (const QString &problem : result.problems)
            Console::err(tr("evesso: warning: %1").arg(problem));
        migration->deleteLater();
        then();
    });
}

EveSso::AccountManager *CliContext::accounts()
{
    if (m_accounts)
        return m_accounts.get();
    m_accounts = std::make_unique<EveSso::AccountManager>(m_config.profile.id, m_sso->tokenClient(), m_secrets,
                                                          metadataPath(m_config.profile.id));
    // A command line run is short: no keep-alive timer, and a failed refresh is reported, not retried.
    m_accounts->setKeepAliveInterval(std::chrono::milliseconds(0));
    m_accounts->setRequiredScopes(m_config.settings.scopes);
    connect(m_accounts.get(), &EveSso::AccountManager::storageError, this,
            [this](const QString &message) { m_storageError = message; });
    const EveSso::CharacterStore::LoadResult loaded = m_accounts->load();
    m_metadataWarning = loaded.message;
    if (!loaded.message.isEmpty())
        Console::err(tr("evesso: warning: %1").arg(loaded.message));
    return m_accounts.get();
}

EveSso::EsiClient *CliContext::esi()
{
    if (!m_esi) {
        m_esi = new EveSso::EsiClient(m_config.profile, m_config.settings, this);
        m_esi->setNetworkAccessManager(m_sso->network());
        // The app's cache: a character evesso logs out loses its cached answers in both programs.
        QDir(SharedLogins::oldCliEsiCacheDirectory(m_config.profile.id)).removeRecursively();
        m_esi->setCacheDirectory(SharedLogins::esiCacheDirectory(m_config.profile.id));
    }
    return m_esi;
}

void CliContext::prepareSso(QObject *context, std::function<void(const EveSso::SsoError &)> callback)
{
    m_sso->prepare(context, std::move(callback));
}

EveSso::JwtVerifier::Options CliContext::verifierOptions(const QString &serverIssuer) const
{
    EveSso::JwtVerifier::Options options;
    options.clientId = m_config.settings.clientId;
    if (!m_config.issuers.isEmpty())
        options.acceptedIssuers = m_config.issuers;
    else if (!serverIssuer.isEmpty())
        options.acceptedIssuers = EveSso::JwtVerifier::issuersFor(serverIssuer);
    if (!m_config.audiences.isEmpty()) {
        options.requiredAudiences = m_config.audiences;
        // Without a client id, the audiences given are the whole check; azp then names someone else's client.
        if (options.clientId.isEmpty())
            options.verifyAuthorizedParty = false;
    } else {
        options.requiredAudiences = {options.clientId, QStringLiteral("EVE Online")};
    }
    return options;
}

qint64 CliContext::resolveCharacter(const QString &nameOrId, QString *error)
{
    const QList<EveSso::CharacterRecord> records = accounts()->records();
    if (nameOrId.isEmpty()) {
        if (records.size() == 1)
            return records.constFirst().characterId;
        *error = records.isEmpty()
            ? tr("No character is logged in on profile \"%1\". Run: evesso login").arg(m_config.profile.id)
            : tr("Several characters are logged in on profile \"%1\": name one (see evesso list).")
                  .arg(m_config.profile.id);
        return 0;
    }
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    for (const EveSso::CharacterRecord &record : records) {
        if ((isNumber && record.characterId == id) || record.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return record.characterId;
    }
    *error = tr("No character \"%1\" is logged in on profile \"%2\" (see evesso list).")
                 .arg(nameOrId, m_config.profile.id);
    return 0;
}

bool CliContext::requireClientId(QString *error) const
{
    if (!m_config.settings.clientId.isEmpty())
        return true;
    *error = tr("No client id: give --client-id or set EVESSO_CLIENT_ID.");
    return false;
}
