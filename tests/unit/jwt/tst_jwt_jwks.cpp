// The JWKS model: CCP's real set, ignored and rejected keys, and documents that are not key sets.

#include <EveSso/JsonWebKeySet.h>

#include "TokenForge.h"

#include <QJsonArray>
#include <QtTest>

using namespace EveSso;
using EveSsoTest::TokenForge;

namespace {

// https://login.eveonline.com/oauth/jwks as published (snapshot in eve-sso-esi-facts.md §2).
const char eveJwks[] = R"({
  "keys": [
    {
      "alg": "RS256",
      "e": "AQAB",
      "kid": "JWT-Signature-Key",
      "kty": "RSA",
      "n": "nehPQ7FQ1YK-leKyIg-aACZaT-DbTL5V1XpXghtLX_bEC-fwxhdE_4yQKDF6cA-V4c-5kh8wMZbfYw5xxgM9DynhMkVrmQFyYB3QMZwydr922UWs3kLz-nO6vi0ldCn-ffM9odUPRHv9UbhM5bB4SZtCrpr9hWQgJ3FjzWO2KosGQ8acLxLtDQfU_lq0OGzoj_oWwUKaN_OVfu80zGTH7mxVeGMJqWXABKd52ByvYZn3wL_hG60DfDWGV_xfLlHMt_WoKZmrXT4V3BCBmbitJ6lda3oNdNeHUh486iqaL43bMR2K4TzrspGMRUYXcudUQ9TycBQBrUlT85NRY9TeOw",
      "use": "sig"
    },
    {
      "alg": "ES256",
      "crv": "P-256",
      "kid": "8878a23f-2489-4045-989e-4d2f3ec1ae1a",
      "kty": "EC",
      "use": "sig",
      "x": "PatzB2HJzZOzmqQyYpQYqn3SAXoVYWrZKmMgJnfK94I",
      "y": "qDb1kUd13fRTN2UNmcgSoQoyqeF_C1MsFlY_a87csnY"
    }
  ],
  "SkipUnresolvedJsonWebKeys": true
})";

QByteArray setOf(const QJsonArray &keys)
{
    return TokenForge::json(QJsonObject{{QStringLiteral("keys"), keys}});
}

QJsonObject with(QJsonObject o, const QString &name, const QJsonValue &value)
{
    o.insert(name, value);
    return o;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(TokenForge::b64(bytes));
}

QByteArray unb64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1(), QByteArray::Base64UrlEncoding);
}

} // namespace

class TestJwks : public QObject
{
    Q_OBJECT

    TokenForge *forge = nullptr;
    QJsonObject rsa, ec;

private slots:
    void initTestCase()
    {
        forge = new TokenForge;
        forge->addRsaKey(QStringLiteral("weak"), 1024);
        rsa = forge->jwk(TokenForge::rsaKid());
        ec = forge->jwk(TokenForge::ecKid());
    }

    void cleanupTestCase() { delete forge; }

    void realEveSet()
    {
        QString error = QStringLiteral("stale");
        const JsonWebKeySet set = JsonWebKeySet::fromJson(eveJwks, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!set.isEmpty());
        QCOMPARE(set.keyIds(), (QStringList{QStringLiteral("JWT-Signature-Key"),
                                            QStringLiteral("8878a23f-2489-4045-989e-4d2f3ec1ae1a")}));
        QVERIFY(set.contains(QStringLiteral("JWT-Signature-Key")));
        QVERIFY(!set.contains(QStringLiteral("SkipUnresolvedJsonWebKeys")));
        QVERIFY(set.rejectedKeyIds().isEmpty());
    }

    void forgedSetParses()
    {
        const JsonWebKeySet set = JsonWebKeySet::fromJson(forge->jwksJson());
        QCOMPARE(set.keyIds(), (QStringList{TokenForge::rsaKid(), TokenForge::ecKid()}));
        QCOMPARE(set.rejectedKeyIds(), QStringList{QStringLiteral("weak")});
    }

    void copiesShareKeys()
    {
        JsonWebKeySet a = JsonWebKeySet::fromJson(eveJwks);
        const JsonWebKeySet b = a;
        JsonWebKeySet c;
        QVERIFY(c.isEmpty());
        c = b;
        a = JsonWebKeySet();
        QVERIFY(a.isEmpty());
        QCOMPARE(b.keyIds(), c.keyIds());
        QCOMPARE(c.keyIds().size(), 2);
        const JsonWebKeySet moved = std::move(c);
        QCOMPARE(moved.keyIds().size(), 2);
    }

    void ignoredKeys_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::newRow("kty oct") << QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")}, {QStringLiteral("kid"), QStringLiteral("k")},
                                                {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}};
        QTest::newRow("kty OKP") << QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")}, {QStringLiteral("kid"), QStringLiteral("k")},
                                                {QStringLiteral("crv"), QStringLiteral("Ed25519")}, {QStringLiteral("x"), QStringLiteral("AAAA")}};
        QTest::newRow("crv P-384") << with(ec, QStringLiteral("crv"), QStringLiteral("P-384"));
        QTest::newRow("crv secp256k1") << with(ec, QStringLiteral("crv"), QStringLiteral("secp256k1"));
        QJsonObject noCrv = ec;
        noCrv.remove(QStringLiteral("crv"));
        QTest::newRow("EC without crv") << noCrv;
        QJsonObject noKid = rsa;
        noKid.remove(QStringLiteral("kid"));
        QTest::newRow("no kid") << noKid;
        QTest::newRow("empty kid") << with(rsa, QStringLiteral("kid"), QString());
        QTest::newRow("kty not a string") << with(rsa, QStringLiteral("kty"), 1);
    }

    void ignoredKeys()
    {
        QFETCH(QJsonObject, jwk);
        const JsonWebKeySet set = JsonWebKeySet::fromJson(setOf({jwk, rsa, QStringLiteral("not a key")}));
        QCOMPARE(set.keyIds(), QStringList{TokenForge::rsaKid()});
        QVERIFY(set.rejectedKeyIds().isEmpty());
    }

    void rejectedKeys_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        const QByteArray x = unb64(ec.value(QStringLiteral("x")));
        const QByteArray y = unb64(ec.value(QStringLiteral("y")));
        QCOMPARE(x.size(), 32);
        QTest::newRow("EC x of 31 bytes") << with(ec, QStringLiteral("x"), b64(x.mid(1)));
        QTest::newRow("EC x of 33 bytes") << with(ec, QStringLiteral("x"), b64('\0' + x));
        QTest::newRow("EC y of 31 bytes") << with(ec, QStringLiteral("y"), b64(y.mid(1)));
        QByteArray offCurve = y;
        offCurve[31] = char(offCurve[31] ^ 0x01);
        QTest::newRow("EC point off the curve") << with(ec, QStringLiteral("y"), b64(offCurve));
        QTest::newRow("EC point at zero") << with(with(ec, QStringLiteral("x"), b64(QByteArray(32, '\0'))), QStringLiteral("y"), b64(QByteArray(32, '\0')));
        QTest::newRow("EC x padded base64") << with(ec, QStringLiteral("x"), QString::fromLatin1(x.toBase64(QByteArray::Base64UrlEncoding)));
        QTest::newRow("EC x null") << with(ec, QStringLiteral("x"), QJsonValue());
        QTest::newRow("RSA 1024 bits") << forge->jwk(QStringLiteral("weak"));
        const QByteArray n = unb64(rsa.value(QStringLiteral("n")));
        QTest::newRow("RSA n of 2040 bits") << with(rsa, QStringLiteral("n"), b64(n.mid(1)));
        QTest::newRow("RSA n standard base64") << with(rsa, QStringLiteral("n"), QString::fromLatin1(n.toBase64()));
        QTest::newRow("RSA even n") << with(rsa, QStringLiteral("n"), b64(n.chopped(1) + char(n.back() & 0xfe)));
        QTest::newRow("RSA e missing") << with(rsa, QStringLiteral("e"), QJsonValue());
        QTest::newRow("RSA e of 16 bytes") << with(rsa, QStringLiteral("e"), b64(QByteArray(15, '\x01') + '\x01'));
        QTest::newRow("RSA e = 1") << with(rsa, QStringLiteral("e"), b64("\x01"));
        QTest::newRow("alg not a string") << with(rsa, QStringLiteral("alg"), 256);
    }

    void rejectedKeys()
    {
        QFETCH(QJsonObject, jwk);
        const QString kid = jwk.value(QStringLiteral("kid")).toString();
        const JsonWebKeySet set = JsonWebKeySet::fromJson(setOf({jwk, forge->jwk(TokenForge::ecKid())}));
        QCOMPARE(set.keyIds(), QStringList{TokenForge::ecKid()}); // the intact key is kept
        QCOMPARE(set.rejectedKeyIds(), QStringList{kid});

        QString error;
        const JsonWebKeySet alone = JsonWebKeySet::fromJson(setOf({jwk}), &error);
        QVERIFY(alone.isEmpty());
        QVERIFY(!alone.contains(kid));
        QVERIFY(!error.isEmpty());
        QCOMPARE(alone.rejectedKeyIds(), QStringList{kid});
    }

    void notAKeySet_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("array") << QByteArray(R"([{"kty":"RSA"}])");
        QTest::newRow("no keys") << QByteArray(R"({"SkipUnresolvedJsonWebKeys":true})");
        QTest::newRow("keys not an array") << QByteArray(R"({"keys":{}})");
        QTest::newRow("no usable key") << QByteArray(R"({"keys":[]})");
        QTest::newRow("truncated") << QByteArray(eveJwks).left(300);
    }

    void notAKeySet()
    {
        QFETCH(QByteArray, json);
        QString error;
        const JsonWebKeySet set = JsonWebKeySet::fromJson(json, &error);
        QVERIFY(set.isEmpty());
        QVERIFY(set.keyIds().isEmpty());
        QVERIFY(!error.isEmpty());
        JsonWebKeySet::fromJson(json); // a null error pointer is fine
    }
};

QTEST_GUILESS_MAIN(TestJwks)
#include "tst_jwt_jwks.moc"
