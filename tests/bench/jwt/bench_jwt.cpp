// Token verifications per second (RS256, ES256) with a warm key set, beside a baseline measured in the same
// run: OpenSSL's EVP_DigestVerify of the same signature over the same signing input with the same key
// (for ES256, on a DER signature prepared beforehand), with a fresh EVP_MD_CTX per call as any thread-safe
// verifier needs. Figures on one thread, and on two threads at once (scaling = 2-thread / 1-thread).
// Samples of the verifier and of the baseline alternate, so load from other processes hits both alike.

#include "BenchHarness.h"

#include "TokenForge.h"

#include <EveSso/JsonWebKeySet.h>
#include <EveSso/JwtVerifier.h>
#include <EveSso/UtcDateTime.h>

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdio>
#include <functional>
#include <thread>
#include <vector>

using EveSsoTest::TokenForge;

namespace {

constexpr int samples = 11;

/// Runs `fn` `iterations` times on each of `threads` threads at once; returns the total operations per second.
double opsPerSecondOn(int threads, int iterations, const std::function<void()> &fn)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (int i = 0; i < iterations; ++i)
                fn();
        });
    for (std::thread &t : pool)
        t.join();
    return threads * iterations / (double(timer.nsecsElapsed()) / 1e9);
}

EVP_PKEY *publicKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return pkey;
}

struct Case
{
    QString name;
    QByteArray token;
    QByteArray signingInput;
    QByteArray signature; // as OpenSSL takes it (DER for ES256)
    EVP_PKEY *pkey;
    int iterations;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString clientId = QStringLiteral("my3rdpartyclientid");
    const QDateTime now = EveSso::Utc::dateTime(QDate(2026, 3, 12), QTime(12, 0, 0));
    TokenForge forge;
    const QJsonObject claims = TokenForge::eveClaims(clientId, now.addSecs(-60));
    const EveSso::JsonWebKeySet keys = EveSso::JsonWebKeySet::fromJson(forge.jwksJson());
    EveSso::JwtVerifier::Options options;
    options.clientId = clientId;
    const EveSso::JwtVerifier verifier(options);

    std::vector<Case> cases;
    for (const QString &kid : {TokenForge::rsaKid(), TokenForge::ecKid()}) {
        const bool rsa = kid == TokenForge::rsaKid();
        Case c;
        c.name = rsa ? QStringLiteral("rs256") : QStringLiteral("es256");
        c.token = forge.token(claims, kid);
        c.signingInput = c.token.left(c.token.lastIndexOf('.'));
        c.signature = forge.signature(c.signingInput, kid, rsa ? TokenForge::Alg::RS256 : TokenForge::Alg::ES256,
                                      TokenForge::EcdsaFormat::Der);
        c.pkey = publicKey(forge.publicKeyPem(kid));
        c.iterations = rsa ? 1500 : 800;
        cases.push_back(c);
    }

    Bench::Report report;
    volatile int sink = 0;
    for (const Case &c : cases) {
        if (!verifier.verify(c.token, keys, now).ok()) {
            std::fprintf(stderr, "bench_jwt: the %s token does not verify\n", qPrintable(c.name));
            return 1;
        }
        const std::function<void()> ours = [&] { sink = sink + int(verifier.verify(c.token, keys, now).ok()); };
        const std::function<void()> baseline = [&] {
            EVP_MD_CTX *ctx = EVP_MD_CTX_new();
            EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, c.pkey);
            sink = sink + EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(c.signature.constData()),
                                           size_t(c.signature.size()),
                                           reinterpret_cast<const unsigned char *>(c.signingInput.constData()),
                                           size_t(c.signingInput.size()));
            EVP_MD_CTX_free(ctx);
        };
        if (EVP_MD_CTX *ctx = EVP_MD_CTX_new()) { // the baseline must verify too
            EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, c.pkey);
            const int rc = EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(c.signature.constData()),
                                            size_t(c.signature.size()),
                                            reinterpret_cast<const unsigned char *>(c.signingInput.constData()),
                                            size_t(c.signingInput.size()));
            EVP_MD_CTX_free(ctx);
            if (rc != 1) {
                std::fprintf(stderr, "bench_jwt: the %s baseline does not verify\n", qPrintable(c.name));
                return 1;
            }
        }
        opsPerSecondOn(1, c.iterations / 4, ours); // warm-up
        opsPerSecondOn(1, c.iterations / 4, baseline);

        Bench::Figure single;
        for (int threads : {1, 2}) {
            QList<double> oursOps, baseOps;
            for (int s = 0; s < samples; ++s) {
                oursOps.append(opsPerSecondOn(threads, c.iterations, ours));
                baseOps.append(opsPerSecondOn(threads, c.iterations, baseline));
            }
            Bench::Figure f{QStringLiteral("jwt_verify_%1%2").arg(c.name, threads == 1 ? QString() : QStringLiteral("_2threads")),
                            QStringLiteral("ops/s"), Bench::median(oursOps), Bench::median(baseOps), {}};
            f.extra.insert(QStringLiteral("threads"), threads);
            if (threads == 1) {
                single = f;
            } else {
                // Scaling: 2-thread throughput over 1-thread throughput (2.0 is perfectly linear).
                f.extra.insert(QStringLiteral("scaling"), qRound(f.median / single.median * 100) / 100.0);
                f.extra.insert(QStringLiteral("baseline_scaling"), qRound(f.baseline / single.baseline * 100) / 100.0);
            }
            report.add(f);
        }
    }
    for (const Case &c : cases)
        EVP_PKEY_free(c.pkey);
    return report.print();
}
