#include "TokenReply.h"

#include "core/ReplyLimiter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>

namespace EveSso {
namespace {

// A class with Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files these messages
// under the same context the program looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EveSso::TokenReply)
};

SsoError networkError(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout aborts the reply this way
        return SsoError::make(SsoError::Kind::Timeout,
                              Text::tr("EVE's login server did not answer in time. Check your internet "
                                       "connection; the request will be tried again."));
    default:
        return SsoError::make(SsoError::Kind::Network,
                              Text::tr("Could not reach EVE's login server (%1). Check your internet "
                                       "connection; the request will be tried again.")
                                  .arg(reply->errorString()));
    }
}

SsoError oauthError(int status, const QJsonObject &json)
{
    SsoError error;
    error.httpStatus = status;
    error.oauthError = json.value(QLatin1String("error")).toString();
    error.oauthDescription = json.value(QLatin1String("error_description")).toString();
    const QString code = error.oauthError;
    // sso-issues#54 shows a malformed "invalid_grant: Token is expired or invalid." error code.
    if (code.startsWith(QLatin1String("invalid_grant")) || code == QLatin1String("invalid_token")) {
        error.kind = SsoError::Kind::LoginGone;
        error.message
            = Text::tr("EVE's login server no longer accepts this character's login (it was revoked, "
                       "expired after 30 days unused, or the account password changed). "
                       "Log the character in again.");
    } else if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client")) {
        error.kind = SsoError::Kind::ClientRejected;
        error.message = Text::tr("EVE's login server rejected this application's client id or secret. Check "
                                 "the client id in the settings against your application at EVE's developer "
                                 "site.");
    } else {
        error.kind = SsoError::Kind::InvalidRequest;
        error.message = Text::tr("EVE's login server rejected the request (%1). Check the application's "
                                 "scopes and callback URL at EVE's developer site.")
                            .arg(code.isEmpty() ? QString::number(status) : code);
    }
    return error;
}

} // namespace

QByteArray formEncode(const FormFields &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QByteArray basicAuthorization(const QString &clientId, const QString &secret)
{
    return "Basic " + (clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QNetworkRequest ssoRequest(const QUrl &url, const ClientSettings &settings, int transferTimeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, settings.effectiveUserAgent());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(transferTimeoutMs);
    return request;
}

TokenReplyResult classifyTokenReply(QNetworkReply *reply, bool requireAccessToken)
{
    TokenReplyResult result;
    switch (limitBreachOf(reply)) {
    case LimitBreach::TooLarge:
        result.error = SsoError::make(SsoError::Kind::MalformedResponse,
                                      Text::tr("EVE's login server sent a far larger answer than a token, so it "
                                               "was not read. The request can be tried again later."));
        return result;
    case LimitBreach::Deadline:
        result.error = SsoError::make(SsoError::Kind::Timeout,
                                      Text::tr("EVE's login server took too long to answer, so the request was "
                                               "stopped. Check your internet connection and try again."));
        return result;
    case LimitBreach::None:
        break;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed when aborted
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject())
        result.json = document.object();

    if (transferFailed(reply)) {
        result.error = networkError(reply);
        return result;
    }
    if (status >= 500) {
        result.error = SsoError::make(SsoError::Kind::ServerError,
                                      Text::tr("EVE's login server has a problem (HTTP %1); it may be in "
                                               "its daily downtime. The request will be tried again.")
                                          .arg(status));
        result.error.httpStatus = status;
        return result;
    }
    if (status >= 400) {
        result.error = oauthError(status, result.json);
        return result;
    }
    if (status < 200 || status >= 300 || (requireAccessToken && !document.isObject())
        || (requireAccessToken && result.json.value(QLatin1String("access_token")).toString().isEmpty())) {
        result.error = SsoError::make(SsoError::Kind::MalformedResponse,
                                      Text::tr("EVE's login server sent an answer that cannot be "
                                               "understood (HTTP %1). The request will be tried again.")
                                          .arg(status));
        result.error.httpStatus = status;
    }
    return result;
}

} // namespace EveSso
