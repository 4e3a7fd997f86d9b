#include "EsiErrorText.h"

#include "core/ReplyLimiter.h"

#include <QCoreApplication>
#include <QLocale>

namespace EveSso::EsiErrorText {

namespace {

// A class with Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files these messages
// under the same context the program looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EveSso::EsiClient)
};

QString server(bool image)
{
    return image ? Text::tr("EVE's image server") : Text::tr("EVE's ESI server");
}

} // namespace

EsiError networkFailure(QNetworkReply::NetworkError code, const QString &detail, bool image)
{
    if (code == QNetworkReply::TimeoutError || code == QNetworkReply::OperationCanceledError)
        return EsiError::make(
            EsiError::Kind::Timeout,
            Text::tr("%1 did not answer in time. Check your internet connection; the request will "
                     "be tried again.")
                .arg(server(image)));
    return EsiError::make(
        EsiError::Kind::Network,
        Text::tr("Could not reach %1 (%2). Check your internet connection; the request will be "
                 "tried again.")
            .arg(server(image), detail));
}

EsiError httpFailure(int status, const QString &esiMessage, bool image, bool inDowntime)
{
    EsiError e;
    e.httpStatus = status;
    e.esiMessage = esiMessage;
    if (status == 420) {
        e.kind = EsiError::Kind::ErrorLimited;
        e.message
            = Text::tr("ESI is refusing requests for a moment because too many of them failed (error limit). "
                       "Requests resume when the limit resets.");
    } else if (status == 429) {
        e.kind = EsiError::Kind::RateLimited;
        e.message = Text::tr(
            "ESI asked for fewer requests (rate limit). The data will be updated a little later.");
    } else if (status == 503 && inDowntime) {
        e.kind = EsiError::Kind::Downtime;
        e.message
            = Text::tr("EVE is in its daily downtime (from 11:00 UTC, usually about 15 minutes). The data "
                       "will be updated when the servers are back.");
    } else if (status >= 500) {
        e.kind = EsiError::Kind::ServerError;
        e.message = Text::tr("%1 has a problem (HTTP %2). The request will be tried again later.")
                        .arg(server(image))
                        .arg(status);
    } else if (status == 404) {
        e.kind = EsiError::Kind::NotFound;
        e.message = image ? Text::tr("The image server has no such picture.")
                          : Text::tr("ESI does not know this character, corporation, alliance or page.");
    } else if (status == 401) {
        e.kind = EsiError::Kind::TokenRejected;
        e.message
            = Text::tr("ESI did not accept this character's login, even after getting a new token. If it "
                       "keeps happening, log the character in again.");
    } else if (status == 403 && esiMessage.contains(QLatin1String("token"), Qt::CaseInsensitive)
               && !esiMessage.contains(QLatin1String("scope"), Qt::CaseInsensitive)) {
        e.kind = EsiError::Kind::TokenRejected;
        e.message
            = Text::tr("ESI refused this character's access token. Check that the computer's clock is right, "
                       "then log the character in again if it keeps happening.");
    } else if (status == 403) {
        e.kind = EsiError::Kind::MissingScope;
        e.message
            = Text::tr("This character's login does not allow reading this data. Log the character in again "
                       "and grant the requested permissions.");
    } else {
        e.kind = EsiError::Kind::InvalidRequest;
        e.message = Text::tr("ESI rejected the request (HTTP %1).").arg(status);
    }
    return e;
}

EsiError malformed(int status)
{
    return EsiError::make(
        EsiError::Kind::MalformedResponse,
        Text::tr("ESI sent an answer that cannot be read. The request will be tried again later."), status);
}

EsiError limitBreach(LimitBreach breach, qint64 cap, std::chrono::milliseconds waited, bool image)
{
    if (breach == LimitBreach::Deadline)
        return EsiError::make(
            EsiError::Kind::Timeout,
            Text::tr("%1 was still not done answering after %n second(s), so the request was stopped. The "
                     "request will be tried again later.", nullptr, int(qMax<qint64>(1, (waited.count() + 500) / 1000)))
                .arg(server(image)));
    return EsiError::make(
        EsiError::Kind::MalformedResponse,
        Text::tr("%1 sent an answer larger than %2, so it was not read. The request will be tried again later.")
            .arg(server(image), QLocale().formattedDataSize(cap)));
}

EsiError tokenUnavailable(const SsoError &loginError)
{
    EsiError e = EsiError::make(
        EsiError::Kind::TokenUnavailable,
        loginError.isLoginGone()
            ? Text::tr("This character's login is no longer valid. Log the character in again.")
            : Text::tr("Could not get an access token for this character: %1").arg(loginError.message));
    e.loginError = loginError;
    return e;
}

EsiError invalidCall(const QString &message)
{
    return EsiError::make(EsiError::Kind::InvalidRequest, message);
}

} // namespace EveSso::EsiErrorText
