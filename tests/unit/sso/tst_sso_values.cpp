// Value types of the SSO client: profiles, settings, endpoints, token sets.

#include <EveSso/ClientSettings.h>
#include <EveSso/ServerProfile.h>
#include <EveSso/SsoEndpoints.h>
#include <EveSso/TokenSet.h>
#include <EveSso/UtcDateTime.h>

#include <QJsonDocument>
#include <QtTest>

using namespace EveSso;

namespace {
// The two shapes of EVE's metadata document (eve-sso-esi-facts.md §1a).
const char kSnapshotA[] = "{\"issuer\":\"login.eveonline.com\","
    "\"authorization_endpoint\":\"https://login.eveonline.com/v2/oauth/authorize\","
    "\"token_endpoint\":\"https://login.eveonline.com/v2/oauth/token\",\"response_types_supported\":[\"code\",\"token\"],"
    "\"jwks_uri\":\"https://login.eveonline.com/oauth/jwks\",\"revocation_endpoint\":\"https://login.eveonline.com/v2/oauth/revoke\","
    "\"code_challenge_methods_supported\":[\"S256\"]}";
const char kSnapshotB[] = "{\"issuer\":\"https://login.eveonline.com\","
    "\"authorization_endpoint\":\"https://login.eveonline.com/v2/oauth/authorize\","
    "\"token_endpoint\":\"https://login.eveonline.com/v2/oauth/token\","
    "\"userinfo_endpoint\":\"https://login.eveonline.com/v2/oauth/verify\","
    "\"jwks_uri\":\"https://login.eveonline.com/oauth/jwks\",\"revocation_endpoint\":\"https://login.eveonline.com/v2/oauth/revoke\","
    "\"subject_types_supported\":[\"public\"],\"code_challenge_methods_supported\":[\"S256\"]}";
} // namespace

class TestSsoValues : public QObject
{
    Q_OBJECT

private slots:
    void builtInProfiles()
    {
        const ServerProfile tq = ServerProfile::tranquility();
        QCOMPARE(tq.discoveryUrl.toString(),
                 QStringLiteral("https://login.eveonline.com/.well-known/oauth-authorization-server"));
        QCOMPARE(tq.esiBaseUrl.toString(), QStringLiteral("https://esi.evetech.net"));
        QCOMPARE(tq.imageBaseUrl.toString(), QStringLiteral("https://images.evetech.net"));
        QCOMPARE(ServerProfile::builtIn().size(), 3);
        QCOMPARE(ServerProfile::byId(QStringLiteral("singularity")).discoveryUrl.host(),
                 QStringLiteral("sisilogin.testeveonline.com"));
        QCOMPARE(ServerProfile::byId(QStringLiteral("serenity")).discoveryUrl.host(), QStringLiteral("login.evepc.163.com"));
        QVERIFY(!ServerProfile::byId(QStringLiteral("nope")).isValid());
        const ServerProfile emulator = ServerProfile::custom(
            QStringLiteral("emulator"), QUrl(QStringLiteral("http://127.0.0.1:1/.well-known/oauth-authorization-server")),
            QUrl(QStringLiteral("http://127.0.0.1:1/esi")), QUrl(QStringLiteral("http://127.0.0.1:1/images")));
        QVERIFY(emulator.isValid());
        QVERIFY(emulator != tq);
    }

    void defaultCallback()
    {
        ClientSettings settings;
        QCOMPARE(settings.callbackUrl.toString(), QStringLiteral("http://localhost:47813/callback"));
        QCOMPARE(ClientSettings::defaultCallbackUrl(8080).toString(), QStringLiteral("http://localhost:8080/callback"));
        QVERIFY(!settings.isConfidential());
        settings.clientSecret = QStringLiteral("s");
        QVERIFY(settings.isConfidential());
        settings.userAgent = QStringLiteral("Tool/1.0 (me@example.com)");
        QCOMPARE(settings.effectiveUserAgent(), QByteArray("Tool/1.0 (me@example.com)"));
    }

    void missingUserAgentWarnsOnce()
    {
        ClientSettings settings;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("No User-Agent set")));
        QVERIFY(settings.effectiveUserAgent().startsWith("EveSso/"));
        QVERIFY(settings.effectiveUserAgent().startsWith("EveSso/")); // no second warning (would fail the test)
    }

    void endpointsFromBothMetadataSnapshots_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("issuer");
        QTest::newRow("2018 snapshot A") << QByteArray(kSnapshotA) << QStringLiteral("login.eveonline.com");
        QTest::newRow("2026 snapshot B") << QByteArray(kSnapshotB) << QStringLiteral("https://login.eveonline.com");
    }

    void endpointsFromBothMetadataSnapshots()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, issuer);
        const auto endpoints = SsoEndpoints::fromMetadata(QJsonDocument::fromJson(json).object());
        QVERIFY(endpoints);
        QCOMPARE(endpoints->issuer, issuer);
        QCOMPARE(endpoints->tokenEndpoint.toString(), QStringLiteral("https://login.eveonline.com/v2/oauth/token"));
        QCOMPARE(endpoints->jwksUri.path(), QStringLiteral("/oauth/jwks"));
        QCOMPARE(endpoints->revocationEndpoint.path(), QStringLiteral("/v2/oauth/revoke"));
        QCOMPARE(endpoints->codeChallengeMethods, QStringList{QStringLiteral("S256")});
    }

    void endpointsRejectBrokenMetadata()
    {
        QString why;
        QVERIFY(!SsoEndpoints::fromMetadata(QJsonObject{}, &why));
        QVERIFY(why.contains(QLatin1String("issuer")));
        const QJsonObject badToken{{QStringLiteral("issuer"), QStringLiteral("x")},
                                   {QStringLiteral("authorization_endpoint"), QStringLiteral("https://a/authorize")},
                                   {QStringLiteral("token_endpoint"), QStringLiteral("javascript:alert(1)")},
                                   {QStringLiteral("jwks_uri"), QStringLiteral("https://a/jwks")}};
        QVERIFY(!SsoEndpoints::fromMetadata(badToken, &why));
        QVERIFY(why.contains(QLatin1String("token_endpoint")));
    }

    void tokenSetFromResponseAndRotation()
    {
        const QDateTime now = EveSso::Utc::fromSecsSinceEpoch(1700000000);
        const QJsonObject first{{QStringLiteral("access_token"), QStringLiteral("A1")},
                                {QStringLiteral("expires_in"), 1199},
                                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                {QStringLiteral("refresh_token"), QStringLiteral("R1")}};
        const TokenSet tokens = TokenSet::fromResponse(first, QString(), now);
        QCOMPARE(tokens.accessToken, QStringLiteral("A1"));
        QCOMPARE(tokens.refreshToken, QStringLiteral("R1"));
        QCOMPARE(tokens.expiresAt, now.addSecs(1199));
        // A refresh response without refresh_token keeps the old one (no rotation).
        const QJsonObject noRotation{{QStringLiteral("access_token"), QStringLiteral("A2")}, {QStringLiteral("expires_in"), 1200}};
        QCOMPARE(TokenSet::fromResponse(noRotation, QStringLiteral("R1"), now).refreshToken, QStringLiteral("R1"));
        // With rotation the new one wins.
        QJsonObject rotated = noRotation;
        rotated.insert(QStringLiteral("refresh_token"), QStringLiteral("R2"));
        QCOMPARE(TokenSet::fromResponse(rotated, QStringLiteral("R1"), now).refreshToken, QStringLiteral("R2"));
    }

    void isExpiredLikeEsiPy()
    {
        const QDateTime now = EveSso::Utc::fromSecsSinceEpoch(1700000000);
        TokenSet tokens;
        QVERIFY(tokens.isExpired(0, now)); // no expiry known
        tokens.expiresAt = now.addSecs(-1);
        QVERIFY(tokens.isExpired(0, now));
        tokens.expiresAt = now.addSecs(60);
        QVERIFY(!tokens.isExpired(0, now));
        QVERIFY(tokens.isExpired(70, now)); // offset 70 on a 60 s token
        QVERIFY(!tokens.isExpired(59, now));
    }
};

QTEST_GUILESS_MAIN(TestSsoValues)
#include "tst_sso_values.moc"
