// The verifier against valid tokens, every hostile or broken token we could think of, and its options.

#include <EveSso/JsonWebKeySet.h>
#include <EveSso/JwtVerifier.h>
#include <EveSso/UtcDateTime.h>

#include "TokenForge.h"

#include <QJsonArray>
#include <QtTest>

using namespace EveSso;
using EveSsoTest::TokenForge;
using Reason = JwtError::Reason;
using Alg = TokenForge::Alg;

Q_DECLARE_METATYPE(JwtError::Reason)

namespace {

const QString clientId = QStringLiteral("my3rdpartyclientid");
const QDateTime now = EveSso::Utc::dateTime(QDate(2026, 3, 12), QTime(12, 0, 0));
const QDateTime issued = now.addSecs(-60);

QByteArray withSegment(const QByteArray &token, int index, const QByteArray &segment)
{
    QList<QByteArray> parts = token.split('.');
    parts[index] = segment;
    return parts.join('.');
}

QJsonObject with(QJsonObject claims, const QString &name, const QJsonValue &value)
{
    claims.insert(name, value);
    return claims;
}

QJsonObject without(QJsonObject claims, const QString &name)
{
    claims.remove(name);
    return claims;
}

/// Whitespace grows a JSON text one byte at a time without changing its meaning.
QByteArray jsonWithLength(QByteArray json, int remainderMod3)
{
    while (json.size() % 3 != remainderMod3)
        json.append(' ');
    return json;
}

} // namespace

class TestJwtVerifier : public QObject
{
    Q_OBJECT

    TokenForge *forge = nullptr;
    JsonWebKeySet keys;
    QJsonObject claims;

    JwtVerifier::Options defaults() const
    {
        JwtVerifier::Options o;
        o.clientId = clientId;
        return o;
    }
    JwtVerifier::Result verify(const QByteArray &token, JwtVerifier::Options options) const
    {
        return JwtVerifier(std::move(options)).verify(token, keys, now);
    }
    JwtVerifier::Result verify(const QByteArray &token) const { return verify(token, defaults()); }
    QByteArray rs(const QJsonObject &c) const { return forge->token(c, TokenForge::rsaKid()); }
    QByteArray es(const QJsonObject &c) const { return forge->token(c, TokenForge::ecKid()); }
    QByteArray rsHeader() const { return TokenForge::b64(TokenForge::json(TokenForge::header(QStringLiteral("RS256"), TokenForge::rsaKid()))); }
    QByteArray signRs(const QByteArray &header, const QByteArray &payload) const
    {
        return forge->signSegments(header, payload, TokenForge::rsaKid(), Alg::RS256);
    }

private slots:
    void initTestCase()
    {
        forge = new TokenForge;
        forge->addRsaKey(QStringLiteral("rsa-key-2"));
        forge->addEcKey(QStringLiteral("ec-key-2"));
        forge->addRsaKey(QStringLiteral("weak-rsa"), 1024);
        QString error;
        keys = JsonWebKeySet::fromJson(forge->jwksJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(keys.keyIds(), (QStringList{TokenForge::rsaKid(), TokenForge::ecKid(), QStringLiteral("rsa-key-2"),
                                            QStringLiteral("ec-key-2")}));
        QCOMPARE(keys.rejectedKeyIds(), QStringList{QStringLiteral("weak-rsa")});
        claims = TokenForge::eveClaims(clientId, issued);
    }

    void cleanupTestCase() { delete forge; }

    void validTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("RS256") << rs(claims);
        QTest::newRow("ES256") << es(claims);
        QTest::newRow("ES256, second EC key") << forge->token(claims, QStringLiteral("ec-key-2"));
    }

    void validTokens()
    {
        QFETCH(QByteArray, token);
        const JwtVerifier::Result r = verify(token);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.error.reason, Reason::None);
        const VerifiedToken &t = *r.token;
        QCOMPARE(t.characterId, Q_INT64_C(2112625428));
        QCOMPARE(t.characterName, QStringLiteral("Some Bloke"));
        QCOMPARE(t.ownerHash, QStringLiteral("8PmzCeTKb4VFUDrHLc/AeZXDSWM="));
        QCOMPARE(t.scopes, (QStringList{QStringLiteral("esi-skills.read_skills.v1"),
                                        QStringLiteral("esi-wallet.read_character_wallet.v1")}));
        QCOMPARE(t.expiresAt, issued.addSecs(1200));
        QCOMPARE(t.expiresAt.timeSpec(), Qt::UTC);
        QCOMPARE(t.issuedAt, issued);
        QCOMPARE(t.jwtId, QStringLiteral("998e12c7-3241-43c5-8355-2c48822e0a1b"));
        QCOMPARE(t.clientId, clientId);
        QCOMPARE(t.tenant, QStringLiteral("tranquility"));
        QCOMPARE(t.tier, QStringLiteral("live"));
        QCOMPARE(t.region, QStringLiteral("world"));
        QCOMPARE(t.issuer, QStringLiteral("https://login.eveonline.com"));
        QCOMPARE(t.claims, claims);
        QCOMPARE(t.claims.value(QStringLiteral("kid")).toString(), QStringLiteral("JWT-Signature-Key"));
    }

    void legacyIssuerAndMinimalClaims()
    {
        // 2018-era tokens: no aud/tenant/tier/region/iat, the host-only issuer; aud checking off for them.
        QJsonObject old = claims;
        for (const char *name : {"aud", "tenant", "tier", "region", "iat", "scp"})
            old.remove(QString::fromLatin1(name));
        old.insert(QStringLiteral("iss"), QStringLiteral("login.eveonline.com"));
        JwtVerifier::Options o = defaults();
        o.verifyAudience = false;
        const auto r = verify(rs(old), o);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(!r.token->issuedAt.isValid());
        QVERIFY(r.token->scopes.isEmpty());
        QCOMPARE(r.token->issuer, QStringLiteral("login.eveonline.com"));
    }

    void clientIdFromAudienceWithoutAzp()
    {
        const auto r = verify(rs(without(claims, QStringLiteral("azp"))));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.token->clientId, clientId);
    }

    void scopes_data()
    {
        QTest::addColumn<QJsonValue>("scp");
        QTest::addColumn<QStringList>("expected");
        const QString a = QStringLiteral("esi-skills.read_skills.v1"), b = QStringLiteral("esi-mail.read_mail.v1");
        QTest::newRow("array") << QJsonValue(QJsonArray{a, b}) << QStringList{a, b};
        QTest::newRow("single string") << QJsonValue(a) << QStringList{a};
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QStringList{};
        QTest::newRow("empty array") << QJsonValue(QJsonArray{}) << QStringList{};
    }

    void scopes()
    {
        QFETCH(QJsonValue, scp);
        QFETCH(QStringList, expected);
        QJsonObject c = without(claims, QStringLiteral("scp"));
        if (!scp.isUndefined())
            c.insert(QStringLiteral("scp"), scp);
        for (const QByteArray &token : {rs(c), es(c)}) {
            const auto r = verify(token);
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            QCOMPARE(r.token->scopes, expected);
        }
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<Reason>("reason");
        const QByteArray valid = rs(claims);
        const QByteArray validEs = es(claims);
        const QByteArray payload = TokenForge::b64(TokenForge::json(claims));
        const QByteArray header = rsHeader();
        const QString rsa = TokenForge::rsaKid(), ec = TokenForge::ecKid();
        const auto hdr = [](const char *alg, const QString &kid) { return TokenForge::header(QString::fromLatin1(alg), kid); };

        // Algorithms.
        QTest::newRow("alg none, empty signature")
            << forge->token(hdr("none", rsa), claims, rsa, Alg::None) << Reason::UnsupportedAlgorithm;
        QTest::newRow("alg none, with a signature")
            << withSegment(forge->token(hdr("none", rsa), claims, rsa, Alg::None), 2, "c2ln") << Reason::UnsupportedAlgorithm;
        QTest::newRow("HS256 keyed with the RSA public key")
            << forge->signSegments(TokenForge::b64(TokenForge::json(hdr("HS256", rsa))), payload, rsa, Alg::HS256,
                                   TokenForge::EcdsaFormat::Raw, forge->publicKeyPem(rsa))
            << Reason::UnsupportedAlgorithm;
        QTest::newRow("HS256 keyed with the JWK n")
            << forge->signSegments(TokenForge::b64(TokenForge::json(hdr("HS256", rsa))), payload, rsa, Alg::HS256,
                                   TokenForge::EcdsaFormat::Raw, forge->jwk(rsa).value(QStringLiteral("n")).toString().toLatin1())
            << Reason::UnsupportedAlgorithm;
        QTest::newRow("RS512") << forge->token(hdr("RS512", rsa), claims, rsa, Alg::RS256) << Reason::UnsupportedAlgorithm;
        QTest::newRow("PS256") << forge->token(hdr("PS256", rsa), claims, rsa, Alg::RS256) << Reason::UnsupportedAlgorithm;
        QTest::newRow("lower-case rs256") << forge->token(hdr("rs256", rsa), claims, rsa, Alg::RS256) << Reason::UnsupportedAlgorithm;
        QTest::newRow("alg not a string")
            << forge->token(QJsonObject{{QStringLiteral("alg"), 256}, {QStringLiteral("kid"), rsa}}, claims, rsa, Alg::RS256)
            << Reason::Malformed;
        QTest::newRow("alg missing")
            << forge->token(QJsonObject{{QStringLiteral("kid"), rsa}}, claims, rsa, Alg::RS256) << Reason::Malformed;
        QTest::newRow("RS256 header over the ES256 key")
            << forge->token(hdr("RS256", ec), claims, rsa, Alg::RS256) << Reason::UnsupportedAlgorithm;
        QTest::newRow("ES256 header over the RS256 key")
            << forge->token(hdr("ES256", rsa), claims, ec, Alg::ES256) << Reason::UnsupportedAlgorithm;
        QTest::newRow("crit header")
            << forge->token(with(hdr("RS256", rsa), QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")}), claims, rsa, Alg::RS256)
            << Reason::UnsupportedAlgorithm;

        // Keys.
        QTest::newRow("kid naming the other RSA key")
            << forge->token(hdr("RS256", rsa), claims, QStringLiteral("rsa-key-2"), Alg::RS256) << Reason::BadSignature;
        QTest::newRow("kid naming the other EC key")
            << forge->token(hdr("ES256", ec), claims, QStringLiteral("ec-key-2"), Alg::ES256) << Reason::BadSignature;
        QTest::newRow("unknown kid")
            << forge->token(hdr("RS256", QStringLiteral("JWT-Signature-Key")), claims, rsa, Alg::RS256) << Reason::UnknownKey;
        QTest::newRow("kid of a 1024-bit key rejected at parse")
            << forge->token(hdr("RS256", QStringLiteral("weak-rsa")), claims, QStringLiteral("weak-rsa"), Alg::RS256)
            << Reason::UnknownKey;
        QTest::newRow("kid missing")
            << forge->token(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}}, claims, rsa, Alg::RS256)
            << Reason::Malformed;

        // Signatures.
        QTest::newRow("tampered payload")
            << withSegment(valid, 1, TokenForge::b64(TokenForge::json(with(claims, QStringLiteral("name"), QStringLiteral("Someone Else")))))
            << Reason::BadSignature;
        QTest::newRow("tampered ES256 payload")
            << withSegment(validEs, 1, TokenForge::b64(TokenForge::json(with(claims, QStringLiteral("sub"), QStringLiteral("CHARACTER:EVE:1")))))
            << Reason::BadSignature;
        const QByteArray rsSig = QByteArray::fromBase64(valid.split('.')[2], QByteArray::Base64UrlEncoding);
        const QByteArray esSig = QByteArray::fromBase64(validEs.split('.')[2], QByteArray::Base64UrlEncoding);
        QTest::newRow("RS256 signature truncated") << withSegment(valid, 2, TokenForge::b64(rsSig.chopped(1))) << Reason::BadSignature;
        QTest::newRow("RS256 signature extended") << withSegment(valid, 2, TokenForge::b64(rsSig + '\0')) << Reason::BadSignature;
        QByteArray flipped = rsSig;
        flipped[100] = char(flipped[100] ^ 0x01);
        QTest::newRow("RS256 signature bit flipped") << withSegment(valid, 2, TokenForge::b64(flipped)) << Reason::BadSignature;
        QTest::newRow("ES256 signature truncated") << withSegment(validEs, 2, TokenForge::b64(esSig.chopped(1))) << Reason::BadSignature;
        QTest::newRow("ES256 signature extended") << withSegment(validEs, 2, TokenForge::b64(esSig + '\0')) << Reason::BadSignature;
        QTest::newRow("ES256 signature in DER")
            << forge->token(hdr("ES256", ec), claims, ec, Alg::ES256, TokenForge::EcdsaFormat::Der) << Reason::BadSignature;
        QTest::newRow("ES256 signature r=s=0") << withSegment(validEs, 2, TokenForge::b64(QByteArray(64, '\0'))) << Reason::BadSignature;
        QTest::newRow("ES256 signature halves swapped")
            << withSegment(validEs, 2, TokenForge::b64(esSig.mid(32) + esSig.left(32))) << Reason::BadSignature;

        // Base64url.
        const QByteArray paddedPayload = jsonWithLength(TokenForge::json(claims), 1).toBase64(QByteArray::Base64UrlEncoding);
        QVERIFY(paddedPayload.endsWith('='));
        QTest::newRow("padded payload, validly signed") << signRs(header, paddedPayload) << Reason::Malformed;
        QTest::newRow("padded signature") << withSegment(valid, 2, rsSig.toBase64(QByteArray::Base64UrlEncoding)) << Reason::Malformed;
        QByteArray standard;
        for (int i = 0; !standard.contains('+') && !standard.contains('/'); ++i)
            standard = jsonWithLength(TokenForge::json(with(claims, QStringLiteral("name"), QString(i, u'?') + QStringLiteral("~~>"))), 0).toBase64();
        QTest::newRow("standard base64 alphabet, validly signed") << signRs(header, standard) << Reason::Malformed;
        QTest::newRow("space in payload, validly signed") << signRs(header, payload.left(20) + ' ' + payload.mid(20)) << Reason::Malformed;
        QTest::newRow("newline in signature") << withSegment(valid, 2, valid.split('.')[2].insert(40, '\n')) << Reason::Malformed;
        QByteArray dangling = payload;
        while (dangling.size() % 4 != 1)
            dangling.append('A');
        QTest::newRow("payload length % 4 == 1, validly signed") << signRs(header, dangling) << Reason::Malformed;
        const QByteArray twoTail = TokenForge::b64(jsonWithLength(TokenForge::json(claims), 1)); // ends in 2 chars
        QVERIFY(twoTail.size() % 4 == 2);
        QByteArray nonCanonical = twoTail;
        nonCanonical.back() = nonCanonical.back() == 'A' ? 'B' : char(nonCanonical.back() + 1); // low bits set
        QTest::newRow("non-canonical trailing bits, validly signed") << signRs(header, nonCanonical) << Reason::Malformed;
        QTest::newRow("header with a stray character") << withSegment(valid, 0, header + '!') << Reason::Malformed;

        // Structure.
        QTest::newRow("empty token") << QByteArray() << Reason::Malformed;
        QTest::newRow("two dots only") << QByteArray("..") << Reason::Malformed;
        QTest::newRow("empty header") << withSegment(valid, 0, QByteArray()) << Reason::Malformed;
        QTest::newRow("empty payload") << signRs(header, QByteArray()) << Reason::Malformed;
        QTest::newRow("empty signature") << withSegment(valid, 2, QByteArray()) << Reason::Malformed;
        QTest::newRow("two parts") << valid.left(valid.lastIndexOf('.')) << Reason::Malformed;
        QTest::newRow("four parts") << valid + ".c2ln" << Reason::Malformed;
        QTest::newRow("five parts (JWE)") << valid + ".YQ.Yg" << Reason::Malformed;
        QTest::newRow("trailing dot") << valid + '.' << Reason::Malformed;

        // JSON.
        QTest::newRow("header is an array") << signRs(TokenForge::b64("[\"RS256\"]"), payload) << Reason::Malformed;
        QTest::newRow("header is not JSON") << signRs(TokenForge::b64("alg=RS256"), payload) << Reason::Malformed;
        QTest::newRow("header with trailing garbage")
            << signRs(TokenForge::b64(TokenForge::json(hdr("RS256", rsa)) + "x"), payload) << Reason::Malformed;
        QTest::newRow("payload is an array") << signRs(header, TokenForge::b64("[1,2,3]")) << Reason::Malformed;
        QTest::newRow("payload is a string") << signRs(header, TokenForge::b64("\"CHARACTER:EVE:1\"")) << Reason::Malformed;
        QTest::newRow("payload is not UTF-8") << signRs(header, TokenForge::b64("{\"name\":\"\xff\xfe\"}")) << Reason::Malformed;
        QTest::newRow("deeply nested payload")
            << signRs(header, TokenForge::b64("{\"a\":" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}")) << Reason::Malformed;
        QTest::newRow("deeply nested header")
            << signRs(TokenForge::b64("{\"alg\":\"RS256\",\"x\":" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}"), payload)
            << Reason::Malformed;

        // Claims.
        QTest::newRow("exp missing") << rs(without(claims, QStringLiteral("exp"))) << Reason::Malformed;
        QTest::newRow("exp a string") << rs(with(claims, QStringLiteral("exp"), QString::number(now.toSecsSinceEpoch() + 600))) << Reason::Malformed;
        QTest::newRow("exp absurdly large") << rs(with(claims, QStringLiteral("exp"), 1e300)) << Reason::Malformed;
        QTest::newRow("iat a string") << rs(with(claims, QStringLiteral("iat"), QStringLiteral("yesterday"))) << Reason::Malformed;
        QTest::newRow("scp a number") << rs(with(claims, QStringLiteral("scp"), 7)) << Reason::Malformed;
        QTest::newRow("scp with a non-string") << rs(with(claims, QStringLiteral("scp"), QJsonArray{QStringLiteral("a"), 1})) << Reason::Malformed;
        QTest::newRow("name an object") << rs(with(claims, QStringLiteral("name"), QJsonObject{})) << Reason::Malformed;
        QTest::newRow("expired beyond leeway") << rs(with(claims, QStringLiteral("exp"), now.toSecsSinceEpoch() - 61)) << Reason::Expired;
        QTest::newRow("expired exactly at leeway") << rs(with(claims, QStringLiteral("exp"), now.toSecsSinceEpoch() - 60)) << Reason::Expired;
        QTest::newRow("expired long ago, ES256") << es(with(claims, QStringLiteral("exp"), 1648563218)) << Reason::Expired;
        QTest::newRow("aud without the client id")
            << rs(with(claims, QStringLiteral("aud"), QJsonArray{QStringLiteral("someoneelse"), QStringLiteral("EVE Online")}))
            << Reason::WrongAudience;
        QTest::newRow("aud without EVE Online") << rs(with(claims, QStringLiteral("aud"), QJsonArray{clientId})) << Reason::WrongAudience;
        QTest::newRow("aud the string EVE Online") << rs(with(claims, QStringLiteral("aud"), QStringLiteral("EVE Online"))) << Reason::WrongAudience;
        QTest::newRow("aud missing") << rs(without(claims, QStringLiteral("aud"))) << Reason::WrongAudience;
        QTest::newRow("aud an object") << rs(with(claims, QStringLiteral("aud"), QJsonObject{})) << Reason::Malformed;
        QTest::newRow("iss of another host") << rs(with(claims, QStringLiteral("iss"), QStringLiteral("https://login.evil.example"))) << Reason::WrongIssuer;
        QTest::newRow("iss of Singularity") << rs(with(claims, QStringLiteral("iss"), QStringLiteral("https://sisilogin.testeveonline.com"))) << Reason::WrongIssuer;
        QTest::newRow("iss over http") << rs(with(claims, QStringLiteral("iss"), QStringLiteral("http://login.eveonline.com"))) << Reason::WrongIssuer;
        QTest::newRow("iss missing") << rs(without(claims, QStringLiteral("iss"))) << Reason::WrongIssuer;
        QTest::newRow("iss a number") << rs(with(claims, QStringLiteral("iss"), 1)) << Reason::Malformed;
        QTest::newRow("sub of a corporation") << rs(with(claims, QStringLiteral("sub"), QStringLiteral("CORPORATION:EVE:98000001"))) << Reason::WrongSubject;
        QTest::newRow("sub in the docs' old order") << rs(with(claims, QStringLiteral("sub"), QStringLiteral("EVE:CHARACTER:2112625428"))) << Reason::WrongSubject;
        QTest::newRow("sub with letters") << rs(with(claims, QStringLiteral("sub"), QStringLiteral("CHARACTER:EVE:21126x"))) << Reason::WrongSubject;
        QTest::newRow("sub without an id") << rs(with(claims, QStringLiteral("sub"), QStringLiteral("CHARACTER:EVE:"))) << Reason::WrongSubject;
        QTest::newRow("sub id overflowing") << rs(with(claims, QStringLiteral("sub"), QStringLiteral("CHARACTER:EVE:99999999999999999999"))) << Reason::WrongSubject;
        QTest::newRow("sub missing") << rs(without(claims, QStringLiteral("sub"))) << Reason::WrongSubject;
        QTest::newRow("azp mismatch") << rs(with(claims, QStringLiteral("azp"), QStringLiteral("someoneelse"))) << Reason::WrongAuthorizedParty;

        // Size: refused before decoding, even when it is otherwise garbage.
        QTest::newRow("oversize") << QByteArray(16385, 'A') << Reason::TooLarge;
        QTest::newRow("oversize valid-looking")
            << rs(with(claims, QStringLiteral("pad"), QString(16384, u'x'))) << Reason::TooLarge;
    }

    void hostile()
    {
        QFETCH(QByteArray, token);
        QFETCH(Reason, reason);
        const JwtVerifier::Result r = verify(token);
        QVERIFY(!r.ok());
        QVERIFY(!r.token.has_value());
        QVERIFY2(r.error.reason == reason,
                 qPrintable(QStringLiteral("got %1, expected %2: %3")
                                .arg(QLatin1String(JwtError::reasonName(r.error.reason)),
                                     QLatin1String(JwtError::reasonName(reason)), r.error.message)));
        QVERIFY(!r.error.message.isEmpty());
        // No part of the token ever appears in a message.
        for (const QByteArray &part : token.split('.')) {
            if (part.size() >= 12)
                QVERIFY(!r.error.message.toLatin1().contains(part.left(12)));
        }
    }

    void withinLeewayAccepted()
    {
        const qint64 t = now.toSecsSinceEpoch();
        QVERIFY(verify(rs(with(claims, QStringLiteral("exp"), t - 59))).ok());
        QVERIFY(verify(es(with(claims, QStringLiteral("exp"), t - 1))).ok());
        QVERIFY(verify(rs(with(claims, QStringLiteral("exp"), double(t) - 59.5))).ok());
        JwtVerifier::Options o = defaults();
        o.leeway = std::chrono::seconds(0);
        QCOMPARE(verify(rs(with(claims, QStringLiteral("exp"), t - 1)), o).error.reason, Reason::Expired);
        QVERIFY(verify(rs(with(claims, QStringLiteral("exp"), t + 1)), o).ok());
        o.leeway = std::chrono::seconds(300);
        QVERIFY(verify(rs(with(claims, QStringLiteral("exp"), t - 299)), o).ok());
    }

    void iatIsNotChecked()
    {
        // A token "issued" an hour in the future (a player's clock running slow) is fine: RFC 7519 gives
        // iat no processing rule. It must still be a NumericDate.
        QVERIFY(verify(rs(with(claims, QStringLiteral("iat"), now.toSecsSinceEpoch() + 3600))).ok());
        QCOMPARE(verify(rs(with(claims, QStringLiteral("iat"), QStringLiteral("soon")))).error.reason, Reason::Malformed);
    }

    void notBeforeIsHonouredWithTheLeeway()
    {
        // RFC 7519 4.1.5: not accepted before nbf. EVE's tokens carry none; a token that does is held to it.
        const qint64 t = now.toSecsSinceEpoch();
        QVERIFY(verify(rs(with(claims, QStringLiteral("nbf"), t - 3600))).ok());
        QVERIFY(verify(rs(with(claims, QStringLiteral("nbf"), t + 59))).ok());       // within the 60 s leeway
        QVERIFY(verify(es(with(claims, QStringLiteral("nbf"), double(t) + 60))).ok()); // exactly at it
        const auto early = verify(rs(with(claims, QStringLiteral("nbf"), t + 61)));
        QCOMPARE(early.error.reason, Reason::NotYetValid);
        QCOMPARE(QString::fromLatin1(JwtError::reasonName(early.error.reason)), QStringLiteral("NotYetValid"));
        QVERIFY2(early.error.message.contains(QStringLiteral("12:01:01 UTC")), qPrintable(early.error.message));
        QVERIFY(early.error.message.contains(QStringLiteral("clock")));
        JwtVerifier::Options o = defaults();
        o.leeway = std::chrono::seconds(0);
        QCOMPARE(verify(rs(with(claims, QStringLiteral("nbf"), t + 1)), o).error.reason, Reason::NotYetValid);
        // The type is checked whatever the options.
        for (const QJsonValue &bad : {QJsonValue(QStringLiteral("now")), QJsonValue(true), QJsonValue(QJsonArray{1}),
                                      QJsonValue(1e300)}) {
            QCOMPARE(verify(rs(with(claims, QStringLiteral("nbf"), bad))).error.reason, Reason::Malformed);
            o.verifyNotBefore = false;
            QCOMPARE(verify(rs(with(claims, QStringLiteral("nbf"), bad)), o).error.reason, Reason::Malformed);
        }
    }

    void everyRegisteredClaimIsChecked_data()
    {
        // RFC 7519 4.1: iss, sub, aud, exp, nbf, iat, jti. Each, when present, is held to its type and, where
        // the RFC gives one, its rule.
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<Reason>("reason");
        const qint64 t = now.toSecsSinceEpoch();
        QTest::newRow("iss wrong") << QStringLiteral("iss") << QJsonValue(QStringLiteral("https://evil.example")) << Reason::WrongIssuer;
        QTest::newRow("iss not a text") << QStringLiteral("iss") << QJsonValue(7) << Reason::Malformed;
        QTest::newRow("sub not a character") << QStringLiteral("sub") << QJsonValue(QStringLiteral("CORPORATION:EVE:1")) << Reason::WrongSubject;
        QTest::newRow("sub not a text") << QStringLiteral("sub") << QJsonValue(92001001) << Reason::Malformed;
        QTest::newRow("aud without us") << QStringLiteral("aud") << QJsonValue(QStringLiteral("EVE Online")) << Reason::WrongAudience;
        QTest::newRow("aud not texts") << QStringLiteral("aud") << QJsonValue(QJsonArray{1, 2}) << Reason::Malformed;
        QTest::newRow("exp past") << QStringLiteral("exp") << QJsonValue(t - 3600) << Reason::Expired;
        QTest::newRow("exp not a number") << QStringLiteral("exp") << QJsonValue(QStringLiteral("later")) << Reason::Malformed;
        QTest::newRow("nbf ahead") << QStringLiteral("nbf") << QJsonValue(t + 3600) << Reason::NotYetValid;
        QTest::newRow("nbf not a number") << QStringLiteral("nbf") << QJsonValue(QStringLiteral("now")) << Reason::Malformed;
        QTest::newRow("iat not a number") << QStringLiteral("iat") << QJsonValue(QJsonObject()) << Reason::Malformed;
        QTest::newRow("jti not a text") << QStringLiteral("jti") << QJsonValue(12345) << Reason::Malformed;
    }

    void everyRegisteredClaimIsChecked()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(Reason, reason);
        QCOMPARE(verify(rs(with(claims, claim, value))).error.reason, reason);
        QCOMPARE(verify(es(with(claims, claim, value))).error.reason, reason);
    }

    void expiredMessageIsActionable()
    {
        const auto r = verify(rs(with(claims, QStringLiteral("exp"), now.toSecsSinceEpoch() - 3600)));
        QCOMPARE(r.error.reason, Reason::Expired);
        QVERIFY2(r.error.message.contains(QStringLiteral("11:00:00 UTC")), qPrintable(r.error.message));
        QVERIFY(r.error.message.contains(QStringLiteral("clock")));
    }

    void keyParametersMustAllowTheAlgorithm_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<Reason>("reason");
        const QJsonObject rsa = forge->jwk(TokenForge::rsaKid());
        QTest::newRow("JWK alg RS512") << with(rsa, QStringLiteral("alg"), QStringLiteral("RS512")) << Reason::UnsupportedAlgorithm;
        QTest::newRow("JWK use enc") << with(rsa, QStringLiteral("use"), QStringLiteral("enc")) << Reason::UnsupportedAlgorithm;
        QTest::newRow("JWK without alg and use") << without(without(rsa, QStringLiteral("alg")), QStringLiteral("use")) << Reason::None;
    }

    void keyParametersMustAllowTheAlgorithm()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(Reason, reason);
        const JsonWebKeySet set = JsonWebKeySet::fromJson(TokenForge::json(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}));
        QCOMPARE(JwtVerifier(defaults()).verify(rs(claims), set, now).error.reason, reason);
    }

    void skipOptions()
    {
        const qint64 t = now.toSecsSinceEpoch();
        struct Case
        {
            bool JwtVerifier::Options::*flag;
            QByteArray token;
            Reason reason;
        };
        const QByteArray valid = rs(claims);
        const std::vector<Case> cases{
            {&JwtVerifier::Options::verifySignature,
             withSegment(valid, 1, TokenForge::b64(TokenForge::json(with(claims, QStringLiteral("name"), QStringLiteral("X"))))),
             Reason::BadSignature},
            {&JwtVerifier::Options::verifySignature,
             forge->token(TokenForge::header(QStringLiteral("RS256"), QStringLiteral("nope")), claims, TokenForge::rsaKid(), Alg::RS256),
             Reason::UnknownKey},
            {&JwtVerifier::Options::verifyExpiry, rs(with(claims, QStringLiteral("exp"), t - 3600)), Reason::Expired},
            {&JwtVerifier::Options::verifyNotBefore, rs(with(claims, QStringLiteral("nbf"), t + 3600)), Reason::NotYetValid},
            {&JwtVerifier::Options::verifyIssuer, rs(with(claims, QStringLiteral("iss"), QStringLiteral("elsewhere"))), Reason::WrongIssuer},
            {&JwtVerifier::Options::verifyAudience, rs(with(claims, QStringLiteral("aud"), QStringLiteral("other"))), Reason::WrongAudience},
            {&JwtVerifier::Options::verifySubject, rs(with(claims, QStringLiteral("sub"), QStringLiteral("CORP:1"))), Reason::WrongSubject},
            {&JwtVerifier::Options::verifyAuthorizedParty, rs(with(claims, QStringLiteral("azp"), QStringLiteral("other"))), Reason::WrongAuthorizedParty},
        };
        const JwtVerifier::Options defaultOptions;
        for (const Case &c : cases) {
            QVERIFY(defaultOptions.*c.flag); // every check is on unless asked
            QCOMPARE(verify(c.token).error.reason, c.reason);
            JwtVerifier::Options o = defaults();
            o.*c.flag = false;
            const auto r = verify(c.token, o);
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            // Switching one check off leaves the others on.
            JwtVerifier::Options offButExpired = o;
            const QByteArray expired = c.reason == Reason::Expired ? rs(with(claims, QStringLiteral("iss"), QStringLiteral("x")))
                                                                   : rs(with(claims, QStringLiteral("exp"), t - 3600));
            QVERIFY(!verify(expired, offButExpired).ok());
        }
        // With verifySubject off, an unparsable subject yields character id 0.
        JwtVerifier::Options o = defaults();
        o.verifySubject = false;
        QCOMPARE(verify(rs(with(claims, QStringLiteral("sub"), QStringLiteral("CORP:1"))), o).token->characterId, Q_INT64_C(0));
        // Claim types are still checked with every check off.
        o.verifyExpiry = o.verifyIssuer = o.verifyAudience = o.verifyAuthorizedParty = o.verifySignature = false;
        QCOMPARE(verify(rs(with(claims, QStringLiteral("exp"), QStringLiteral("1"))), o).error.reason, Reason::Malformed);
        QCOMPARE(verify(rs(without(claims, QStringLiteral("exp"))), o).error.reason, Reason::Malformed);
    }

    void configurableAudiencesAndIssuers()
    {
        JwtVerifier::Options o = defaults();
        o.requiredAudiences = QStringList{QStringLiteral("EVE Online")};
        QVERIFY(verify(rs(with(claims, QStringLiteral("aud"), QStringLiteral("EVE Online"))), o).ok());
        o = defaults();
        o.acceptedIssuers = JwtVerifier::issuersFor(QStringLiteral("https://sisilogin.testeveonline.com/"));
        QVERIFY(verify(rs(with(claims, QStringLiteral("iss"), QStringLiteral("sisilogin.testeveonline.com"))), o).ok());
        QCOMPARE(verify(rs(claims), o).error.reason, Reason::WrongIssuer);
    }

    void missingClientIdFailsClosed()
    {
        JwtVerifier::Options o; // no client id
        const auto r = verify(rs(claims), o);
        QCOMPARE(r.error.reason, Reason::WrongAudience);
        QVERIFY(r.error.message.contains(QStringLiteral("client id")));
        o.verifyAudience = false;
        QCOMPARE(verify(rs(claims), o).error.reason, Reason::WrongAuthorizedParty);
    }

    void maxTokenBytes()
    {
        const QByteArray token = rs(claims);
        JwtVerifier::Options o = defaults();
        o.maxTokenBytes = int(token.size());
        QVERIFY(verify(token, o).ok());
        o.maxTokenBytes = int(token.size()) - 1;
        QCOMPARE(verify(token, o).error.reason, Reason::TooLarge);
        o.maxTokenBytes = 0; // means the default
        QVERIFY(verify(token, o).ok());
    }

    void emptyKeySet()
    {
        QCOMPARE(JwtVerifier(defaults()).verify(rs(claims), JsonWebKeySet(), now).error.reason, Reason::UnknownKey);
    }

    void issuersFor()
    {
        const QStringList both{QStringLiteral("login.eveonline.com"), QStringLiteral("https://login.eveonline.com")};
        QCOMPARE(JwtVerifier::issuersFor(QStringLiteral("https://login.eveonline.com")), both);
        QCOMPARE(JwtVerifier::issuersFor(QStringLiteral("login.eveonline.com")), both);
        QCOMPARE(JwtVerifier::issuersFor(QStringLiteral("https://login.eveonline.com/")), both);
        QCOMPARE(JwtVerifier::issuersFor(QStringLiteral("http://127.0.0.1:8080")),
                 (QStringList{QStringLiteral("127.0.0.1:8080"), QStringLiteral("https://127.0.0.1:8080"),
                              QStringLiteral("http://127.0.0.1:8080")}));
        QVERIFY(JwtVerifier::issuersFor(QString()).isEmpty());
        QCOMPARE(JwtVerifier::Options().acceptedIssuers, both);
    }

    void optionsRoundTrip()
    {
        JwtVerifier v;
        QVERIFY(v.options().clientId.isEmpty());
        QCOMPARE(v.options().leeway, std::chrono::seconds(60));
        QCOMPARE(v.options().maxTokenBytes, 16384);
        v.setOptions(defaults());
        QCOMPARE(v.options().clientId, clientId);
        QVERIFY(v.verify(rs(claims), keys, now).ok());
    }
};

QTEST_GUILESS_MAIN(TestJwtVerifier)
#include "tst_jwt_verifier.moc"
