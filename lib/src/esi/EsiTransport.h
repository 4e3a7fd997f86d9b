#pragma once

#include "EsiHttpCache.h"
#include "EsiLimitsTracker.h"
#include "EsiRequestBuilder.h"

#include <EveSso/EsiClient.h>
#include <EveSso/ResponseLimits.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <list>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace EveSso {

class CharacterSession;

/// One HTTP exchange as EsiClient asks for it.
struct EsiFetch
{
    QByteArray method = "GET";
    QString path;       ///< Below the ESI (or image server) base, with its query.
    bool image = false; ///< The image server: no ESI headers, no JSON.
    QByteArray body;    ///< For POST (JSON).
    CharacterSession *session = nullptr; ///< Non-null: authenticated, cached per character.
    EsiClient::Priority priority = EsiClient::Priority::Normal;
};

/// Its outcome: the raw body and where it came from.
struct EsiFetchResult
{
    EsiError error;
    QByteArray body;
    int pages = 0; ///< X-Pages, 0 when absent.
    bool fromCache = false;
    bool stale = false;
    QDateTime expires;
    QDateTime lastModified;
};

/// Sends ESI requests: cache first, then the queue that waits for the limits, the access token, the
/// request, and what its answer calls for (store, reuse on 304, retry with backoff, hold for a limit
/// or the downtime, a new token on 401). Identical requests under way share one exchange.
class EsiTransport : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const EsiFetchResult &result)>;

    EsiTransport(EsiRequestBuilder *builder, EsiHttpCache *cache, EsiLimitsTracker *limits, QObject *parent = nullptr);
    ~EsiTransport() override;

    void setNetwork(QNetworkAccessManager *network);
    void setRetryPolicy(const EsiClient::RetryPolicy &policy) { m_retry = policy; }
    EsiClient::RetryPolicy retryPolicy() const { return m_retry; }
    void setResponseLimits(const ResponseLimits &limits) { m_responseLimits = limits; }
    void setRecheckInterval(std::chrono::milliseconds interval) { m_recheckMs = qMax<qint64>(1, interval.count()); }

    void fetch(const EsiFetch &fetch, QObject *context, Callback callback);

    EsiLimitsTracker::Hold pause() const { return m_pause; }
    int requestCount() const { return m_requestCount; }

    /// "/characters/{id}/wallet" for "/characters/90000001/wallet?page=2": the route, for rate-limit groups.
    static QString routePattern(const QString &path);

signals:
    void pauseChanged(EveSso::EsiClient::PauseReason reason, const QDateTime &until);

private:
    struct Pending;
    using PendingPtr = std::shared_ptr<Pending>;

    void pump();
    void start(const PendingPtr &p);
    void send(const PendingPtr &p, const QString &accessToken);
    void onReply(const PendingPtr &p, QNetworkReply *reply);
    void retryLater(const PendingPtr &p, const EsiError &error);
    void requeue(const PendingPtr &p);
    /// Stores the answer unless its character was forgotten since the request was made.
    void storeUnlessForgotten(const PendingPtr &p, const EsiCacheEntry &entry);
    void finish(const PendingPtr &p, EsiFetchResult result);
    void updatePause(const EsiLimitsTracker::Hold &hold);
    std::chrono::milliseconds backoff(int attempt) const;

    EsiRequestBuilder *m_builder;
    EsiHttpCache *m_cache;
    EsiLimitsTracker *m_limits;
    QPointer<QNetworkAccessManager> m_network;
    EsiClient::RetryPolicy m_retry;
    ResponseLimits m_responseLimits;
    qint64 m_recheckMs = 1000;
    std::list<PendingPtr> m_queue;
    QHash<QByteArray, PendingPtr> m_active; ///< dedup key -> exchange (queued, under way or waiting to retry)
    QTimer m_recheck;
    int m_inFlight = 0;
    int m_requestCount = 0;
    EsiLimitsTracker::Hold m_pause;
};

} // namespace EveSso
