#include "DemoServer.h"

#include "AppSettings.h"

#include <EveSso/Emulator.h>

const QString DemoServer::ProfileId = QStringLiteral("demo");

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
    , m_emulator(std::make_unique<EveSso::Emulator>())
{
}

DemoServer::~DemoServer() = default;

bool DemoServer::start(quint16 callbackPort, QString *errorMessage)
{
    m_callbackPort = callbackPort;
    m_emulator->setDemoCallbackUrl(EveSso::ClientSettings::defaultCallbackUrl(callbackPort));
    if (m_emulator->start())
        return true;
    if (errorMessage)
        *errorMessage = tr("The offline demo server could not start: %1").arg(m_emulator->errorString());
    return false;
}

bool DemoServer::isRunning() const { return m_emulator->isRunning(); }

void DemoServer::setAutoApprove(bool on)
{
    m_autoApprove = on;
    if (!on)
        m_emulator->setAutoApprove(0);
}

bool DemoServer::autoApprove() const { return m_autoApprove; }

void DemoServer::prepareLogin(const QList<qint64> &knownCharacterIds)
{
    if (!m_autoApprove)
        return;
    const QList<qint64> all = m_emulator->characterIds();
    qint64 next = all.value(0);
    for (qint64 id : all) {
        if (!knownCharacterIds.contains(id)) {
            next = id;
            break;
        }
    }
    m_emulator->setAutoApprove(next);
}

EveSso::ServerProfile DemoServer::profile() const
{
    EveSso::ServerProfile profile = EveSso::ServerProfile::custom(ProfileId, m_emulator->discoveryUrl(),
                                                                  m_emulator->esiBaseUrl(), m_emulator->imageBaseUrl());
    profile.displayName = tr("Offline demo");
    return profile;
}

EveSso::ClientSettings DemoServer::clientSettings() const
{
    EveSso::ClientSettings client;
    client.clientId = m_emulator->demoClientId();
    client.callbackUrl = EveSso::ClientSettings::defaultCallbackUrl(m_callbackPort);
    client.scopes = AppSettings::defaultScopes();
    client.userAgent = AppSettings::userAgent();
    return client;
}

QList<qint64> DemoServer::characterIds() const { return m_emulator->characterIds(); }

EveSso::Emulator *DemoServer::emulator() const { return m_emulator.get(); }
