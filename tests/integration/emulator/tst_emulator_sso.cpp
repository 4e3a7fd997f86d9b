// The emulator's SSO side over real HTTP: discovery, JWKS, authorize validation and page, the token
// endpoint (PKCE and confidential clients), refresh with rotation, revoke, and the JWTs it signs.

#include "EmulatorTestSupport.h"
#include "JwtTestVerifier.h"

using namespace EmuTest;
using EveSso::Emulator;

class TestEmulatorSso : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Emulator> emu;
    std::unique_ptr<Http> http;
    const QByteArray verifier = b64url(QByteArray(32, 'v'));

    QString callback() const { return emu->demoCallbackUrl().toString(); }
    QJsonObject claimsOf(const QString &token)
    {
        const VerifiedJwt v = verifyJwt(token.toLatin1(), http->get(QUrl(emu->baseUrl().toString() + QStringLiteral("/oauth/jwks"))).body);
        return v.ok ? v.claims : QJsonObject();
    }
    Reply loginDemo(qint64 character, const QString &scopes)
    {
        const QString code = demoCode(*http, *emu, character, scopes, verifier);
        return redeemDemoCode(*http, *emu, code, verifier);
    }
    void registerConfidential()
    {
        emu->registerClient({QStringLiteral("webapp"), QStringLiteral("s3cret"),
                             {QStringLiteral("https://app.example/cb")}, {QStringLiteral("publicData"), WalletScope}});
    }

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

    void discoveryPointsAtOwnOrigin()
    {
        const Reply r = http->get(emu->discoveryUrl());
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.object();
        const QString origin = emu->baseUrl().toString();
        QCOMPARE(d.value(QLatin1String("issuer")).toString(), QStringLiteral("https://127.0.0.1:%1").arg(emu->port()));
        QCOMPARE(d.value(QLatin1String("authorization_endpoint")).toString(), origin + QLatin1String("/v2/oauth/authorize"));
        QCOMPARE(d.value(QLatin1String("token_endpoint")).toString(), origin + QLatin1String("/v2/oauth/token"));
        QCOMPARE(d.value(QLatin1String("revocation_endpoint")).toString(), origin + QLatin1String("/v2/oauth/revoke"));
        QCOMPARE(d.value(QLatin1String("jwks_uri")).toString(), origin + QLatin1String("/oauth/jwks"));
        QCOMPARE(d.value(QLatin1String("userinfo_endpoint")).toString(), origin + QLatin1String("/v2/oauth/verify"));
        QCOMPARE(d.value(QLatin1String("code_challenge_methods_supported")).toArray(), QJsonArray{QStringLiteral("S256")});
        QCOMPARE(d.value(QLatin1String("response_types_supported")).toArray().size(), 2);
        QCOMPARE(d.value(QLatin1String("subject_types_supported")).toArray(), QJsonArray{QStringLiteral("public")});
        QCOMPARE(d.value(QLatin1String("token_endpoint_auth_methods_supported")).toArray().size(), 3);
        QCOMPARE(d.value(QLatin1String("id_token_signing_alg_values_supported")).toArray(), QJsonArray{QStringLiteral("HS256")});
        QCOMPARE(d.size(), 13);

        emu->setIssuerForm(Emulator::IssuerForm::BareHost);
        QCOMPARE(http->get(emu->discoveryUrl()).object().value(QLatin1String("issuer")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(emu->port()));
        QCOMPARE(emu->issuer(), QStringLiteral("127.0.0.1:%1").arg(emu->port()));
    }

    void jwksHasBothKeysAndTheSkipMember()
    {
        const Reply r = http->get(QUrl(emu->baseUrl().toString() + QStringLiteral("/oauth/jwks")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, emu->jwksDocument());
        const QJsonObject doc = r.object();
        QCOMPARE(doc.value(QLatin1String("SkipUnresolvedJsonWebKeys")), QJsonValue(true));
        const QJsonArray keys = doc.value(QLatin1String("keys")).toArray();
        QCOMPARE(keys.size(), 2);
        const QJsonObject rsa = keys[0].toObject(), ec = keys[1].toObject();
        QCOMPARE(rsa.value(QLatin1String("kid")).toString(), QStringLiteral("JWT-Signature-Key"));
        QCOMPARE(rsa.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(rsa.value(QLatin1String("e")).toString(), QStringLiteral("AQAB"));
        bool ok = false;
        QCOMPARE(unb64url(rsa.value(QLatin1String("n")).toString().toLatin1(), &ok).size(), 256); // 2048 bits
        QCOMPARE(ec.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(ec.value(QLatin1String("crv")).toString(), QStringLiteral("P-256"));
        QVERIFY(!QUuid::fromString(ec.value(QLatin1String("kid")).toString()).isNull());
        QCOMPARE(unb64url(ec.value(QLatin1String("x")).toString().toLatin1(), &ok).size(), 32);
        QCOMPARE(ec.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
    }

    void authorizeRejectsInvalidRequests_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("error");
        const QString ok = QStringLiteral("response_type=code&client_id=%1&redirect_uri=%2&scope=publicData&state=x"
                                          "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                                          "&code_challenge_method=S256");
        QTest::newRow("response_type token") << QString(ok).replace(QLatin1String("type=code"), QLatin1String("type=token")) << "invalid_request";
        QTest::newRow("unknown client") << QString(ok).replace(QLatin1String("client_id=%1"), QLatin1String("client_id=nope")) << "invalid_request";
        QTest::newRow("redirect mismatch") << QString(ok).replace(QLatin1String("%2"), QLatin1String("http%3A%2F%2Flocalhost%3A47813%2Fother")) << "invalid_request";
        QTest::newRow("unknown scope") << QString(ok).replace(QLatin1String("scope=publicData"), QLatin1String("scope=esi-characters.write_contacts.v1")) << "invalid_scope";
        QTest::newRow("no state") << QString(ok).replace(QLatin1String("&state=x"), QString()) << "invalid_request";
        QTest::newRow("no challenge") << QString(ok).left(ok.indexOf(QLatin1String("&code_challenge="))) << "invalid_request";
        QTest::newRow("plain method") << QString(ok).replace(QLatin1String("=S256"), QLatin1String("=plain")) << "invalid_request";
    }
    void authorizeRejectsInvalidRequests()
    {
        QFETCH(QString, query);
        QFETCH(QString, error);
        QUrl url(emu->baseUrl().toString() + QStringLiteral("/v2/oauth/authorize"));
        url.setQuery(query.arg(emu->demoClientId(), QString::fromLatin1(pct(callback()))));
        const Reply r = http->get(url);
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QCOMPARE(r.object().value(QLatin1String("error")).toString(), error);
        QVERIFY(!r.object().value(QLatin1String("error_description")).toString().isEmpty());
        if (error == QLatin1String("invalid_scope"))
            QCOMPARE(r.object().value(QLatin1String("error_description")).toString(),
                     QStringLiteral("The requested 'esi-characters.write_contacts.v1' scope is not valid."));
    }

    void authorizePageListsCharactersAndCancelRedirects()
    {
        const Reply page = http->get(authorizeUrl(*emu, emu->demoClientId(), callback(), QStringLiteral("publicData"),
                                                  QStringLiteral("st/ate+1"), challengeOf(verifier)));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        for (qint64 id : emu->characterIds()) {
            QVERIFY(page.body.contains("value=\"" + QByteArray::number(id) + '"'));
            QVERIFY(page.body.contains(emu->characterName(id).toUtf8()));
        }
        QVERIFY(page.body.contains("value=\"authorize\""));
        QVERIFY(page.body.contains("value=\"cancel\""));
        const Reply cancel = http->postForm(QUrl(emu->baseUrl().toString() + QStringLiteral("/v2/oauth/authorize")),
                                            "request_id=" + pct(requestIdOf(page.body)) + "&action=cancel");
        QCOMPARE(cancel.status, 302);
        const QByteArray location = cancel.header("location");
        QVERIFY(location.startsWith(callback().toLatin1() + '?'));
        QCOMPARE(locationItem(location, QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(locationItem(location, QStringLiteral("state")), QStringLiteral("st/ate+1"));
        QVERIFY(locationItem(location, QStringLiteral("code")).isEmpty());
        // The page answers once.
        const Reply again = http->postForm(QUrl(emu->baseUrl().toString() + QStringLiteral("/v2/oauth/authorize")),
                                           "request_id=" + pct(requestIdOf(page.body)) + "&action=cancel");
        QCOMPARE(again.status, 400);
    }

    void fullPkceLoginWithRotationAndRevoke()
    {
        // authorize page -> approve -> 302 with code and state
        const QUrl authorize = authorizeUrl(*emu, emu->demoClientId(), callback(),
                                            QStringLiteral("publicData esi-wallet.read_character_wallet.v1"),
                                            QStringLiteral("state-123"), challengeOf(verifier));
        const QByteArray location = approve(*http, *emu, authorize, Kell);
        QVERIFY(location.startsWith("http://localhost:47813/callback?code="));
        QCOMPARE(locationItem(location, QStringLiteral("state")), QStringLiteral("state-123"));
        const QString code = locationItem(location, QStringLiteral("code"));
        QCOMPARE(code.size(), 22);

        // token
        const Reply token = redeemDemoCode(*http, *emu, code, verifier);
        QCOMPARE(token.status, 200);
        const QJsonObject t = token.object();
        QCOMPARE(t.size(), 4);
        QCOMPARE(t.value(QLatin1String("expires_in")).toInt(), 1199);
        QCOMPARE(t.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        const QString refresh1 = t.value(QLatin1String("refresh_token")).toString();
        QCOMPARE(refresh1.size(), 24);
        QCOMPARE(QByteArray::fromBase64(refresh1.toLatin1()).size(), 16);
        const QJsonObject claims = claimsOf(t.value(QLatin1String("access_token")).toString());
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("CHARACTER:EVE:%1").arg(Kell));

        // refresh with rotation
        const QByteArray refreshForm = "grant_type=refresh_token&refresh_token=" + pct(refresh1) + "&client_id="
            + pct(emu->demoClientId());
        const Reply refreshed = http->postForm(tokenUrl(*emu), refreshForm);
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(refreshed.object().value(QLatin1String("expires_in")).toInt(), 1200);
        const QString refresh2 = refreshed.object().value(QLatin1String("refresh_token")).toString();
        QVERIFY(!refresh2.isEmpty());
        QVERIFY(refresh2 != refresh1);
        const Reply old = http->postForm(tokenUrl(*emu), refreshForm);
        QCOMPARE(old.status, 400);
        QCOMPARE(old.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(old.object().value(QLatin1String("error_description")).toString(),
                 QStringLiteral("Invalid refresh token. Token missing/expired."));

        // revoke, then the token is dead
        const Reply revoked = http->postForm(revokeUrl(*emu), "token_type_hint=refresh_token&token=" + pct(refresh2)
                                                                  + "&client_id=" + pct(emu->demoClientId()));
        QCOMPARE(revoked.status, 200);
        const Reply dead = http->postForm(tokenUrl(*emu), "grant_type=refresh_token&refresh_token=" + pct(refresh2)
                                                              + "&client_id=" + pct(emu->demoClientId()));
        QCOMPARE(dead.status, 400);
        QCOMPARE(dead.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(emu->countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), 3);
        QCOMPARE(emu->countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("authorization_code")), 1);
    }

    void revokeAlwaysAnswers200()
    {
        QCOMPARE(http->postForm(revokeUrl(*emu), "token_type_hint=refresh_token&token=bm90LWEtdG9rZW4=").status, 200);
        QCOMPARE(http->send("POST", revokeUrl(*emu), {{"Content-Type", "application/json"}}, "{}").status, 200);
    }

    void autoApproveRedirectsAtOnce()
    {
        emu->setAutoApprove(Ilsa);
        const Reply r = http->get(authorizeUrl(*emu, emu->demoClientId(), callback(), QStringLiteral("publicData"),
                                               QStringLiteral("s"), challengeOf(verifier)));
        QCOMPARE(r.status, 302);
        const Reply token = redeemDemoCode(*http, *emu, locationItem(r.header("location"), QStringLiteral("code")), verifier);
        QCOMPARE(claimsOf(token.object().value(QLatin1String("access_token")).toString()).value(QLatin1String("name")).toString(),
                 emu->characterName(Ilsa));
    }

    void codesAreSingleUse()
    {
        const QString code = demoCode(*http, *emu, Aria, QStringLiteral("publicData"), verifier);
        QCOMPARE(redeemDemoCode(*http, *emu, code, verifier).status, 200);
        const Reply again = redeemDemoCode(*http, *emu, code, verifier);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(again.object().value(QLatin1String("error_description")).toString(),
                 QStringLiteral("Authorization code is invalid"));
    }

    void pkceMismatchIsRefused()
    {
        const QString code = demoCode(*http, *emu, Aria, QStringLiteral("publicData"), verifier);
        const Reply r = redeemDemoCode(*http, *emu, code, b64url(QByteArray(32, 'w')));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(r.object().value(QLatin1String("error_description")).toString(),
                 QStringLiteral("Failed code verification challenge."));
    }

    void paddedVerifierIsHashedAsReceived()
    {
        // CCP's own example sends a padded 44-character verifier; it is hashed byte for byte.
        const QByteArray padded = QByteArray(32, 'p').toBase64(QByteArray::Base64UrlEncoding);
        QVERIFY(padded.endsWith('='));
        const QString code = demoCode(*http, *emu, Aria, QStringLiteral("publicData"), padded);
        QCOMPARE(redeemDemoCode(*http, *emu, code, padded).status, 200);
        const QString code2 = demoCode(*http, *emu, Aria, QStringLiteral("publicData"), padded);
        QCOMPARE(redeemDemoCode(*http, *emu, code2, padded.chopped(1)).status, 400);
    }

    void tokenEndpointWantsFormEncoding()
    {
        const Reply r = http->send("POST", tokenUrl(*emu), {{"Content-Type", "application/json"}},
                                   R"({"grant_type":"authorization_code","code":"x"})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(r.object().value(QLatin1String("error_description")).toString(), QStringLiteral("Grant type is not supported."));
        const Reply unsupported = http->postForm(tokenUrl(*emu), "grant_type=password&client_id=" + pct(emu->demoClientId()));
        QCOMPARE(unsupported.status, 400);
        QCOMPARE(unsupported.object().value(QLatin1String("error")).toString(), QStringLiteral("unsupported_grant_type"));
        const Reply missing = http->postForm(tokenUrl(*emu), "code=abc");
        QCOMPARE(missing.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_request"));
    }

    void confidentialClientWithBasicAuth()
    {
        registerConfidential();
        const QUrl authorize = authorizeUrl(*emu, QStringLiteral("webapp"), QStringLiteral("https://app.example/cb"),
                                            QStringLiteral("publicData"), QStringLiteral("s"), QByteArray());
        const QString code = locationItem(approve(*http, *emu, authorize, Aria), QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        const QByteArray form = "grant_type=authorization_code&code=" + pct(code);

        const Reply wrong = http->postForm(tokenUrl(*emu), form, {{"Authorization", "Basic " + QByteArray("webapp:nope").toBase64()}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
        QVERIFY(wrong.header("www-authenticate").startsWith("Basic realm="));
        // Unpadded base64 is not what the SSO accepts ("webapp:s3cret" needs padding).
        QVERIFY(QByteArray("webapp:s3cret").toBase64().endsWith('='));
        const Reply unpadded = http->postForm(tokenUrl(*emu), form,
                                              {{"Authorization", "Basic " + QByteArray("webapp:s3cret").toBase64(QByteArray::OmitTrailingEquals)}});
        QCOMPARE(unpadded.status, 401);
        const Reply noAuth = http->postForm(tokenUrl(*emu), form + "&client_id=webapp");
        QCOMPARE(noAuth.status, 401);

        // The failed attempts above never reached the code, so it is still good.
        const QList<QPair<QByteArray, QByteArray>> basic{{"Authorization", "Basic " + QByteArray("webapp:s3cret").toBase64()}};
        const Reply ok = http->postForm(tokenUrl(*emu), form, basic);
        QCOMPARE(ok.status, 200);
        const QString refresh = ok.object().value(QLatin1String("refresh_token")).toString();
        QCOMPARE(claimsOf(ok.object().value(QLatin1String("access_token")).toString()).value(QLatin1String("azp")).toString(),
                 QStringLiteral("webapp"));
        const Reply refreshed = http->postForm(tokenUrl(*emu), "grant_type=refresh_token&refresh_token=" + pct(refresh), basic);
        QCOMPARE(refreshed.status, 200);
    }

    void refreshTokensAreBoundToTheirClient()
    {
        registerConfidential();
        const QString refresh = emu->issueRefreshToken(Aria, QStringLiteral("webapp"), {QStringLiteral("publicData")});
        const Reply r = http->postForm(tokenUrl(*emu), "grant_type=refresh_token&refresh_token=" + pct(refresh)
                                                           + "&client_id=" + pct(emu->demoClientId()));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        // A revoke by another client leaves it alone.
        QCOMPARE(http->postForm(revokeUrl(*emu), "token=" + pct(refresh) + "&client_id=" + pct(emu->demoClientId())).status, 200);
        const Reply still = http->postForm(tokenUrl(*emu), "grant_type=refresh_token&refresh_token=" + pct(refresh),
                                           {{"Authorization", "Basic " + QByteArray("webapp:s3cret").toBase64()}});
        QCOMPARE(still.status, 200);
    }

    void refreshNarrowsScopes()
    {
        const Reply login = loginDemo(Aria, QStringLiteral("publicData esi-wallet.read_character_wallet.v1 esi-skills.read_skills.v1"));
        const QString refresh = login.object().value(QLatin1String("refresh_token")).toString();
        QCOMPARE(claimsOf(login.object().value(QLatin1String("access_token")).toString()).value(QLatin1String("scp")).toArray().size(), 3);
        const QByteArray base = "grant_type=refresh_token&client_id=" + pct(emu->demoClientId()) + "&refresh_token=";

        const Reply bad = http->postForm(tokenUrl(*emu), base + pct(refresh) + "&scope=esi-skills.read_skillqueue.v1");
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_scope"));

        const Reply narrowed = http->postForm(tokenUrl(*emu), base + pct(refresh) + "&scope=publicData+esi-skills.read_skills.v1");
        QCOMPARE(narrowed.status, 200);
        const QJsonObject claims = claimsOf(narrowed.object().value(QLatin1String("access_token")).toString());
        QCOMPARE(claims.value(QLatin1String("scp")).toArray(),
                 (QJsonArray{QStringLiteral("publicData"), QStringLiteral("esi-skills.read_skills.v1")}));
        // The rotated token still carries the whole original grant.
        const Reply full = http->postForm(tokenUrl(*emu), base + pct(narrowed.object().value(QLatin1String("refresh_token")).toString()));
        QCOMPARE(claimsOf(full.object().value(QLatin1String("access_token")).toString()).value(QLatin1String("scp")).toArray().size(), 3);
    }

    void rotationCanBeSwitchedOff()
    {
        emu->setRefreshTokenRotation(false);
        const QString refresh = loginDemo(Aria, QStringLiteral("publicData")).object().value(QLatin1String("refresh_token")).toString();
        const QByteArray form = "grant_type=refresh_token&refresh_token=" + pct(refresh) + "&client_id=" + pct(emu->demoClientId());
        const Reply r1 = http->postForm(tokenUrl(*emu), form);
        QCOMPARE(r1.object().value(QLatin1String("refresh_token")).toString(), refresh);
        QCOMPARE(http->postForm(tokenUrl(*emu), form).status, 200);
    }

    void claimsAreThoseOfTheLiveSso()
    {
        const Reply login = loginDemo(Aria, QStringLiteral("publicData"));
        const QString token = login.object().value(QLatin1String("access_token")).toString();
        const VerifiedJwt v = verifyJwt(token.toLatin1(), emu->jwksDocument());
        QVERIFY2(v.ok, qPrintable(v.error));
        QCOMPARE(v.header, (QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                        {QStringLiteral("kid"), QStringLiteral("JWT-Signature-Key")},
                                        {QStringLiteral("typ"), QStringLiteral("JWT")}}));
        const QJsonObject c = v.claims;
        QCOMPARE(c.value(QLatin1String("scp")), QJsonValue(QStringLiteral("publicData"))); // one scope: a string
        QVERIFY(!QUuid::fromString(c.value(QLatin1String("jti")).toString()).isNull());
        QCOMPARE(c.value(QLatin1String("kid")).toString(), QStringLiteral("JWT-Signature-Key"));
        QCOMPARE(c.value(QLatin1String("sub")).toString(), QStringLiteral("CHARACTER:EVE:%1").arg(Aria));
        QCOMPARE(c.value(QLatin1String("azp")).toString(), emu->demoClientId());
        QCOMPARE(c.value(QLatin1String("tenant")).toString(), QStringLiteral("tranquility"));
        QCOMPARE(c.value(QLatin1String("tier")).toString(), QStringLiteral("live"));
        QCOMPARE(c.value(QLatin1String("region")).toString(), QStringLiteral("world"));
        QCOMPARE(c.value(QLatin1String("aud")).toArray(), (QJsonArray{emu->demoClientId(), QStringLiteral("EVE Online")}));
        QCOMPARE(c.value(QLatin1String("name")).toString(), emu->characterName(Aria));
        QCOMPARE(c.value(QLatin1String("owner")).toString().size(), 28);
        QCOMPARE(c.value(QLatin1String("exp")).toInteger() - c.value(QLatin1String("iat")).toInteger(), 1200);
        QVERIFY(qAbs(c.value(QLatin1String("iat")).toInteger() - QDateTime::currentSecsSinceEpoch()) < 120);
        QCOMPARE(c.value(QLatin1String("iss")).toString(), emu->issuer());
        QCOMPARE(c.size(), 14);

        emu->setIssuerForm(Emulator::IssuerForm::BareHost);
        const QString bare = loginDemo(Aria, QStringLiteral("publicData")).object().value(QLatin1String("access_token")).toString();
        QCOMPARE(claimsOf(bare).value(QLatin1String("iss")).toString(), QStringLiteral("127.0.0.1:%1").arg(emu->port()));
    }

    void noScopesMeansNoRefreshTokenAndNoScp()
    {
        const Reply login = loginDemo(Aria, QString());
        QCOMPARE(login.status, 200);
        QVERIFY(!login.object().contains(QLatin1String("refresh_token")));
        const QJsonObject claims = claimsOf(login.object().value(QLatin1String("access_token")).toString());
        QVERIFY(!claims.isEmpty());
        QVERIFY(!claims.contains(QLatin1String("scp")));
    }

    void es256TokensVerify()
    {
        emu->setSigningAlgorithm(Emulator::SigningAlgorithm::ES256);
        const QString token = loginDemo(Aria, QStringLiteral("publicData")).object().value(QLatin1String("access_token")).toString();
        const VerifiedJwt v = verifyJwt(token.toLatin1(), emu->jwksDocument());
        QVERIFY2(v.ok, qPrintable(v.error));
        QCOMPARE(v.header.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(v.header.value(QLatin1String("kid")), v.claims.value(QLatin1String("kid")));
        // ...and ESI accepts it too.
        QCOMPARE(http->get(QUrl(emu->baseUrl().toString() + QStringLiteral("/v2/oauth/verify")), bearer(token)).status, 200);
    }

    void issueAccessTokenHelperAndVerifyEndpoint()
    {
        const QString token = emu->issueAccessToken(Kell, QStringLiteral("someapp"), {QStringLiteral("publicData"), WalletScope}, 600);
        const VerifiedJwt v = verifyJwt(token.toLatin1(), emu->jwksDocument());
        QVERIFY(v.ok);
        QCOMPARE(v.claims.value(QLatin1String("exp")).toInteger() - v.claims.value(QLatin1String("iat")).toInteger(), 600);
        const Reply r = http->get(QUrl(emu->baseUrl().toString() + QStringLiteral("/v2/oauth/verify")), bearer(token));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("CharacterID")).toInteger(), Kell);
        QCOMPARE(r.object().value(QLatin1String("Scopes")).toString(), QStringLiteral("publicData ") + WalletScope);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorSso)
#include "tst_emulator_sso.moc"
