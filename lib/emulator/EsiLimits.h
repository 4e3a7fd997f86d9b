#pragma once

#include "HttpMessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

namespace EveSso::Emu {

/// ESI's two limiters. The error limit: a fixed window of N non-2xx/3xx responses, after which every ESI
/// route answers 420. The token-bucket rate limit per group and user (floating window; 2xx costs 2, 3xx 1,
/// 4xx 5 except 429, 5xx 0), answering 429 with Retry-After when the bucket is empty.
class EsiLimits
{
public:
    EsiLimits();

    void setErrorLimit(int errors, int windowSeconds);
    void setRateLimit(const QString &group, int maxTokens, int windowSeconds);

    /// True when the error window is exhausted: answer errorLimitedResponse().
    bool errorLimited();
    HttpResponse errorLimitedResponse();
    /// Counts `status` against the error window (4xx/5xx) and adds the X-ESI-Error-Limit-* headers.
    void finishErrorLimited(HttpResponse &response, bool addHeaders);

    /// 0 when the bucket has tokens left; otherwise the seconds until some return (answer 429).
    int rateLimitRetryAfter(const QString &group, const QString &key);
    HttpResponse rateLimitedResponse(const QString &group, const QString &key, int retryAfter);
    /// Charges the response's cost to the bucket and adds the X-Ratelimit-* headers.
    void finishRateLimited(HttpResponse &response, const QString &group, const QString &key);

private:
    struct Group
    {
        int maxTokens = 150;
        qint64 windowMs = 900000;
    };
    struct Spend
    {
        qint64 atMs;
        int tokens;
    };
    /// The spends still in the window, oldest first, and their sum: kept as they come and go, so a
    /// request costs the same however many the window holds (the throughput benchmark sends thousands).
    struct Bucket
    {
        QList<Spend> spends;
        qint64 total = 0;
    };
    qint64 now() const { return m_clock.elapsed(); }
    int used(const QString &group, const QString &key);
    void addRateHeaders(HttpResponse &response, const QString &group, const QString &key, int cost);

    QElapsedTimer m_clock;
    int m_errorLimit = 100;
    qint64 m_errorWindowMs = 60000;
    qint64 m_errorWindowStart = -1;
    int m_errors = 0;
    QHash<QString, Group> m_groups;
    QHash<QString, Bucket> m_buckets; ///< group + '\n' + key
};

} // namespace EveSso::Emu
