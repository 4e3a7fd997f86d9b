#include "EsiLimits.h"

#include <QJsonObject>

#include <limits>

namespace EveSso::Emu {

namespace {

int costOf(int status)
{
    if (status >= 200 && status < 300)
        return 2;
    if (status >= 300 && status < 400)
        return 1;
    if (status >= 400 && status < 500)
        return status == 429 ? 0 : 5;
    return 0;
}

QByteArray windowText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s % 3600 == 0)
        return QByteArray::number(s / 3600) + 'h';
    if (s % 60 == 0)
        return QByteArray::number(s / 60) + 'm';
    return QByteArray::number(s) + 's';
}

} // namespace

EsiLimits::EsiLimits()
{
    m_clock.start();
    // The groups of the routes the emulator serves, sized as CCP's OpenAPI document says (x-rate-limit).
    m_groups.insert(QStringLiteral("char-wallet"), {150, 900000});
    m_groups.insert(QStringLiteral("char-detail"), {600, 900000});
    m_groups.insert(QStringLiteral("status"), {600, 900000});
    m_groups.insert(QStringLiteral("meta"), {150, 900000});
}

void EsiLimits::setErrorLimit(int errors, int windowSeconds)
{
    m_errorLimit = qMax(1, errors);
    m_errorWindowMs = qMax(1, windowSeconds) * 1000LL;
    m_errorWindowStart = -1;
    m_errors = 0;
}

void EsiLimits::setRateLimit(const QString &group, int maxTokens, int windowSeconds)
{
    m_groups.insert(group, {qMax(1, maxTokens), qMax(1, windowSeconds) * 1000LL});
    for (auto it = m_buckets.begin(); it != m_buckets.end();)
        it = it.key().startsWith(group + QLatin1Char('\n')) ? m_buckets.erase(it) : std::next(it);
}

bool EsiLimits::errorLimited()
{
    const qint64 t = now();
    if (m_errorWindowStart < 0 || t >= m_errorWindowStart + m_errorWindowMs) {
        m_errorWindowStart = t;
        m_errors = 0;
    }
    return m_errors >= m_errorLimit;
}

HttpResponse EsiLimits::errorLimitedResponse()
{
    HttpResponse r = HttpResponse::json(
        420, QJsonDocument(QJsonObject{
                 {QStringLiteral("error"),
                  QStringLiteral("This software has exceeded the error limit for ESI. If you are a user, please "
                                 "contact the maintainer of this software. If you are a developer/maintainer, "
                                 "please make a greater effort in the future to receive valid responses. For tips "
                                 "on how, come have a chat with us in ##3rd-party-dev-and-esi on the EVE Online "
                                 "Discord. https://www.eveonline.com/discord")}}));
    finishErrorLimited(r, true);
    return r;
}

void EsiLimits::finishErrorLimited(HttpResponse &response, bool addHeaders)
{
    errorLimited(); // roll the window if it ended
    if (response.status >= 400 && response.status != 420)
        ++m_errors;
    if (!addHeaders)
        return;
    const qint64 resetMs = m_errorWindowStart + m_errorWindowMs - now();
    response.setHeader("X-ESI-Error-Limit-Remain", QByteArray::number(qMax(0, m_errorLimit - m_errors)));
    response.setHeader("X-ESI-Error-Limit-Reset", QByteArray::number(qMax<qint64>(0, (resetMs + 999) / 1000)));
}

int EsiLimits::used(const QString &group, const QString &key)
{
    const Group g = m_groups.value(group);
    Bucket &bucket = m_buckets[group + QLatin1Char('\n') + key];
    const qint64 t = now();
    while (!bucket.spends.isEmpty() && bucket.spends.first().atMs + g.windowMs <= t)
        bucket.total -= bucket.spends.takeFirst().tokens;
    return int(qMin<qint64>(bucket.total, std::numeric_limits<int>::max()));
}

int EsiLimits::rateLimitRetryAfter(const QString &group, const QString &key)
{
    const Group g = m_groups.value(group);
    if (used(group, key) < g.maxTokens)
        return 0;
    const QList<Spend> &spends = m_buckets[group + QLatin1Char('\n') + key].spends;
    const qint64 waitMs = spends.isEmpty() ? 1000 : spends.first().atMs + g.windowMs - now();
    return int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

HttpResponse EsiLimits::rateLimitedResponse(const QString &group, const QString &key, int retryAfter)
{
    HttpResponse r = HttpResponse::json(
        429, QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("Too many requests")}}));
    r.setHeader("Retry-After", QByteArray::number(retryAfter));
    addRateHeaders(r, group, key, 0);
    return r;
}

void EsiLimits::finishRateLimited(HttpResponse &response, const QString &group, const QString &key)
{
    const int cost = costOf(response.status);
    if (cost > 0) {
        Bucket &bucket = m_buckets[group + QLatin1Char('\n') + key];
        bucket.spends.append({now(), cost});
        bucket.total += cost;
    }
    addRateHeaders(response, group, key, cost);
}

void EsiLimits::addRateHeaders(HttpResponse &response, const QString &group, const QString &key, int cost)
{
    const Group g = m_groups.value(group);
    response.setHeader("X-Ratelimit-Group", group.toLatin1());
    response.setHeader("X-Ratelimit-Limit", QByteArray::number(g.maxTokens) + '/' + windowText(g.windowMs));
    response.setHeader("X-Ratelimit-Remaining", QByteArray::number(qMax(0, g.maxTokens - used(group, key))));
    response.setHeader("X-Ratelimit-Used", QByteArray::number(cost));
}

} // namespace EveSso::Emu
