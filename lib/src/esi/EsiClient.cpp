#include <EveSso/EsiClient.h>

#include "EsiAnswers.h"
#include "EsiErrorText.h"
#include "EsiHttpCache.h"
#include "EsiLimitsTracker.h"
#include "EsiRequestBuilder.h"
#include "EsiTransport.h"

#include <EveSso/CharacterSession.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace EveSso {

namespace {

constexpr int kNamesPerRequest = 1000; // ESI's limit for POST /universe/names

template <typename T>
EsiResult<T> resultFrom(const EsiFetchResult &fetched)
{
    EsiResult<T> out;
    out.error = fetched.error;
    out.fromCache = fetched.fromCache;
    out.stale = fetched.stale;
    out.expires = fetched.expires;
    out.lastModified = fetched.lastModified;
    return out;
}

/// Parses a fetched body into T; a body that is JSON but not the documented shape is MalformedResponse.
template <typename T, typename Parse>
EsiResult<T> parsed(const EsiFetchResult &fetched, Parse parse)
{
    EsiResult<T> out = resultFrom<T>(fetched);
    if (fetched.error.isError() && !fetched.stale)
        return out;
    if (std::optional<T> value = parse(fetched.body)) {
        out.value = std::move(*value);
    } else if (fetched.error.isError()) {
        out.stale = false;
    } else {
        out.error = EsiErrorText::malformed(200);
    }
    return out;
}

/// Merges the result of one page or chunk into the combined one.
template <typename T, typename U>
void mergeInto(EsiResult<T> &combined, const EsiResult<U> &part, bool first)
{
    if (first) {
        combined.fromCache = part.fromCache;
        combined.expires = part.expires;
        combined.lastModified = part.lastModified;
    } else {
        combined.fromCache = combined.fromCache && part.fromCache;
        if (part.expires.isValid() && (!combined.expires.isValid() || part.expires < combined.expires))
            combined.expires = part.expires;
    }
    combined.stale = combined.stale || part.stale;
    if (part.error.isError() && !combined.error.isError())
        combined.error = part.error;
}

} // namespace

struct EsiClient::Private
{
    Private(const ServerProfile &p, const ClientSettings &s)
        : profile(p)
        , builder(p, s)
    {
    }

    ServerProfile profile;
    EsiRequestBuilder builder;
    EsiHttpCache cache;
    EsiLimitsTracker limits;
    EsiTransport *transport = nullptr;
    QNetworkAccessManager *ownNetwork = nullptr;
    std::unique_ptr<QTemporaryDir> tempPortraits; ///< Portraits when there is no cache directory.

    QString portraitDirectory()
    {
        if (!cache.directory().isEmpty())
            return cache.directory() + QLatin1String("/portraits");
        if (!tempPortraits)
            tempPortraits = std::make_unique<QTemporaryDir>();
        return tempPortraits->path();
    }

    template <typename T>
    static void failLater(QObject *context, const EsiCallback<T> &callback, const EsiError &error)
    {
        QTimer::singleShot(0, context, [callback, error] {
            EsiResult<T> out;
            out.error = error;
            callback(out);
        });
    }
};

QDate EsiClient::defaultCompatibilityDate()
{
    return QDate(2026, 8, 18);
}

EsiClient::EsiClient(const ServerProfile &profile, const ClientSettings &settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(profile, settings))
{
    d->transport = new EsiTransport(&d->builder, &d->cache, &d->limits, this);
    d->transport->setResponseLimits(settings.responseLimits);
    d->ownNetwork = new QNetworkAccessManager(this);
    d->transport->setNetwork(d->ownNetwork);
    connect(d->transport, &EsiTransport::pauseChanged, this, &EsiClient::pauseChanged);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString profileId = profile.id.isEmpty() ? QStringLiteral("default") : profile.id;
    d->cache.setDirectory(base.isEmpty() ? QString() : base + QLatin1String("/esi/") + profileId);
}

EsiClient::~EsiClient()
{
    delete d->transport; // before the builder, cache and limits it points to
    d->transport = nullptr;
}

ServerProfile EsiClient::profile() const { return d->profile; }

void EsiClient::setNetworkAccessManager(QNetworkAccessManager *network)
{
    d->transport->setNetwork(network ? network : d->ownNetwork);
}

void EsiClient::setCacheDirectory(const QString &path) { d->cache.setDirectory(path); }
QString EsiClient::cacheDirectory() const { return d->cache.directory(); }
void EsiClient::setCompatibilityDate(const QDate &date)
{
    d->builder.setCompatibilityDate(date.isValid() ? date : defaultCompatibilityDate());
}
QDate EsiClient::compatibilityDate() const { return d->builder.compatibilityDate(); }
void EsiClient::setLanguage(const QString &language) { d->builder.setLanguage(language); }
QString EsiClient::language() const { return d->builder.language(); }
void EsiClient::setRetryPolicy(const RetryPolicy &policy)
{
    RetryPolicy p = policy;
    p.maxAttempts = qMax(1, p.maxAttempts);
    d->transport->setRetryPolicy(p);
}
EsiClient::RetryPolicy EsiClient::retryPolicy() const { return d->transport->retryPolicy(); }
void EsiClient::setRequestTimeout(std::chrono::milliseconds timeout)
{
    d->builder.setTransferTimeoutMs(int(qBound(qint64(1), qint64(timeout.count()), qint64(INT_MAX))));
}
void EsiClient::setErrorLimitReserve(int errors) { d->limits.setErrorLimitReserve(errors); }
void EsiClient::setClock(Clock clock) { d->limits.setClock(std::move(clock)); }
void EsiClient::setRecheckInterval(std::chrono::milliseconds interval) { d->transport->setRecheckInterval(interval); }

void EsiClient::characterInfo(qint64 characterId, QObject *context, EsiCallback<CharacterInfo> callback,
                              Priority priority)
{
    if (characterId <= 0)
        return Private::failLater(context, callback, EsiErrorText::invalidCall(tr("No character id was given.")));
    EsiFetch fetch;
    fetch.path = QStringLiteral("/characters/%1").arg(characterId);
    fetch.priority = priority;
    d->transport->fetch(fetch, context, [characterId, callback](const EsiFetchResult &r) {
        callback(parsed<CharacterInfo>(r, [characterId](const QByteArray &body) {
            return EsiAnswers::character(characterId, body);
        }));
    });
}

void EsiClient::corporationInfo(qint64 corporationId, QObject *context, EsiCallback<CorporationInfo> callback,
                                Priority priority)
{
    if (corporationId <= 0)
        return Private::failLater(context, callback, EsiErrorText::invalidCall(tr("No corporation id was given.")));
    EsiFetch fetch;
    fetch.path = QStringLiteral("/corporations/%1").arg(corporationId);
    fetch.priority = priority;
    d->transport->fetch(fetch, context, [corporationId, callback](const EsiFetchResult &r) {
        callback(parsed<CorporationInfo>(r, [corporationId](const QByteArray &body) {
            return EsiAnswers::corporation(corporationId, body);
        }));
    });
}

void EsiClient::allianceInfo(qint64 allianceId, QObject *context, EsiCallback<AllianceInfo> callback,
                             Priority priority)
{
    if (allianceId <= 0)
        return Private::failLater(context, callback, EsiErrorText::invalidCall(tr("No alliance id was given.")));
    EsiFetch fetch;
    fetch.path = QStringLiteral("/alliances/%1").arg(allianceId);
    fetch.priority = priority;
    d->transport->fetch(fetch, context, [allianceId, callback](const EsiFetchResult &r) {
        callback(parsed<AllianceInfo>(r, [allianceId](const QByteArray &body) {
            return EsiAnswers::alliance(allianceId, body);
        }));
    });
}

void EsiClient::portraitUrls(qint64 characterId, QObject *context, EsiCallback<PortraitUrls> callback,
                             Priority priority)
{
    if (characterId <= 0)
        return Private::failLater(context, callback, EsiErrorText::invalidCall(tr("No character id was given.")));
    EsiFetch fetch;
    fetch.path = QStringLiteral("/characters/%1/portrait").arg(characterId);
    fetch.priority = priority;
    d->transport->fetch(fetch, context, [callback](const EsiFetchResult &r) {
        callback(parsed<PortraitUrls>(r, &EsiAnswers::portraitUrls));
    });
}

void EsiClient::resolveNames(const QList<qint64> &ids, QObject *context, EsiCallback<QList<ResolvedName>> callback,
                             Priority priority)
{
    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    if (unique.isEmpty()) {
        QTimer::singleShot(0, context, [callback] { callback(EsiResult<QList<ResolvedName>>{}); });
        return;
    }
    struct Job
    {
        QList<std::optional<QList<ResolvedName>>> parts;
        int remaining = 0;
        EsiResult<QList<ResolvedName>> combined;
    };
    auto job = std::make_shared<Job>();
    const int chunks = int((unique.size() + kNamesPerRequest - 1) / kNamesPerRequest);
    job->parts.resize(chunks);
    job->remaining = chunks;
    for (int chunk = 0; chunk < chunks; ++chunk) {
        QJsonArray body;
        for (qint64 id : unique.mid(qsizetype(chunk) * kNamesPerRequest, kNamesPerRequest))
            body.append(id);
        EsiFetch fetch;
        fetch.method = "POST";
        fetch.path = QStringLiteral("/universe/names");
        fetch.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        fetch.priority = priority;
        d->transport->fetch(fetch, context, [job, chunk, callback](const EsiFetchResult &r) {
            const auto part = parsed<QList<ResolvedName>>(r, &EsiAnswers::resolvedNames);
            mergeInto(job->combined, part, chunk == 0);
            if (part.hasValue())
                job->parts[chunk] = part.value;
            if (--job->remaining > 0)
                return;
            for (const auto &p : std::as_const(job->parts)) {
                if (p)
                    job->combined.value += *p;
            }
            callback(job->combined);
        });
    }
}

void EsiClient::walletBalance(CharacterSession *session, QObject *context, EsiCallback<double> callback,
                              Priority priority)
{
    if (!session)
        return Private::failLater(context, callback, EsiErrorText::invalidCall(tr("No character session was given.")));
    EsiFetch fetch;
    fetch.path = QStringLiteral("/characters/%1/wallet").arg(session->characterId());
    fetch.session = session;
    fetch.priority = priority;
    d->transport->fetch(fetch, context, [callback](const EsiFetchResult &r) {
        callback(parsed<double>(r, &EsiAnswers::walletBalance));
    });
}

void EsiClient::walletJournal(CharacterSession *session, QObject *context,
                              EsiCallback<QList<WalletJournalEntry>> callback, Priority priority)
{
    if (!session)
        return Private::failLater(context, callback, EsiErrorText::invalidCall(tr("No character session was given.")));
    struct Job
    {
        QList<std::optional<QList<WalletJournalEntry>>> pages;
        int remaining = 0;
        EsiResult<QList<WalletJournalEntry>> combined;
    };
    auto job = std::make_shared<Job>();
    const QString path = QStringLiteral("/characters/%1/wallet/journal?page=%2").arg(session->characterId());
    const auto parsePage = [](const EsiFetchResult &r) {
        return parsed<QList<WalletJournalEntry>>(r, &EsiAnswers::walletJournalPage);
    };
    const auto finishJob = [job, callback] {
        for (const auto &page : std::as_const(job->pages)) {
            if (page)
                job->combined.value += *page;
        }
        if (!job->combined.ok() && !job->combined.stale)
            job->combined.value.clear();
        callback(job->combined);
    };
    EsiFetch first;
    first.path = path.arg(1);
    first.session = session;
    first.priority = priority;
    QPointer<EsiTransport> transport = d->transport;
    QPointer<CharacterSession> sessionGuard = session;
    // Page 1 says how many pages there are (X-Pages); the others are fetched side by side.
    d->transport->fetch(first, context, [=](const EsiFetchResult &r) {
        const auto page = parsePage(r);
        mergeInto(job->combined, page, true);
        const int pages = qMax(1, r.pages);
        job->pages.resize(pages);
        if (page.hasValue())
            job->pages[0] = page.value;
        job->remaining = pages - 1;
        if (job->remaining == 0 || !page.hasValue() || !transport || !sessionGuard) {
            finishJob();
            return;
        }
        for (int n = 2; n <= pages; ++n) {
            EsiFetch next = first;
            next.path = path.arg(n);
            next.session = sessionGuard;
            transport->fetch(next, context, [=](const EsiFetchResult &rn) {
                const auto part = parsePage(rn);
                mergeInto(job->combined, part, false);
                if (part.hasValue())
                    job->pages[n - 1] = part.value;
                else if (!job->combined.error.isError())
                    job->combined.error = part.error;
                if (--job->remaining == 0)
                    finishJob();
            });
        }
    });
}

void EsiClient::portrait(qint64 characterId, int size, QObject *context, EsiCallback<QString> callback,
                         Priority priority)
{
    const bool powerOfTwo = size >= 32 && size <= 1024 && (size & (size - 1)) == 0;
    if (characterId <= 0 || !powerOfTwo)
        return Private::failLater(context, callback,
                                  EsiErrorText::invalidCall(tr("A portrait needs a character id and a size that is "
                                                               "a power of two from 32 to 1024.")));
    EsiFetch fetch;
    fetch.path = QStringLiteral("/characters/%1/portrait?size=%2").arg(characterId).arg(size);
    fetch.image = true;
    fetch.priority = priority;
    const QString directory = d->portraitDirectory();
    const QString file = directory + QStringLiteral("/character-%1-%2.jpg").arg(characterId).arg(size);
    d->transport->fetch(fetch, context, [=](const EsiFetchResult &r) {
        EsiResult<QString> out = resultFrom<QString>(r);
        if (r.error.isError() && !r.stale) {
            callback(out);
            return;
        }
        if (!(r.fromCache && QFile::exists(file))) {
            // A cache (a lost portrait is fetched again), owner-only like the rest of it.
            const bool written = d->cache.makePrivateFolder(directory)
                && writeWholeFile(file, r.body, EsiHttpCache::fileOptions());
            if (!written) {
                out.error = EsiErrorText::invalidCall(
                    tr("Could not save the portrait in %1.").arg(QDir::toNativeSeparators(directory)));
                out.stale = false;
                callback(out);
                return;
            }
        }
        out.value = QFileInfo(file).absoluteFilePath();
        callback(out);
    });
}

void EsiClient::get(const QString &path, CharacterSession *session, QObject *context, EsiCallback<QByteArray> callback,
                    Priority priority)
{
    if (!path.startsWith(QLatin1Char('/')))
        return Private::failLater(context, callback, EsiErrorText::invalidCall(tr("An ESI path starts with '/'.")));
    EsiFetch fetch;
    fetch.path = path;
    fetch.session = session;
    fetch.priority = priority;
    d->transport->fetch(fetch, context, [callback](const EsiFetchResult &r) {
        EsiResult<QByteArray> out = resultFrom<QByteArray>(r);
        if (!r.error.isError() || r.stale)
            out.value = r.body;
        callback(out);
    });
}

void EsiClient::forgetCharacter(qint64 characterId)
{
    d->cache.forgetCharacter(characterId);
}

void EsiClient::clearCache()
{
    d->cache.clear();
    if (!d->cache.directory().isEmpty())
        QDir(d->cache.directory() + QLatin1String("/portraits")).removeRecursively();
}

EsiClient::PauseReason EsiClient::pauseReason() const { return d->transport->pause().reason; }
QDateTime EsiClient::pausedUntil() const { return d->transport->pause().until; }
int EsiClient::errorLimitRemaining() const { return d->limits.errorLimitRemaining(); }
int EsiClient::networkRequestCount() const { return d->transport->requestCount(); }

} // namespace EveSso
