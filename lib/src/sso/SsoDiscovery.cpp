#include <EveSso/SsoDiscovery.h>

#include "SsoLogging.h"
#include "TokenReply.h"
#include "core/FileWriter.h"
#include "core/ReplyLimiter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

namespace EveSso {
namespace {

constexpr int kRequestTimeoutMs = 30000;

struct Waiter
{
    QPointer<QObject> context;
    SsoDiscovery::ReadyCallback callback;
};

} // namespace

struct SsoDiscovery::Private
{
    SsoDiscovery *q = nullptr;
    QUrl discoveryUrl;
    ClientSettings settings;
    QNetworkAccessManager *network = nullptr;
    QString cacheDirectory;
    std::chrono::seconds lifetime{24 * 3600};

    QJsonObject metadata;
    QByteArray jwks;
    SsoEndpoints endpoints;
    JsonWebKeySet keys;
    QDateTime fetchedAt;       ///< When the documents were fetched (invalid: none yet).
    bool providedByCaller = false;

    bool fetching = false;
    QList<Waiter> waiters;

    bool ready() const { return endpoints.isValid() && !keys.isEmpty(); }
    bool fresh() const
    {
        return ready()
            && (providedByCaller || fetchedAt.addSecs(lifetime.count()) > QDateTime::currentDateTimeUtc());
    }

    QString cacheFile() const
    {
        if (cacheDirectory.isEmpty())
            return {};
        const QByteArray key = QCryptographicHash::hash(discoveryUrl.toEncoded(), QCryptographicHash::Sha256).toHex().left(24);
        return cacheDirectory + QLatin1String("/sso-") + QString::fromLatin1(key) + QLatin1String(".json");
    }

    /// Parses both documents into the members; false with a reason when either is unusable.
    bool adopt(const QJsonObject &newMetadata, const QByteArray &newJwks, QString *why)
    {
        const auto parsedEndpoints = SsoEndpoints::fromMetadata(newMetadata, why);
        if (!parsedEndpoints)
            return false;
        QString keyError;
        JsonWebKeySet parsedKeys = JsonWebKeySet::fromJson(newJwks, &keyError);
        if (parsedKeys.isEmpty()) {
            if (why) {
                *why = SsoDiscovery::tr("The SSO's signing keys (JWKS) contain no usable key%1")
                           .arg(keyError.isEmpty() ? QString() : QLatin1String(": ") + keyError);
            }
            return false;
        }
        metadata = newMetadata;
        jwks = newJwks;
        endpoints = *parsedEndpoints;
        keys = std::move(parsedKeys);
        return true;
    }

    void loadDiskCache()
    {
        QFile file(cacheFile());
        if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
            return;
        const QJsonObject cached = QJsonDocument::fromJson(file.readAll()).object();
        if (cached.value(QLatin1String("discoveryUrl")).toString() != discoveryUrl.toString())
            return;
        const QByteArray cachedJwks = QJsonDocument(cached.value(QLatin1String("jwks")).toObject()).toJson(QJsonDocument::Compact);
        if (adopt(cached.value(QLatin1String("metadata")).toObject(), cachedJwks, nullptr)) {
            fetchedAt = QDateTime::fromString(cached.value(QLatin1String("fetchedAt")).toString(), Qt::ISODate);
        }
    }

    void saveDiskCache() const
    {
        const QString path = cacheFile();
        if (path.isEmpty() || !QDir().mkpath(cacheDirectory))
            return;
        const QJsonObject cached{{QStringLiteral("discoveryUrl"), discoveryUrl.toString()},
                                 {QStringLiteral("fetchedAt"), fetchedAt.toString(Qt::ISODate)},
                                 {QStringLiteral("metadata"), metadata},
                                 {QStringLiteral("jwks"), QJsonDocument::fromJson(jwks).object()}};
        // Durable: the cache is what lets a login be verified while the SSO is unreachable. A failed
        // write keeps the previous cache.
        QString why;
        if (!writeWholeFile(path, QJsonDocument(cached).toJson(QJsonDocument::Compact), FileWriteOptions(), &why))
            qCWarning(lcSso) << "Could not write the SSO discovery cache:" << why;
    }

    QNetworkReply *get(const QUrl &url)
    {
        QNetworkReply *reply = network->get(ssoRequest(url, settings, kRequestTimeoutMs));
        limitReply(reply, settings.responseLimits.maxDiscoveryBytes, settings.responseLimits);
        return reply;
    }

    /// The reply's JSON body, or a failure message naming what was being loaded.
    static std::optional<QByteArray> body(QNetworkReply *reply, const QString &what, QString *why)
    {
        switch (limitBreachOf(reply)) {
        case LimitBreach::TooLarge:
            *why = SsoDiscovery::tr("Could not load %1: the answer is larger than %2, far more than the SSO sends.")
                       .arg(what, QLocale().formattedDataSize(limitCapOf(reply)));
            return std::nullopt;
        case LimitBreach::Deadline:
            *why = SsoDiscovery::tr("Could not load %1: the server took too long to answer. Check your internet "
                                    "connection.").arg(what);
            return std::nullopt;
        case LimitBreach::None:
            break;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (transferFailed(reply)) {
            *why = SsoDiscovery::tr("Could not load %1: %2. Check your internet connection.").arg(what, reply->errorString());
            return std::nullopt;
        }
        if (status < 200 || status >= 300) {
            *why = SsoDiscovery::tr("Could not load %1: the server answered HTTP %2.").arg(what).arg(status);
            return std::nullopt;
        }
        const QByteArray data = reply->readAll();
        QJsonParseError error{};
        if (!QJsonDocument::fromJson(data, &error).isObject()) {
            *why = SsoDiscovery::tr("Could not load %1: the answer is not a JSON object.").arg(what);
            return std::nullopt;
        }
        return data;
    }

    void fetchAll()
    {
        if (fetching)
            return;
        fetching = true;
        QNetworkReply *reply = get(discoveryUrl);
        QObject::connect(reply, &QNetworkReply::finished, q, [this, reply] {
            reply->deleteLater();
            QString why;
            const auto data = body(reply, SsoDiscovery::tr("the SSO's metadata from %1").arg(discoveryUrl.host()), &why);
            if (!data)
                return finishFetch(why);
            const QJsonObject newMetadata = QJsonDocument::fromJson(*data).object();
            const auto newEndpoints = SsoEndpoints::fromMetadata(newMetadata, &why);
            if (!newEndpoints)
                return finishFetch(why);
            fetchKeys(newEndpoints->jwksUri, [this, newMetadata](const QByteArray &newJwks, const QString &keysWhy) {
                QString adoptWhy = keysWhy;
                if (keysWhy.isEmpty() && adopt(newMetadata, newJwks, &adoptWhy)) {
                    fetchedAt = QDateTime::currentDateTimeUtc();
                    saveDiskCache();
                    adoptWhy.clear();
                }
                finishFetch(adoptWhy);
            });
        });
    }

    void fetchKeys(const QUrl &jwksUri, std::function<void(const QByteArray &, const QString &)> done)
    {
        QNetworkReply *reply = get(jwksUri);
        QObject::connect(reply, &QNetworkReply::finished, q, [reply, done = std::move(done)] {
            reply->deleteLater();
            QString why;
            const auto data = body(reply, SsoDiscovery::tr("the SSO's signing keys"), &why);
            done(data.value_or(QByteArray()), why);
        });
    }

    void finishFetch(const QString &why)
    {
        fetching = false;
        SsoError error;
        if (!why.isEmpty()) {
            if (ready()) {
                // Offline start: stale documents still verify tokens and name the endpoints.
                qCInfo(lcSso) << "Using cached SSO documents; refreshing them failed:" << why;
            } else {
                error = SsoError::make(SsoError::Kind::DiscoveryFailed, why);
            }
        }
        const QList<Waiter> pending = std::exchange(waiters, {});
        for (const Waiter &waiter : pending) {
            if (waiter.context)
                waiter.callback(error);
        }
    }
};

SsoDiscovery::SsoDiscovery(const QUrl &discoveryUrl, const ClientSettings &settings, QNetworkAccessManager *network,
                           QObject *parent)
    : KeySetProvider(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->discoveryUrl = discoveryUrl;
    d->settings = settings;
    d->network = network ? network : new QNetworkAccessManager(this);
    const QString cacheRoot = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cacheRoot.isEmpty())
        d->cacheDirectory = cacheRoot + QLatin1String("/evesso-discovery");
}

SsoDiscovery::~SsoDiscovery() = default;

QUrl SsoDiscovery::discoveryUrl() const { return d->discoveryUrl; }
void SsoDiscovery::setCacheDirectory(const QString &directory) { d->cacheDirectory = directory; }
QString SsoDiscovery::cacheDirectory() const { return d->cacheDirectory; }
void SsoDiscovery::setCacheLifetime(std::chrono::seconds lifetime) { d->lifetime = lifetime; }

bool SsoDiscovery::setDocuments(const QJsonObject &metadata, const QByteArray &jwks, QString *errorMessage)
{
    if (!d->adopt(metadata, jwks, errorMessage))
        return false;
    d->providedByCaller = true;
    d->fetchedAt = QDateTime::currentDateTimeUtc();
    return true;
}

void SsoDiscovery::ensureReady(QObject *context, ReadyCallback callback)
{
    if (!d->fresh() && !d->ready())
        d->loadDiskCache();
    if (d->fresh()) {
        QTimer::singleShot(0, context, [callback] { callback(SsoError()); });
        return;
    }
    d->waiters.append({context, std::move(callback)});
    d->fetchAll();
}

void SsoDiscovery::refresh(QObject *context, ReadyCallback callback)
{
    d->waiters.append({context, std::move(callback)});
    d->fetchAll();
}

bool SsoDiscovery::isReady() const { return d->ready(); }
SsoEndpoints SsoDiscovery::endpoints() const { return d->endpoints; }
QJsonObject SsoDiscovery::metadata() const { return d->metadata; }
QByteArray SsoDiscovery::jwksDocument() const { return d->jwks; }
JsonWebKeySet SsoDiscovery::currentKeys() const { return d->keys; }

void SsoDiscovery::refetchKeys()
{
    if (!d->endpoints.jwksUri.isValid()) {
        ensureReady(this, [this](const SsoError &error) {
            if (error.isError())
                emit keysRefetchFailed(error.message);
            else
                refetchKeys();
        });
        return;
    }
    d->fetchKeys(d->endpoints.jwksUri, [this](const QByteArray &jwks, const QString &why) {
        QString adoptWhy = why;
        if (why.isEmpty() && d->adopt(d->metadata, jwks, &adoptWhy)) {
            if (!d->providedByCaller) {
                d->fetchedAt = QDateTime::currentDateTimeUtc();
                d->saveDiskCache();
            }
            emit keysRefetched();
            return;
        }
        emit keysRefetchFailed(adoptWhy);
    });
}

} // namespace EveSso
