#pragma once

#include <EveSso/ClientSettings.h>
#include <EveSso/EsiError.h>
#include <EveSso/EsiResult.h>
#include <EveSso/EsiTypes.h>
#include <EveSso/ServerProfile.h>
#include <EveSso/evesso_export.h>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace EveSso {

class CharacterSession;

/// A polite ESI client: typed calls, a disk HTTP cache, and ESI's limits kept.
///
/// - Every request carries the User-Agent of the ClientSettings, a pinned `X-Compatibility-Date`,
///   `Accept-Language`, `X-Tenant`, and for authenticated routes a fresh access token from the
///   character's CharacterSession.
/// - Answers are cached on disk (the cache directory) and honour `Expires`, `ETag` and
///   `Last-Modified`: within `Expires` no request is sent at all; after it a conditional request is
///   sent and a 304 reuses the stored body. Authenticated routes are cached per character (in
///   `characters/<id>/` below the cache directory; see forgetCharacter()). The cache survives
///   restarts, and its folders and files are the user's alone (0700 and 0600, whatever the umask).
/// - Limits: the error limit (`X-ESI-Error-Limit-Remain/-Reset`) is tracked and Normal requests pause
///   while few errors are left; a 420 stops every request until the window resets; a 429 waits for
///   `Retry-After`; 5xx and network failures are retried with exponential backoff and jitter; a 503
///   during the daily downtime (11:00 to 11:15 UTC) waits for its end instead of retrying.
/// - 401 asks the session for a new token once; 403 "token not valid for scope" is MissingScope. A
///   failure here never marks a login dead: only the session's own refresh can do that.
///
/// Identical requests under way at the same time share one network request. Callbacks run in the
/// thread of their `context` object and never run once it is destroyed. The object and all its calls
/// belong to the thread it lives in.
class EVESSO_EXPORT EsiClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(PauseReason pauseReason READ pauseReason NOTIFY pauseChanged)
    Q_PROPERTY(QDateTime pausedUntil READ pausedUntil NOTIFY pauseChanged)

public:
    /// How a request behaves near the error limit.
    enum class Priority {
        Normal, ///< Background work: pauses while the error limit is within the reserve.
        Urgent, ///< The player is waiting: goes on until only one error is left.
    };
    Q_ENUM(Priority)

    /// Why requests are being held back.
    enum class PauseReason {
        None,              ///< Requests go out.
        ErrorLimitReserve, ///< Few errors left in the window: Normal requests wait for its reset.
        ErrorLimited,      ///< ESI answered 420: every request waits for the window's reset.
        RateLimited,       ///< ESI answered 429: requests of that route wait for Retry-After.
        Downtime,          ///< ESI is in its daily downtime: requests wait for its end.
    };
    Q_ENUM(PauseReason)

    /// How transient failures (5xx, network, timeout, malformed answers) are retried.
    struct RetryPolicy
    {
        int maxAttempts = 4;                          ///< Attempts in all, the first included.
        std::chrono::milliseconds initialDelay{1000}; ///< Before the second attempt; doubles after.
        double jitter = 0.25;                         ///< Each delay varies by up to ±25 %.
    };

    /// The current time in UTC. Tests inject their own to step through expiry and the downtime.
    using Clock = std::function<QDateTime()>;

    /// The compatibility date requests are pinned to unless setCompatibilityDate() says otherwise.
    static QDate defaultCompatibilityDate();

    /// Uses `profile.esiBaseUrl`, `profile.imageBaseUrl` and `profile.tenant`; the User-Agent comes
    /// from `settings`. The cache directory defaults to `<QStandardPaths::CacheLocation>/esi/<profile id>`.
    EsiClient(const ServerProfile &profile, const ClientSettings &settings, QObject *parent = nullptr);
    ~EsiClient() override;

    /// The server whose ESI this client reads.
    ServerProfile profile() const;

    /// Shares a network access manager (e.g. SsoClient::network()); not owned. By default the client
    /// has its own. Set it before the first call.
    void setNetworkAccessManager(QNetworkAccessManager *network);
    /// Where answers and portraits are cached. Empty disables the disk cache (memory only). An existing
    /// cache is made private to its owner, and an older version's answers, not kept per character, are
    /// deleted.
    void setCacheDirectory(const QString &path);
    /// Where answers are cached; empty when the disk cache is off.
    QString cacheDirectory() const;
    /// Pins `X-Compatibility-Date`: the shapes of ESI's answers depend on it.
    void setCompatibilityDate(const QDate &date);
    /// The pinned compatibility date.
    QDate compatibilityDate() const;
    /// `Accept-Language`: one of ESI's languages (en, de, fr, ja, ru, zh, ko, es), or a locale name
    /// such as "de_DE" (reduced to "de"). Anything else falls back to "en".
    void setLanguage(const QString &language);
    /// The `Accept-Language` sent (one of ESI's languages).
    QString language() const;
    /// How transient failures are retried (default: RetryPolicy{}).
    void setRetryPolicy(const RetryPolicy &policy);
    /// The retry policy in use.
    RetryPolicy retryPolicy() const;
    /// Per-request transfer timeout (default 30 s).
    void setRequestTimeout(std::chrono::milliseconds timeout);
    /// Normal requests pause while no more than this many errors are left in the error-limit window,
    /// counting requests under way (default 10).
    void setErrorLimitReserve(int errors);
    /// The clock for expiry, limits and the downtime window (default: the system clock).
    void setClock(Clock clock);
    /// While paused, how often the clock is read again (default 1 s), so a pause also ends on time
    /// after the computer slept or the clock was changed.
    void setRecheckInterval(std::chrono::milliseconds interval);

    // ---- public routes -------------------------------------------------------------------------------
    /// `GET /characters/{id}`, either schema generation.
    void characterInfo(qint64 characterId, QObject *context, EsiCallback<CharacterInfo> callback,
                       Priority priority = Priority::Normal);
    /// `GET /corporations/{id}`.
    void corporationInfo(qint64 corporationId, QObject *context, EsiCallback<CorporationInfo> callback,
                         Priority priority = Priority::Normal);
    /// `GET /alliances/{id}`.
    void allianceInfo(qint64 allianceId, QObject *context, EsiCallback<AllianceInfo> callback,
                      Priority priority = Priority::Normal);
    /// `GET /characters/{id}/portrait`: the image server's URLs.
    void portraitUrls(qint64 characterId, QObject *context, EsiCallback<PortraitUrls> callback,
                      Priority priority = Priority::Normal);
    /// `POST /universe/names` (in chunks of 1000 ids; duplicates removed). ESI answers 404 when any id
    /// is unknown (NotFound). Not cached: ESI gives POST answers no caching headers.
    void resolveNames(const QList<qint64> &ids, QObject *context, EsiCallback<QList<ResolvedName>> callback,
                      Priority priority = Priority::Normal);

    // ---- authenticated routes (the session's character) ------------------------------------------
    /// `GET /characters/{id}/wallet` (scope esi-wallet.read_character_wallet.v1): the ISK balance.
    void walletBalance(CharacterSession *session, QObject *context, EsiCallback<double> callback,
                       Priority priority = Priority::Normal);
    /// `GET /characters/{id}/wallet/journal`, every page (`X-Pages`), newest first.
    void walletJournal(CharacterSession *session, QObject *context,
                       EsiCallback<QList<WalletJournalEntry>> callback, Priority priority = Priority::Normal);

    // ---- images --------------------------------------------------------------------------------------
    /// The character's portrait (JPEG) as a local file, downloaded once and then served from the disk
    /// cache (revalidated when the image server's expiry has passed). `size`: a power of two from 32
    /// to 1024. The value is the file's absolute path.
    void portrait(qint64 characterId, int size, QObject *context, EsiCallback<QString> callback,
                  Priority priority = Priority::Normal);

    // ---- anything else -------------------------------------------------------------------------------
    /// `GET <esi base><path>` (e.g. "/status", "/characters/90000001/skills") with the same headers,
    /// cache and limits; authenticated when `session` is not null. The value is the raw body.
    void get(const QString &path, CharacterSession *session, QObject *context, EsiCallback<QByteArray> callback,
             Priority priority = Priority::Normal);

    /// Deletes the cached answers of the character's authenticated routes (its wallet, its journal, any
    /// get() with its session) from memory and disk; an answer under way for it is not stored.
    ///
    /// Why: those answers are the character's personal data, and nothing else removes them: without this
    /// they would outlive the character's logout and removal on disk, readable later by whoever uses the
    /// computer or the account. Call it when the character is removed, also when another process removed
    /// it (the other process clears a shared disk cache, but not this client's memory). Public answers
    /// (names, corporations, portraits) are kept: they are anyone's to read.
    void forgetCharacter(qint64 characterId);
    /// Removes every cached answer and portrait from memory and disk.
    void clearCache();

    /// Why requests are held back now (None: they go out).
    PauseReason pauseReason() const;
    /// UTC; when the current pause should end (invalid when not paused).
    QDateTime pausedUntil() const;
    /// Errors left in ESI's error-limit window as last reported (-1 before any report).
    int errorLimitRemaining() const;
    /// HTTP requests this client has sent (ESI and images), retries included.
    int networkRequestCount() const;

signals:
    /// Requests started or stopped being held back (reason None: they go out again).
    void pauseChanged(EveSso::EsiClient::PauseReason reason, const QDateTime &until);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EveSso
