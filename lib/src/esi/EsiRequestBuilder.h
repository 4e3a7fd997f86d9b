#pragma once

#include <EveSso/ClientSettings.h>
#include <EveSso/ServerProfile.h>

#include <QDate>
#include <QNetworkRequest>
#include <QString>

namespace EveSso {

/// Builds ESI and image server requests: User-Agent, pinned X-Compatibility-Date, Accept-Language,
/// X-Tenant, the bearer token and the conditional headers of a cached answer.
class EsiRequestBuilder
{
public:
    EsiRequestBuilder(const ServerProfile &profile, const ClientSettings &settings);

    void setCompatibilityDate(const QDate &date) { m_compatibilityDate = date; }
    QDate compatibilityDate() const { return m_compatibilityDate; }
    /// Keeps one of ESI's languages; a locale name ("de_DE", "zh-Hans") is reduced to its language.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// `path` starts with '/', e.g. "/characters/90000001/wallet", and may carry a query.
    QUrl esiUrl(const QString &path) const;
    /// `path` below the image server, e.g. "/characters/90000001/portrait?size=128".
    QUrl imageUrl(const QString &path) const;

    /// The request for `url`. `accessToken` empty: unauthenticated. `etag`/`lastModified`: the cached
    /// answer's validators, sent as If-None-Match / If-Modified-Since.
    QNetworkRequest build(const QUrl &url, bool image, const QString &accessToken, const QByteArray &etag,
                          const QByteArray &lastModified) const;

private:
    ServerProfile m_profile;
    ClientSettings m_settings;
    QDate m_compatibilityDate;
    QString m_language = QStringLiteral("en");
    int m_timeoutMs = 30000;
};

} // namespace EveSso
