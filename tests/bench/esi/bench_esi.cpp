// The wallet and character info of 20 characters, opened twice. The emulator adds 20 ms to every ESI
// request. Pass one starts from an empty cache (40 requests); pass two comes while everything is
// fresh and must send no request at all. Baseline in the same run: the same 40 GETs sent straight
// with QNetworkAccessManager, all at once, with the same access tokens (no cache, no limits).

#include "BenchHarness.h"
#include "SsoTestRig.h"

#include <EveSso/CharacterSession.h>
#include <EveSso/EsiClient.h>
#include <EveSso/SecretStore.h>
#include <EveSso/TokenClient.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace EveSso;

namespace {

constexpr int kCharacters = 20;
constexpr int kLatencyMs = 20;
constexpr int kSamples = 7;

/// The default fixture with 20 characters (7 accounts of up to three).
QByteArray twentyCharacterFixture()
{
    QFile file(QStringLiteral(":/evesso-emulator/default-fixture.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject fixture = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject model = fixture.value(QLatin1String("accounts")).toArray().first().toObject()
                                  .value(QLatin1String("characters")).toArray().first().toObject();
    QJsonArray accounts;
    for (int a = 0; a * 3 < kCharacters; ++a) {
        QJsonArray characters;
        for (int c = 0; c < 3 && a * 3 + c < kCharacters; ++c) {
            QJsonObject character = model;
            const int n = a * 3 + c;
            character.insert(QStringLiteral("id"), 93000000 + n);
            character.insert(QStringLiteral("name"), QStringLiteral("Bench Pilot %1").arg(n));
            character.insert(QStringLiteral("wallet_balance"), 1000000.0 + n);
            character.insert(QStringLiteral("journal"), QJsonArray());
            characters.append(character);
        }
        accounts.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("bench-%1").arg(a)},
                                    {QStringLiteral("characters"), characters}});
    }
    fixture.insert(QStringLiteral("accounts"), accounts);
    return QJsonDocument(fixture).toJson(QJsonDocument::Compact);
}

int esiRequests(const Emulator &emulator)
{
    return emulator.countRequests("GET", QStringLiteral("/esi"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    EveSsoTest::SsoTestRig rig;
    if (!rig.start() || !rig.emulator.loadFixtureData(twentyCharacterFixture()))
        return 1;
    rig.emulator.registerClient({rig.settings.clientId, QString(), {rig.settings.callbackUrl.toString()},
                                 rig.emulator.knownScopes()});
    SsoClient *client = rig.makeClient();
    const QList<qint64> ids = rig.emulator.characterIds();
    if (!client || ids.size() != kCharacters)
        return 1;

    // The player's 20 logged-in characters (not measured).
    TokenClient tokens(rig.settings);
    tokens.setEndpoints(client->discovery()->endpoints());
    SecretStore secrets(QStringLiteral("capsuleer-bench"));
    std::vector<std::unique_ptr<CharacterSession>> sessions;
    QStringList accessTokens;
    int adopted = 0;
    for (qint64 id : ids) {
        auto session = std::make_unique<CharacterSession>(QStringLiteral("emulator"), id, &tokens, &secrets);
        TokenSet set;
        set.accessToken = rig.emulator.issueAccessToken(id, rig.settings.clientId, EveSsoTest::kTestScopes);
        set.refreshToken = rig.emulator.issueRefreshToken(id, rig.settings.clientId, EveSsoTest::kTestScopes);
        set.expiresAt = QDateTime::currentDateTimeUtc().addSecs(1199);
        session->adoptLogin(set, session.get(), [&](const SsoError &error) { adopted += error.isError() ? 0 : 1; });
        accessTokens.append(set.accessToken);
        sessions.push_back(std::move(session));
    }
    if (!Bench::waitUntil([&] { return adopted == kCharacters; }, 30000)) {
        std::fprintf(stderr, "could not store the %d logins in the keychain\n", kCharacters);
        return 1;
    }
    rig.emulator.setLatency(QStringLiteral("/esi"), kLatencyMs);

    QTemporaryDir cacheDir;
    EsiClient esi(rig.profile(), rig.settings);
    esi.setCacheDirectory(cacheDir.path());

    int failures = 0;
    const auto pass = [&] {
        int answers = 0;
        QObject context;
        for (const auto &session : sessions) {
            esi.characterInfo(session->characterId(), &context, [&](const EsiResult<CharacterInfo> &r) {
                failures += r.ok() ? 0 : 1;
                ++answers;
            });
            esi.walletBalance(session.get(), &context, [&](const EsiResult<double> &r) {
                failures += r.ok() ? 0 : 1;
                ++answers;
            });
        }
        Bench::waitUntil([&] { return answers == 2 * kCharacters; });
    };

    QList<double> firstMs, secondMs;
    int firstRequests = 0;
    int secondRequests = 0;
    for (int s = 0; s < kSamples; ++s) {
        esi.clearCache();
        const int before = esiRequests(rig.emulator);
        firstMs += Bench::millisecondsPerRun(1, pass);
        const int afterFirst = esiRequests(rig.emulator);
        secondMs += Bench::millisecondsPerRun(1, pass);
        firstRequests = qMax(firstRequests, afterFirst - before);
        secondRequests = qMax(secondRequests, esiRequests(rig.emulator) - afterFirst);
    }

    // Baseline: the same 40 GETs, bare.
    QNetworkAccessManager network;
    int baselineRequests = 0;
    const QList<double> baselineMs = Bench::millisecondsPerRun(kSamples, [&] {
        const int before = esiRequests(rig.emulator);
        int answers = 0;
        for (int i = 0; i < kCharacters; ++i) {
            const QString base = rig.emulator.esiBaseUrl().toString() + QStringLiteral("/characters/%1").arg(ids[i]);
            QNetworkRequest info{QUrl(base)};
            QNetworkRequest wallet{QUrl(base + QStringLiteral("/wallet"))};
            wallet.setRawHeader("Authorization", "Bearer " + accessTokens[i].toLatin1());
            for (QNetworkReply *reply : {network.get(info), network.get(wallet)}) {
                QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                    failures += reply->error() == QNetworkReply::NoError ? 0 : 1;
                    ++answers;
                    reply->deleteLater();
                });
            }
        }
        Bench::waitUntil([&] { return answers == 2 * kCharacters; });
        baselineRequests = esiRequests(rig.emulator) - before;
    });
    if (failures) {
        std::fprintf(stderr, "%d calls failed\n", failures);
        return 1;
    }

    Bench::Report report;
    report.add({QStringLiteral("esi_first_pass_20_characters"), QStringLiteral("ms"), Bench::median(firstMs),
                Bench::median(baselineMs),
                QJsonObject{{QStringLiteral("requests"), firstRequests},
                            {QStringLiteral("baseline_requests"), baselineRequests},
                            {QStringLiteral("latency_ms"), kLatencyMs}}});
    report.add({QStringLiteral("esi_second_pass_20_characters"), QStringLiteral("ms"), Bench::median(secondMs),
                Bench::median(baselineMs),
                QJsonObject{{QStringLiteral("second_pass_requests"), secondRequests},
                            {QStringLiteral("first_pass_ms"), Bench::median(firstMs)},
                            {QStringLiteral("first_pass_requests"), firstRequests},
                            {QStringLiteral("baseline_requests"), baselineRequests},
                            {QStringLiteral("latency_ms"), kLatencyMs}}});
    return secondRequests == 0 ? report.print() : (report.print(), 2);
}
