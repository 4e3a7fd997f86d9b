// Start-up refresh of 100 characters: the emulator adds 50 ms to every token request; the account
// manager loads the metadata, reads 100 logins from the real keychain (run inside
// tests/support/test-session.sh), refreshes them with at most 8 SSO requests in flight, each under the
// character's cross-process lock, and stores 100 rotated logins (the keychain writes overlap the next
// requests; the keychain itself answers one job at a time, so its 100 reads + 100 writes are a floor of
// their own, printed beside the figure). Saves of the metadata merge under the file's lock.
// Baseline in the same run: the same 100 refresh requests made straight with TokenClient, 8 at a
// time, without keychain, locks or sessions (the network-bound floor: 100 / 8 x 50 ms).
//
// Second line: 8 processes (this program with --child) start at once and each brings the same 100 shared
// characters up to date, as the app and a player's scripts do together. Each character must be refreshed
// once per round in all (100 token requests), the others using the token the first one stored; the time
// is from the start of the 8 processes to the end of the last, against the same baseline.
#include "BenchHarness.h"
#include "SsoTestRig.h"

#include <EveSso/AccountManager.h>
#include <EveSso/SecretStore.h>
#include <EveSso/StoredLogin.h>
#include <EveSso/TokenClient.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
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

/// A child process of the second line: brings every character of the shared store up to date, then exits
/// 0 when all 100 are Ready.
int runChild(const QStringList &arguments)
{
    const QUrl discovery(arguments.value(2));
    const QString metadata = arguments.value(3);
    ClientSettings settings;
    settings.clientId = arguments.value(4);
    settings.callbackUrl = ClientSettings::defaultCallbackUrl(47999);
    settings.userAgent = EveSsoTest::kTestUserAgent;
    SsoClient client(ServerProfile::custom(QStringLiteral("emulator"), discovery, QUrl(), QUrl()), settings);
    client.discovery()->setCacheDirectory(QString());
    bool prepared = false;
    client.prepare(&client, [&](const SsoError &error) { prepared = !error.isError(); });
    if (!Bench::waitUntil([&] { return prepared; }, 20000))
        return 2;
    SecretStore secrets(QStringLiteral("capsuleer-bench"));
    AccountManager accounts(QStringLiteral("emulator"), client.tokenClient(), &secrets, metadata);
    accounts.setKeepAliveInterval(std::chrono::milliseconds(0));
    accounts.load();
    bool finished = false;
    QObject::connect(&accounts, &AccountManager::refreshAllFinished, [&] { finished = true; });
    accounts.refreshAll();
    if (!Bench::waitUntil([&] { return finished; }, 120000))
        return 3;
    for (const CharacterRecord &record : accounts.records()) {
        const CharacterSession *session = accounts.session(record.characterId);
        if (session->state() != CharacterSession::State::Ready) {
            qWarning("character %lld: %s", record.characterId, qPrintable(session->lastError().message));
            return 4;
        }
    }
    return accounts.count() == kCharacters ? 0 : 5;
}

/// Between rounds (not measured): the stored access tokens are made unusable, so the next round must
/// refresh every character again. The refresh tokens stay as they are.
bool expireStoredAccessTokens(SecretStore &secrets, const QList<qint64> &ids)
{
    int done = 0;
    bool ok = true;
    for (qint64 id : ids) {
        secrets.readRefreshToken(QStringLiteral("emulator"), id, &secrets, [&, id](const SecretStore::Result &read) {
            StoredLogin login = StoredLogin::decode(read.secret);
            login.accessToken.clear();
            ok = ok && read.ok();
            secrets.writeRefreshToken(QStringLiteral("emulator"), id, login.encode(), &secrets, [&](const SecretStore::Result &written) {
                ok = ok && written.ok();
                ++done;
            });
        });
    }
    return Bench::waitUntil([&] { return done == ids.size(); }, 60000) && ok;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == QLatin1String("--child"))
        return runChild(app.arguments());
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
        if (!expireStoredAccessTokens(secrets, rig.emulator.characterIds()))
            return 1;
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

    // 8 processes on the same 100 characters at once.
    QList<double> sharedTimes;
    QList<double> sharedRequests;
    for (int round = 0; round < 5; ++round) {
        if (!expireStoredAccessTokens(secrets, rig.emulator.characterIds()))
            return 1;
        rig.emulator.clearRequestLog();
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QProcess>> children;
        for (int i = 0; i < 8; ++i) {
            children.push_back(std::make_unique<QProcess>());
            children.back()->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            children.back()->start(QCoreApplication::applicationFilePath(),
                                   {QStringLiteral("--child"), rig.emulator.discoveryUrl().toString(), metadata,
                                    rig.settings.clientId});
        }
        const bool ended = Bench::waitUntil([&] {
            return std::all_of(children.begin(), children.end(),
                               [](const auto &child) { return child->state() == QProcess::NotRunning; });
        }, 180000);
        sharedTimes.append(double(timer.nsecsElapsed()) / 1e6);
        for (const auto &child : children) {
            if (!ended || child->exitStatus() != QProcess::NormalExit || child->exitCode() != 0) {
                qWarning("a child process failed (exit code %d)", child->exitCode());
                return 1;
            }
        }
        sharedRequests.append(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")));
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
        // What a refresh stores: the rotated refresh token and the new access token (a real JWT's size).
        StoredLogin entry;
        entry.refreshToken = QStringLiteral("MDEyMzQ1Njc4OWFiY2RlZg==");
        entry.accessToken = rig.emulator.issueAccessToken(rig.emulator.characterIds().first(), rig.settings.clientId,
                                                          EveSsoTest::kTestScopes);
        entry.accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(1200);
        entry.obtainedAt = QDateTime::currentDateTimeUtc();
        const QString stored = entry.encode();
        for (qint64 id : rig.emulator.characterIds()) {
            auto count = [&done](const SecretStore::Result &) { ++done; };
            if (write)
                secrets.writeRefreshToken(QStringLiteral("emulator"), id, stored, &secrets, count);
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
                            {QStringLiteral("keychain_100_writes_ms"), qRound(keychainWrites)},
                            // The keychain answers one job at a time: its reads and writes alone are a floor.
                            {QStringLiteral("ratio_to_keychain_floor"),
                             qRound(Bench::median(startTimes) / (keychainReads + keychainWrites) * 1000) / 1000.0}}});
    report.add({QStringLiteral("refresh_100_shared_characters_8_processes"), QStringLiteral("ms"), Bench::median(sharedTimes),
                Bench::median(baselineTimes),
                QJsonObject{{QStringLiteral("requests_per_round"), Bench::median(sharedRequests)},
                            {QStringLiteral("requests_max"), *std::max_element(sharedRequests.begin(), sharedRequests.end())},
                            {QStringLiteral("processes"), 8},
                            {QStringLiteral("latency_ms"), kLatencyMs}}});
    return report.print();
}
