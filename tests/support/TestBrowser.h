#pragma once

// Plays the player's browser against the emulator's authorize page: opens the authorization URL,
// picks a character and presses Authorize or Cancel, then follows the redirect to the app's loopback
// callback (or stops before it and hands back the address, for the manual-paste fallback).

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

namespace EveSsoTest {

class TestBrowser
{
public:
    enum class Action { Authorize, Cancel };

    struct Visit
    {
        int status = 0;
        QByteArray body;
        QUrl location; ///< Redirect target, when there was one.
    };

    /// Opens `authorizationUrl`, submits the page, and returns the redirect address the SSO sent the
    /// browser to (the callback URL with code and state, or error=access_denied). Does not follow it.
    QUrl authorize(const QUrl &authorizationUrl, Action action = Action::Authorize, qint64 characterId = 0)
    {
        const Visit page = visit(authorizationUrl);
        if (page.location.isValid())
            return page.location; // auto-approve
        const QRegularExpression requestId(QStringLiteral("name=\"request_id\" value=\"([^\"]+)\""));
        const auto match = requestId.match(QString::fromUtf8(page.body));
        if (!match.hasMatch())
            return {};
        if (characterId == 0) {
            // Like a player who takes the first character the page offers.
            const QRegularExpression firstCharacter(QStringLiteral("name=\"character_id\" value=\"(\\d+)\""));
            characterId = firstCharacter.match(QString::fromUtf8(page.body)).captured(1).toLongLong();
        }
        QByteArray form = "request_id=" + QUrl::toPercentEncoding(match.captured(1));
        form += action == Action::Authorize ? "&action=authorize" : "&action=cancel";
        if (characterId != 0)
            form += "&character_id=" + QByteArray::number(characterId);
        QUrl post = authorizationUrl;
        post.setQuery(QString());
        return visit(post, form).location;
    }

    /// GET (or POST a form) without following redirects.
    Visit visit(const QUrl &url, const QByteArray &form = QByteArray())
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nullptr;
        if (form.isNull()) {
            reply = m_network.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply = m_network.post(request, form);
        }
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Visit result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                     reply->header(QNetworkRequest::LocationHeader).toUrl()};
        reply->deleteLater();
        if (result.location.isValid()) {
            lastRedirect = result.location;
            const QString code = QUrlQuery(result.location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            if (!code.isEmpty())
                codesSeen.append(code);
        }
        return result;
    }

    QUrl lastRedirect;
    QStringList codesSeen; ///< Every authorization code the browser saw (to search the logs for).

private:
    QNetworkAccessManager m_network;
};

} // namespace EveSsoTest
