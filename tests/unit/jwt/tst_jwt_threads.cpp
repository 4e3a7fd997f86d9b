// verify() from several threads at once on one verifier and one key set gives the single-threaded answers.

#include <EveSso/JsonWebKeySet.h>
#include <EveSso/JwtVerifier.h>
#include <EveSso/UtcDateTime.h>

#include "TokenForge.h"

#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace EveSso;
using EveSsoTest::TokenForge;

class TestJwtThreads : public QObject
{
    Q_OBJECT

private slots:
    void concurrentVerify()
    {
        const QString clientId = QStringLiteral("my3rdpartyclientid");
        const QDateTime now = EveSso::Utc::dateTime(QDate(2026, 3, 12), QTime(12, 0, 0));
        TokenForge forge;
        const QJsonObject claims = TokenForge::eveClaims(clientId, now.addSecs(-60));
        QJsonObject expired = claims;
        expired.insert(QStringLiteral("exp"), now.toSecsSinceEpoch() - 3600);
        QByteArray tampered = forge.token(claims, TokenForge::ecKid());
        tampered[tampered.indexOf('.') + 5] = tampered[tampered.indexOf('.') + 5] == 'A' ? 'B' : 'A';

        const std::vector<QByteArray> tokens{forge.token(claims, TokenForge::rsaKid()), forge.token(claims, TokenForge::ecKid()),
                                             forge.token(expired, TokenForge::rsaKid()), tampered, "a.b.c"};
        const JsonWebKeySet keys = JsonWebKeySet::fromJson(forge.jwksJson());
        JwtVerifier::Options options;
        options.clientId = clientId;
        const JwtVerifier verifier(options);

        std::vector<JwtVerifier::Result> expected;
        for (const QByteArray &t : tokens)
            expected.push_back(verifier.verify(t, keys, now));
        QVERIFY(expected[0].ok());
        QVERIFY(expected[1].ok());
        QCOMPARE(expected[2].error.reason, JwtError::Reason::Expired);
        QCOMPARE(expected[3].error.reason, JwtError::Reason::BadSignature);
        QCOMPARE(expected[4].error.reason, JwtError::Reason::Malformed);

        constexpr int threads = 4;
        constexpr int rounds = 100;
        std::atomic<int> mismatches{0};
        std::atomic<int> done{0};
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                const JsonWebKeySet myKeys = keys; // copies share the keys
                for (int i = 0; i < rounds; ++i) {
                    const size_t k = size_t(i + t) % tokens.size();
                    const JwtVerifier::Result r = verifier.verify(tokens[k], i % 2 ? myKeys : keys, now);
                    const JwtVerifier::Result &e = expected[k];
                    const bool same = r.error.reason == e.error.reason && r.error.message == e.error.message
                        && r.token.has_value() == e.token.has_value()
                        && (!r.token || (r.token->claims == e.token->claims && r.token->characterId == e.token->characterId
                                         && r.token->scopes == e.token->scopes && r.token->expiresAt == e.token->expiresAt));
                    if (!same)
                        ++mismatches;
                    ++done;
                }
            });
        }
        for (std::thread &t : pool)
            t.join();
        QCOMPARE(done.load(), threads * rounds);
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJwtThreads)
#include "tst_jwt_threads.moc"
