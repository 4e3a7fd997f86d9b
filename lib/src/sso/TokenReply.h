#pragma once

// Shared by the token client and the login flow: building token-endpoint requests and turning their
// replies into tokens or a classified SsoError.

#include <EveSso/ClientSettings.h>
#include <EveSso/SsoError.h>

#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QPair>

class QNetworkReply;

namespace EveSso {

using FormFields = QList<QPair<QString, QString>>;

/// application/x-www-form-urlencoded, with every reserved character percent-encoded. Refresh tokens
/// contain '+', '/' and '='; QUrlQuery would leave '+' as is and the server would read a space.
QByteArray formEncode(const FormFields &fields);

/// "Basic base64(client_id:secret)", standard base64 with padding, as EVE's SSO expects.
QByteArray basicAuthorization(const QString &clientId, const QString &secret);

/// A request to the SSO carrying the User-Agent and asking for JSON.
QNetworkRequest ssoRequest(const QUrl &url, const ClientSettings &settings, int transferTimeoutMs);

/// The outcome of one token-endpoint reply.
struct TokenReplyResult
{
    QJsonObject json; ///< The response object when it parsed (also for error responses).
    SsoError error;
};

/// Classifies a finished token-endpoint reply. Success needs HTTP 2xx and a JSON object with an
/// access_token. invalid_grant/invalid_token mean the login is gone; network errors, timeouts, 5xx and
/// unparseable answers are transient and never mean the login is gone.
TokenReplyResult classifyTokenReply(QNetworkReply *reply, bool requireAccessToken = true);

} // namespace EveSso
