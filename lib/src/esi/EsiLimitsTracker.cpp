#include "EsiLimitsTracker.h"

#include "EsiLogging.h"

#include <EveSso/UtcDateTime.h>

namespace EveSso {

namespace {

constexpr int kDefaultErrorWindowSeconds = 60;   // ESI's error window, when a 420 carries no reset
constexpr int kDefaultRetryAfterSeconds = 60;    // a 429 without Retry-After (deep server limits)
constexpr int kDowntimeRecheckSeconds = 60;

int headerInt(const EsiLimitsTracker::HeaderLookup &header, const QByteArray &name, int fallback)
{
    bool ok = false;
    const int value = header(name).trimmed().toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

EsiLimitsTracker::EsiLimitsTracker()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void EsiLimitsTracker::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime EsiLimitsTracker::now() const
{
    return m_clock().toUTC();
}

QString EsiLimitsTracker::bucketFor(const QString &routePattern, qint64 characterId) const
{
    const QString group = m_routeGroups.value(routePattern);
    return group.isEmpty() ? QString() : group + QLatin1Char(':') + QString::number(characterId);
}

EsiLimitsTracker::Hold EsiLimitsTracker::holdFor(EsiClient::Priority priority, const QString &bucket,
                                                 int inFlight) const
{
    const QDateTime t = now();
    if (m_errorLimitedUntil.isValid() && t < m_errorLimitedUntil)
        return {PauseReason::ErrorLimited, m_errorLimitedUntil};
    if (m_downtimeUntil.isValid() && t < m_downtimeUntil)
        return {PauseReason::Downtime, m_downtimeUntil};
    if (!bucket.isEmpty()) {
        const QDateTime blocked = m_bucketBlocked.value(bucket);
        if (blocked.isValid() && t < blocked)
            return {PauseReason::RateLimited, blocked};
    }
    if (m_errorRemain >= 0 && m_errorResetAt.isValid() && t < m_errorResetAt) {
        const int keep = priority == EsiClient::Priority::Urgent ? 1 : m_reserve;
        if (m_errorRemain - inFlight <= keep)
            return {PauseReason::ErrorLimitReserve, m_errorResetAt};
    }
    return {};
}

EsiLimitsTracker::Hold EsiLimitsTracker::currentPause(int inFlight) const
{
    Hold hold = holdFor(EsiClient::Priority::Normal, QString(), inFlight);
    if (hold.isHeld())
        return hold;
    const QDateTime t = now();
    for (auto it = m_bucketBlocked.cbegin(); it != m_bucketBlocked.cend(); ++it) {
        if (t < it.value() && (!hold.until.isValid() || it.value() > hold.until))
            hold = {PauseReason::RateLimited, it.value()};
    }
    return hold;
}

EsiLimitsTracker::Hold EsiLimitsTracker::observe(int status, const HeaderLookup &header,
                                                 const QString &routePattern, qint64 characterId)
{
    const QDateTime t = now();
    const int remain = headerInt(header, "X-ESI-Error-Limit-Remain", -1);
    const int reset = qMin(headerInt(header, "X-ESI-Error-Limit-Reset", -1), kMaxHoldSeconds);
    if (remain >= 0 && reset >= 0) {
        m_errorRemain = remain;
        m_errorResetAt = t.addSecs(reset);
    }
    const QByteArray group = header("X-Ratelimit-Group").trimmed();
    if (!group.isEmpty())
        m_routeGroups.insert(routePattern, QString::fromLatin1(group));

    if (status == 420) {
        m_errorLimitedUntil = t.addSecs(reset >= 0 ? reset : kDefaultErrorWindowSeconds);
        m_errorRemain = 0;
        m_errorResetAt = m_errorLimitedUntil;
        qCWarning(lcEsi, "ESI error limit reached (420): holding every request for %lld s",
                  t.secsTo(m_errorLimitedUntil));
        return {PauseReason::ErrorLimited, m_errorLimitedUntil};
    }
    if (status == 429) {
        const int retryAfter = qMin(headerInt(header, "Retry-After", kDefaultRetryAfterSeconds), kMaxHoldSeconds);
        const QString bucket = group.isEmpty() ? routePattern + QLatin1Char(':') + QString::number(characterId)
                                               : bucketFor(routePattern, characterId);
        if (group.isEmpty())
            m_routeGroups.insert(routePattern, routePattern); // the route is its own bucket
        const QDateTime until = t.addSecs(qMax(1, retryAfter));
        m_bucketBlocked.insert(bucket, until);
        qCInfo(lcEsi, "ESI rate limit (429) on %s: waiting %d s", qPrintable(routePattern), qMax(1, retryAfter));
        return {PauseReason::RateLimited, until};
    }
    if (status == 503 && isDowntime(t)) {
        const QDateTime expectedEnd = downtimeExpectedEnd(t);
        m_downtimeUntil = t < expectedEnd ? expectedEnd : t.addSecs(kDowntimeRecheckSeconds);
        qCInfo(lcEsi, "ESI is in its daily downtime: waiting until %s UTC",
               qPrintable(m_downtimeUntil.time().toString(QStringLiteral("HH:mm:ss"))));
        return {PauseReason::Downtime, m_downtimeUntil};
    }
    return {};
}

int EsiLimitsTracker::errorLimitRemaining() const
{
    return m_errorRemain;
}

bool EsiLimitsTracker::isDowntime(const QDateTime &utc)
{
    const QTime t = utc.toUTC().time();
    return t >= QTime(11, 0) && t < QTime(11, 30);
}

QDateTime EsiLimitsTracker::downtimeExpectedEnd(const QDateTime &utc)
{
    return EveSso::Utc::dateTime(utc.toUTC().date(), QTime(11, 15));
}

} // namespace EveSso
