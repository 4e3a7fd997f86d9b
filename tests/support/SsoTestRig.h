#pragma once

// An in-process emulator with a registered test client, and an SsoClient pointed at it through a
// custom server profile, as a library user would set it up.

#include "FreePort.h"

#include <EveSso/Emulator.h>
#include <EveSso/SsoClient.h>
#include <EveSso/SsoDiscovery.h>

#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace EveSsoTest {

inline const QString kTestUserAgent = QStringLiteral("EveSsoTests/1.0 (tests@example.invalid)");
inline const QStringList kTestScopes{QStringLiteral("esi-wallet.read_character_wallet.v1"),
                                     QStringLiteral("esi-skills.read_skills.v1")};

struct SsoTestRig
{
    EveSso::Emulator emulator;
    EveSso::ClientSettings settings;
    std::unique_ptr<EveSso::SsoClient> client;

    /// Starts the emulator and registers a client (public PKCE unless `secret` is given) whose
    /// callback is http://localhost:<free port>/callback.
    bool start(const QString &secret = QString())
    {
        if (!emulator.start())
            return false;
        const quint16 port = freeLoopbackPort();
        settings.clientId = secret.isEmpty() ? QStringLiteral("0123456789abcdef0123456789abcdef")
                                             : QStringLiteral("fedcba9876543210fedcba9876543210");
        settings.clientSecret = secret;
        settings.callbackUrl = EveSso::ClientSettings::defaultCallbackUrl(port);
        settings.scopes = kTestScopes;
        settings.userAgent = kTestUserAgent;
        emulator.registerClient({settings.clientId, secret, {settings.callbackUrl.toString()}, emulator.knownScopes()});
        return true;
    }

    EveSso::ServerProfile profile() const
    {
        return EveSso::ServerProfile::custom(QStringLiteral("emulator"), emulator.discoveryUrl(), emulator.esiBaseUrl(),
                                             emulator.imageBaseUrl());
    }

    /// A prepared SsoClient (discovery done), with its disk cache under the test's temporary HOME.
    EveSso::SsoClient *makeClient(const QString &cacheDirectory = QString())
    {
        client = std::make_unique<EveSso::SsoClient>(profile(), settings);
        client->discovery()->setCacheDirectory(cacheDirectory);
        bool done = false;
        EveSso::SsoError error;
        client->prepare(client.get(), [&](const EveSso::SsoError &e) {
            error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000) || error.isError())
            return nullptr;
        return client.get();
    }

    qint64 firstCharacter() const { return emulator.characterIds().value(0); }
};

} // namespace EveSsoTest
