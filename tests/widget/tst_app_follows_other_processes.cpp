// The open window while evesso runs on the same logins: a character the CLI logs in appears, one it logs
// out goes, one it logs in again recovers, within a second or two and without a restart. Real evesso
// processes, the app in this process, one emulator for both, the private test keychain.

#include "AppHarness.h"
#include "EvessoDriver.h"
#include "TestSession.h"

#include <EveSso/CharacterSession.h>

#include <QElapsedTimer>

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
        const Run logout = evesso(cli() + QStringList{QStringLiteral("logout"), QString::number(id)});
        QVERIFY2(logout.exitCode == kSuccess, logout.err.constData());
        const qint64 took = within([&] { return app->accounts()->rowOf(id) < 0; });
        QVERIFY2(took >= 0, "the window still shows the character evesso logged out");
        qInfo("gone %lld ms after evesso exited", took);
        QCOMPARE(app->accounts()->count(), 0);
        QCOMPARE(app->accounts()->currentCharacterId(), 0);
    }
};

QTEST_MAIN(TestAppFollowsOtherProcesses)
#include "tst_app_follows_other_processes.moc"
