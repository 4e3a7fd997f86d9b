// EsiClient under ESI's limits and failures against the emulator: the error limit and 420, 429 with
// Retry-After, 5xx and network failures, the daily downtime, and 401/403.

#include "EsiTestRig.h"
#include "FreePort.h"

#include <EveSso/UtcDateTime.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <sys/resource.h>

using namespace EveSso;
using EveSsoTest::Answer;
using EveSsoTest::EsiTestRig;

namespace {
constexpr qint64 kAria = 92001001;

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

class TestEsiLimits : public QObject
{
    Q_OBJECT

    std::unique_ptr<EsiTestRig> rig;

    static Answer<CharacterInfo> character(EsiClient &esi, qint64 id, EsiClient::Priority p = EsiClient::Priority::Normal)
    {
        return EsiTestRig::wait<CharacterInfo>([&](QObject *c, auto cb) { esi.characterInfo(id, c, cb, p); });
    }
    Answer<double> wallet(CharacterSession *session)
    {
        return EsiTestRig::wait<double>([&](QObject *c, auto cb) { rig->esi->walletBalance(session, c, cb); });
    }
    int refreshes() const
    {
        return rig->sso.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token"));
    }

private slots:
    void init()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        rig = std::make_unique<EsiTestRig>();
        QVERIFY(rig->start());
        // Well away from the daily downtime unless a test says otherwise.
        rig->clock.setNow(EveSso::Utc::dateTime(QDate::currentDate(), QTime(14, 0)));
    }
    void cleanup() { rig.reset(); }

    void serverErrorsAreRetriedThenSucceed()
    {
        rig->sso.emulator.failNextRequests(2, 502, QStringLiteral("/esi/characters"));
        const auto a = character(*rig->esi, kAria);
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(rig->statuses(), (QList<int>{502, 502, 200}));
    }

    void persistentServerErrorGivesUpAfterTheRetries()
    {
        rig->sso.emulator.failNextRequests(10, 500, QStringLiteral("/esi/characters"));
        const auto a = character(*rig->esi, kAria);
        QCOMPARE(a.result.error.kind, EsiError::Kind::ServerError);
        QVERIFY(a.result.error.isTransient());
        QCOMPARE(rig->statuses(), (QList<int>{500, 500, 500, 500})); // maxAttempts = 4
        // The library's texts name no program: any tool linking EveSso shows them.
        QCOMPARE(a.result.error.message,
                 QStringLiteral("EVE's ESI server has a problem (HTTP 500). The request will be tried again later."));
    }

    void malformedAnswerIsRetried()
    {
        rig->sso.emulator.malformNextResponses(1, QStringLiteral("/esi/characters"));
        const auto a = character(*rig->esi, kAria);
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(rig->esiRequests(), 2);
    }

    void expiredCacheIsServedStaleWhileEsiFails()
    {
        QVERIFY(character(*rig->esi, kAria).result.ok());
        rig->clock.advance(2 * 86400);
        rig->sso.emulator.failNextRequests(10, 500, QStringLiteral("/esi/characters"));
        const auto a = character(*rig->esi, kAria);
        QCOMPARE(a.result.error.kind, EsiError::Kind::ServerError);
        QVERIFY(a.result.stale);
        QVERIFY(a.result.hasValue());
        QCOMPARE(a.result.value.name, rig->sso.emulator.characterName(kAria));
    }

    void networkErrorNeverMarksTheLoginDead()
    {
        CharacterSession *session = rig->session(kAria);
        QVERIFY(session);
        QSignalSpy lost(session, &CharacterSession::loginLost);
        // An ESI nobody listens on: connection refused on every attempt.
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1/esi").arg(EveSsoTest::freeLoopbackPort()));
        EsiClient offline(ServerProfile::custom(QStringLiteral("emulator"), rig->sso.emulator.discoveryUrl(), dead,
                                                rig->sso.emulator.imageBaseUrl()),
                          rig->sso.settings);
        offline.setCacheDirectory(QString());
        offline.setRetryPolicy({3, std::chrono::milliseconds(10), 0.25});
        const auto a = EsiTestRig::wait<double>([&](QObject *c, auto cb) { offline.walletBalance(session, c, cb); });
        QCOMPARE(a.result.error.kind, EsiError::Kind::Network);
        QVERIFY(a.result.error.isTransient());
        QVERIFY2(a.result.error.message.startsWith(QLatin1String("Could not reach EVE's ESI server (")),
                 qPrintable(a.result.error.message));
        QVERIFY2(a.result.error.message.endsWith(
                     QLatin1String("). Check your internet connection; the request will be tried again.")),
                 qPrintable(a.result.error.message));
        QCOMPARE(offline.networkRequestCount(), 3);
        QCOMPARE(session->state(), CharacterSession::State::Ready);
        QCOMPARE(lost.count(), 0);
    }

    void missingScopeIsNotABadToken()
    {
        CharacterSession *session = rig->session(kAria, {QStringLiteral("esi-skills.read_skills.v1")});
        QVERIFY(session);
        const auto a = wallet(session);
        QCOMPARE(a.result.error.kind, EsiError::Kind::MissingScope);
        QCOMPARE(a.result.error.httpStatus, 403);
        QCOMPARE(a.result.error.esiMessage, QStringLiteral("token not valid for scope"));
        QVERIFY(!a.result.error.isTransient());
        QCOMPARE(refreshes(), 0); // a new token cannot add a scope
        QCOMPARE(session->state(), CharacterSession::State::Ready);
    }

    void expiredTokenIsRenewedOnce()
    {
        CharacterSession *session = rig->session(kAria, EveSsoTest::kTestScopes, -60);
        QVERIFY(session);
        const auto a = wallet(session);
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(rig->statuses(), (QList<int>{401, 200}));
        QCOMPARE(refreshes(), 1);
    }

    void rejectedTokenIsReportedWithoutLosingTheLogin()
    {
        rig->sso.emulator.setBadSignature(true); // every token, also the renewed one
        CharacterSession *session = rig->session(kAria);
        QVERIFY(session);
        QSignalSpy lost(session, &CharacterSession::loginLost);
        const auto a = wallet(session);
        QCOMPARE(a.result.error.kind, EsiError::Kind::TokenRejected);
        QCOMPARE(a.result.error.httpStatus, 401);
        QCOMPARE(rig->statuses(), (QList<int>{401, 401}));
        QCOMPARE(refreshes(), 1);
        QCOMPARE(session->state(), CharacterSession::State::Ready);
        QCOMPARE(lost.count(), 0);
    }

    void lostLoginIsTokenUnavailable()
    {
        CharacterSession *session = rig->session(kAria, EveSsoTest::kTestScopes, -60);
        QVERIFY(session);
        rig->sso.emulator.revokeAllTokens(kAria);
        const auto a = wallet(session);
        QCOMPARE(a.result.error.kind, EsiError::Kind::TokenUnavailable);
        QVERIFY(a.result.error.loginError.isLoginGone());
        QVERIFY(!a.result.error.isTransient());
    }

    void normalRequestsPauseBeforeTheErrorLimit()
    {
        rig->sso.emulator.setErrorLimit(6, 3);
        rig->esi->setErrorLimitReserve(3);
        QSignalSpy pauses(rig->esi.get(), &EsiClient::pauseChanged);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(character(*rig->esi, 91000001 + i).result.error.kind, EsiError::Kind::NotFound);
        QCOMPARE(rig->esiRequests(), 3);
        QCOMPARE(rig->esi->errorLimitRemaining(), 3);

        bool heldDone = false;
        EsiResult<CharacterInfo> held;
        QObject context;
        rig->esi->characterInfo(91000009, &context, [&](const EsiResult<CharacterInfo> &r) {
            held = r;
            heldDone = true;
        });
        QTRY_COMPARE(rig->esi->pauseReason(), EsiClient::PauseReason::ErrorLimitReserve);
        QVERIFY(!heldDone);
        QCOMPARE(rig->esiRequests(), 3);
        // The player is waiting for this one: it goes.
        QVERIFY(character(*rig->esi, kAria, EsiClient::Priority::Urgent).result.ok());
        QCOMPARE(rig->esiRequests(), 4);
        QVERIFY(!heldDone);

        QTRY_VERIFY_WITH_TIMEOUT(heldDone, 15000); // after the window's reset
        QCOMPARE(held.error.kind, EsiError::Kind::NotFound);
        QVERIFY(!rig->statuses().contains(420));
        QCOMPARE(rig->esi->pauseReason(), EsiClient::PauseReason::None);
        QVERIFY(pauses.count() >= 2);
        QCOMPARE(pauses.first().first().value<EsiClient::PauseReason>(), EsiClient::PauseReason::ErrorLimitReserve);
    }

    void error420StopsEverythingUntilTheReset()
    {
        rig->sso.emulator.setErrorLimit(2, 2);
        // Another program on this address spends the window.
        QNetworkAccessManager other;
        for (int i = 0; i < 2; ++i) {
            QNetworkReply *r = other.get(QNetworkRequest(QUrl(rig->sso.emulator.esiBaseUrl().toString()
                                                              + QStringLiteral("/characters/1"))));
            QTRY_VERIFY(r->isFinished());
            r->deleteLater();
        }
        QSignalSpy pauses(rig->esi.get(), &EsiClient::pauseChanged);
        const auto a = character(*rig->esi, kAria);
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(rig->statuses(), (QList<int>{404, 404, 420, 200}));
        QVERIFY(!pauses.isEmpty());
        QCOMPARE(pauses.first().first().value<EsiClient::PauseReason>(), EsiClient::PauseReason::ErrorLimited);
    }

    void rateLimit429WaitsForRetryAfter()
    {
        rig->sso.emulator.setRateLimit(QStringLiteral("char-wallet"), 2, 2); // one 2xx empties it
        CharacterSession *session = rig->session(kAria);
        QVERIFY(session);
        QSignalSpy pauses(rig->esi.get(), &EsiClient::pauseChanged);
        QVERIFY(wallet(session).result.ok());
        const auto j = EsiTestRig::wait<QList<WalletJournalEntry>>(
            [&](QObject *c, auto cb) { rig->esi->walletJournal(session, c, cb); });
        QVERIFY2(j.result.ok(), qPrintable(j.result.error.message));
        QCOMPARE(rig->statuses(QStringLiteral("/esi/characters/92001001/wallet/journal")), (QList<int>{429, 200}));
        QVERIFY(!pauses.isEmpty());
        QCOMPARE(pauses.first().first().value<EsiClient::PauseReason>(), EsiClient::PauseReason::RateLimited);
    }

    void downtimeIsWaitedOutNotRetried()
    {
        const QDate today = QDate::currentDate();
        rig->clock.setNow(EveSso::Utc::dateTime(today, QTime(11, 5)));
        rig->sso.emulator.setDowntime(true);
        bool done = false;
        EsiResult<CharacterInfo> result;
        QObject context;
        rig->esi->characterInfo(kAria, &context, [&](const EsiResult<CharacterInfo> &r) {
            result = r;
            done = true;
        });
        QTRY_COMPARE(rig->esi->pauseReason(), EsiClient::PauseReason::Downtime);
        QCOMPARE(rig->esi->pausedUntil(), EveSso::Utc::dateTime(today, QTime(11, 15)));
        QTest::qWait(200); // ten rechecks of the clock
        QCOMPARE(rig->statuses(), QList<int>{503});
        QVERIFY(!done);

        rig->sso.emulator.setDowntime(false);
        rig->clock.setNow(EveSso::Utc::dateTime(today, QTime(11, 15, 1)));
        QTRY_VERIFY(done);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(rig->statuses(), (QList<int>{503, 200}));
        QCOMPARE(rig->esi->pauseReason(), EsiClient::PauseReason::None);
    }

    void a503OutsideTheDowntimeIsAnOrdinaryRetry()
    {
        QSignalSpy pauses(rig->esi.get(), &EsiClient::pauseChanged);
        rig->sso.emulator.failNextRequests(1, 503, QStringLiteral("/esi/characters"));
        QVERIFY(character(*rig->esi, kAria).result.ok());
        QCOMPARE(rig->statuses(), (QList<int>{503, 200}));
        QCOMPARE(pauses.count(), 0);
    }

    void aHostileImageServerIsCutOffAndNothingIsCached_data()
    {
        QTest::addColumn<Emulator::HostileAnswer>("how");
        QTest::addColumn<int>("kind");
        QTest::newRow("endless body") << Emulator::HostileAnswer::EndlessBody << int(EsiError::Kind::MalformedResponse);
        QTest::newRow("endless chunks") << Emulator::HostileAnswer::EndlessChunks << int(EsiError::Kind::MalformedResponse);
        QTest::newRow("endless headers") << Emulator::HostileAnswer::EndlessHeaders << int(EsiError::Kind::Timeout);
        QTest::newRow("slow drip") << Emulator::HostileAnswer::SlowDrip << int(EsiError::Kind::Timeout);
    }
    void aHostileImageServerIsCutOffAndNothingIsCached()
    {
        // Portraits have their own cap (2 MiB by default); short deadlines keep the test quick.
        QFETCH(Emulator::HostileAnswer, how);
        QFETCH(int, kind);
        rig->sso.settings.responseLimits.deadline = std::chrono::milliseconds(3000);
        rig->sso.settings.responseLimits.headersDeadline = std::chrono::milliseconds(2000);
        const auto esi = rig->makeEsi();
        const QString portraitPath = QStringLiteral("/images/characters/%1/portrait").arg(kAria);
        rig->sso.emulator.answerHostilely(how, 1, QStringLiteral("/images"));

        const long peakBeforeKb = peakRssKb();
        QElapsedTimer timer;
        timer.start();
        const auto cut = EsiTestRig::wait<QString>([&](QObject *c, auto cb) { esi->portrait(kAria, 128, c, cb); });
        QVERIFY(cut.done);
        QCOMPARE(int(cut.result.error.kind), kind);
        QVERIFY(cut.result.error.isTransient());
        QVERIFY2(!cut.result.error.message.isEmpty(), "the error explains itself");
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
        // What the endless answers cost this process: the cap and a read buffer, not the stream (under
        // AddressSanitizer, its quarantine of freed memory comes on top).
        const long grownKb = peakRssKb() - peakBeforeKb;
#if defined(__SANITIZE_ADDRESS__)
        const long boundKb = (64 + 256) * 1024;
#else
        const long boundKb = 64 * 1024;
#endif
        QVERIFY2(grownKb < boundKb, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(grownKb)));
        QCOMPARE(rig->sso.emulator.countRequests("GET", portraitPath), 1); // a breach is not retried

        // Nothing of it was kept, and the client still works: the next request reaches the server and
        // gets the picture. (After endless headers, Qt 6.4's manager sent nothing more until its
        // connections were dropped.)
        const auto again = EsiTestRig::wait<QString>([&](QObject *c, auto cb) { esi->portrait(kAria, 128, c, cb); });
        QVERIFY2(again.result.ok(), qPrintable(again.result.error.message));
        QCOMPARE(rig->sso.emulator.countRequests("GET", portraitPath), 2);
    }
};

QTEST_GUILESS_MAIN(TestEsiLimits)
#include "tst_esi_limits.moc"
