#pragma once

// Shared helpers of the emulator's integration tests: synchronous HTTP over QNetworkAccessManager (tests
// may wait with QSignalSpy), raw-socket HTTP, PKCE values computed independently of the library, and a
// login driven through the authorize page with plain HTTP requests.

#include <EveSso/Emulator.h>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

#include <functional>

namespace EmuTest {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct Http
{
    QNetworkAccessManager nam;

    Reply send(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &body = QByteArray())
    {
        QNetworkRequest request(url);
        // Qt 6 follows redirects by default; the tests need to see the 302 itself.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(15000))
            qWarning("request timed out");
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return r;
    }
    Reply get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", url, headers);
    }
    Reply postForm(const QUrl &url, const QByteArray &form, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return send("POST", url, headers, form);
    }
};

/// Writes raw bytes on a fresh connection and collects what comes back until the server closes the
/// connection, `done(received)` says enough, or `timeoutMs` passes. Waits with QTest::qWaitFor, so the
/// in-process emulator keeps serving meanwhile.
inline QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 5000, bool *closed = nullptr,
                              const std::function<bool(const QByteArray &)> &done = {})
{
    QTcpSocket socket;
    QByteArray received;
    bool disconnected = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, [&] { disconnected = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, [&] { disconnected = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    socket.write(bytes);
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return disconnected || (done && done(received)); }, timeoutMs);
    received += socket.readAll();
    if (closed)
        *closed = disconnected;
    return received;
}

/// How many complete responses (status line + headers + Content-Length body) `raw` holds.
inline int completeResponses(const QByteArray &raw)
{
    int n = 0;
    qsizetype pos = 0;
    while (true) {
        const qsizetype end = raw.indexOf("\r\n\r\n", pos);
        if (end < 0)
            return n;
        static const QRegularExpression cl(QStringLiteral("(?i)content-length: *([0-9]+)"));
        const auto m = cl.match(QString::fromLatin1(raw.mid(pos, end - pos)));
        const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        if (raw.size() < end + 4 + length)
            return n;
        pos = end + 4 + length;
        ++n;
    }
}

inline QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// RFC 7636 S256, computed here and not with the library under test.
inline QByteArray challengeOf(const QByteArray &verifier)
{
    return b64url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

inline QByteArray pct(const QString &s) { return QUrl::toPercentEncoding(s); }

inline QUrl authorizeUrl(const EveSso::Emulator &emu, const QString &clientId, const QString &redirect,
                         const QString &scopes, const QString &state, const QByteArray &challenge)
{
    QUrl url(emu.baseUrl().toString() + QStringLiteral("/v2/oauth/authorize"));
    QByteArray q = "response_type=code&client_id=" + pct(clientId) + "&redirect_uri=" + pct(redirect)
        + "&scope=" + pct(scopes) + "&state=" + pct(state);
    if (!challenge.isEmpty())
        q += "&code_challenge=" + challenge + "&code_challenge_method=S256";
    url.setQuery(QString::fromLatin1(q));
    return url;
}

/// The query item `name` of a Location header.
inline QString locationItem(const QByteArray &location, const QString &name)
{
    return QUrlQuery(QUrl::fromEncoded(location)).queryItemValue(name, QUrl::FullyDecoded);
}

/// The hidden request_id of an authorize page.
inline QString requestIdOf(const QByteArray &html)
{
    static const QRegularExpression re(QStringLiteral("name=\"request_id\" value=\"([^\"]+)\""));
    return re.match(QString::fromUtf8(html)).captured(1);
}

/// Drives the authorize page like a browser: GET the page, POST "Authorize" for `characterId`; returns the
/// 302's Location (empty on failure).
inline QByteArray approve(Http &http, const EveSso::Emulator &emu, const QUrl &authorize, qint64 characterId)
{
    const Reply page = http.get(authorize);
    if (page.status != 200)
        return {};
    const Reply answer = http.postForm(QUrl(emu.baseUrl().toString() + QStringLiteral("/v2/oauth/authorize")),
                                       "request_id=" + pct(requestIdOf(page.body)) + "&character_id="
                                           + QByteArray::number(characterId) + "&action=authorize");
    return answer.status == 302 ? answer.header("location") : QByteArray();
}

/// A code for the demo client (PKCE) with `verifier`.
inline QString demoCode(Http &http, const EveSso::Emulator &emu, qint64 characterId, const QString &scopes,
                        const QByteArray &verifier)
{
    const QByteArray location = approve(http, emu,
                                        authorizeUrl(emu, emu.demoClientId(), emu.demoCallbackUrl().toString(),
                                                     scopes, QStringLiteral("st"), challengeOf(verifier)),
                                        characterId);
    return locationItem(location, QStringLiteral("code"));
}

inline QUrl tokenUrl(const EveSso::Emulator &emu) { return QUrl(emu.baseUrl().toString() + QStringLiteral("/v2/oauth/token")); }
inline QUrl revokeUrl(const EveSso::Emulator &emu) { return QUrl(emu.baseUrl().toString() + QStringLiteral("/v2/oauth/revoke")); }
inline QUrl esi(const EveSso::Emulator &emu, const QString &path) { return QUrl(emu.esiBaseUrl().toString() + path); }

/// Redeems a demo-client code; returns the token response.
inline Reply redeemDemoCode(Http &http, const EveSso::Emulator &emu, const QString &code, const QByteArray &verifier)
{
    return http.postForm(tokenUrl(emu), "grant_type=authorization_code&code=" + pct(code) + "&client_id="
                                            + pct(emu.demoClientId()) + "&code_verifier=" + pct(QString::fromLatin1(verifier)));
}

inline QList<QPair<QByteArray, QByteArray>> bearer(const QString &token, const QByteArray &compat = "2026-08-18")
{
    QList<QPair<QByteArray, QByteArray>> h{{"Authorization", "Bearer " + token.toLatin1()}};
    if (!compat.isEmpty())
        h.append({"X-Compatibility-Date", compat});
    return h;
}

constexpr qint64 Aria = 92001001; // demo-main, corporation 98210001 in alliance 99011001
constexpr qint64 Kell = 93117342;
constexpr qint64 Ilsa = 94415530; // corporation 98355712, no alliance
const QString WalletScope = QStringLiteral("esi-wallet.read_character_wallet.v1");

} // namespace EmuTest
