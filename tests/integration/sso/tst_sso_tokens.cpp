// Tokens against the emulator: EsiPy-style code exchange, refresh with rotation, scope subsets,
// classified failures with retries, revoke, discovery caching.

#include "MessageCapture.h"
#include "SsoTestRig.h"
#include "TestBrowser.h"

#include <EveSso/TokenClient.h>
#include <EveSso/TokenValidator.h>

#include <QtTest>

using namespace EveSso;
using EveSsoTest::TestBrowser;

namespace {

template<typename Start>
SsoError waitDone(Start &&start)
{
    bool done = false;
    SsoError error;
    start([&](const SsoError &e) {
        error = e;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    if (!done)
        error = SsoError::make(SsoError::Kind::Timeout, QStringLiteral("test: no callback"));
    return error;
}

struct Refreshed
{
    TokenSet tokens;
    SsoError error;
};

Refreshed refreshWith(TokenClient *client, const QString &refreshToken, const QStringList &scopes = {})
{
    Refreshed out;
    bool done = false;
    client->refresh(refreshToken, scopes, client, [&](const TokenSet &t, const SsoError &e) {
        out = {t, e};
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    return out;
}

} // namespace

class TestSsoTokens : public QObject
{
    Q_OBJECT

    EveSsoTest::MessageCapture m_capture;
    std::unique_ptr<EveSsoTest::SsoTestRig> m_rig; ///< A fresh emulator and prepared client per test.
    SsoClient *m_client = nullptr;
    QStringList m_secretsSeen;

    /// Logs in the EsiPy way: authorizationUrl(), the browser, exchangeCode().
    bool loginParity(EveSsoTest::SsoTestRig &rig, SsoClient *client, TestBrowser &browser)
    {
        const QUrl url = client->authorizationUrl(QStringLiteral("parity-state"));
        const QUrl redirect = browser.authorize(url);
        const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
        if (code.isEmpty())
            return false;
        const SsoError error = waitDone([&](auto cb) { client->exchangeCode(code, this, cb); });
        m_secretsSeen << code << client->tokens().accessToken << client->tokens().refreshToken;
        Q_UNUSED(rig);
        return !error.isError();
    }

    static TokenClient::RetryPolicy fastRetries() { return {3, std::chrono::milliseconds(20), 0.25}; }

private slots:
    void initTestCase() { m_capture.install(); }

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

    void parityAuthorizationUrl()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        QVERIFY(client->authorizationUrl(QString()).isEmpty()); // EsiPy: empty state is refused
        const QUrl url = client->authorizationUrl(QStringLiteral("st"), {QStringLiteral("Scope1"), QStringLiteral("Scope2")});
        const QUrlQuery query(url);
        QCOMPARE(url.path(), QStringLiteral("/v2/oauth/authorize"));
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("Scope1 Scope2"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), rig.settings.clientId);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        const QUrlQuery implicit(client->authorizationUrl(QStringLiteral("st"), {}, true));
        QCOMPARE(implicit.queryItemValue(QStringLiteral("response_type")), QStringLiteral("token"));
        QVERIFY(!implicit.hasQueryItem(QStringLiteral("code_challenge")));
    }

    void parityLoginVerifyAndExpiry()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        QVERIFY(client->isTokenExpired()); // no token yet
        TestBrowser browser;
        QSignalSpy updated(client, &SsoClient::tokenUpdated);
        QVERIFY(loginParity(rig, client, browser));
        QCOMPARE(updated.count(), 1);
        QVERIFY(!client->isTokenExpired());
        QVERIFY(client->isTokenExpired(1300)); // a 20-minute token with a 1300 s offset
        bool done = false;
        JwtVerifier::Result verified;
        client->verify(this, [&](const JwtVerifier::Result &r) {
            verified = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(verified.ok(), qPrintable(verified.error.message));
        QVERIFY(rig.emulator.characterIds().contains(verified.token->characterId));
    }

    void pkceMismatchAndCodeReuse()
    {
        SsoClient *client = m_client;
        TestBrowser browser;
        const QUrl url = client->authorizationUrl(QStringLiteral("s1"));
        const QString code = QUrlQuery(browser.authorize(url)).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        // A different verifier than the one the challenge was made from.
        TokenSet tokens;
        SsoError mismatch = waitDone([&](auto cb) {
            client->tokenClient()->exchangeCode(code, QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"), this,
                                                [cb](const TokenSet &, const SsoError &e) { cb(e); });
        });
        QCOMPARE(mismatch.kind, SsoError::Kind::InvalidRequest);
        QCOMPARE(mismatch.oauthError, QStringLiteral("invalid_grant"));

        // A code is single use: the first exchange works, the second is refused.
        const QUrl url2 = client->authorizationUrl(QStringLiteral("s2"));
        const QString code2 = QUrlQuery(browser.authorize(url2)).queryItemValue(QStringLiteral("code"));
        QVERIFY(!waitDone([&](auto cb) { client->exchangeCode(code2, this, cb); }).isError());
        m_secretsSeen << code2 << client->tokens().refreshToken;
        const SsoError reuse = waitDone([&](auto cb) {
            client->tokenClient()->exchangeCode(code2, QString(), this, [cb](const TokenSet &, const SsoError &e) { cb(e); });
        });
        QVERIFY(reuse.isError());
        QVERIFY(!reuse.isTransient());
    }

    void refreshRotatesAndTheOldTokenDies()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        TestBrowser browser;
        QVERIFY(loginParity(rig, client, browser));
        const QString first = client->tokens().refreshToken;

        // tokenUpdated (where the app stores the rotated token) comes before the caller's callback.
        QStringList order;
        connect(client, &SsoClient::tokenUpdated, this, [&] { order << QStringLiteral("updated"); });
        const SsoError error = waitDone([&](auto cb) {
            client->refresh({}, this, [&order, cb](const SsoError &e) {
                order << QStringLiteral("callback");
                cb(e);
            });
        });
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(order, (QStringList{QStringLiteral("updated"), QStringLiteral("callback")}));
        const QString second = client->tokens().refreshToken;
        m_secretsSeen << second << client->tokens().accessToken;
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);

        const Refreshed old = refreshWith(client->tokenClient(), first);
        QCOMPARE(old.error.kind, SsoError::Kind::LoginGone);
        QCOMPARE(old.error.oauthError, QStringLiteral("invalid_grant"));
        const Refreshed current = refreshWith(client->tokenClient(), second);
        QVERIFY2(!current.error.isError(), qPrintable(current.error.message));
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), 3);
        // Native refresh request as EVE documents it: no secret, no redirect_uri, the client id.
        for (const Emulator::LoggedRequest &request : rig.emulator.requestLog()) {
            if (request.grantType != QLatin1String("refresh_token"))
                continue;
            QCOMPARE(request.form.value(QStringLiteral("client_id")), rig.settings.clientId);
            QVERIFY(!request.form.contains(QStringLiteral("client_secret")));
            QVERIFY(!request.form.contains(QStringLiteral("redirect_uri")));
            QCOMPARE(request.headers.value("user-agent"), EveSsoTest::kTestUserAgent.toUtf8());
        }
    }

    void refreshWithAScopeSubset()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        TestBrowser browser;
        QVERIFY(loginParity(rig, client, browser));
        const QStringList subset{QStringLiteral("esi-wallet.read_character_wallet.v1")};
        const SsoError error = waitDone([&](auto cb) { client->refresh(subset, this, cb); });
        QVERIFY2(!error.isError(), qPrintable(error.message));
        m_secretsSeen << client->tokens().accessToken << client->tokens().refreshToken;
        bool done = false;
        JwtVerifier::Result verified;
        client->verify(this, [&](const JwtVerifier::Result &r) {
            verified = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(verified.ok());
        QCOMPARE(verified.token->scopes, subset);
    }

    void revokedLoginIsGoneNotTransient()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        TestBrowser browser;
        QVERIFY(loginParity(rig, client, browser));
        const QString refreshToken = client->tokens().refreshToken;
        rig.emulator.revokeAllTokens(rig.firstCharacter()); // e.g. a password change
        rig.emulator.revokeAllTokens(rig.emulator.characterIds().value(1));
        rig.emulator.revokeAllTokens(rig.emulator.characterIds().value(2));
        client->tokenClient()->setRetryPolicy(fastRetries());
        const Refreshed result = refreshWith(client->tokenClient(), refreshToken);
        QCOMPARE(result.error.kind, SsoError::Kind::LoginGone);
        QVERIFY(result.error.isLoginGone());
        QVERIFY(!result.error.isTransient());
        // Not retried: the answer is final.
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), 1);
    }

    void serverErrorIsRetriedThenSucceeds()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        TestBrowser browser;
        QVERIFY(loginParity(rig, client, browser));
        client->tokenClient()->setRetryPolicy(fastRetries());
        rig.emulator.failNextRequests(1, 503, QStringLiteral("/v2/oauth/token"));
        const Refreshed result = refreshWith(client->tokenClient(), client->tokens().refreshToken);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        m_secretsSeen << result.tokens.refreshToken;
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), 2);
    }

    void persistentFailuresAreTransientNeverLoginGone_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<SsoError::Kind>("kind");
        QTest::newRow("5xx") << QStringLiteral("fail") << SsoError::Kind::ServerError;
        QTest::newRow("malformed JSON") << QStringLiteral("malform") << SsoError::Kind::MalformedResponse;
        QTest::newRow("dropped connection") << QStringLiteral("drop") << SsoError::Kind::Network;
        QTest::newRow("server down") << QStringLiteral("stop") << SsoError::Kind::Network;
    }

    void persistentFailuresAreTransientNeverLoginGone()
    {
        QFETCH(QString, fault);
        QFETCH(SsoError::Kind, kind);
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        TestBrowser browser;
        QVERIFY(loginParity(rig, client, browser));
        client->tokenClient()->setRetryPolicy(fastRetries());
        const QString path = QStringLiteral("/v2/oauth/token");
        if (fault == QLatin1String("fail"))
            rig.emulator.failNextRequests(10, 502, path);
        else if (fault == QLatin1String("malform")) {
            // The emulator processes the request and garbles the answer. With rotation on, the token would
            // be rotated away unseen, and the retry rightly told the login is gone; here the answer is lost.
            rig.emulator.setRefreshTokenRotation(false);
            rig.emulator.malformNextResponses(10, path);
        }
        else if (fault == QLatin1String("drop"))
            rig.emulator.dropNextConnections(10, path);
        else
            rig.emulator.stop();
        const Refreshed result = refreshWith(client->tokenClient(), client->tokens().refreshToken);
        QCOMPARE(result.error.kind, kind);
        QVERIFY(result.error.isTransient());
        QVERIFY(!result.error.isLoginGone());
        // Specific, and naming no program: any tool linking EveSso shows it.
        QVERIFY2(result.error.message.contains(QLatin1String("EVE's login server")), qPrintable(result.error.message));
        QVERIFY2(result.error.message.endsWith(QLatin1String("The request will be tried again."), Qt::CaseInsensitive),
                 qPrintable(result.error.message));
        QVERIFY2(!result.error.message.contains(QLatin1String("Capsuleer")), qPrintable(result.error.message));
        // Retried three times (QNetworkAccessManager itself resends once on a dropped connection).
        if (fault != QLatin1String("stop"))
            QVERIFY(rig.emulator.countRequests("POST", path, QStringLiteral("refresh_token")) >= 3);
    }

    void revoke()
    {
        EveSsoTest::SsoTestRig &rig = *m_rig;
        SsoClient *client = m_client;
        TestBrowser browser;
        QVERIFY(loginParity(rig, client, browser));
        const QString refreshToken = client->tokens().refreshToken;
        const SsoError error = waitDone([&](auto cb) { client->revoke(this, cb); });
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(!client->tokens().isValid()); // EsiPy clears the tokens
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/revoke")), 1);
        const Refreshed after = refreshWith(client->tokenClient(), refreshToken);
        QCOMPARE(after.error.kind, SsoError::Kind::LoginGone);
        // Nothing to revoke any more.
        QCOMPARE(waitDone([&](auto cb) { client->revoke(this, cb); }).kind, SsoError::Kind::NotConfigured);
    }

    void discoveryIsCachedOnDiskForOfflineStarts()
    {
        const QString cache = QDir::homePath() + QStringLiteral("/discovery-cache");
        EveSsoTest::SsoTestRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.makeClient(cache));
        QCOMPARE(rig.emulator.countRequests("GET", QStringLiteral("/.well-known/oauth-authorization-server")), 1);
        QCOMPARE(rig.emulator.countRequests("GET", QStringLiteral("/oauth/jwks")), 1);
        // A second client (a restart) reads the cache: no request at all.
        QVERIFY(rig.makeClient(cache));
        QCOMPARE(rig.emulator.countRequests("GET", QStringLiteral("/.well-known/oauth-authorization-server")), 1);
        // Offline with a stale cache: still ready.
        rig.emulator.stop();
        auto stale = std::make_unique<SsoClient>(rig.profile(), rig.settings);
        stale->discovery()->setCacheDirectory(cache);
        stale->discovery()->setCacheLifetime(std::chrono::seconds(0));
        QVERIFY(!waitDone([&](auto cb) { stale->prepare(this, cb); }).isError());
        QVERIFY(stale->isReady());
        // Offline without any cache: a clear discovery error.
        auto fresh = std::make_unique<SsoClient>(rig.profile(), rig.settings);
        fresh->discovery()->setCacheDirectory(QString());
        const SsoError error = waitDone([&](auto cb) { fresh->prepare(this, cb); });
        QCOMPARE(error.kind, SsoError::Kind::DiscoveryFailed);
        QVERIFY(error.message.contains(QLatin1String("127.0.0.1")));
    }

    void malformedDiscoveryIsAClearError()
    {
        EveSsoTest::SsoTestRig rig;
        QVERIFY(rig.start());
        rig.emulator.malformNextResponses(1, QStringLiteral("/.well-known"));
        auto client = std::make_unique<SsoClient>(rig.profile(), rig.settings);
        client->discovery()->setCacheDirectory(QString());
        const SsoError error = waitDone([&](auto cb) { client->prepare(this, cb); });
        QCOMPARE(error.kind, SsoError::Kind::DiscoveryFailed);
        QVERIFY(error.message.contains(QLatin1String("JSON")));
    }

    void callerSuppliedDocuments()
    {
        EveSsoTest::SsoTestRig rig;
        QVERIFY(rig.start());
        SsoClient *fetched = rig.makeClient();
        QVERIFY(fetched);
        const QJsonObject metadata = fetched->discovery()->metadata();
        const QByteArray jwks = fetched->discovery()->jwksDocument();
        rig.emulator.clearRequestLog();
        SsoClient client(rig.profile(), rig.settings);
        client.discovery()->setCacheDirectory(QString());
        QVERIFY(client.setDocuments(metadata, jwks));
        QTRY_VERIFY(client.isReady());
        QCOMPARE(rig.emulator.requestLog().size(), 0);
        QString why;
        QVERIFY(!client.setDocuments(QJsonObject(), jwks, &why));
        QVERIFY(!why.isEmpty());
    }

    void noSecretInAnyLogLine()
    {
        QVERIFY(m_secretsSeen.size() >= 10);
        for (const QString &secret : std::as_const(m_secretsSeen)) {
            const QStringList hits = m_capture.linesContaining(secret);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestSsoTokens)
#include "tst_sso_tokens.moc"
