#pragma once

// The ESI client against the emulator: an SsoTestRig, a token client, the test session's keychain,
// character sessions holding emulator-issued tokens, an EsiClient with fast retries and a clock the
// test can move.

#include "SsoTestRig.h"
#include "TestSession.h"

#include <EveSso/CharacterSession.h>
#include <EveSso/EsiClient.h>
#include <EveSso/SecretStore.h>
#include <EveSso/TokenClient.h>

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

#include <map>
#include <memory>

namespace EveSsoTest {

inline const QString kEsiProfile = QStringLiteral("emulator");
inline const QString kWalletScope = QStringLiteral("esi-wallet.read_character_wallet.v1");

/// Runs at the speed of real time from a chosen start; tests jump it forward.
class TestClock
{
public:
    TestClock() { m_elapsed.start(); }
    void setNow(const QDateTime &utc)
    {
        m_base = utc;
        m_elapsed.restart();
    }
    void advance(qint64 seconds) { m_base = m_base.addSecs(seconds); }
    QDateTime now() const { return m_base.addMSecs(m_elapsed.elapsed()); }

private:
    QDateTime m_base = QDateTime::currentDateTimeUtc();
    QElapsedTimer m_elapsed;
};

template <typename T>
struct Answer
{
    bool done = false;
    EveSso::EsiResult<T> result;
};

struct EsiTestRig
{
    SsoTestRig sso;
    std::unique_ptr<EveSso::TokenClient> tokens;
    std::unique_ptr<EveSso::SecretStore> secrets;
    std::map<qint64, std::unique_ptr<EveSso::CharacterSession>> sessions;
    std::unique_ptr<EveSso::EsiClient> esi;
    TestClock clock;
    QString cacheDirectory = QDir::homePath() + QStringLiteral("/cache/esi-tests");

    bool start()
    {
        if (!sso.start() || !sso.makeClient())
            return false;
        QDir(cacheDirectory).removeRecursively();
        tokens = std::make_unique<EveSso::TokenClient>(sso.settings);
        tokens->setEndpoints(sso.client->discovery()->endpoints());
        tokens->setRetryPolicy({2, std::chrono::milliseconds(20), 0.25});
        secrets = std::make_unique<EveSso::SecretStore>(QStringLiteral("capsuleer-tests"));
        esi = makeEsi();
        return true;
    }

    /// A new client on the same cache directory and clock (as after a restart).
    std::unique_ptr<EveSso::EsiClient> makeEsi()
    {
        auto client = std::make_unique<EveSso::EsiClient>(sso.profile(), sso.settings);
        client->setCacheDirectory(cacheDirectory);
        client->setRetryPolicy({4, std::chrono::milliseconds(10), 0.25});
        client->setRecheckInterval(std::chrono::milliseconds(20));
        client->setClock([this] { return clock.now(); });
        return client;
    }

    /// A session holding a fresh login of `characterId` with `scopes` (an `accessLifetime` below zero
    /// gives an access token ESI sees as expired, while the session still thinks it valid).
    EveSso::CharacterSession *session(qint64 characterId, const QStringList &scopes = kTestScopes,
                                      int accessLifetime = 1200)
    {
        auto s = std::make_unique<EveSso::CharacterSession>(kEsiProfile, characterId, tokens.get(), secrets.get());
        s->setOfflineRetry(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
        EveSso::TokenSet set;
        set.accessToken = sso.emulator.issueAccessToken(characterId, sso.settings.clientId, scopes, accessLifetime);
        set.refreshToken = sso.emulator.issueRefreshToken(characterId, sso.settings.clientId, scopes);
        set.expiresAt = QDateTime::currentDateTimeUtc().addSecs(1199);
        set.tokenType = QStringLiteral("Bearer");
        bool done = false;
        EveSso::SsoError error;
        s->adoptLogin(set, s.get(), [&](const EveSso::SsoError &e) {
            error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000) || error.isError())
            return nullptr;
        EveSso::CharacterSession *raw = s.get();
        sessions[characterId] = std::move(s);
        return raw;
    }

    /// Runs one call and waits for its answer.
    template <typename T, typename Call>
    static Answer<T> wait(Call call, int timeoutMs = 20000)
    {
        auto answer = std::make_shared<Answer<T>>();
        QObject context;
        call(&context, [answer](const EveSso::EsiResult<T> &r) {
            answer->result = r;
            answer->done = true;
        });
        (void)QTest::qWaitFor([&] { return answer->done; }, timeoutMs);
        return *answer;
    }

    int esiRequests(const QString &prefix = QStringLiteral("/esi")) const
    {
        return sso.emulator.countRequests("GET", prefix) + sso.emulator.countRequests("POST", prefix);
    }

    /// Statuses of the logged requests whose path starts with `prefix`, in order.
    QList<int> statuses(const QString &prefix = QStringLiteral("/esi")) const
    {
        QList<int> out;
        for (const auto &r : sso.emulator.requestLog()) {
            if (r.path.startsWith(prefix))
                out.append(r.status);
        }
        return out;
    }
};

} // namespace EveSsoTest
