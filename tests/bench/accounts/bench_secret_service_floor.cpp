// What the Secret Service itself costs (here gnome-keyring, through libsecret, without QtKeychain or any
// code of ours): 100 writes of a changed secret, as bench_refresh makes when every login rotates, beside
// 100 reads of the same entries. This is the floor under bench_refresh's keychain work: the daemon
// answers one request at a time, and each write rewrites and syncs its keyring file.

// Before any Qt header: glib names struct members "signals", which Qt defines as a keyword.
#include <libsecret/secret.h>

#include "BenchHarness.h"

namespace {

constexpr int kEntries = 100;
constexpr int kSamples = 5;

// The attributes QtKeychain 0.13 stores its entries under (org.qt.keychain: user, server, type).
const SecretSchema kSchema = {"org.qt.keychain",
                              SECRET_SCHEMA_DONT_MATCH_NAME,
                              {{"user", SECRET_SCHEMA_ATTRIBUTE_STRING},
                               {"server", SECRET_SCHEMA_ATTRIBUTE_STRING},
                               {"type", SECRET_SCHEMA_ATTRIBUTE_STRING},
                               {nullptr, SecretSchemaAttributeType(0)}},
                              0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

bool writeAll(int round)
{
    for (int i = 0; i < kEntries; ++i) {
        const QByteArray user = QByteArray("bench/") + QByteArray::number(i);
        // A new 24-character refresh token each round, like EVE's.
        const QByteArray secret = QByteArray::number(round * 1000 + i).rightJustified(16, '0').toBase64();
        GError *error = nullptr;
        if (!secret_password_store_sync(&kSchema, SECRET_COLLECTION_DEFAULT, "bench_secret_service_floor",
                                        secret.constData(), nullptr, &error, "user", user.constData(), "server",
                                        "bench", "type", "plaintext", nullptr)) {
            std::fprintf(stderr, "write failed: %s\n", error ? error->message : "?");
            g_clear_error(&error);
            return false;
        }
    }
    return true;
}

bool readAll()
{
    for (int i = 0; i < kEntries; ++i) {
        const QByteArray user = QByteArray("bench/") + QByteArray::number(i);
        GError *error = nullptr;
        gchar *secret = secret_password_lookup_sync(&kSchema, nullptr, &error, "user", user.constData(), "server",
                                                    "bench", "type", "plaintext", nullptr);
        if (!secret) {
            std::fprintf(stderr, "read failed: %s\n", error ? error->message : "not found");
            g_clear_error(&error);
            return false;
        }
        secret_password_free(secret);
    }
    return true;
}

} // namespace

int main()
{
    bool ok = writeAll(0); // the entries exist before timing, as a stored login's do
    int round = 1;
    const QList<double> writes = Bench::millisecondsPerRun(kSamples, [&] { ok = writeAll(round++) && ok; });
    const QList<double> reads = Bench::millisecondsPerRun(kSamples, [&] { ok = readAll() && ok; });
    if (!ok)
        return 1;
    Bench::Report report;
    report.add({QStringLiteral("secret_service_100_writes"), QStringLiteral("ms"), Bench::median(writes),
                Bench::median(reads),
                QJsonObject{{QStringLiteral("entries"), kEntries}, {QStringLiteral("baseline_is"),
                                                                     QStringLiteral("100 reads")}}});
    return report.print();
}
