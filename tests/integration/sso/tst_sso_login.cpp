// Browser logins against the emulator over real HTTP on 127.0.0.1, with the test playing the browser.

#include "MessageCapture.h"
#include "SsoTestRig.h"
#include "TestBrowser.h"

#include <EveSso/LoginFlow.h>
#include <EveSso/TokenValidator.h>

#include <QDir>
#include <QTcpServer>
#include <QtTest>

using namespace EveSso;
using EveSsoTest::TestBrowser;

namespace {

struct LoginOutcome
{
    bool finished = false;
    std::optional<LoginResult> result;
    SsoError error;
};

/// Records how the login ends. Connect before start(): a test browser may finish the whole login
/// from inside authorizeWithBrowser, before start() returns.
std::shared_ptr<LoginOutcome> watch(LoginFlow *login)
{
    auto outcome = std::make_shared<LoginOutcome>();
    QObject::connect(login, &LoginFlow::succeeded, login, [outcome](const LoginResult &r) {
        outcome->result = r;
        outcome->finished = true;
    });
    QObject::connect(login, &LoginFlow::failed, login, [outcome](const SsoError &e) {
        outcome->error = e;
        outcome->finished = true;
    });
    return outcome;
}

LoginOutcome waitFor(const std::shared_ptr<LoginOutcome> &outcome, int timeoutMs = 15000)
{
    (void)QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs);
    return *outcome;
}

/// The browser follows the SSO's redirect to the app's loopback callback.
void followToCallback(TestBrowser &browser, const QUrl &redirect)
{
    browser.visit(redirect);
}

} // namespace

class TestSsoLogin : public QObject
{
    Q_OBJECT

    EveSsoTest::MessageCapture m_capture;
    std::unique_ptr<EveSsoTest::SsoTestRig> m_rig; ///< A fresh emulator and prepared client per test.
    SsoClient *m_client = nullptr;
    QStringList m_secretsSeen; ///< Every token and code seen: none may appear in any log line.

    void remember(const LoginResult &result)
    {
        m_secretsSeen << result.tokens.accessToken << result.tokens.refreshToken;
    }

    /// One login of `client` that the browser approves for the page's preselected character; every
    /// token and code it sees is remembered for noSecretInAnyLogLine().
    LoginOutcome approvedLogin(SsoClient *client)
    {
        LoginFlow *login = client->createLogin();
        auto watched = watch(login);
        TestBrowser browser;
        connect(login, &LoginFlow::authorizeWithBrowser, this,
                [&](const QUrl &url) { followToCallback(browser, browser.authorize(url)); });
        if (!login->start())
            return waitFor(watched, 1000);
        const LoginOutcome outcome = waitFor(watched);
        if (outcome.result)
            remember(*outcome.result);
        m_secretsSeen << browser.codesSeen;
        return outcome;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SsoError>();
        m_capture.install();
    }

    void init()
    {
        m_rig = std::make_unique<EveSsoTest::SsoTestRig>();
        QVERIFY(m_rig->start());
        m_client = m_rig->makeClient();
        QVERIFY(m_client);
    }

    void cleanup()
    {
        m_client = nullptr;
        m_rig.reset();
    }

    void fullPkceLogin()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        const qint64 characterId = rig.firstCharacter();

        LoginFlow *login = client->createLogin();

        auto watched = watch(login);
        TestBrowser browser;
        connect(login, &LoginFlow::authorizeWithBrowser, this, [&](const QUrl &url) {
            followToCallback(browser, browser.authorize(url, TestBrowser::Action::Authorize, characterId));
        });
        QSignalSpy states(login, &LoginFlow::stateChanged);
        QVERIFY(login->start());
        const LoginOutcome outcome = waitFor(watched);
        QVERIFY2(outcome.result, qPrintable(outcome.error.message));
        remember(*outcome.result);
        m_secretsSeen << browser.codesSeen;

        const LoginResult &result = *outcome.result;
        QCOMPARE(result.character.characterId, characterId);
        QCOMPARE(result.character.characterName, rig.emulator.characterName(characterId));
        QCOMPARE(QSet<QString>(result.character.scopes.begin(), result.character.scopes.end()),
                 QSet<QString>(EveSsoTest::kTestScopes.begin(), EveSsoTest::kTestScopes.end()));
        QVERIFY(!result.character.ownerHash.isEmpty());
        QVERIFY(!result.tokens.refreshToken.isEmpty());
        QVERIFY(result.tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(1100));
        QCOMPARE(login->state(), LoginFlow::State::Succeeded);
        QVERIFY(states.count() >= 4); // waiting, exchanging, verifying, succeeded

        // What went over the wire.
        const QUrlQuery authorize(login->authorizationUrl());
        QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(authorize.queryItemValue(QStringLiteral("state")).size() >= 32);
        QCOMPARE(authorize.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), rig.settings.callbackUrl.toString());
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("authorization_code")), 1);
        const auto log = rig.emulator.requestLog();
        for (const Emulator::LoggedRequest &request : log) {
            if (request.path.startsWith(QLatin1String("/v2/oauth/authorize")))
                continue; // made by the test browser, not the library
            QCOMPARE(request.headers.value("user-agent"), EveSsoTest::kTestUserAgent.toUtf8());
            if (request.grantType == QLatin1String("authorization_code")) {
                QVERIFY(request.form.contains(QStringLiteral("code_verifier")));
                QCOMPARE(request.form.value(QStringLiteral("client_id")), rig.settings.clientId);
                QVERIFY(!request.headers.contains("authorization"));
            }
        }
    }

    void everyLoginHasFreshStateAndVerifier()
    {
        // Qt 6.8 brought PKCE to QOAuth2AuthorizationCodeFlow, and the library uses it there; older Qt
        // gets the library's own. Either way each authorization request carries a fresh S256 challenge,
        // and the emulator only issues tokens for the verifier that matches it.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        const LoginFlow::PkceProvider expectedProvider = LoginFlow::PkceProvider::QtNetworkAuth;
#else
        const LoginFlow::PkceProvider expectedProvider = LoginFlow::PkceProvider::EveSso;
#endif
        SsoClient *client = m_client;
        QSet<QString> states, challenges;
        for (int i = 0; i < 3; ++i) {
            LoginFlow *login = client->createLogin();
            auto watched = watch(login);
            TestBrowser browser;
            connect(login, &LoginFlow::authorizeWithBrowser, this,
                    [&](const QUrl &url) { followToCallback(browser, browser.authorize(url)); });
            QVERIFY(login->start());
            const LoginOutcome outcome = waitFor(watched);
            QVERIFY2(outcome.result, qPrintable(outcome.error.message));
            remember(*outcome.result);
            QCOMPARE(login->pkceProvider(), expectedProvider);
            const QUrlQuery query(login->authorizationUrl());
            QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
            const QString challenge = query.queryItemValue(QStringLiteral("code_challenge"));
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(challenge).hasMatch(),
                     qPrintable(challenge));
            states.insert(query.queryItemValue(QStringLiteral("state")));
            challenges.insert(challenge);
            delete login;
        }
        QCOMPARE(states.size(), 3);
        QCOMPARE(challenges.size(), 3);
        QCOMPARE(m_rig->emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("authorization_code")), 3);
    }

    void confidentialLogin()
    {
        EveSsoTest::SsoTestRig rig;
        QVERIFY(rig.start(QStringLiteral("s3cr3t-client-secret")));
        SsoClient *client = rig.makeClient();
        QVERIFY(client);
        LoginFlow *login = client->createLogin();
        auto watched = watch(login);
        TestBrowser browser;
        connect(login, &LoginFlow::authorizeWithBrowser, this,
                [&](const QUrl &url) { followToCallback(browser, browser.authorize(url)); });
        QVERIFY(login->start());
        const LoginOutcome outcome = waitFor(watched);
        QVERIFY2(outcome.result, qPrintable(outcome.error.message));
        remember(*outcome.result);
        QVERIFY(!QUrlQuery(login->authorizationUrl()).hasQueryItem(QStringLiteral("code_challenge")));
        QCOMPARE(login->pkceProvider(), LoginFlow::PkceProvider::None);
        bool sawTokenRequest = false;
        for (const Emulator::LoggedRequest &request : rig.emulator.requestLog()) {
            if (request.grantType != QLatin1String("authorization_code"))
                continue;
            sawTokenRequest = true;
            QVERIFY(request.headers.contains("authorization")); // Basic, redacted in the log
            QVERIFY(!request.form.contains(QStringLiteral("client_secret")));
            QVERIFY(!request.form.contains(QStringLiteral("code_verifier")));
        }
        QVERIFY(sawTokenRequest);
    }

    void forgedCallbackLeavesTheLoginWaiting()
    {
        // A web page makes the browser request the callback with a forged state (and an error, which
        // would otherwise cancel the login): refused with 400; the player's real redirect still logs in.
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        LoginFlow *login = client->createLogin();
        auto watched = watch(login);
        TestBrowser browser;
        connect(login, &LoginFlow::authorizeWithBrowser, this, [&](const QUrl &url) {
            const QUrl redirect = browser.authorize(url);
            for (const QString &forged : {QStringLiteral("code=x&state=forged"),
                                          QStringLiteral("error=access_denied&state=forged"), QStringLiteral("code=x")}) {
                QUrl evil = redirect;
                evil.setQuery(forged);
                QCOMPARE(browser.visit(evil).status, 400);
                QCOMPARE(login->state(), LoginFlow::State::WaitingForBrowser);
            }
            followToCallback(browser, redirect);
        });
        QVERIFY(login->start());
        const LoginOutcome outcome = waitFor(watched);
        QVERIFY2(outcome.result, qPrintable(outcome.error.message));
        remember(*outcome.result);
        m_secretsSeen << browser.codesSeen;
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("authorization_code")), 1);
    }

    void pastedAddressWithAWrongStateFails()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        LoginFlow *login = m_client->createLogin();
        login->setListenForCallback(false);
        auto watched = watch(login);
        QVERIFY(login->start());
        QVERIFY(login->completeManually(QStringLiteral("http://localhost/callback?code=x&state=forged")));
        const LoginOutcome outcome = waitFor(watched);
        QVERIFY(!outcome.result);
        QCOMPARE(outcome.error.kind, SsoError::Kind::StateMismatch);
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token")), 0);
    }

    void wrongPathIsIgnored()
    {
        SsoClient *client = m_client;
        LoginFlow *login = client->createLogin();
        auto watched = watch(login);
        TestBrowser browser;
        connect(login, &LoginFlow::authorizeWithBrowser, this, [&](const QUrl &url) {
            const QUrl redirect = browser.authorize(url);
            QUrl evil = redirect;
            evil.setPath(QStringLiteral("/callbackEVIL"));
            QCOMPARE(browser.visit(evil).status, 404);
            QCOMPARE(login->state(), LoginFlow::State::WaitingForBrowser);
            followToCallback(browser, redirect);
        });
        QVERIFY(login->start());
        const LoginOutcome outcome = waitFor(watched);
        QVERIFY2(outcome.result, qPrintable(outcome.error.message));
        remember(*outcome.result);
    }

    void busyPortFailsAtOnceNamingThePort()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), quint16(rig.settings.callbackUrl.port())));
        LoginFlow *login = client->createLogin();
        auto watched = watch(login);
        QSignalSpy browserOpened(login, &LoginFlow::authorizeWithBrowser);
        QVERIFY(!login->start());
        const LoginOutcome outcome = waitFor(watched, 2000);
        QCOMPARE(outcome.error.kind, SsoError::Kind::PortBusy);
        QVERIFY(outcome.error.message.contains(QString::number(rig.settings.callbackUrl.port())));
        QCOMPARE(browserOpened.count(), 0); // the browser is never sent to a port we do not hold
    }

    void loginTimesOut()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        LoginFlow *login = client->createLogin();
        auto watched = watch(login);
        QCOMPARE(LoginFlow::DefaultTimeout, std::chrono::seconds(600));
        login->setTimeout(std::chrono::milliseconds(300));
        QVERIFY(login->start());
        const LoginOutcome outcome = waitFor(watched, 5000);
        QCOMPARE(outcome.error.kind, SsoError::Kind::LoginTimedOut);
        // The callback port is released.
        QTcpServer again;
        QVERIFY(again.listen(QHostAddress(QHostAddress::LocalHost), quint16(rig.settings.callbackUrl.port())));
    }

    void cancelFromTheCaller()
    {
        SsoClient *client = m_client;
        LoginFlow *login = client->createLogin();
        auto watched = watch(login);
        QVERIFY(login->start());
        QTimer::singleShot(50, login, &LoginFlow::cancel);
        const LoginOutcome outcome = waitFor(watched);
        QCOMPARE(outcome.error.kind, SsoError::Kind::Cancelled);
    }

    void cancelInTheBrowserIsAccessDenied()
    {
        SsoClient *client = m_client;
        LoginFlow *login = client->createLogin();
        auto watched = watch(login);
        TestBrowser browser;
        connect(login, &LoginFlow::authorizeWithBrowser, this, [&](const QUrl &url) {
            const QUrl redirect = browser.authorize(url, TestBrowser::Action::Cancel);
            QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
            followToCallback(browser, redirect);
        });
        QVERIFY(login->start());
        const LoginOutcome outcome = waitFor(watched);
        QCOMPARE(outcome.error.kind, SsoError::Kind::AccessDenied);
    }

    void manualPasteCompletesTheLogin()
    {
        SsoClient *client = m_client;
        LoginFlow *login = client->createLogin();
        auto watched = watch(login);
        login->setListenForCallback(false);
        TestBrowser browser;
        QUrl endedOn;
        connect(login, &LoginFlow::authorizeWithBrowser, this, [&](const QUrl &url) { endedOn = browser.authorize(url); });
        QVERIFY(login->start());
        QTRY_VERIFY(endedOn.isValid());
        m_secretsSeen << browser.codesSeen;
        QVERIFY(!login->completeManually(QStringLiteral("not an address")));
        QVERIFY(login->completeManually(QStringLiteral("  ") + endedOn.toString() + QStringLiteral("\n")));
        const LoginOutcome outcome = waitFor(watched);
        QVERIFY2(outcome.result, qPrintable(outcome.error.message));
        remember(*outcome.result);
    }

    void expectedCharacterCheck()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        const QList<qint64> ids = rig.emulator.characterIds();
        QVERIFY(ids.size() >= 2);
        LoginFlow *login = client->createLogin(ids[0]);
        auto watched = watch(login);
        TestBrowser browser;
        connect(login, &LoginFlow::authorizeWithBrowser, this,
                [&](const QUrl &url) { followToCallback(browser, browser.authorize(url, TestBrowser::Action::Authorize, ids[1])); });
        QVERIFY(login->start());
        const LoginOutcome outcome = waitFor(watched);
        QCOMPARE(outcome.error.kind, SsoError::Kind::WrongCharacter);
        QVERIFY(outcome.error.message.contains(rig.emulator.characterName(ids[1])));
        // The unwanted login is revoked at the SSO.
        QTRY_COMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/revoke")), 1);
    }

    void keyRotationIsFollowed()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        rig.emulator.rotateSigningKeys();
        const LoginOutcome outcome = approvedLogin(client);
        QVERIFY2(outcome.result, qPrintable(outcome.error.message));
        QCOMPARE(rig.emulator.countRequests("GET", QStringLiteral("/oauth/jwks")), 2);
    }

    void keyReplacedUnderTheSameIdIsFollowed()
    {
        // EVE's RSA key id is always "JWT-Signature-Key": a new key under it, after the keys were cached
        // on disk, and a restart that reads that cache. The first verification fails with the cached key,
        // the keys are fetched once more, and the login succeeds; no cache has to be deleted.
        const QString cache = QDir::homePath() + QStringLiteral("/key-replacement-cache");
        EveSsoTest::SsoTestRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.makeClient(cache));
        QCOMPARE(rig.emulator.countRequests("GET", QStringLiteral("/oauth/jwks")), 1);
        rig.emulator.replaceSigningKeysKeepingIds();
        SsoClient *restarted = rig.makeClient(cache);
        QVERIFY(restarted);
        QCOMPARE(rig.emulator.countRequests("GET", QStringLiteral("/oauth/jwks")), 1); // the stale cache
        for (int i = 0; i < 2; ++i) {
            const LoginOutcome outcome = approvedLogin(restarted);
            QVERIFY2(outcome.result, qPrintable(outcome.error.message));
            // One refetch for the first login; the second verifies with the new keys at once.
            QCOMPARE(rig.emulator.countRequests("GET", QStringLiteral("/oauth/jwks")), 2);
        }
    }

    void badSignatureFailsVerification()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        rig.emulator.setBadSignature(true);
        const int fetchesBefore = rig.emulator.countRequests("GET", QStringLiteral("/oauth/jwks"));
        // The first forged token costs one refetch of the keys (they might have been replaced); the next
        // ones, within the refetch interval, none.
        for (int i = 0; i < 2; ++i) {
            const LoginOutcome outcome = approvedLogin(client);
            QCOMPARE(outcome.error.kind, SsoError::Kind::VerificationFailed);
            QVERIFY2(outcome.error.message.contains(QLatin1String("altered")), qPrintable(outcome.error.message));
            QCOMPARE(rig.emulator.countRequests("GET", QStringLiteral("/oauth/jwks")), fetchesBefore + 1);
        }
    }

    void noSecretInAnyLogLine()
    {
        QVERIFY(m_secretsSeen.size() >= 8);
        for (const QString &secret : std::as_const(m_secretsSeen)) {
            const QStringList hits = m_capture.linesContaining(secret);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        }
        QVERIFY(!m_capture.messages().isEmpty()); // the capture did see the library's messages
    }
};

QTEST_GUILESS_MAIN(TestSsoLogin)
#include "tst_sso_login.moc"
