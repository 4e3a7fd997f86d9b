#include "EsiRequestBuilder.h"

#include <EveSso/EsiClient.h>

#include <QUrlQuery>

namespace EveSso {

namespace {

QUrl joined(const QUrl &base, const QString &path)
{
    const int q = path.indexOf(QLatin1Char('?'));
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

} // namespace

EsiRequestBuilder::EsiRequestBuilder(const ServerProfile &profile, const ClientSettings &settings)
    : m_profile(profile)
    , m_settings(settings)
    , m_compatibilityDate(EsiClient::defaultCompatibilityDate())
{
}

void EsiRequestBuilder::setLanguage(const QString &language)
{
    static const QStringList known{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                   QStringLiteral("ja"), QStringLiteral("ru"), QStringLiteral("zh"),
                                   QStringLiteral("ko"), QStringLiteral("es")};
    const QString code = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    m_language = known.contains(code) ? code : QStringLiteral("en");
}

QUrl EsiRequestBuilder::esiUrl(const QString &path) const
{
    return joined(m_profile.esiBaseUrl, path);
}

QUrl EsiRequestBuilder::imageUrl(const QString &path) const
{
    QUrl url = joined(m_profile.imageBaseUrl, path);
    if (!m_profile.tenant.isEmpty() && m_profile.tenant != QLatin1String("tranquility")) {
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("tenant"), m_profile.tenant);
        url.setQuery(query);
    }
    return url;
}

QNetworkRequest EsiRequestBuilder::build(const QUrl &url, bool image, const QString &accessToken,
                                         const QByteArray &etag, const QByteArray &lastModified) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_settings.effectiveUserAgent());
    request.setTransferTimeout(m_timeoutMs);
    // Our own cache decides; Qt's must not answer or revalidate behind our back.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (!image) {
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("X-Compatibility-Date", m_compatibilityDate.toString(Qt::ISODate).toLatin1());
        request.setRawHeader("Accept-Language", m_language.toLatin1());
        if (!m_profile.tenant.isEmpty())
            request.setRawHeader("X-Tenant", m_profile.tenant.toLatin1());
        if (!accessToken.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    }
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    else if (!lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", lastModified);
    return request;
}

} // namespace EveSso
