#include "AccountBackend.h"

#include <EveSso/AccountManager.h>
#include <EveSso/SsoClient.h>
#include <EveSso/SsoDiscovery.h>

#include <QTimer>

AccountBackend::AccountBackend(const EveSso::ServerProfile &profile, const EveSso::ClientSettings &client,
                               EveSso::SecretStore *secrets, const QString &metadataPath, bool useDiscoveryCache,
                               QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(client)
    , m_secrets(secrets)
    , m_sso(new EveSso::SsoClient(profile, client, this))
{
    if (!useDiscoveryCache)
        m_sso->discovery()->setCacheDirectory(QString());
    m_accounts = new EveSso::AccountManager(profile.id, m_sso->tokenClient(), secrets, metadataPath, this);
    m_accounts->setRequiredScopes(client.scopes);
}

AccountBackend::~AccountBackend() = default;

void AccountBackend::start()
{
    m_loadResult = m_accounts->load();
    // From the event loop: the window shows the list first, the SSO's documents are read after.
    setStatus(Status::Preparing);
    QTimer::singleShot(0, this, &AccountBackend::prepare);
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
