// PKCE parameters for one login (verifier + challenge + state) against a baseline of one bare
// SHA-256 + base64url of a 43-byte input: the CSPRNG reads are the only extra cost.

#include "BenchHarness.h"

#include <EveSso/Pkce.h>

#include <QCoreApplication>
#include <QCryptographicHash>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int samples = 15;
    constexpr int iterations = 20000;
    volatile qsizetype sink = 0;

    const QByteArray input(43, 'a');
    const auto baseline = Bench::opsPerSecond(samples, iterations, [&] {
        sink = sink + QCryptographicHash::hash(input, QCryptographicHash::Sha256)
                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                          .size();
    });
    const auto login = Bench::opsPerSecond(samples, iterations, [&] {
        const QByteArray verifier = EveSso::Pkce::generateVerifier();
        sink = sink + EveSso::Pkce::challengeFor(verifier).size() + EveSso::Pkce::generateState().size();
    });

    Bench::Report report;
    report.add({QStringLiteral("pkce_login_parameters"), QStringLiteral("ops/s"), Bench::median(login),
                Bench::median(baseline), {}});
    return report.print();
}
