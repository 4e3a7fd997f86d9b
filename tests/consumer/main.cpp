// Uses the installed EveSso package: starts the emulator, runs discovery, verifies a token it issued and
// refuses one issued to another application. Prints "consumer: ok" and exits 0 when all of that held.

#include <EveSso/Emulator.h>
#include <EveSso/SsoClient.h>
#include <EveSso/TokenValidator.h>

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace {

int fail(const QString &why)
{
    QTextStream(stderr) << "consumer: " << why << Qt::endl;
    QCoreApplication::exit(1);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    EveSso::Emulator emulator;
    if (!emulator.start())
        return fail(emulator.errorString());
    const qint64 characterId = emulator.characterIds().constFirst();

    EveSso::ClientSettings settings;
    settings.clientId = emulator.demoClientId();
    settings.callbackUrl = emulator.demoCallbackUrl();
    settings.userAgent = QStringLiteral("EveSsoConsumer/1.0 (ci@example.invalid)");
    EveSso::SsoClient sso(EveSso::ServerProfile::custom(QStringLiteral("emulator"), emulator.discoveryUrl(),
                                                        emulator.esiBaseUrl(), emulator.imageBaseUrl()),
                          settings);

    // A hung step must fail the test, not wait for ctest's timeout.
    QTimer::singleShot(30000, &app, [] { fail(QStringLiteral("timed out")); });

    sso.prepare(&app, [&](const EveSso::SsoError &error) {
        if (error.isError())
            return (void)fail(QStringLiteral("discovery failed: ") + error.message);
        if (emulator.countRequests("GET", QStringLiteral("/oauth/jwks")) != 1)
            return (void)fail(QStringLiteral("discovery did not fetch the JWKS exactly once"));

        // A token issued to another application must be refused (audience) before ours is accepted.
        const QString foreign = emulator.issueAccessToken(characterId, QStringLiteral("another-client"), {});
        sso.validator()->validate(foreign.toLatin1(), &app, [&](const EveSso::JwtVerifier::Result &refused) {
            if (refused.ok())
                return (void)fail(QStringLiteral("a token issued to another client verified"));

            EveSso::TokenSet tokens;
            tokens.accessToken = emulator.issueAccessToken(characterId, settings.clientId,
                                                           {QStringLiteral("esi-wallet.read_character_wallet.v1")});
            tokens.tokenType = QStringLiteral("Bearer");
            sso.setTokens(tokens);
            sso.verify(&app, [&](const EveSso::JwtVerifier::Result &result) {
                if (!result.ok())
                    return (void)fail(QStringLiteral("verification failed: ") + result.error.message);
                if (result.token->characterId != characterId
                    || result.token->characterName != emulator.characterName(characterId))
                    return (void)fail(QStringLiteral("the verified token names another character"));
                QTextStream(stdout) << "consumer: verified " << result.token->characterName << " ("
                                    << result.token->characterId << ")\nconsumer: ok" << Qt::endl;
                QCoreApplication::exit(0);
            });
        });
    });
    return app.exec();
}
