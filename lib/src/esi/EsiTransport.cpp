#include "EsiTransport.h"

#include "EsiAnswers.h"
#include "EsiErrorText.h"
#include "EsiLogging.h"
#include "core/ReplyLimiter.h"

#include <EveSso/CharacterSession.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace EveSso {

namespace {

constexpr int kMaxDowntimeWaits = 40; // 11:15 then a minute at a time up to 11:30, with room to spare

struct Waiter
{
    QPointer<QObject> context;
    EsiTransport::Callback callback;
};

} // namespace

struct EsiTransport::Pending
{
    EsiFetch fetch;
    qint64 characterId = 0; ///< 0: a public route
    quint64 forgetCount = 0; ///< the cache's forgetCount() of the character when the request was made
    QPointer<CharacterSession> session;
    QUrl url;
    QByteArray key;      ///< cache key (GET) and dedup key
    QString route;       ///< route pattern
    int attempt = 0;     ///< failed attempts so far that count against the retry policy
    int downtimeWaits = 0;
    bool tokenRenewed = false;
    bool sending = false;
    QElapsedTimer since; ///< From the first attempt: retries share the request's deadline.
    QList<Waiter> waiters;
};

EsiTransport::EsiTransport(EsiRequestBuilder *builder, EsiHttpCache *cache, EsiLimitsTracker *limits, QObject *parent)
    : QObject(parent)
    , m_builder(builder)
    , m_cache(cache)
    , m_limits(limits)
{
    m_recheck.setSingleShot(true);
    connect(&m_recheck, &QTimer::timeout, this, &EsiTransport::pump);
}

EsiTransport::~EsiTransport() = default;

void EsiTransport::setNetwork(QNetworkAccessManager *network)
{
    m_network = network;
}

QString EsiTransport::routePattern(const QString &path)
{
    static const QRegularExpression number(QStringLiteral("/[0-9]+(?=/|$)"));
    QString route = path.section(QLatin1Char('?'), 0, 0);
    route.replace(number, QStringLiteral("/{id}"));
    return route;
}

void EsiTransport::fetch(const EsiFetch &fetch, QObject *context, Callback callback)
{
    auto p = std::make_shared<Pending>();
    p->fetch = fetch;
    p->session = fetch.session;
    p->characterId = fetch.session ? fetch.session->characterId() : 0;
    p->forgetCount = m_cache->forgetCount(p->characterId);
    p->url = fetch.image ? m_builder->imageUrl(fetch.path) : m_builder->esiUrl(fetch.path);
    p->route = routePattern(fetch.path);
    QByteArray variant;
    if (!fetch.image) {
        variant = m_builder->compatibilityDate().toString(Qt::ISODate).toLatin1() + '|' + m_builder->language().toLatin1();
        if (fetch.session)
            variant += "|character:" + QByteArray::number(p->characterId);
        if (fetch.method != "GET")
            variant += '|' + fetch.body;
    }
    p->key = EsiHttpCache::keyFor(fetch.method, p->url.toEncoded(), variant);

    if (fetch.method == "GET") {
        if (const auto entry = m_cache->lookup(p->characterId, p->key); entry && entry->isFresh(m_limits->now())) {
            EsiFetchResult result;
            result.body = entry->body;
            result.pages = entry->pages;
            result.fromCache = true;
            result.expires = entry->expires;
            result.lastModified = EsiHttpCache::parseHttpDate(entry->lastModified);
            QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
            return;
        }
    }
    if (auto it = m_active.find(p->key); it != m_active.end()) {
        it.value()->waiters.append({context, std::move(callback)});
        return;
    }
    p->waiters.append({context, std::move(callback)});
    p->since.start();
    m_active.insert(p->key, p);
    m_queue.push_back(p);
    // Asynchronous even when it could go at once, so callers see one behaviour.
    QTimer::singleShot(0, this, &EsiTransport::pump);
}

void EsiTransport::pump()
{
    EsiLimitsTracker::Hold strongest;
    const auto rank = [](EsiClient::PauseReason r) {
        switch (r) {
        case EsiClient::PauseReason::ErrorLimited: return 4;
        case EsiClient::PauseReason::Downtime: return 3;
        case EsiClient::PauseReason::RateLimited: return 2;
        case EsiClient::PauseReason::ErrorLimitReserve: return 1;
        case EsiClient::PauseReason::None: break;
        }
        return 0;
    };
    QDateTime earliest;
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        const PendingPtr p = *it;
        const EsiLimitsTracker::Hold hold = p->fetch.image
            ? EsiLimitsTracker::Hold{}
            : m_limits->holdFor(p->fetch.priority, m_limits->bucketFor(p->route, p->characterId), m_inFlight);
        if (hold.isHeld()) {
            if (rank(hold.reason) > rank(strongest.reason))
                strongest = hold;
            if (!earliest.isValid() || hold.until < earliest)
                earliest = hold.until;
            ++it;
            continue;
        }
        it = m_queue.erase(it);
        start(p);
    }
    updatePause(strongest);
    if (earliest.isValid()) {
        const qint64 untilMs = m_limits->now().msecsTo(earliest);
        m_recheck.start(int(qBound<qint64>(1, untilMs, m_recheckMs)));
    }
}

void EsiTransport::updatePause(const EsiLimitsTracker::Hold &hold)
{
    if (hold.reason == m_pause.reason && hold.until == m_pause.until)
        return;
    m_pause = hold;
    emit pauseChanged(hold.reason, hold.until);
}

void EsiTransport::start(const PendingPtr &p)
{
    ++m_inFlight; // counted from here: it may still fail and spend an error
    if (!p->fetch.session) {
        send(p, QString());
        return;
    }
    if (!p->session) {
        --m_inFlight;
        finish(p, {EsiErrorText::invalidCall(tr("The character's session was closed.")), {}, 0, false, false, {}, {}});
        return;
    }
    p->session->accessToken(this, [this, p](const QString &token, const SsoError &error) {
        if (error.isError()) {
            --m_inFlight;
            finish(p, {EsiErrorText::tokenUnavailable(error), {}, 0, false, false, {}, {}});
            return;
        }
        send(p, token);
    });
}

void EsiTransport::send(const PendingPtr &p, const QString &accessToken)
{
    if (!m_network) {
        --m_inFlight;
        finish(p, {EsiErrorText::invalidCall(tr("The ESI client has no network access.")), {}, 0, false, false, {}, {}});
        return;
    }
    QByteArray etag;
    QByteArray lastModified;
    if (p->fetch.method == "GET") {
        if (const auto entry = m_cache->lookup(p->characterId, p->key)) {
            etag = entry->etag;
            lastModified = entry->lastModified;
        }
    }
    QNetworkRequest request = m_builder->build(p->url, p->fetch.image, accessToken, etag, lastModified);
    QNetworkReply *reply = nullptr;
    if (p->fetch.method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->post(request, p->fetch.body);
    } else {
        reply = m_network->get(request);
    }
    // A retry gets what is left of the request's deadline, not a fresh one.
    limitReply(reply, p->fetch.image ? m_responseLimits.maxImageBytes : m_responseLimits.maxEsiBytes,
               m_responseLimits, p->since.elapsed());
    ++m_requestCount;
    p->sending = true;
    connect(reply, &QNetworkReply::finished, this, [this, p, reply] { onReply(p, reply); });
}

void EsiTransport::onReply(const PendingPtr &p, QNetworkReply *reply)
{
    reply->deleteLater();
    --m_inFlight;
    p->sending = false;
    if (const LimitBreach breach = limitBreachOf(reply); breach != LimitBreach::None) {
        // Not retried: a server that sent too much or too slowly would only do it again, and each try
        // costs the caller the whole deadline. Transient all the same: nothing stored is given up.
        qCInfo(lcEsi, "%s %s aborted: answer too large or too slow", p->fetch.method.constData(), qPrintable(p->route));
        const std::chrono::milliseconds waited(p->since.elapsed());
        finish(p, {EsiErrorText::limitBreach(breach, limitCapOf(reply), waited, p->fetch.image), {}, 0, false,
                   false, {}, {}});
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed when aborted
    const auto header = [reply](const QByteArray &name) { return reply->rawHeader(name); };
    qCDebug(lcEsi, "%s %s -> %d", p->fetch.method.constData(), qPrintable(p->route), status);

    EsiLimitsTracker::Hold hold;
    if (status > 0 && !p->fetch.image)
        hold = m_limits->observe(status, header, p->route, p->characterId);

    if (transferFailed(reply)) {
        retryLater(p, EsiErrorText::networkFailure(reply->error(), reply->errorString(), p->fetch.image));
        return;
    }
    const QDateTime now = m_limits->now();
    if (status == 304) {
        auto entry = m_cache->lookup(p->characterId, p->key);
        if (!entry) {
            retryLater(p, EsiErrorText::malformed(status));
            return;
        }
        const QDateTime expires = EsiHttpCache::expiryFrom(reply->rawHeader("Expires"), reply->rawHeader("Date"),
                                                           reply->rawHeader("Cache-Control"), now);
        entry->expires = expires;
        if (!reply->rawHeader("ETag").isEmpty())
            entry->etag = reply->rawHeader("ETag");
        if (!reply->rawHeader("Last-Modified").isEmpty())
            entry->lastModified = reply->rawHeader("Last-Modified");
        storeUnlessForgotten(p, *entry);
        finish(p, {{}, entry->body, entry->pages, true, false, entry->expires, {}});
        return;
    }
    if (status >= 200 && status < 300) {
        if (!p->fetch.image && !EsiAnswers::isEsiJson(body)) {
            retryLater(p, EsiErrorText::malformed(status));
            return;
        }
        EsiFetchResult result{{}, body, EsiAnswers::pageCount(reply->rawHeader("X-Pages")), false, false, {}, {}};
        const QByteArray cacheControl = reply->rawHeader("Cache-Control");
        if (p->fetch.method == "GET" && !EsiHttpCache::isNoStore(cacheControl)) {
            EsiCacheEntry entry;
            entry.body = body;
            entry.etag = reply->rawHeader("ETag");
            entry.lastModified = reply->rawHeader("Last-Modified");
            entry.expires = EsiHttpCache::expiryFrom(reply->rawHeader("Expires"), reply->rawHeader("Date"),
                                                     cacheControl, now);
            entry.pages = result.pages;
            result.expires = entry.expires;
            if (entry.expires.isValid() || entry.canRevalidate())
                storeUnlessForgotten(p, entry);
        }
        finish(p, result);
        return;
    }

    const QString esiMessage = p->fetch.image ? QString() : EsiAnswers::errorMessage(body);
    const bool downtime = EsiLimitsTracker::isDowntime(now);
    EsiError error = EsiErrorText::httpFailure(status, esiMessage, p->fetch.image, downtime);
    if (hold.isHeld())
        error.retryAt = hold.until;

    if (status == 401 && p->fetch.session && !p->tokenRenewed && p->session) {
        // The token may have been revoked or signed with a key ESI no longer has: one fresh token.
        p->tokenRenewed = true;
        ++m_inFlight;
        p->session->refresh(this, [this, p](const QString &token, const SsoError &refreshError) {
            if (refreshError.isError()) {
                --m_inFlight;
                finish(p, {EsiErrorText::tokenUnavailable(refreshError), {}, 0, false, false, {}, {}});
                return;
            }
            send(p, token);
        });
        return;
    }
    if (hold.reason == EsiClient::PauseReason::Downtime && p->downtimeWaits < kMaxDowntimeWaits) {
        ++p->downtimeWaits; // waiting out the downtime is not a failed attempt
        requeue(p);
        return;
    }
    if ((status == 420 || status == 429) && p->attempt + 1 < m_retry.maxAttempts) {
        ++p->attempt;
        requeue(p); // held by the tracker until the limit resets
        return;
    }
    if (status >= 500) {
        retryLater(p, error);
        return;
    }
    finish(p, {error, {}, 0, false, false, {}, {}});
}

void EsiTransport::retryLater(const PendingPtr &p, const EsiError &error)
{
    const auto delay = backoff(p->attempt);
    // The attempts together get the request's deadline: a server that times out every attempt must not
    // multiply the caller's wait.
    if (p->attempt + 1 >= m_retry.maxAttempts
        || !retryFitsDeadline(m_responseLimits, p->since.elapsed(), delay.count())) {
        finish(p, {error, {}, 0, false, false, {}, {}});
        return;
    }
    ++p->attempt;
    qCInfo(lcEsi, "%s %s failed (HTTP %d); retry %d in %lld ms", p->fetch.method.constData(), qPrintable(p->route),
           error.httpStatus, p->attempt, qint64(delay.count()));
    QTimer::singleShot(delay, this, [this, p] { requeue(p); });
}

void EsiTransport::requeue(const PendingPtr &p)
{
    m_queue.push_back(p);
    pump();
}

void EsiTransport::storeUnlessForgotten(const PendingPtr &p, const EsiCacheEntry &entry)
{
    // The character was forgotten (removed) while its request was under way: its answer is not kept.
    if (m_cache->forgetCount(p->characterId) == p->forgetCount)
        m_cache->store(p->characterId, p->key, entry);
}

void EsiTransport::finish(const PendingPtr &p, EsiFetchResult result)
{
    m_active.remove(p->key);
    if (result.error.isError() && result.error.isTransient() && p->fetch.method == "GET") {
        if (const auto entry = m_cache->lookup(p->characterId, p->key)) {
            result.body = entry->body;
            result.pages = entry->pages;
            result.expires = entry->expires;
            result.stale = true;
        }
    }
    if (!result.lastModified.isValid())
        if (const auto entry = m_cache->lookup(p->characterId, p->key))
            result.lastModified = EsiHttpCache::parseHttpDate(entry->lastModified);
    // An answer frees a place under the error-limit reserve.
    if (!m_queue.empty())
        QTimer::singleShot(0, this, &EsiTransport::pump);
    // A callback may delete the client (and this transport): nothing may touch `this` after.
    for (const Waiter &w : std::as_const(p->waiters)) {
        if (w.context)
            w.callback(result);
    }
}

std::chrono::milliseconds EsiTransport::backoff(int attempt) const
{
    const double base = double(m_retry.initialDelay.count()) * double(1 << qMin(attempt, 10));
    const double spread = base * qBound(0.0, m_retry.jitter, 1.0);
    const double jittered = base - spread + QRandomGenerator::global()->generateDouble() * 2 * spread;
    return std::chrono::milliseconds(qMax<qint64>(0, qint64(jittered)));
}

} // namespace EveSso
