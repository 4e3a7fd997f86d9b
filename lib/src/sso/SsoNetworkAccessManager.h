#pragma once

#include <EveSso/ClientSettings.h>

#include <QNetworkAccessManager>

namespace EveSso {

/// The network access manager given to QOAuth2AuthorizationCodeFlow. The flow builds its token
/// request itself and Qt 6.4 sends QNAM's default User-Agent and, for confidential clients, the
/// secret in the body; this manager adds our User-Agent to every request and, for a confidential
/// client, HTTP Basic authentication on the token endpoint, as EVE's SSO documents it.
class SsoNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    SsoNetworkAccessManager(const ClientSettings &settings, const QUrl &tokenEndpoint, QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    ClientSettings m_settings;
    QUrl m_tokenEndpoint;
};

} // namespace EveSso
