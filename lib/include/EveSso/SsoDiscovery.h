#pragma once

#include <EveSso/ClientSettings.h>
#include <EveSso/KeySetProvider.h>
#include <EveSso/SsoEndpoints.h>
#include <EveSso/SsoError.h>
#include <EveSso/evesso_export.h>

#include <QJsonObject>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace EveSso {

/// An SSO's metadata document and signing keys (JWKS), fetched once and kept on disk.
///
/// CCP asks clients to take the endpoints from the metadata document and to cache it "for a
/// reasonable amount of time"; the JWKS URL "is not guaranteed to be static". Both documents are
/// cached in memory and on disk (default lifetime 24 h). When a refresh from the network fails, a
/// stale cached copy is still used, so a player can start the app offline. The caller may also hand
/// in documents it cached itself (EsiPy's `sso_endpoints` and `jwks_key`).
///
/// As a KeySetProvider it serves the verifier's key rotation: refetchKeys() always asks the network.
class EVESSO_EXPORT SsoDiscovery : public KeySetProvider
{
    Q_OBJECT

public:
    /// Receives the outcome; the error is None when the documents are available.
    using ReadyCallback = std::function<void(const SsoError &error)>;

    /// `network` is shared, not owned; when null the discovery creates its own.
    explicit SsoDiscovery(const QUrl &discoveryUrl, const ClientSettings &settings,
                          QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~SsoDiscovery() override;

    /// The metadata document's URL.
    QUrl discoveryUrl() const;

    /// Where the documents are cached; empty disables the disk cache. Default: the application's
    /// cache location, sub-folder "evesso-discovery".
    void setCacheDirectory(const QString &directory);
    /// Where the documents are cached; empty when the disk cache is off.
    QString cacheDirectory() const;
    /// How long cached documents count as fresh (default 24 h).
    void setCacheLifetime(std::chrono::seconds lifetime);

    /// Uses documents the caller already has; no request is made for them.
    /// Returns false (with a translated reason) when they do not parse.
    bool setDocuments(const QJsonObject &metadata, const QByteArray &jwks, QString *errorMessage = nullptr);

    /// Makes the endpoints and keys available: from memory, the disk cache or the network.
    /// Concurrent calls share one fetch. The callback runs once, in `context`'s thread.
    void ensureReady(QObject *context, ReadyCallback callback);

    /// Fetches both documents from the network now, ignoring the caches.
    void refresh(QObject *context, ReadyCallback callback);

    /// True when the endpoints and keys are available.
    bool isReady() const;
    /// The endpoints from the metadata document (invalid before isReady()).
    SsoEndpoints endpoints() const;
    /// The raw metadata document (for callers that cache it themselves).
    QJsonObject metadata() const;
    /// The raw JWKS document.
    QByteArray jwksDocument() const;

    JsonWebKeySet currentKeys() const override;
    void refetchKeys() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EveSso
