#include <EveSso/Pkce.h>

#include <QSet>
#include <QtTest>

using namespace EveSso;

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void rfc7636AppendixB()
    {
        // RFC 7636 Appendix B test vector (also used by EsiPy's tests).
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void challengeHashesTheVerifierAsGiven()
    {
        // CCP's own sample sends a padded verifier; the challenge must be over the exact bytes.
        QVERIFY(Pkce::challengeFor("abc=") != Pkce::challengeFor("abc"));
    }

    void verifierShape()
    {
        const QByteArray verifier = Pkce::generateVerifier();
        QCOMPARE(verifier.size(), 43); // base64url of 32 bytes, unpadded
        static const QByteArray allowed =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (char c : verifier)
            QVERIFY2(allowed.contains(c), verifier.constData());
        const auto decoded = QByteArray::fromBase64Encoding(
            verifier, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), 32);
    }

    void freshValuesEveryTime()
    {
        QSet<QByteArray> verifiers;
        QSet<QByteArray> states;
        for (int i = 0; i < 1000; ++i) {
            verifiers.insert(Pkce::generateVerifier());
            states.insert(Pkce::generateState());
        }
        QCOMPARE(verifiers.size(), 1000);
        QCOMPARE(states.size(), 1000);
        QCOMPARE(Pkce::generateState().size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
