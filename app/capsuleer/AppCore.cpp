#include "AppCore.h"

#include "AccountBackend.h"
#include "DemoServer.h"
#include "SharedLogins.h"

#include <EveSso/Emulator.h>

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

AppCore::AppCore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_store(settings)
    , m_settings(AppSettings::load(*settings))
    , m_secrets(new EveSso::SecretStore(SharedLogins::serviceName(), this))
{
}

AppCore::~AppCore()
{
    // The backend's sessions use the demo's server until the end: delete them first.
    delete m_backend;
    m_backend = nullptr;
}

QString AppCore::metadataPathFor(const QString &profileId)
{
    return SharedLogins::metadataPath(profileId);
}

bool AppCore::applySettings(const AppSettings &settings)
{
    const bool changed = settings != m_settings;
    m_settings = settings;
    m_settings.save(*m_store);
    m_store->sync();
    if (!isDemo() && (changed || !m_backend))
        startConfigured();
    // FormatError stays from opening a damaged file, which sync() has now replaced: only AccessError
    // means the settings did not reach the disk.
    return m_store->status() != QSettings::AccessError;
}

QString AppCore::settingsLocation() const
{
    return QDir::toNativeSeparators(m_store->fileName());
}

bool AppCore::startConfigured()
{
    if (isDemo() || !m_settings.hasClientId() || !m_settings.profile().isValid())
        return false;
    const EveSso::ServerProfile profile = m_settings.profile();
    auto *backend = new AccountBackend(profile, m_settings.clientSettings(), m_secrets, metadataPathFor(profile.id),
                                       QString(), this);
    backend->setMigration(SharedLogins::migration(profile.id, m_secrets, backend));
    replaceBackend(backend);
    return true;
}

bool AppCore::startDemo(bool autoApprove, QString *errorMessage)
{
    if (isDemo())
        return true;
    auto demo = std::make_unique<DemoServer>();
    if (!demo->start(m_settings.callbackPort, errorMessage))
        return false;
    auto data = std::make_unique<QTemporaryDir>();
    if (!data->isValid()) {
        if (errorMessage)
            *errorMessage = tr("The offline demo could not create its temporary folder: %1").arg(data->errorString());
        return false;
    }
    demo->setAutoApprove(autoApprove);
    // Logins of an earlier demo died with its emulator: forget them rather than show dead characters.
    for (qint64 id : demo->characterIds())
        m_secrets->removeRefreshToken(DemoServer::ProfileId, id, this, [](const EveSso::SecretStore::Result &) {});
    m_demo = std::move(demo);
    m_demoData = std::move(data);
    replaceBackend(new AccountBackend(m_demo->profile(), m_demo->clientSettings(), m_secrets,
                                      m_demoData->filePath(QStringLiteral("characters.json")), m_demoData->path(), this));
    emit demoChanged();
    return true;
}

void AppCore::checkKeychain()
{
    if (m_holdBackgroundWork) {
        m_keychainCheckWaiting = true;
        return;
    }
    m_secrets->checkAvailability(this, [this](const EveSso::SecretStore::Availability &availability) {
        m_keychain = availability;
        emit keychainChecked(availability);
    });
}

void AppCore::replaceBackend(AccountBackend *backend)
{
    AccountBackend *old = m_backend;
    m_backend = backend;
    emit backendChanged(backend);
    delete old;
    if (m_holdBackgroundWork)
        backend->load();
    else
        backend->start();
}

void AppCore::holdBackgroundWork()
{
    m_holdBackgroundWork = true;
}

void AppCore::releaseBackgroundWork()
{
    if (!m_holdBackgroundWork)
        return;
    m_holdBackgroundWork = false;
    if (m_backend)
        m_backend->beginBackgroundWork();
    if (m_keychainCheckWaiting) {
        m_keychainCheckWaiting = false;
        checkKeychain();
    }
}
