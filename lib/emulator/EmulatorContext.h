#pragma once

#include "Fixture.h"
#include "GrantStore.h"
#include "JwtSigner.h"

#include <EveSso/Emulator.h>

#include <QHash>
#include <QString>

namespace EveSso::Emu {

/// The emulator's settings, as the public setters change them.
struct EmulatorConfig
{
    quint16 port = 0;
    Emulator::IssuerForm issuerForm = Emulator::IssuerForm::Https;
    Emulator::SigningAlgorithm algorithm = Emulator::SigningAlgorithm::RS256;
    bool rotation = true;
    qint64 autoApprove = 0;
    int tokenLifetime = 1200;
    int clockSkew = 0;
    bool badSignature = false;
    int journalPageSize = 2500;
    QString demoClientId;
    QHash<QString, Emulator::Client> clients;

    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(port); }
    QString origin() const { return QStringLiteral("http://") + hostPort(); }
    QString issuer() const
    {
        return issuerForm == Emulator::IssuerForm::Https ? QStringLiteral("https://") + hostPort() : hostPort();
    }
    const Emulator::Client *client(const QString &id) const
    {
        auto it = clients.constFind(id);
        return it == clients.constEnd() ? nullptr : &it.value();
    }
};

/// Everything the route handlers share: settings, data, keys and grants.
struct EmulatorContext
{
    EmulatorConfig config;
    Fixture fixture = Fixture::builtIn();
    JwtSigner signer;
    GrantStore grants;
};

/// Builds and signs access tokens with every claim the live SSO puts in them.
class TokenIssuer
{
public:
    /// The JWT for `grant`; `lifetime` seconds (exp = iat + lifetime), clock skew and bad-signature settings
    /// applied from the context.
    static QString accessToken(const EmulatorContext &ctx, const Grant &grant, int lifetime);
};

} // namespace EveSso::Emu
