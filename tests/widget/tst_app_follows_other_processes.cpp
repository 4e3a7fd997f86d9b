// The open window while evesso runs on the same logins: a character the CLI logs in appears, one it logs
// out goes, one it logs in again recovers, within a second or two and without a restart. Real evesso
// processes, the app in this process, one emulator for both, the private test keychain.

#include "AppHarness.h"
#include "EvessoDriver.h"
#include "TestSession.h"

#include <EveSso/CharacterSession.h>
#include <EveSso/EsiClient.h>
#include <EveSso/SsoClient.h>

#include <QElapsedTimer>
#include <QStandardPaths>

using namespace CapsuleerTest;
using namespace EveSsoTest;

class TestAppFollowsOtherProcesses : public EvessoDriver
{
    Q_OBJECT

    std::unique_ptr<AppHarness> app;

    static constexpr int kFollowMs = 2000; // the promise: within a second or two

    /// Waits (spinning the event loop) until `done`; returns how long it took, or -1 past the promise.
    static qint64 within(const std::function<bool()> &done)
    {
        QElapsedTimer timer;
        timer.start();
        if (!QTest::qWaitFor(done, kFollowMs))
            return -1;
        return timer.elapsed();
    }

    QStringList cli() const { return server(AppSettings::CustomProfileId); }

private slots:
    void initTestCase()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        QVERIFY(QFileInfo(QStringLiteral(EVESSO_CLI_PATH)).isExecutable());
        QVERIFY(m_rig.start());
        app = std::make_unique<AppHarness>();
        app->createCore([this](AppSettings &s) {
            s.profileId = AppSettings::CustomProfileId;
            s.customDiscoveryUrl = m_rig.emulator.discoveryUrl();
            s.clientId = m_rig.settings.clientId;
        });
        QVERIFY(app->core->startConfigured());
        app->createWindow();
        QTRY_COMPARE_WITH_TIMEOUT(app->core->backend()->status(), AccountBackend::Status::Ready, 10000);
        QCOMPARE(app->accounts()->count(), 0);
    }

    void cleanupTestCase() { app.reset(); }

    void aCharacterLoggedInByTheCliAppears()
    {
        const qint64 id = character(0);
        QVERIFY(loginOk(AppSettings::CustomProfileId, id));
        const qint64 took = within([&] { return app->accounts()->rowOf(id) >= 0; });
        QVERIFY2(took >= 0, "the window did not show the character evesso logged in");
        qInfo("shown %lld ms after evesso exited", took);
        // Its login is usable here at once: the access token evesso stored serves, no refresh needed.
        const int refreshes = m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token"));
        QTRY_COMPARE_WITH_TIMEOUT(app->accounts()->session(id)->state(), EveSso::CharacterSession::State::Ready, 5000);
        QCOMPARE(m_rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), refreshes);
        QCOMPARE(app->accounts()->data(app->accounts()->index(app->accounts()->rowOf(id)), Qt::DisplayRole).toString(),
                 m_rig.emulator.characterName(id));
    }

    void aCharacterLoggedInAgainByTheCliRecovers()
    {
        const qint64 id = character(0);
        // The login dies (a password change); the app finds out on its next refresh.
        m_rig.emulator.revokeAllTokens(id);
        bool refused = false;
        app->accounts()->session(id)->refresh(this, [&](const QString &, const EveSso::SsoError &error) {
            refused = error.isLoginGone();
        });
        QTRY_VERIFY_WITH_TIMEOUT(refused, 10000);
        const QModelIndex row = app->accounts()->index(app->accounts()->rowOf(id));
        QVERIFY(row.data(EveSso::AccountManager::NeedsReloginRole).toBool());

        QVERIFY(loginOk(AppSettings::CustomProfileId, id));
        const qint64 took = within([&] {
            return !app->accounts()->index(app->accounts()->rowOf(id)).data(EveSso::AccountManager::NeedsReloginRole).toBool()
                && app->accounts()->session(id)->state() == EveSso::CharacterSession::State::Ready;
        });
        QVERIFY2(took >= 0, "the window still says the character needs a new login");
        qInfo("recovered %lld ms after evesso exited", took);
    }

    void aCharacterLoggedOutByTheCliGoes()
    {
        const qint64 id = character(0);
        // The app has the character's wallet cached, on disk and in memory.
        EveSso::EsiClient *esi = app->core->backend()->esi();
        QCOMPARE(esi->cacheDirectory(), QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                                            + QStringLiteral("/Capsuleer/Capsuleer/esi/") + AppSettings::CustomProfileId);
        const QString cached = esi->cacheDirectory() + QStringLiteral("/characters/") + QString::number(id);
        bool walletDone = false;
        esi->walletBalance(app->accounts()->session(id), this, [&](const EveSso::EsiResult<double> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            walletDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(walletDone, 10000);
        QVERIFY(QDir(cached).entryList(QDir::Files).size() >= 2);

        const Run logout = evesso(cli() + QStringList{QStringLiteral("logout"), QString::number(id)});
        QVERIFY2(logout.exitCode == kSuccess, logout.err.constData());
        const qint64 took = within([&] { return app->accounts()->rowOf(id) < 0; });
        QVERIFY2(took >= 0, "the window still shows the character evesso logged out");
        qInfo("gone %lld ms after evesso exited", took);
        QCOMPARE(app->accounts()->count(), 0);
        QCOMPARE(app->accounts()->currentCharacterId(), 0);

        // evesso's logout deleted the cached answers the app wrote (one cache for both programs), and the
        // app forgot its copy in memory: a session of the character is not answered from the cache.
        QVERIFY2(!QFileInfo::exists(cached), qPrintable(cached));
        EveSso::CharacterSession stranger(AppSettings::CustomProfileId, id, app->core->backend()->sso()->tokenClient(),
                                          app->core->secrets());
        bool done = false;
        bool fromCache = true;
        esi->walletBalance(&stranger, this, [&](const EveSso::EsiResult<double> &r) {
            fromCache = r.fromCache;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!fromCache);
    }
};

QTEST_MAIN(TestAppFollowsOtherProcesses)
#include "tst_app_follows_other_processes.moc"
