// The evesso command-line tool as a user runs it: the built program started with QProcess, against an
// emulator in this process (real HTTP on 127.0.0.1) and the real keychain of the private test session,
// asserting on standard output, standard error and the exit code of every command.

#include "EvessoDriver.h"
#include "TestSession.h"
#include "TokenForge.h"

#include <EveSso/JsonWebKeySet.h>
#include <EveSso/JwtVerifier.h>
#include <EveSso/SecretStore.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace EveSso;

using namespace EveSsoTest;

class TestEvessoCli : public EvessoDriver
{
    Q_OBJECT

private:
    SecretStore m_secrets{QStringLiteral("Capsuleer")}; // the keychain service shared with the app
    QStringList m_tokensSeen; ///< Every access and refresh token the tests saw, to search files for.

    SecretStore::Result readSecret(const QString &profile, qint64 characterId)
    {
        bool done = false;
        SecretStore::Result result;
        m_secrets.readRefreshToken(profile, characterId, this, [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        if (result.ok())
            m_tokensSeen.append(result.secret);
        return result;
    }

    /// Checks that no token seen so far appears in `text`.
    void verifyNoTokenIn(const QByteArray &text)
    {
        for (const QString &token : std::as_const(m_tokensSeen))
            QVERIFY2(!text.contains(token.toUtf8()), "a token leaked");
    }


    /// A character of the emulator's built-in fixture, as the fixture file states it.
    static QJsonObject fixtureCharacter(qint64 characterId)
    {
        QFile file(QStringLiteral(EVESSO_FIXTURE_PATH));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonArray accounts = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("accounts")).toArray();
        for (const QJsonValue &account : accounts) {
            for (const QJsonValue &character : account.toObject().value(QStringLiteral("characters")).toArray()) {
                if (character.toObject().value(QStringLiteral("id")).toInteger() == characterId)
                    return character.toObject();
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        QVERIFY(QFileInfo(QStringLiteral(EVESSO_CLI_PATH)).isExecutable());
        QVERIFY(m_rig.start());
        QVERIFY(m_rig.emulator.characterIds().size() >= 4);
    }

    void init()
    {
        m_rig.emulator.clearFaults();
        m_rig.emulator.setAccessTokenLifetime(1200);
    }

    void helpListsCommandsAndExitCodes()
    {
        const Run run = evesso({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, kSuccess);
        for (const char *expected : {"login", "list", "token", "verify", "refresh", "logout", "wallet", "character", "Exit codes",
                                     "--secret-env", "--discovery-url", "--issuer", "--audience", "--json"})
            QVERIFY2(run.out.contains(expected), expected);
        QVERIFY(run.err.isEmpty());

        const Run loginHelp = evesso({QStringLiteral("login"), QStringLiteral("--help")});
        QCOMPARE(loginHelp.exitCode, kSuccess);
        QVERIFY(loginHelp.out.contains("--no-browser"));
        QVERIFY(loginHelp.out.contains("--timeout"));
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("token"), QStringLiteral("verify"),
                                       QStringLiteral("refresh"), QStringLiteral("logout"), QStringLiteral("wallet"),
                                       QStringLiteral("character")}) {
            const Run commandHelp = evesso({command, QStringLiteral("--help")});
            QCOMPARE(commandHelp.exitCode, kSuccess);
            QVERIFY(commandHelp.out.contains(command.toUtf8()));
        }
        QVERIFY(evesso({QStringLiteral("verify"), QStringLiteral("--help")}).out.contains("--jwks"));
        QVERIFY(evesso({QStringLiteral("refresh"), QStringLiteral("--help")}).out.contains("--all"));

        const Run version = evesso({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, kSuccess);
        QVERIFY(version.out.startsWith("evesso "));
    }

    void usageErrors()
    {
        const Run unknown = evesso({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, kUsage);
        QVERIFY(unknown.err.contains("frobnicate"));
        QVERIFY(unknown.out.isEmpty());

        const Run none = evesso({});
        QCOMPARE(none.exitCode, kUsage);

        const Run badOption = evesso({QStringLiteral("list"), QStringLiteral("--no-such-option")});
        QCOMPARE(badOption.exitCode, kUsage);
        QVERIFY(badOption.err.contains("no-such-option"));

        const Run badProfile = evesso({QStringLiteral("--profile"), QStringLiteral("nowhere"), QStringLiteral("list")});
        QCOMPARE(badProfile.exitCode, kUsage);
        QVERIFY(badProfile.err.contains("nowhere"));

        // No client id, as JSON.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("EVESSO_CLIENT_ID"));
        QProcess process;
        start(process, {QStringLiteral("--discovery-url"), m_rig.emulator.discoveryUrl().toString(), QStringLiteral("token"),
                        QStringLiteral("--json")},
              environment);
        const Run noClient = finish(process);
        QCOMPARE(noClient.exitCode, kUsage);
        const QJsonObject error = QJsonDocument::fromJson(noClient.err).object();
        QCOMPARE(error.value(QStringLiteral("exitCode")).toInt(), kUsage);
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("client id")));

        // A secret is only read from the environment, and a missing variable is a usage error.
        const Run noSecret = evesso(server(QStringLiteral("usage")) + QStringList{
            QStringLiteral("--secret-env"), QStringLiteral("EVESSO_TEST_NO_SUCH_VARIABLE"), QStringLiteral("list")});
        QCOMPARE(noSecret.exitCode, kUsage);
        QVERIFY(noSecret.err.contains("EVESSO_TEST_NO_SUCH_VARIABLE"));

        const Run logoutNobody = evesso(server(QStringLiteral("usage")) + QStringList{QStringLiteral("logout")});
        QCOMPARE(logoutNobody.exitCode, kUsage);

        // token and wallet act on one character at most; the message names the command.
        for (const char *command : {"token", "wallet"}) {
            const Run two = evesso({QLatin1String(command), QStringLiteral("Aria"), QStringLiteral("Brin")});
            QCOMPARE(two.exitCode, kUsage);
            QVERIFY2(two.err.startsWith("evesso: " + QByteArray(command) + " takes at most one character.\n"),
                     two.err.constData());
            QVERIFY(two.out.isEmpty());
        }
    }

    void loginStoresTheVerifiedCharacter()
    {
        const QString profile = QStringLiteral("login");
        const qint64 id = character(0);
        const Run run = login(server(profile), id);
        QCOMPARE(run.exitCode, kSuccess);
        // Line one: the authorization URL alone; line two: the verified character as JSON.
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QUrl authorizationUrl(QString::fromUtf8(lines[0]));
        QCOMPARE(authorizationUrl.path(), QStringLiteral("/v2/oauth/authorize"));
        QCOMPARE(QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("client_id")), m_rig.settings.clientId);
        QCOMPARE(QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        const QJsonObject printed = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(printed.value(QStringLiteral("characterId")).toInteger(), id);
        QCOMPARE(printed.value(QStringLiteral("characterName")).toString(), m_rig.emulator.characterName(id));
        QCOMPARE(printed.value(QStringLiteral("outcome")).toString(), QStringLiteral("added"));
        QCOMPARE(printed.value(QStringLiteral("profile")).toString(), profile);
        QVERIFY(!printed.contains(QStringLiteral("accessToken")));

        // The login is in the keychain, the character in the list.
        const SecretStore::Result secret = readSecret(profile, id);
        QVERIFY2(secret.ok(), qPrintable(secret.message));
        QVERIFY(!secret.secret.isEmpty());
        QCOMPARE(listed(profile, id).value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QVERIFY(m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("authorization_code")) >= 1);
        // Neither the authorization code nor the stored refresh token was printed.
        for (const QString &code : std::as_const(m_browser.codesSeen))
            QVERIFY(!run.err.contains(code.toUtf8()) && !run.out.contains(code.toUtf8()));
        QVERIFY(!run.out.contains(secret.secret.toUtf8()) && !run.err.contains(secret.secret.toUtf8()));

        // The same character again: an update in place.
        const Run again = login(server(profile), id);
        QCOMPARE(again.exitCode, kSuccess);
        QCOMPARE(QJsonDocument::fromJson(again.out.trimmed().split('\n').value(1)).object().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("updated"));

        // Without --json: one readable line naming the character.
        const Run list = evesso(server(profile) + QStringList{QStringLiteral("list")});
        QCOMPARE(list.exitCode, kSuccess);
        QCOMPARE(list.out.trimmed().split('\n').size(), 1);
        QVERIFY(list.out.startsWith(QByteArray::number(id) + '\t' + m_rig.emulator.characterName(id).toUtf8()));
    }

    void loginRefusedOrUnfinished()
    {
        const QString profile = QStringLiteral("refused");
        const Run cancelled = login(server(profile), character(0), EveSsoTest::TestBrowser::Action::Cancel);
        QCOMPARE(cancelled.exitCode, kAuthentication);
        QVERIFY(!cancelled.err.isEmpty());
        QCOMPARE(readSecret(profile, character(0)).error, SecretStore::Error::NotFound);

        // Nobody comes back from the browser.
        QProcess process;
        start(process, server(profile) + QStringList{QStringLiteral("login"), QStringLiteral("--no-browser"),
                                                      QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--json")},
              QProcessEnvironment::systemEnvironment());
        const Run timedOut = finish(process);
        QCOMPARE(timedOut.exitCode, kAuthentication);
        const QJsonObject timeout = QJsonDocument::fromJson(timedOut.err.trimmed().split('\n').constLast()).object();
        QCOMPARE(timeout.value(QStringLiteral("error")).toString(), QStringLiteral("LoginTimedOut"));
        // In the unit it was given, not "within 0 minutes".
        QVERIFY2(timeout.value(QStringLiteral("message")).toString().contains(QStringLiteral("within 1 second.")),
                 qPrintable(timeout.value(QStringLiteral("message")).toString()));
        QCOMPARE(evesso(server(profile) + QStringList{QStringLiteral("list"), QStringLiteral("--json")}).jsonArray().size(), 0);
    }

    void loginWithoutKeychainStopsBeforeTheBrowser()
    {
        QProcess process;
        start(process, server(QStringLiteral("nokeychain")) + QStringList{QStringLiteral("login"), QStringLiteral("--no-browser")},
              withoutKeychain());
        const Run run = finish(process);
        QCOMPARE(run.exitCode, kKeychain);
        QVERIFY(run.out.isEmpty()); // no URL: the login could not have been stored
        QVERIFY(!run.err.isEmpty());
    }

    void loginConfidentialClientWithSecretFromEnvironment()
    {
        EveSsoTest::SsoTestRig confidential;
        QVERIFY(confidential.start(QStringLiteral("s3cr3t-from-the-environment")));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("EVESSO_TEST_SECRET"), confidential.settings.clientSecret);
        const QStringList options{QStringLiteral("--profile"), QStringLiteral("confidential"),
                                  QStringLiteral("--discovery-url"), confidential.emulator.discoveryUrl().toString(),
                                  QStringLiteral("--client-id"), confidential.settings.clientId,
                                  QStringLiteral("--callback"), confidential.settings.callbackUrl.toString(),
                                  QStringLiteral("--secret-env"), QStringLiteral("EVESSO_TEST_SECRET")};
        const qint64 id = confidential.firstCharacter();
        const Run run = login(options, id, EveSsoTest::TestBrowser::Action::Authorize, {}, environment);
        QCOMPARE(run.exitCode, kSuccess);
        // The confidential flow: HTTP Basic authentication and no PKCE.
        const QUrl authorizationUrl(QString::fromUtf8(run.out.split('\n').constFirst()));
        QVERIFY(!QUrlQuery(authorizationUrl).hasQueryItem(QStringLiteral("code_challenge")));
        bool sawBasicAuth = false;
        for (const Emulator::LoggedRequest &request : confidential.emulator.requestLog()) {
            if (request.path == QLatin1String("/v2/oauth/token") && request.headers.contains("authorization"))
                sawBasicAuth = true;
        }
        QVERIFY(sawBasicAuth);
        QVERIFY(!run.out.contains("s3cr3t") && !run.err.contains("s3cr3t"));
        QVERIFY(readSecret(QStringLiteral("confidential"), id).ok());

        // `token` works with the same environment (refresh authenticates with the secret too).
        QProcess tokenProcess;
        start(tokenProcess, options + QStringList{QStringLiteral("token")}, environment);
        const Run token = finish(tokenProcess);
        QCOMPARE(token.exitCode, kSuccess);
        m_tokensSeen.append(QString::fromUtf8(token.out.trimmed()));
    }

    void tokenPrintsOnlyAFreshTokenAndSavesTheRotation()
    {
        const QString profile = QStringLiteral("token");
        const qint64 id = character(1);
        // Access tokens shorter-lived than the 60 s lead time: each run must refresh (a longer-lived one is
        // shared through the keychain and printed as it is, see tokenIsSharedBetweenRuns).
        m_rig.emulator.setAccessTokenLifetime(30);
        QVERIFY(loginOk(profile, id));
        const QString before = readSecret(profile, id).secret;
        const int refreshesBefore = m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token"));

        const Run run = evesso(server(profile) + QStringList{QStringLiteral("token"), m_rig.emulator.characterName(id)});
        QCOMPARE(run.exitCode, kSuccess);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.size(), 2); // the token and the final newline: nothing else
        const QByteArray accessToken = lines[0];
        m_tokensSeen.append(QString::fromUtf8(accessToken));

        // A real token of this character, signed by the SSO.
        JwtVerifier::Options options;
        options.clientId = m_rig.settings.clientId;
        options.acceptedIssuers = JwtVerifier::issuersFor(m_rig.emulator.issuer());
        const JwtVerifier::Result verified = JwtVerifier(options).verify(accessToken, JsonWebKeySet::fromJson(m_rig.emulator.jwksDocument()));
        QVERIFY2(verified.ok(), qPrintable(verified.error.message));
        QCOMPARE(verified.token->characterId, id);

        // The refresh rotated the refresh token, and the new one is in the keychain.
        QCOMPARE(m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), refreshesBefore + 1);
        const QString after = readSecret(profile, id).secret;
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);

        // By id, and as JSON: the stored rotation works for the next run.
        const Run byId = evesso(server(profile) + QStringList{QStringLiteral("token"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(byId.exitCode, kSuccess);
        const QJsonObject json = byId.jsonObject();
        QCOMPARE(json.value(QStringLiteral("characterId")).toInteger(), id);
        QVERIFY(!json.value(QStringLiteral("accessToken")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs) > QDateTime::currentDateTimeUtc());
        m_tokensSeen.append(json.value(QStringLiteral("accessToken")).toString());
        verifyNoTokenIn(byId.err);
    }

    void tokenForAnUnknownCharacter()
    {
        const Run run = evesso(server(QStringLiteral("token")) + QStringList{QStringLiteral("token"), QStringLiteral("Nobody Here")});
        QCOMPARE(run.exitCode, kUsage);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("Nobody Here"));

        const Run json = evesso(server(QStringLiteral("token")) + QStringList{QStringLiteral("token"), QStringLiteral("123"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, kUsage);
        QCOMPARE(QJsonDocument::fromJson(json.err).object().value(QStringLiteral("error")).toString(), QStringLiteral("UnknownCharacter"));
    }

    void tokenWhenTheLoginIsGone()
    {
        const QString profile = QStringLiteral("gone");
        const qint64 id = character(2);
        m_rig.emulator.setAccessTokenLifetime(30); // due for a refresh at once
        QVERIFY(loginOk(profile, id));
        m_rig.emulator.revokeAllTokens(id);

        const Run run = evesso(server(profile) + QStringList{QStringLiteral("token"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, kAuthentication);
        QVERIFY(run.out.isEmpty());
        const QJsonObject gone = QJsonDocument::fromJson(run.err).object();
        QCOMPARE(gone.value(QStringLiteral("error")).toString(), QStringLiteral("LoginGone"));
        // Says once what to do, and how.
        const QString message = gone.value(QStringLiteral("message")).toString();
        QCOMPARE(message.count(QStringLiteral("Log the character in again")), 1);
        QVERIFY2(message.endsWith(QStringLiteral("To do so, run: evesso login")), qPrintable(message));
        // Marked, not deleted.
        QCOMPARE(listed(profile, id).value(QStringLiteral("state")).toString(), QStringLiteral("needs-relogin"));
        QVERIFY(readSecret(profile, id).ok());
    }

    void tokenWhenTheServerIsDown()
    {
        EveSsoTest::SsoTestRig down;
        QVERIFY(down.start());
        const QStringList options{QStringLiteral("--profile"), QStringLiteral("down"),
                                  QStringLiteral("--discovery-url"), down.emulator.discoveryUrl().toString(),
                                  QStringLiteral("--client-id"), down.settings.clientId,
                                  QStringLiteral("--callback"), down.settings.callbackUrl.toString()};
        const qint64 id = down.firstCharacter();
        down.emulator.setAccessTokenLifetime(30); // due for a refresh at once
        QCOMPARE(login(options, id).exitCode, kSuccess);
        const QString stored = readSecret(QStringLiteral("down"), id).secret;
        down.emulator.stop();

        const Run run = evesso(options + QStringList{QStringLiteral("token")});
        QCOMPARE(run.exitCode, kNetwork);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
        // A network error is never a lost login: nothing stored changed.
        QCOMPARE(readSecret(QStringLiteral("down"), id).secret, stored);
        const Run list = evesso(options + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.jsonArray().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ok"));

        // A server that never answered: discovery itself fails, also a network failure.
        const Run never = evesso({QStringLiteral("--discovery-url"), down.emulator.discoveryUrl().toString(),
                                  QStringLiteral("--client-id"), down.settings.clientId,
                                  QStringLiteral("verify"), QStringLiteral("a.b.c")});
        QCOMPARE(never.exitCode, kNetwork);
    }

    void tokenWithoutKeychain()
    {
        const QString profile = QStringLiteral("token-nokeychain");
        const qint64 id = character(3);
        QVERIFY(loginOk(profile, id));
        QProcess process;
        start(process, server(profile) + QStringList{QStringLiteral("token"), QStringLiteral("--json")}, withoutKeychain());
        const Run run = finish(process);
        QCOMPARE(run.exitCode, kKeychain);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(run.err).object().value(QStringLiteral("error")).toString(), QStringLiteral("Keychain"));
        QCOMPARE(listed(profile, id).value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    }

    void verifyAgainstAJwksFile()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString jwksPath = directory.filePath(QStringLiteral("jwks.json"));
        QFile jwks(jwksPath);
        QVERIFY(jwks.open(QIODevice::WriteOnly));
        jwks.write(m_rig.emulator.jwksDocument());
        jwks.close();
        const qint64 id = character(0);
        const QString token = m_rig.emulator.issueAccessToken(id, m_rig.settings.clientId, EveSsoTest::kTestScopes);
        m_tokensSeen.append(token);
        const QStringList options = server(QStringLiteral("verify"))
            + QStringList{QStringLiteral("verify"), QStringLiteral("--jwks"), jwksPath, QStringLiteral("--json")};

        // From standard input.
        const Run run = evesso(options + QStringList{QStringLiteral("-")}, token.toUtf8() + '\n');
        QCOMPARE(run.exitCode, kSuccess);
        QVERIFY(run.err.isEmpty());
        const QJsonObject claims = run.jsonObject();
        QCOMPARE(claims.value(QStringLiteral("characterId")).toInteger(), id);
        QCOMPARE(claims.value(QStringLiteral("characterName")).toString(), m_rig.emulator.characterName(id));
        QCOMPARE(claims.value(QStringLiteral("claims")).toObject().value(QStringLiteral("sub")).toString(),
                 QStringLiteral("CHARACTER:EVE:%1").arg(id));
        QVERIFY(!run.out.contains(token.toUtf8()));

        // As an argument, in text.
        const Run text = evesso(server(QStringLiteral("verify")) + QStringList{QStringLiteral("verify"), QStringLiteral("--jwks"), jwksPath, token});
        QCOMPARE(text.exitCode, kSuccess);
        QVERIFY(text.out.contains(m_rig.emulator.characterName(id).toUtf8()));

        // A token whose signature was tampered with: the reason on standard error, never the token.
        QString tampered = token;
        tampered[tampered.size() - 5] = tampered[tampered.size() - 5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const Run bad = evesso(options, tampered.toUtf8());
        QCOMPARE(bad.exitCode, kAuthentication);
        QVERIFY(bad.out.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(bad.err).object().value(QStringLiteral("error")).toString(), QStringLiteral("BadSignature"));
        QVERIFY(!bad.err.contains(tampered.toUtf8()));

        const Run garbage = evesso(options, "not-a-token");
        QCOMPARE(garbage.exitCode, kAuthentication);
        QCOMPARE(QJsonDocument::fromJson(garbage.err).object().value(QStringLiteral("error")).toString(), QStringLiteral("Malformed"));

        const Run expired = evesso(options, m_rig.emulator.issueAccessToken(id, m_rig.settings.clientId, {}, -3600).toUtf8());
        QCOMPARE(expired.exitCode, kAuthentication);
        QCOMPARE(QJsonDocument::fromJson(expired.err).object().value(QStringLiteral("error")).toString(), QStringLiteral("Expired"));

        const Run missingFile = evesso(server(QStringLiteral("verify")) + QStringList{
            QStringLiteral("verify"), QStringLiteral("--jwks"), directory.filePath(QStringLiteral("missing.json")), token});
        QCOMPARE(missingFile.exitCode, kUsage);
    }

    void verifyWithTheServersKeys()
    {
        const qint64 id = character(1);
        const QString token = m_rig.emulator.issueAccessToken(id, m_rig.settings.clientId, EveSsoTest::kTestScopes);
        m_tokensSeen.append(token);
        const Run run = evesso(server(QStringLiteral("verify")) + QStringList{QStringLiteral("verify"), QStringLiteral("--json")},
                               token.toUtf8());
        QCOMPARE(run.exitCode, kSuccess);
        QCOMPARE(run.jsonObject().value(QStringLiteral("characterId")).toInteger(), id);

        // Another client's token: the audience check fails.
        const QString foreign = m_rig.emulator.issueAccessToken(id, m_rig.emulator.demoClientId(), {});
        const Run wrongAudience = evesso(server(QStringLiteral("verify")) + QStringList{QStringLiteral("verify"), QStringLiteral("--json")},
                                         foreign.toUtf8());
        QCOMPARE(wrongAudience.exitCode, kAuthentication);
        QCOMPARE(QJsonDocument::fromJson(wrongAudience.err).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("WrongAudience"));
    }

    void verifyIssuerAndAudienceOverridesForOtherServers()
    {
        // A token from some other OAuth server, with its own issuer and audience.
        EveSsoTest::TokenForge forge;
        QJsonObject claims = EveSsoTest::TokenForge::eveClaims(QStringLiteral("any-client"), QDateTime::currentDateTimeUtc());
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://auth.example.org"));
        claims.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("my-api")});
        claims.remove(QStringLiteral("azp"));
        const QByteArray token = forge.token(claims);
        QTemporaryDir directory;
        const QString jwksPath = directory.filePath(QStringLiteral("jwks.json"));
        QFile jwks(jwksPath);
        QVERIFY(jwks.open(QIODevice::WriteOnly));
        jwks.write(forge.jwksJson());
        jwks.close();

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("EVESSO_CLIENT_ID"));
        auto verify = [&](const QStringList &overrides) {
            QProcess process;
            start(process, QStringList{QStringLiteral("verify"), QStringLiteral("--jwks"), jwksPath, QStringLiteral("--json")} + overrides,
                  environment);
            return finish(process, token);
        };
        const Run ok = verify({QStringLiteral("--issuer"), QStringLiteral("https://auth.example.org"),
                               QStringLiteral("--audience"), QStringLiteral("my-api")});
        QCOMPARE(ok.exitCode, kSuccess);
        QCOMPARE(ok.jsonObject().value(QStringLiteral("issuer")).toString(), QStringLiteral("https://auth.example.org"));

        const Run wrongIssuer = verify({QStringLiteral("--issuer"), QStringLiteral("https://other.example.org"),
                                        QStringLiteral("--audience"), QStringLiteral("my-api")});
        QCOMPARE(wrongIssuer.exitCode, kAuthentication);
        QCOMPARE(QJsonDocument::fromJson(wrongIssuer.err).object().value(QStringLiteral("error")).toString(), QStringLiteral("WrongIssuer"));

        const Run wrongAudience = verify({QStringLiteral("--issuer"), QStringLiteral("https://auth.example.org"),
                                          QStringLiteral("--audience"), QStringLiteral("their-api")});
        QCOMPARE(wrongAudience.exitCode, kAuthentication);

        // Without any audience to check, verify refuses to run rather than accept every token.
        const Run noAudience = verify({QStringLiteral("--issuer"), QStringLiteral("https://auth.example.org")});
        QCOMPARE(noAudience.exitCode, kUsage);
    }

    void refreshOneAndAll()
    {
        const QString profile = QStringLiteral("refresh");
        QVERIFY(loginOk(profile, character(0)));
        QVERIFY(loginOk(profile, character(1)));
        const int before = m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token"));

        const Run one = evesso(server(profile) + QStringList{QStringLiteral("refresh"), QString::number(character(0))});
        QCOMPARE(one.exitCode, kSuccess);
        QVERIFY(one.out.contains(m_rig.emulator.characterName(character(0)).toUtf8()));
        QCOMPARE(m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), before + 1);

        // Several characters and no name: a usage error, nothing refreshed.
        QCOMPARE(evesso(server(profile) + QStringList{QStringLiteral("refresh")}).exitCode, kUsage);

        const Run all = evesso(server(profile) + QStringList{QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, kSuccess);
        const QJsonArray results = all.jsonArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &result : results)
            QVERIFY(result.toObject().value(QStringLiteral("ok")).toBool());
        QCOMPARE(m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), before + 3);

        // One login gone: --all reports it, refreshes the other, and says so in the exit code.
        m_rig.emulator.revokeAllTokens(character(1));
        const Run partly = evesso(server(profile) + QStringList{QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(partly.exitCode, kAuthentication);
        int failed = 0;
        for (const QJsonValue &result : partly.jsonArray()) {
            const QJsonObject object = result.toObject();
            if (!object.value(QStringLiteral("ok")).toBool()) {
                ++failed;
                QCOMPARE(object.value(QStringLiteral("characterId")).toInteger(), character(1));
                QCOMPARE(object.value(QStringLiteral("error")).toString(), QStringLiteral("LoginGone"));
            }
        }
        QCOMPARE(failed, 1);

        // The SSO answering 503: a network failure, and the login is not marked gone.
        m_rig.emulator.failNextRequests(10, 503, QStringLiteral("/v2/oauth/token"));
        const Run unavailable = evesso(server(profile) + QStringList{QStringLiteral("refresh"), QString::number(character(0))});
        QCOMPARE(unavailable.exitCode, kNetwork);
        QCOMPARE(listed(profile, character(0)).value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    }

    void logoutRevokesAndRemoves()
    {
        const QString profile = QStringLiteral("logout");
        const qint64 id = character(2);
        QVERIFY(loginOk(profile, id));
        QVERIFY(readSecret(profile, id).ok());

        // Without a keychain nothing is touched.
        QProcess process;
        start(process, server(profile) + QStringList{QStringLiteral("logout"), QString::number(id)}, withoutKeychain());
        const Run refused = finish(process);
        QCOMPARE(refused.exitCode, kKeychain);
        QVERIFY(!listed(profile, id).isEmpty());

        const int revokesBefore = m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/revoke"));
        const Run run = evesso(server(profile) + QStringList{QStringLiteral("logout"), m_rig.emulator.characterName(id), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, kSuccess);
        const QJsonObject result = run.jsonObject();
        QCOMPARE(result.value(QStringLiteral("characterId")).toInteger(), id);
        QVERIFY(result.value(QStringLiteral("revoked")).toBool());
        QCOMPARE(m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/revoke")), revokesBefore + 1);
        QCOMPARE(readSecret(profile, id).error, SecretStore::Error::NotFound);
        QVERIFY(listed(profile, id).isEmpty());

        const Run again = evesso(server(profile) + QStringList{QStringLiteral("logout"), QString::number(id)});
        QCOMPARE(again.exitCode, kUsage);
    }

    void logoutDeletesTheCharactersCachedAnswers()
    {
        const QString profile = QStringLiteral("logout-cache");
        const qint64 id = character(1);
        const qint64 other = character(3);
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        // The cache Capsuleer uses (SharedLogins::esiCacheDirectory()), so the app's copies go too.
        const QString root = cache + QStringLiteral("/Capsuleer/Capsuleer/esi/") + profile;
        const QString mine = root + QStringLiteral("/characters/") + QString::number(id);
        // evesso's own cache of earlier versions: deleted, it held personal answers readable by anyone.
        const QString oldRoot = cache + QStringLiteral("/evesso/esi/") + profile;
        QVERIFY(QDir().mkpath(oldRoot));
        QFile oldAnswer(oldRoot + QStringLiteral("/0123456789abcdef0123456789abcdef01234567.body"));
        QVERIFY(oldAnswer.open(QIODevice::WriteOnly));
        oldAnswer.close();

        QVERIFY(loginOk(profile, id));
        const Run wallet = evesso(server(profile) + QStringList{QStringLiteral("wallet"), QStringLiteral("--json")});
        QCOMPARE(wallet.exitCode, kSuccess);
        QVERIFY(!wallet.jsonObject().value(QStringLiteral("fromCache")).toBool());
        QCOMPARE(evesso(server(profile) + QStringList{QStringLiteral("character"), QString::number(other)}).exitCode, kSuccess);
        QVERIFY(!QFileInfo::exists(oldRoot));
        QVERIFY2(QDir(mine).entryList(QDir::Files).size() >= 2, qPrintable(mine));
        const int publicFiles = int(QDir(root + QStringLiteral("/public")).entryList(QDir::Files).size());
        QVERIFY(publicFiles >= 2);

        const Run logout = evesso(server(profile) + QStringList{QStringLiteral("logout"), QString::number(id)});
        QCOMPARE(logout.exitCode, kSuccess);
        QVERIFY2(!QFileInfo::exists(mine), qPrintable(mine));
        // Public answers are anyone's: kept.
        QCOMPARE(int(QDir(root + QStringLiteral("/public")).entryList(QDir::Files).size()), publicFiles);

        // Logged in again, the wallet is asked of ESI, not taken from what the logout left behind.
        QVERIFY(loginOk(profile, id));
        const QString walletPath = QStringLiteral("/esi/characters/%1/wallet").arg(id);
        const int before = m_rig.emulator.countRequests("GET", walletPath);
        const Run again = evesso(server(profile) + QStringList{QStringLiteral("wallet"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, kSuccess);
        QVERIFY(!again.jsonObject().value(QStringLiteral("fromCache")).toBool());
        QCOMPARE(m_rig.emulator.countRequests("GET", walletPath), before + 1);
    }

    void walletThroughTheCache()
    {
        const QString profile = QStringLiteral("wallet");
        const qint64 id = character(0);
        QVERIFY(loginOk(profile, id));
        const QString walletPath = QStringLiteral("/esi/characters/%1/wallet").arg(id);
        const int before = m_rig.emulator.countRequests("GET", walletPath);

        const Run run = evesso(server(profile) + QStringList{QStringLiteral("wallet"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, kSuccess);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QJsonObject wallet = run.jsonObject();
        QCOMPARE(wallet.value(QStringLiteral("characterId")).toInteger(), id);
        QCOMPARE(wallet.value(QStringLiteral("balance")).toDouble(), fixtureCharacter(id).value(QStringLiteral("wallet_balance")).toDouble());
        QCOMPARE(m_rig.emulator.countRequests("GET", walletPath), before + 1);
        // The stored character remembers the balance.
        QCOMPARE(listed(profile, id).value(QStringLiteral("walletBalance")).toDouble(), wallet.value(QStringLiteral("balance")).toDouble());

        // Again: from the disk cache, without asking ESI.
        const Run cached = evesso(server(profile) + QStringList{QStringLiteral("wallet"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(cached.exitCode, kSuccess);
        QVERIFY(cached.jsonObject().value(QStringLiteral("fromCache")).toBool());
        QCOMPARE(m_rig.emulator.countRequests("GET", walletPath), before + 1);

        const Run text = evesso(server(profile) + QStringList{QStringLiteral("wallet")});
        QCOMPARE(text.exitCode, kSuccess);
        QVERIFY(text.out.contains("ISK"));
        QVERIFY(text.out.contains(m_rig.emulator.characterName(id).toUtf8()));
    }

    void esiCommandsOfACustomServerAskForItsEsiUrl()
    {
        // A server given by its discovery URL alone has no known ESI address: the commands that read ESI
        // say which option is missing (they said "Protocol \"\" is unknown. Check your internet connection").
        const QString profile = QStringLiteral("no-esi-url");
        const qint64 id = character(1);
        QVERIFY(loginOk(profile, id));
        QStringList withoutEsi = server(profile);
        withoutEsi.remove(withoutEsi.indexOf(QStringLiteral("--esi-url")), 2);
        const int esiRequestsBefore = m_rig.emulator.countRequests("GET", QStringLiteral("/esi"));
        for (const QString &command : {QStringLiteral("wallet"), QStringLiteral("character")}) {
            const Run run = evesso(withoutEsi + QStringList{QStringLiteral("--json"), command, QString::number(id)});
            QCOMPARE(run.exitCode, kUsage);
            const QJsonObject error = QJsonDocument::fromJson(run.err.trimmed().split('\n').constLast()).object();
            QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("Usage"));
            QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("--esi-url")), run.err.constData());
        }
        QCOMPARE(m_rig.emulator.countRequests("GET", QStringLiteral("/esi")), esiRequestsBefore);

        // With it, the balance in the player's number format.
        QProcessEnvironment american = QProcessEnvironment::systemEnvironment();
        american.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        american.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        const Run wallet = evesso(server(profile) + QStringList{QStringLiteral("wallet"), QString::number(id)}, {}, american);
        QCOMPARE(wallet.exitCode, kSuccess);
        const QString expected = QLocale(QStringLiteral("en_US")).toString(
            fixtureCharacter(id).value(QStringLiteral("wallet_balance")).toDouble(), 'f', 2);
        QVERIFY(expected.contains(QLatin1Char(',')));
        QVERIFY2(wallet.out.contains((expected + QStringLiteral(" ISK")).toUtf8()), wallet.out.constData());
    }

    void aFullDiskNeverLosesTheStoredCharacters()
    {
        // Refresh (token), wallet and login with no room for any file to grow: whatever each command
        // says, the characters stored before are all there afterwards, with their logins.
        const QString profile = QStringLiteral("fulldisk");
        const qint64 a = character(0), b = character(1), c = character(2);
        QVERIFY(loginOk(profile, a));
        QVERIFY(loginOk(profile, b));
        const QString list = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/Capsuleer/logins/") + profile + QStringLiteral("/characters.json");
        QFile file(list);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(list));
        const QByteArray before = file.readAll();
        file.close();
        QVERIFY(before.contains(QByteArray::number(a)) && before.contains(QByteArray::number(b)));

        m_childFileLimit = 16;
        const Run token = evesso(server(profile) + QStringList{QStringLiteral("token"), QString::number(a)});
        const Run wallet = evesso(server(profile) + QStringList{QStringLiteral("wallet"), QString::number(b)});
        const Run loginC = login(server(profile), c);
        m_childFileLimit = 0;
        for (const Run *run : {&token, &wallet, &loginC}) {
            QVERIFY(!run->crashed);
            verifyNoTokenIn(run->err);
        }
        qInfo() << "on a full disk: token" << token.exitCode << token.err.trimmed() << "| wallet" << wallet.exitCode
                << wallet.err.trimmed() << "| login" << loginC.exitCode << loginC.err.trimmed();
        // A login that could not store its character says so.
        QVERIFY(loginC.exitCode != kSuccess);

        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray after = file.readAll();
        file.close();
        QVERIFY2(after.contains(QByteArray::number(a)) && after.contains(QByteArray::number(b)), after.constData());
        QVERIFY(!listed(profile, a).isEmpty());
        QVERIFY(!listed(profile, b).isEmpty());
        // The rotation the full-disk refresh made is in the keychain: the next run refreshes with it.
        const Run again = evesso(server(profile) + QStringList{QStringLiteral("token"), QString::number(a)});
        QCOMPARE(again.exitCode, kSuccess);
        // And with room again, the login works.
        QVERIFY(loginOk(profile, c));
    }

    void walletFailures()
    {
        // A login without the wallet scope.
        const QString profile = QStringLiteral("wallet-noscope");
        const qint64 id = character(1);
        const Run login = this->login(server(profile) + QStringList{QStringLiteral("--scopes"), QStringLiteral("publicData")}, id);
        QCOMPARE(login.exitCode, kSuccess);
        const Run noScope = evesso(server(profile) + QStringList{QStringLiteral("wallet"), QStringLiteral("--json")});
        QCOMPARE(noScope.exitCode, kAuthentication);
        QCOMPARE(QJsonDocument::fromJson(noScope.err).object().value(QStringLiteral("error")).toString(), QStringLiteral("MissingScope"));

        // ESI in its downtime, nothing cached yet: a network failure.
        const QString downProfile = QStringLiteral("wallet-down");
        QVERIFY(loginOk(downProfile, id));
        m_rig.emulator.setDowntime(true);
        const Run down = evesso(server(downProfile) + QStringList{QStringLiteral("wallet"), QStringLiteral("--json")});
        m_rig.emulator.clearFaults();
        QCOMPARE(down.exitCode, kNetwork);
        QVERIFY(down.out.isEmpty());

        // No keychain: no token, so no wallet.
        QProcess process;
        start(process, server(downProfile) + QStringList{QStringLiteral("wallet"), QStringLiteral("--json")}, withoutKeychain());
        const Run noKeychain = finish(process);
        QCOMPARE(noKeychain.exitCode, kKeychain);

        QCOMPARE(evesso(server(downProfile) + QStringList{QStringLiteral("wallet"), QStringLiteral("Nobody")}).exitCode, kUsage);
    }

    void characterInformation()
    {
        const QString profile = QStringLiteral("character");
        const qint64 id = character(0);
        QVERIFY(loginOk(profile, id));
        const QJsonObject expected = fixtureCharacter(id);

        const Run run = evesso(server(profile) + QStringList{QStringLiteral("character"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, kSuccess);
        const QJsonObject info = run.jsonObject();
        QCOMPARE(info.value(QStringLiteral("characterId")).toInteger(), id);
        QCOMPARE(info.value(QStringLiteral("name")).toString(), m_rig.emulator.characterName(id));
        QCOMPARE(info.value(QStringLiteral("corporationId")).toInteger(), expected.value(QStringLiteral("corporation_id")).toInteger());
        QVERIFY(!info.value(QStringLiteral("corporationName")).toString().isEmpty());
        QVERIFY(!info.value(QStringLiteral("corporationTicker")).toString().isEmpty());
        // The stored character learnt its corporation.
        QCOMPARE(listed(profile, id).value(QStringLiteral("corporationName")).toString(), info.value(QStringLiteral("corporationName")).toString());

        // Any character by id, logged in or not, in text.
        const qint64 other = character(3);
        const Run text = evesso(server(profile) + QStringList{QStringLiteral("character"), QString::number(other)});
        QCOMPARE(text.exitCode, kSuccess);
        QVERIFY(text.out.contains(m_rig.emulator.characterName(other).toUtf8()));

        // An id ESI does not know.
        const Run unknown = evesso(server(profile) + QStringList{QStringLiteral("character"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(unknown.err).object().value(QStringLiteral("error")).toString(), QStringLiteral("NotFound"));
    }

    void noTokenInAnyFileTheToolWrote()
    {
        QVERIFY(m_tokensSeen.size() >= 5);
        const QString home = QDir::homePath();
        QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int filesChecked = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/keyrings/")))
                continue; // the keychain itself (encrypted by gnome-keyring)
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray contents = file.readAll();
            ++filesChecked;
            for (const QString &token : std::as_const(m_tokensSeen))
                QVERIFY2(!contents.contains(token.toUtf8()), qPrintable(path));
        }
        // The character lists and the discovery caches were written.
        QVERIFY(filesChecked >= 3);
        QVERIFY(QFileInfo::exists(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                  + QStringLiteral("/Capsuleer/logins/token/characters.json")));
    }
};

QTEST_GUILESS_MAIN(TestEvessoCli)
#include "tst_evesso_cli.moc"
