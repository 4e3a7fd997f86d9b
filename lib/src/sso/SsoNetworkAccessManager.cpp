#include "SsoNetworkAccessManager.h"

#include "TokenReply.h"
#include "core/ReplyLimiter.h"

namespace EveSso {

namespace {
constexpr int kTransferTimeoutMs = 30000;
}

SsoNetworkAccessManager::SsoNetworkAccessManager(const ClientSettings &settings, const QUrl &tokenEndpoint,
                                                 QObject *parent)
    : QNetworkAccessManager(parent)
    , m_settings(settings)
    , m_tokenEndpoint(tokenEndpoint)
{
}

QNetworkReply *SsoNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                      QIODevice *outgoingData)
{
    QNetworkRequest decorated(request);
    decorated.setHeader(QNetworkRequest::UserAgentHeader, m_settings.effectiveUserAgent());
    decorated.setRawHeader("Accept", "application/json");
    if (decorated.transferTimeout() == 0)
        decorated.setTransferTimeout(kTransferTimeoutMs);
    if (m_settings.isConfidential() && request.url() == m_tokenEndpoint)
        decorated.setRawHeader("Authorization", basicAuthorization(m_settings.clientId, m_settings.clientSecret));
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, decorated, outgoingData);
    // The flow reads the token answer whole: bound it like every other answer the library reads.
    const ResponseLimits &limits = m_settings.responseLimits;
    limitReply(reply, request.url() == m_tokenEndpoint ? limits.maxTokenBytes : limits.maxDiscoveryBytes, limits);
    return reply;
}

} // namespace EveSso
