// Several processes using the same logins at once, as a player's scripts and the app do: real evesso
// processes against the emulator in this process (refresh-token rotation on, latency on the endpoints
// that matter), the real keychain of the private test session, and the metadata file they share.

#include "EvessoDriver.h"
#include "TestSession.h"

#include <EveSso/CharacterStore.h>
#include <EveSso/SecretStore.h>
#include <EveSso/StoredLogin.h>

#include <QFileInfo>
#include <QStandardPaths>

#include <memory>

using namespace EveSso;
using namespace EveSsoTest;

class TestSharedLogins : public EvessoDriver
{
    Q_OBJECT

private:
    SecretStore m_shared{QStringLiteral("Capsuleer")}; // the service Capsuleer and evesso share

    static SecretStore::Result read(SecretStore &store, const QString &profile, qint64 id)
    {
        bool done = false;
        SecretStore::Result result;
        store.readRefreshToken(profile, id, &store, [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

    static bool write(SecretStore &store, const QString &profile, qint64 id, const QString &secret)
    {
        bool done = false;
        bool ok = false;
        store.writeRefreshToken(profile, id, secret, &store, [&](const SecretStore::Result &r) {
            ok = r.ok();
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return ok;
    }

    std::unique_ptr<QProcess> launch(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        start(*process, arguments, QProcessEnvironment::systemEnvironment());
        return process;
    }

    int tokenRequests(const QString &grantType) const
    {
        return m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), grantType);
    }

    /// Empty when every refresh in the log spent the refresh token the token request before it issued,
    /// starting from the login's: one unbroken rotation chain. Else what broke it.
    QString brokenChain() const
    {
        QByteArray expected;
        int refreshes = 0;
        for (const Emulator::LoggedRequest &request : m_rig.emulator.requestLog()) {
            if (request.method != "POST" || request.path != QLatin1String("/v2/oauth/token"))
                continue;
            if (request.grantType == QLatin1String("refresh_token")) {
                ++refreshes;
                if (request.status != 200)
                    return QStringLiteral("refresh %1 was answered %2").arg(refreshes).arg(request.status);
                if (request.secretFingerprints.value(QStringLiteral("refresh_token")) != expected)
                    return QStringLiteral("refresh %1 spent a refresh token other than the newest").arg(refreshes);
            }
            expected = request.issuedFingerprints.value(QStringLiteral("refresh_token"));
        }
        return expected.isEmpty() ? QStringLiteral("no token was issued") : QString();
    }

    /// Gone everywhere: from the list, from the keychain, and at the SSO (no refresh token of it works).
    void verifyGone(const QString &profile, qint64 id)
    {
        QVERIFY(listed(profile, id).isEmpty());
        QCOMPARE(read(m_shared, profile, id).error, SecretStore::Error::NotFound);
        QCOMPARE(m_rig.emulator.liveRefreshTokens(id), 0);
    }

    static CharacterRecord record(qint64 id, const QString &name, const QString &profile, const QDateTime &refreshedAt)
    {
        CharacterRecord r;
        r.characterId = id;
        r.name = name;
        r.profileId = profile;
        r.ownerHash = QStringLiteral("owner-%1").arg(id);
        r.lastRefreshAt = refreshedAt;
        r.addedAt = refreshedAt;
        return r;
    }

private slots:
    void initTestCase()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        QVERIFY(QFileInfo(QStringLiteral(EVESSO_CLI_PATH)).isExecutable());
        QVERIFY(m_rig.start());
        QVERIFY(m_rig.emulator.characterIds().size() >= 3);
    }

    void init()
    {
        m_rig.emulator.clearFaults();
        m_rig.emulator.setRefreshTokenRotation(true);
        m_rig.emulator.setAccessTokenLifetime(1200);
        m_rig.emulator.clearRequestLog();
    }

    // Eight processes refresh or print a token of one character at the same moment, twenty times over. The
    // token endpoint answers slowly and rotates the refresh token: without the character's lock, all but one
    // spent a dead token, were told the login was gone, and marked the character "needs re-login".
    void parallelRunsKeepOneRotationChain()
    {
        const QString profile = QStringLiteral("parallel");
        const qint64 id = character(0);
        QVERIFY(loginOk(profile, id));
        m_rig.emulator.setLatency(QStringLiteral("/v2/oauth/token"), 200);
        for (int round = 0; round < 20; ++round) {
            std::vector<std::unique_ptr<QProcess>> runs;
            for (int i = 0; i < 8; ++i) {
                const QString command = i % 2 ? QStringLiteral("token") : QStringLiteral("refresh");
                runs.push_back(launch(server(profile) + QStringList{command, QString::number(id)}));
            }
            for (auto &process : runs) {
                const Run run = finish(*process);
                QVERIFY2(run.exitCode == kSuccess && !run.crashed,
                         qPrintable(QStringLiteral("round %1: %2 exited %3: %4")
                                        .arg(round).arg(process->arguments().constLast()).arg(run.exitCode)
                                        .arg(QString::fromUtf8(run.err))));
                QVERIFY(!run.out.isEmpty());
            }
        }
        const QString broken = brokenChain();
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        // Forced refreshes that waited while another ran used its token: fewer requests than refresh runs.
        const int refreshes = tokenRequests(QStringLiteral("refresh_token"));
        qInfo("%d refresh requests for 80 refresh and 80 token runs", refreshes);
        QVERIFY(refreshes >= 20 && refreshes < 80);
        QCOMPARE(listed(profile, id).value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(m_rig.emulator.liveRefreshTokens(id), 1);
    }

    // A logout while a slow refresh is under way: the logout waits for it and revokes the token it stored,
    // so the refresh cannot bring the character back nor leave a live grant behind.
    void logoutDuringARefresh()
    {
        const QString profile = QStringLiteral("race-refresh-first");
        const qint64 id = character(1);
        QVERIFY(loginOk(profile, id));
        m_rig.emulator.setLatency(QStringLiteral("/v2/oauth/token"), 800);
        auto refresh = launch(server(profile) + QStringList{QStringLiteral("refresh"), QString::number(id)});
        QTRY_COMPARE_WITH_TIMEOUT(tokenRequests(QStringLiteral("refresh_token")), 1, 15000);
        auto logout = launch(server(profile) + QStringList{QStringLiteral("logout"), QString::number(id)});
        const Run refreshed = finish(*refresh);
        const Run loggedOut = finish(*logout);
        QVERIFY2(refreshed.exitCode == kSuccess, refreshed.err.constData());
        QVERIFY2(loggedOut.exitCode == kSuccess, loggedOut.err.constData());
        verifyGone(profile, id);
    }

    // The other order: a refresh that starts during a slow logout finds the login gone once the logout is
    // done, says so, and neither stores a token nor writes the character back into the list.
    void refreshDuringALogout()
    {
        const QString profile = QStringLiteral("race-logout-first");
        const qint64 id = character(1);
        QVERIFY(loginOk(profile, id));
        m_rig.emulator.setLatency(QStringLiteral("/v2/oauth/revoke"), 1500);
        auto logout = launch(server(profile) + QStringList{QStringLiteral("logout"), QString::number(id)});
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/revoke")), 1, 15000);
        auto refresh = launch(server(profile) + QStringList{QStringLiteral("refresh"), QString::number(id)});
        const Run loggedOut = finish(*logout);
        const Run refreshed = finish(*refresh);
        QVERIFY2(loggedOut.exitCode == kSuccess, loggedOut.err.constData());
        QCOMPARE(refreshed.exitCode, kAuthentication);
        QVERIFY2(refreshed.err.contains("logged out in another program"), refreshed.err.constData());
        QCOMPARE(tokenRequests(QStringLiteral("refresh_token")), 0);
        verifyGone(profile, id);
    }

    // A login in one process while another, started earlier, saves the list when it ends: both characters
    // stay. The other process used to write back its own copy of the list and drop the new character,
    // orphaning its keychain entry.
    void aLoginWhileAnotherProcessSaves()
    {
        const QString profile = QStringLiteral("merge");
        const qint64 a = character(0), b = character(1);
        QVERIFY(loginOk(profile, a));
        m_rig.emulator.setLatency(QStringLiteral("/esi"), 2500);
        auto wallet = launch(server(profile) + QStringList{QStringLiteral("wallet"), QString::number(a)});
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.emulator.countRequests("GET", QStringLiteral("/esi")) > 0, 15000);
        QVERIFY(loginOk(profile, b));
        QVERIFY2(wallet->state() != QProcess::NotRunning, "the wallet run ended before the login: no race");
        const Run walletRun = finish(*wallet);
        QVERIFY2(walletRun.exitCode == kSuccess, walletRun.err.constData());
        // Both listed, the wallet's save kept too, and both logins in the keychain: nothing orphaned.
        QVERIFY(!listed(profile, a).isEmpty());
        QVERIFY(!listed(profile, b).isEmpty());
        QVERIFY(listed(profile, a).contains(QStringLiteral("walletBalance")));
        QVERIFY(read(m_shared, profile, a).ok());
        QVERIFY(read(m_shared, profile, b).ok());
    }

    // Before they shared one store, the app kept its logins under the keychain service "Capsuleer" and the
    // CLI under "evesso", each with its own list. The first run takes both in: every login usable once,
    // the one refreshed last winning for a character both had, nothing left in the old service.
    void loginsOfBothProgramsAreTakenIn()
    {
        const QString profile = QStringLiteral("migrate");
        const qint64 x = character(0), y = character(1), z = character(2);
        const QString client = m_rig.settings.clientId;
        const QStringList scopes = EveSsoTest::kTestScopes;
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        const QString cliList = data + QStringLiteral("/evesso/profiles/migrate/characters.json");
        const QString appList = data + QStringLiteral("/Capsuleer/Capsuleer/characters-migrate.json");
        const QDateTime now = QDateTime::currentDateTimeUtc();

        SecretStore cliSecrets(QStringLiteral("evesso"));
        const QString zNewer = m_rig.emulator.issueRefreshToken(z, client, scopes);
        QVERIFY(write(cliSecrets, profile, x, m_rig.emulator.issueRefreshToken(x, client, scopes)));
        QVERIFY(write(cliSecrets, profile, z, zNewer));
        QVERIFY(CharacterStore(cliList).save({record(x, m_rig.emulator.characterName(x), profile, now),
                                              record(z, m_rig.emulator.characterName(z), profile, now)}).ok());
        QVERIFY(write(m_shared, profile, y, m_rig.emulator.issueRefreshToken(y, client, scopes)));
        QVERIFY(write(m_shared, profile, z, m_rig.emulator.issueRefreshToken(z, client, scopes)));
        QVERIFY(CharacterStore(appList).save({record(y, m_rig.emulator.characterName(y), profile, now),
                                              record(z, m_rig.emulator.characterName(z), profile, now.addDays(-1))}).ok());

        const Run list = evesso(server(profile) + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, kSuccess);
        QCOMPARE(list.jsonArray().size(), 3);
        QCOMPARE(read(cliSecrets, profile, x).error, SecretStore::Error::NotFound);
        QCOMPARE(read(cliSecrets, profile, z).error, SecretStore::Error::NotFound);
        QCOMPARE(StoredLogin::decode(read(m_shared, profile, z).secret).refreshToken, zNewer);
        QVERIFY(!QFileInfo::exists(cliList) && QFileInfo::exists(cliList + QStringLiteral(".migrated")));
        QVERIFY(!QFileInfo::exists(appList) && QFileInfo::exists(appList + QStringLiteral(".migrated")));

        for (qint64 id : {x, y, z}) {
            const Run token = evesso(server(profile) + QStringList{QStringLiteral("token"), QString::number(id)});
            QVERIFY2(token.exitCode == kSuccess, token.err.constData());
        }
        // Each login refreshed once, and none refused: the keychain held the live token of each.
        int accepted = 0;
        for (const Emulator::LoggedRequest &request : m_rig.emulator.requestLog())
            accepted += request.grantType == QLatin1String("refresh_token") && request.status == 200;
        QCOMPARE(tokenRequests(QStringLiteral("refresh_token")), 3);
        QCOMPARE(accepted, 3);
        const Run again = evesso(server(profile) + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(again.jsonArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSharedLogins)
#include "tst_shared_logins.moc"
