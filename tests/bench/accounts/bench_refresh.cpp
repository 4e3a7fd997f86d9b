// Start-up refresh of 100 characters: the emulator adds 50 ms to every token request; the account
// manager loads the metadata, reads 100 refresh tokens from the real keychain (run inside
// tests/support/test-session.sh), refreshes them with at most 8 SSO requests in flight and stores
// 100 rotated tokens (the keychain writes overlap the next requests; the keychain itself answers one
// job at a time, so its 100 reads + 100 writes are a floor of their own, printed beside the figure).
// Baseline in the same run: the same 100 refresh requests made straight with TokenClient, 8 at a
// time, without keychain or sessions (the network-bound floor: 100 / 8 x 50 ms).

#include "BenchHarness.h"
#include "SsoTestRig.h"

#include <EveSso/AccountManager.h>
#include <EveSso/SecretStore.h>
#include <EveSso/TokenClient.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace EveSso;

namespace {

constexpr int kCharacters = 100;
constexpr int kLatencyMs = 50;

/// The default fixture with 100 characters (34 accounts of up to three).
QByteArray hundredCharacterFixture()
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
            character.insert(QStringLiteral("journal"), QJsonArray());
            characters.append(character);
        }
        accounts.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("bench-%1").arg(a)},
                                    {QStringLiteral("characters"), characters}});
    }
    fixture.insert(QStringLiteral("accounts"), accounts);
    return QJsonDocument(fixture).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    EveSsoTest::SsoTestRig rig;
    if (!rig.start() || !rig.emulator.loadFixtureData(hundredCharacterFixture()))
        return 1;
    rig.emulator.registerClient({rig.settings.clientId, QString(), {rig.settings.callbackUrl.toString()},
                                 rig.emulator.knownScopes()});
    SsoClient *client = rig.makeClient();
    if (!client || rig.emulator.characterIds().size() != kCharacters)
        return 1;
    rig.emulator.setLatency(QStringLiteral("/v2/oauth/token"), kLatencyMs);

    QTemporaryDir dir;
    const QString metadata = dir.filePath(QStringLiteral("characters.json"));
    TokenClient tokens(rig.settings);
    tokens.setEndpoints(client->discovery()->endpoints());
    SecretStore secrets(QStringLiteral("capsuleer-bench"));

    // The player's 100 characters, stored once (not measured).
    {
        AccountManager accounts(QStringLiteral("emulator"), &tokens, &secrets, metadata);
        accounts.load();
        int stored = 0;
        for (qint64 id : rig.emulator.characterIds()) {
            LoginResult login;
            login.character.characterId = id;
            login.character.characterName = rig.emulator.characterName(id);
            login.character.ownerHash = QStringLiteral("owner");
            login.character.scopes = EveSsoTest::kTestScopes;
            login.tokens.refreshToken = rig.emulator.issueRefreshToken(id, rig.settings.clientId, EveSsoTest::kTestScopes);
            accounts.addLogin(login, &accounts, [&](AccountManager::AddOutcome, const SsoError &) { ++stored; });
        }
        if (!Bench::waitUntil([&] { return stored == kCharacters; }, 60000))
            return 1;
    }

    QList<double> startTimes;
    QList<double> requestCounts;
    for (int sample = 0; sample < 5; ++sample) {
        rig.emulator.clearRequestLog();
        QElapsedTimer timer;
        timer.start();
        AccountManager accounts(QStringLiteral("emulator"), &tokens, &secrets, metadata);
        accounts.load();
        bool finished = false;
        QObject::connect(&accounts, &AccountManager::refreshAllFinished, [&] { finished = true; });
        accounts.refreshAll();
        if (!Bench::waitUntil([&] { return finished; }, 60000))
            return 1;
        startTimes.append(double(timer.nsecsElapsed()) / 1e6);
        requestCounts.append(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")));
        int ready = 0;
        for (const CharacterRecord &record : accounts.records())
            ready += accounts.session(record.characterId)->state() == CharacterSession::State::Ready;
        if (ready != kCharacters) {
            qWarning("only %d of %d characters refreshed", ready, kCharacters);
            return 1;
        }
    }

    // Baseline: bare refreshes, 8 in flight, rotation followed in memory only.
    QList<QString> refreshTokens;
    for (qint64 id : rig.emulator.characterIds())
        refreshTokens.append(rig.emulator.issueRefreshToken(id, rig.settings.clientId, EveSsoTest::kTestScopes));
    QList<double> baselineTimes;
    for (int sample = 0; sample < 5; ++sample) {
        QElapsedTimer timer;
        timer.start();
        int next = 0, done = 0, inFlight = 0;
        std::function<void()> pump = [&] {
            while (inFlight < 8 && next < refreshTokens.size()) {
                const int i = next++;
                ++inFlight;
                tokens.refresh(refreshTokens[i], {}, &tokens, [&, i](const TokenSet &t, const SsoError &) {
                    refreshTokens[i] = t.refreshToken;
                    --inFlight;
                    ++done;
                    pump();
                });
            }
        };
        pump();
        if (!Bench::waitUntil([&] { return done == kCharacters; }, 60000))
            return 1;
        baselineTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // Where the time goes: the keychain answers one job at a time, so 100 reads and 100 writes of
    // rotated tokens are a serial floor of their own, beside the network floor of the baseline.
    auto timeKeychain = [&](bool write) {
        QElapsedTimer timer;
        timer.start();
        int done = 0;
        for (qint64 id : rig.emulator.characterIds()) {
            auto count = [&done](const SecretStore::Result &) { ++done; };
            if (write)
                secrets.writeRefreshToken(QStringLiteral("emulator"), id, QStringLiteral("MDEyMzQ1Njc4OWFiY2RlZg=="), &secrets, count);
            else
                secrets.readRefreshToken(QStringLiteral("emulator"), id, &secrets, count);
        }
        Bench::waitUntil([&] { return done == kCharacters; });
        return double(timer.nsecsElapsed()) / 1e6;
    };
    const double keychainReads = timeKeychain(false);
    const double keychainWrites = timeKeychain(true);

    Bench::Report report;
    report.add({QStringLiteral("refresh_100_characters_at_start"), QStringLiteral("ms"), Bench::median(startTimes),
                Bench::median(baselineTimes),
                QJsonObject{{QStringLiteral("requests"), Bench::median(requestCounts)},
                            {QStringLiteral("latency_ms"), kLatencyMs},
                            {QStringLiteral("concurrency"), 8},
                            {QStringLiteral("keychain_100_reads_ms"), qRound(keychainReads)},
                            {QStringLiteral("keychain_100_writes_ms"), qRound(keychainWrites)}}});
    return report.print();
}
