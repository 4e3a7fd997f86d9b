#pragma once

#include "core/AutotestExport.h"

#include <EveSso/EsiClient.h>

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace EveSso {

/// What ESI told us about its limits, and whether a request may go out now.
///
/// - The error limit: `X-ESI-Error-Limit-Remain`/`-Reset`. Normal requests hold while no more than the
///   reserve is left (counting requests under way, each of which could still fail); Urgent ones hold
///   only at the last error. A 420 holds everything until the window resets.
/// - The token buckets: `X-Ratelimit-Group` tells which bucket a route uses (learnt per route
///   pattern); a 429 holds that bucket (group + character) for `Retry-After`.
/// - The daily downtime: a 503 between 11:00 and 11:30 UTC holds everything until 11:15, then a
///   minute at a time, instead of spending retries on it.
/// Times come from the injected clock, so tests can step through windows.
class EVESSO_AUTOTEST_EXPORT EsiLimitsTracker
{
public:
    using Clock = EsiClient::Clock;
    using HeaderLookup = std::function<QByteArray(const QByteArray &name)>;
    using PauseReason = EsiClient::PauseReason;

    struct Hold
    {
        PauseReason reason = PauseReason::None;
        QDateTime until; ///< Invalid when not held.
        bool isHeld() const { return reason != PauseReason::None; }
    };

    /// No header holds requests longer than this: a larger Retry-After or X-ESI-Error-Limit-Reset is
    /// read as an hour (ESI's windows are a minute or a quarter of an hour), after which the next answer
    /// tells again. A wrong or hostile header cannot stop the client for the rest of its life.
    static constexpr int kMaxHoldSeconds = 3600;

    EsiLimitsTracker();

    void setClock(Clock clock);
    QDateTime now() const;
    void setErrorLimitReserve(int errors) { m_reserve = qMax(1, errors); }

    /// The token bucket a request to `routePattern` for `characterId` uses, once a response told us.
    QString bucketFor(const QString &routePattern, qint64 characterId) const;
    /// Whether a request may go now. `inFlight`: requests sent and not answered yet.
    Hold holdFor(EsiClient::Priority priority, const QString &bucket, int inFlight) const;
    /// The pause to show: the strongest hold in force for Normal requests.
    Hold currentPause(int inFlight) const;

    /// Reads a response's limit headers. Returns the hold the response itself calls for (420, 429,
    /// downtime 503), or no hold.
    Hold observe(int status, const HeaderLookup &header, const QString &routePattern, qint64 characterId);

    int errorLimitRemaining() const;

    /// 11:00 <= t < 11:30 UTC: a 503 now is most likely the daily downtime.
    static bool isDowntime(const QDateTime &utc);
    /// When the downtime that `utc` falls in should be over (11:15 that day).
    static QDateTime downtimeExpectedEnd(const QDateTime &utc);

private:
    Clock m_clock;
    int m_reserve = 10;
    int m_errorRemain = -1;
    QDateTime m_errorResetAt;
    QDateTime m_errorLimitedUntil;
    QDateTime m_downtimeUntil;
    QHash<QString, QString> m_routeGroups;     ///< route pattern -> rate-limit group
    QHash<QString, QDateTime> m_bucketBlocked; ///< group:character -> end of its 429
};

} // namespace EveSso
