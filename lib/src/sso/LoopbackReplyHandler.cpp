#include "LoopbackReplyHandler.h"

#include "LoopbackRequest.h"
#include "SsoLogging.h"
#include "TokenReply.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace EveSso {
namespace {

constexpr int kIdleConnectionMs = 10000;
const char kBufferProperty[] = "evesso_request_buffer";

QString applicationName()
{
    const QString name = QCoreApplication::applicationName();
    return name.isEmpty() ? QStringLiteral("EveSso") : name;
}

QByteArray statusLine(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("HTTP/1.1 200 OK");
    case 400: return QByteArrayLiteral("HTTP/1.1 400 Bad Request");
    case 404: return QByteArrayLiteral("HTTP/1.1 404 Not Found");
    case 405: return QByteArrayLiteral("HTTP/1.1 405 Method Not Allowed");
    default: return QByteArrayLiteral("HTTP/1.1 500 Internal Server Error");
    }
}

/// The addresses to listen on for the callback's host: loopback only, never "any".
QList<QHostAddress> loopbackAddresses(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    const QHostAddress address(host);
    if (!address.isNull() && address.isLoopback())
        return {address};
    return {};
}

} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(const QUrl &callbackUrl, QObject *parent)
    : QOAuthOobReplyHandler(parent)
    , m_callbackUrl(callbackUrl)
    , m_successTitle(tr("Login received"))
    , m_successText(tr("You are logged in. You can close this tab and return to %1.").arg(applicationName()))
{
}

LoopbackReplyHandler::~LoopbackReplyHandler() = default;

bool LoopbackReplyHandler::listen(SsoError *error)
{
    close();
    m_done = false;
    const quint16 port = quint16(m_callbackUrl.port(80));
    const QList<QHostAddress> addresses = loopbackAddresses(m_callbackUrl.host());
    if (m_callbackUrl.scheme() != QLatin1String("http") || addresses.isEmpty()) {
        if (error) {
            *error = SsoError::make(SsoError::Kind::NotConfigured,
                                    tr("The callback URL must be http://localhost:<port>/<path> or use "
                                       "127.0.0.1 or [::1]; other hosts cannot receive the login on this "
                                       "computer."));
        }
        return false;
    }
    for (const QHostAddress &address : addresses) {
        auto *server = new QTcpServer(this);
        if (!server->listen(address, port)) {
            const bool primary = address == addresses.first();
            if (primary) {
                if (error) {
                    const bool busy = server->serverError() == QAbstractSocket::AddressInUseError;
                    *error = SsoError::make(
                        busy ? SsoError::Kind::PortBusy : SsoError::Kind::Network,
                        busy ? tr("Port %1 is already in use by another program, perhaps another copy of %2 "
                                  "or another EVE tool. Close that program, or choose another callback port "
                                  "in the settings and register the new callback URL for your application "
                                  "at EVE's developer site.")
                                   .arg(port)
                                   .arg(applicationName())
                             : tr("Cannot listen for the login on port %1: %2").arg(port).arg(server->errorString()));
                }
                delete server;
                close();
                return false;
            }
            // The IPv6 loopback is a convenience for browsers that try ::1 first; IPv4 is enough.
            delete server;
            continue;
        }
        connect(server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });
        m_servers.append(server);
    }
    return true;
}

void LoopbackReplyHandler::close()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

bool LoopbackReplyHandler::isListening() const
{
    return !m_servers.isEmpty();
}

QList<QHostAddress> LoopbackReplyHandler::listeningAddresses() const
{
    QList<QHostAddress> addresses;
    for (const QTcpServer *server : m_servers)
        addresses.append(server->serverAddress());
    return addresses;
}

quint16 LoopbackReplyHandler::port() const
{
    return m_servers.isEmpty() ? 0 : m_servers.first()->serverPort();
}

QString LoopbackReplyHandler::callback() const
{
    return m_callbackUrl.toString(QUrl::FullyEncoded);
}

void LoopbackReplyHandler::setExpectedState(const QString &state)
{
    m_expectedState = state;
}

void LoopbackReplyHandler::setSuccessText(const QString &title, const QString &text)
{
    m_successTitle = title;
    m_successText = text;
}

void LoopbackReplyHandler::deliver(const QUrlQuery &query)
{
    if (m_done)
        return;
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    m_done = true;
    close();
    if (m_expectedState.isEmpty() || state != m_expectedState) {
        emit callbackRejected(SsoError::make(
            SsoError::Kind::StateMismatch,
            state.isEmpty() ? tr("The login answer carried no state, so it cannot be trusted. Start the login "
                                 "again.")
                            : tr("The login answer does not belong to the login %1 started (its state does "
                                 "not match). Start the login again.")
                                  .arg(applicationName())));
        return;
    }
    QVariantMap values;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        values.insert(key, value);
    emit callbackReceived(values);
}

void LoopbackReplyHandler::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        // Owned by the handler, not the server: the server closes right after the callback, and the
        // answer to the browser must still be delivered.
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kIdleConnectionMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReplyHandler::onReadyRead(QTcpSocket *socket)
{
    const QByteArray buffer = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    const LoopbackRequest request = LoopbackRequest::parse(buffer);
    switch (request.outcome) {
    case LoopbackRequest::Outcome::TooLarge:
        socket->abort();
        return;
    case LoopbackRequest::Outcome::Incomplete:
        socket->setProperty(kBufferProperty, buffer);
        return;
    case LoopbackRequest::Outcome::BadRequest:
        socket->setProperty(kBufferProperty, QVariant());
        respond(socket, 400, tr("Bad request"), tr("This address only receives EVE's login answer."));
        return;
    case LoopbackRequest::Outcome::MethodNotAllowed:
        socket->setProperty(kBufferProperty, QVariant());
        respond(socket, 405, tr("Not allowed"), tr("This address only receives EVE's login answer."));
        return;
    case LoopbackRequest::Outcome::Complete:
        socket->setProperty(kBufferProperty, QVariant());
        break;
    }
    const QString expectedPath = m_callbackUrl.path().isEmpty() ? QStringLiteral("/") : m_callbackUrl.path();
    // Exact match: "/callbackEVIL" or "/favicon.ico" is not the callback.
    if (m_done || request.path != expectedPath) {
        respond(socket, 404, tr("Not found"), tr("This address only receives EVE's login answer."));
        return;
    }

    const QUrlQuery &query = request.query;
    const QString state = request.state();
    const QString error = request.error();
    if (m_expectedState.isEmpty() || state != m_expectedState) {
        // Refused, and the login goes on: any web page can make the browser request this address, and
        // a forged answer must not end the player's real login (which would then find nobody listening).
        respond(socket, 400, tr("Login not accepted"),
                tr("This login answer does not belong to the login %1 is waiting for, so it was ignored. If "
                   "you are logging in, finish on the newest login page %1 opened.")
                    .arg(applicationName()));
        qCInfo(lcLogin, "Ignored a login callback whose state does not match; still waiting for the login");
        return;
    }
    if (!error.isEmpty()) {
        respond(socket, 200, tr("Login cancelled"),
                tr("The login was cancelled or refused (%1). You can close this tab and return to %2.")
                    .arg(error, applicationName()));
    } else {
        respond(socket, 200, m_successTitle, m_successText);
    }
    qCInfo(lcLogin, "Login callback received on the loopback interface");
    deliver(query);
}

void LoopbackReplyHandler::respond(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    const QByteArray body = QStringLiteral(
                                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                "<style>body{font-family:sans-serif;margin:4em auto;max-width:36em;"
                                "text-align:center}</style></head><body><h1>%1</h1><p>%2</p></body></html>")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    QByteArray response = statusLine(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page's address holds the authorization code: keep it out of caches and Referer headers.
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n";
    response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->flush();
    socket->disconnectFromHost();
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    const TokenReplyResult result = classifyTokenReply(reply);
    if (result.error.isError()) {
        emit tokenRequestFailed(result.error);
        return;
    }
    emit tokensReceived(result.json.toVariantMap());
}

} // namespace EveSso
