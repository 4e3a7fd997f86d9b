#pragma once

#include "core/AutotestExport.h"

#include <EveSso/SsoError.h>

#include <QHostAddress>
#include <QList>
#include <QOAuthOobReplyHandler>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace EveSso {

/// Receives the SSO's redirect on the loopback interface and hands it to QOAuth2AuthorizationCodeFlow.
///
/// Written on QTcpServer instead of Qt 6.4's QOAuthHttpServerReplyHandler, which listens on every
/// interface, matches the callback path by prefix, answers wrong paths with no response, does not
/// escape its page, checks no state, keeps listening after the login and reports 127.0.0.1 as the
/// callback host even when the application registered "localhost" (all fixed only in Qt 6.7/6.8).
///
/// This handler listens on loopback only (127.0.0.1, plus ::1 for "localhost"), on the registered
/// port, answers only the exact registered path, answers a callback with a missing or wrong `state`
/// with 400 and keeps waiting for the real one (a web page can forge such a request), serves a small
/// escaped page and stops listening after the one callback it accepts. It also classifies token
/// request failures, which Qt 6.4's handler drops silently (QTBUG-102279).
class EVESSO_AUTOTEST_EXPORT LoopbackReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT

public:
    /// `callbackUrl` is the registered redirect URI, e.g. http://localhost:47813/callback.
    explicit LoopbackReplyHandler(const QUrl &callbackUrl, QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    /// Starts listening. False when the port is taken or the host is not a loopback address; the
    /// error says which port and what to do.
    bool listen(SsoError *error);
    void close();
    bool isListening() const;
    /// Where it listens (loopback addresses only), for diagnostics and tests.
    QList<QHostAddress> listeningAddresses() const;
    quint16 port() const;

    /// The registered callback URL, exactly as given (Qt's handler would report 127.0.0.1).
    QString callback() const override;

    /// The `state` the callback must carry.
    void setExpectedState(const QString &state);

    /// Treats `query` as if the browser had brought it to the callback URL (manual paste fallback).
    void deliver(const QUrlQuery &query);

    /// Shown to the player in the browser after a successful callback.
    void setSuccessText(const QString &title, const QString &text);

    void networkReplyFinished(QNetworkReply *reply) override;

signals:
    /// An address pasted for deliver() carried no state or the wrong one. The login must fail. (The
    /// browser's callbacks with a wrong state are answered with 400 and ignored instead.)
    void callbackRejected(const EveSso::SsoError &error);
    /// The token request failed; the flow emits nothing for this in Qt 6.4.
    void tokenRequestFailed(const EveSso::SsoError &error);

private:
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QUrl m_callbackUrl;
    QString m_expectedState;
    QString m_successTitle;
    QString m_successText;
    QList<QTcpServer *> m_servers;
    bool m_done = false;
};

} // namespace EveSso
