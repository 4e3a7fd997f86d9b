// Faults on demand and the HTTP server's robustness: latency, failures, malformed and truncated bodies,
// dropped connections, downtime, password change, key rotation, clock skew, bad signatures; keep-alive,
// pipelining, garbage and size limits on raw sockets.

#include "EmulatorTestSupport.h"
#include "JwtTestVerifier.h"

#include <QElapsedTimer>
#include <QTcpServer>

using namespace EmuTest;
using EveSso::Emulator;

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Emulator> emu;
    std::unique_ptr<Http> http;

    QByteArray getRequest(const QString &path, const QByteArray &extra = QByteArray()) const
    {
        return "GET " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
    }
    QUrl jwksUrl() const { return QUrl(emu->baseUrl().toString() + QStringLiteral("/oauth/jwks")); }

private slots:
    void init()
    {
        emu = std::make_unique<Emulator>();
        QVERIFY2(emu->start(), qPrintable(emu->errorString()));
        http = std::make_unique<Http>();
    }
    void cleanup()
    {
        http.reset();
        emu.reset();
    }

    void latencyDelaysOnlyItsPrefixAndKeepsPipelinedOrder()
    {
        emu->setLatency(QStringLiteral("/esi/status"), 300);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/status"))).status, 200);
        // A lower bound only: the reply cannot come before the server's timer fires.
        QVERIFY(timer.elapsed() >= 290);

        // Pipelined: the slow request first, then a fast one; responses stay in request order.
        const QByteArray raw = rawExchange(emu->port(),
                                           getRequest(QStringLiteral("/esi/status")) + getRequest(QStringLiteral("/oauth/jwks")),
                                           5000, nullptr, [](const QByteArray &r) { return completeResponses(r) >= 2; });
        QCOMPARE(completeResponses(raw), 2);
        QVERIFY(raw.indexOf("\"players\"") < raw.indexOf("\"keys\""));
        emu->setLatency(QStringLiteral("/esi/status"), 0);
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/status"))).status, 200);
    }

    void failNextRequests()
    {
        emu->failNextRequests(2, 502, QStringLiteral("/esi"));
        QCOMPARE(http->get(emu->discoveryUrl()).status, 200); // another prefix: untouched
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/status"))).status, 502);
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/status"))).status, 502);
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/status"))).status, 200);
        emu->failNextRequests(1);
        QCOMPARE(http->get(emu->discoveryUrl()).status, 503);
        QCOMPARE(emu->requestLog().last().status, 503);
    }

    void malformedJson()
    {
        emu->malformNextResponses(1, QStringLiteral("/esi/characters"));
        const QString token = emu->issueAccessToken(Aria, emu->demoClientId(), {WalletScope});
        const Reply bad = http->get(esi(*emu, QStringLiteral("/characters/%1/wallet").arg(Aria)), bearer(token));
        QCOMPARE(bad.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(bad.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(QJsonDocument::fromJson("[" + bad.body + "]").isNull());
        const Reply good = http->get(esi(*emu, QStringLiteral("/characters/%1/wallet").arg(Aria)), bearer(token));
        QVERIFY(!QJsonDocument::fromJson("[" + good.body + "]").isNull());
    }

    void truncatedResponse()
    {
        emu->truncateNextResponses(1, QStringLiteral("/oauth/jwks"));
        bool closed = false;
        const QByteArray raw = rawExchange(emu->port(), getRequest(QStringLiteral("/oauth/jwks")), 5000, &closed);
        QVERIFY(closed);
        const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
        QVERIFY(headerEnd > 0);
        QVERIFY(raw.startsWith("HTTP/1.1 200"));
        QCOMPARE(completeResponses(raw), 0);
        // Through QNetworkAccessManager it is an error, not a short document.
        emu->truncateNextResponses(1, QStringLiteral("/oauth/jwks"));
        const Reply r = http->get(jwksUrl());
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(http->get(jwksUrl()).error, QNetworkReply::NoError);
    }

    void droppedConnections()
    {
        emu->dropNextConnections(1, QStringLiteral("/oauth/jwks"));
        bool closed = false;
        const QByteArray raw = rawExchange(emu->port(), getRequest(QStringLiteral("/oauth/jwks")), 5000, &closed);
        QVERIFY(closed);
        QVERIFY(raw.isEmpty());
        QCOMPARE(emu->requestLog().last().status, 0);
        // QNetworkAccessManager silently retries a dropped request; enough drops reach the caller.
        emu->dropNextConnections(3, QStringLiteral("/oauth/jwks"));
        emu->clearRequestLog();
        QVERIFY(http->get(jwksUrl()).error != QNetworkReply::NoError);
        QVERIFY(emu->countRequests("GET", QStringLiteral("/oauth/jwks")) >= 2);
        emu->clearFaults();
        QCOMPARE(http->get(jwksUrl()).status, 200);
    }

    void downtimeIsEsiOnly()
    {
        emu->setDowntime(true);
        const Reply r = http->get(esi(*emu, QStringLiteral("/characters/%1").arg(Aria)));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.object().value(QLatin1String("error")).toString(),
                 QStringLiteral("The datasource tranquility is temporarily unavailable"));
        QCOMPARE(http->get(emu->discoveryUrl()).status, 200);
        emu->setDowntime(false);
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/characters/%1").arg(Aria))).status, 200);
    }

    void passwordChangeRevokesEveryRefreshToken()
    {
        const QString a = emu->issueRefreshToken(Aria, emu->demoClientId(), {QStringLiteral("publicData")});
        const QString b = emu->issueRefreshToken(Aria, emu->demoClientId(), {WalletScope});
        const QString other = emu->issueRefreshToken(Kell, emu->demoClientId(), {QStringLiteral("publicData")});
        emu->revokeAllTokens(Aria);
        for (const QString &token : {a, b}) {
            const Reply r = http->postForm(tokenUrl(*emu), "grant_type=refresh_token&refresh_token=" + pct(token)
                                                               + "&client_id=" + pct(emu->demoClientId()));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        }
        QCOMPARE(http->postForm(tokenUrl(*emu), "grant_type=refresh_token&refresh_token=" + pct(other) + "&client_id="
                                                    + pct(emu->demoClientId())).status, 200);
    }

    void keyRotation()
    {
        const QString old = emu->issueAccessToken(Aria, emu->demoClientId(), {WalletScope});
        const QByteArray oldJwks = http->get(jwksUrl()).body;
        QVERIFY(verifyJwt(old.toLatin1(), oldJwks).ok);
        emu->rotateSigningKeys();
        const QByteArray newJwks = http->get(jwksUrl()).body;
        QVERIFY(newJwks != oldJwks);
        const QJsonArray keys = QJsonDocument::fromJson(newJwks).object().value(QLatin1String("keys")).toArray();
        QVERIFY(keys[0].toObject().value(QLatin1String("kid")).toString() != QLatin1String("JWT-Signature-Key"));
        QVERIFY(!verifyJwt(old.toLatin1(), newJwks).ok);
        const QUrl wallet = esi(*emu, QStringLiteral("/characters/%1/wallet").arg(Aria));
        const Reply refused = http->get(wallet, bearer(old));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.object().value(QLatin1String("error")).toString(), QStringLiteral("authentication failure"));
        const QString fresh = emu->issueAccessToken(Aria, emu->demoClientId(), {WalletScope});
        QVERIFY(verifyJwt(fresh.toLatin1(), newJwks).ok);
        QCOMPARE(http->get(wallet, bearer(fresh)).status, 200);
    }

    void clockSkew()
    {
        emu->setClockSkew(-3600);
        const QString past = emu->issueAccessToken(Aria, emu->demoClientId(), {WalletScope});
        const QJsonObject claims = verifyJwt(past.toLatin1(), emu->jwksDocument()).claims;
        QVERIFY(claims.value(QLatin1String("iat")).toInteger() < QDateTime::currentSecsSinceEpoch() - 3000);
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger() - claims.value(QLatin1String("iat")).toInteger(), 1200);
        const QUrl wallet = esi(*emu, QStringLiteral("/characters/%1/wallet").arg(Aria));
        QCOMPARE(http->get(wallet, bearer(past)).status, 401);
        emu->setClockSkew(7200);
        const Reply future = http->get(wallet, bearer(emu->issueAccessToken(Aria, emu->demoClientId(), {WalletScope})));
        QCOMPARE(future.status, 403);
        QCOMPARE(future.object().value(QLatin1String("error")).toString(), QStringLiteral("token expiry is too far in the future"));
    }

    void badSignature()
    {
        emu->setBadSignature(true);
        const QString bad = emu->issueAccessToken(Aria, emu->demoClientId(), {WalletScope});
        const VerifiedJwt v = verifyJwt(bad.toLatin1(), emu->jwksDocument());
        QVERIFY(!v.ok);
        QCOMPARE(v.claims.value(QLatin1String("sub")).toString(), QStringLiteral("CHARACTER:EVE:%1").arg(Aria));
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/characters/%1/wallet").arg(Aria)), bearer(bad)).status, 401);
        emu->setSigningAlgorithm(Emulator::SigningAlgorithm::ES256);
        QVERIFY(!verifyJwt(emu->issueAccessToken(Aria, emu->demoClientId(), {}).toLatin1(), emu->jwksDocument()).ok);
        emu->setBadSignature(false);
        QVERIFY(verifyJwt(emu->issueAccessToken(Aria, emu->demoClientId(), {}).toLatin1(), emu->jwksDocument()).ok);
    }

    void keepAliveAndPipelining()
    {
        const QByteArray three = getRequest(QStringLiteral("/esi/status")) + getRequest(QStringLiteral("/esi/status"))
            + "POST /esi/universe/names HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n[92001001]";
        bool closed = true;
        const QByteArray raw = rawExchange(emu->port(), three, 5000, &closed,
                                           [](const QByteArray &r) { return completeResponses(r) >= 3; });
        QCOMPARE(completeResponses(raw), 3);
        QVERIFY(!closed); // keep-alive
        QVERIFY(raw.contains("Aria Vantor"));
        // Connection: close is honoured; HTTP/1.0 closes by default.
        rawExchange(emu->port(), getRequest(QStringLiteral("/esi/status"), "Connection: close\r\n"), 5000, &closed);
        QVERIFY(closed);
        const QByteArray old = rawExchange(emu->port(), "GET /esi/status HTTP/1.0\r\n\r\n", 5000, &closed);
        QVERIFY(closed);
        QVERIFY(old.startsWith("HTTP/1.1 200"));
    }

    void headHasNoBody()
    {
        const QByteArray raw = rawExchange(emu->port(),
                                           "HEAD /oauth/jwks HTTP/1.1\r\nHost: x\r\n\r\n" + getRequest(QStringLiteral("/esi/status")),
                                           5000, nullptr, [](const QByteArray &r) { return r.contains("\"players\""); });
        QVERIFY(raw.startsWith("HTTP/1.1 200"));
        QVERIFY(!raw.contains("\"keys\"")); // HEAD: headers only...
        QCOMPARE(raw.count("HTTP/1.1 200"), 2); // ...and the pipelined GET after it still parses
    }

    void manyPipelinedRequestsWithBackPressure()
    {
        // A client that pipelines far more than it reads: everything is answered, in order, eventually.
        constexpr int n = 3000;
        QByteArray requests;
        for (int i = 0; i < n; ++i)
            requests += getRequest(QStringLiteral("/oauth/jwks"));
        const QByteArray raw = rawExchange(emu->port(), requests, 60000, nullptr,
                                           [](const QByteArray &r) { return completeResponses(r) >= n; });
        QCOMPARE(completeResponses(raw), n);
    }

    void garbageAndLimits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("garbage line") << QByteArray("this is not http\r\n\r\n") << QByteArray("400");
        static const char tlsHello[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
        QTest::newRow("binary") << QByteArray(tlsHello, sizeof tlsHello - 1) << QByteArray("400");
        QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << QByteArray("400");
        QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -4\r\n\r\n") << QByteArray("400");
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << QByteArray("501");
        QTest::newRow("huge body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n") << QByteArray("413");
        QTest::newRow("huge headers") << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n") << QByteArray("431");
        QTest::newRow("http/2 line") << QByteArray("GET / HTTP/2.0\r\n\r\n") << QByteArray("505");
    }
    void garbageAndLimits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, status);
        bool closed = false;
        const QByteArray raw = rawExchange(emu->port(), bytes, 5000, &closed);
        QVERIFY2(raw.startsWith("HTTP/1.1 " + status), raw.left(40).constData());
        QVERIFY(closed);
        // The server lives on.
        QCOMPARE(http->get(emu->discoveryUrl()).status, 200);
    }

    void startFailsOnABusyPort()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        Emulator other;
        QVERIFY(!other.start(blocker.serverPort()));
        QVERIFY(!other.errorString().isEmpty());
        QVERIFY(!other.isRunning());
        QVERIFY(!emu->start()); // already running
        emu->stop();
        QVERIFY(!emu->isRunning());
        QVERIFY(emu->start());
        QCOMPARE(http->get(emu->discoveryUrl()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
