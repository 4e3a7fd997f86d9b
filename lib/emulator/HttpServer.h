#pragma once

// Why a hand-written HTTP/1.1 server instead of QtHttpServer: QtHttpServer in Qt 6.4 is a technology
// preview whose request-handling API changed in 6.5, and we must build on 6.4 and on 6.8+. Fault injection
// also needs raw socket control that a framework hides: dropping a connection without a response,
// sending a truncated body under a Content-Length that promises more, and delaying one reply
// asynchronously while the connection keeps its pipelined requests in order.

#include "HttpMessage.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;

namespace EveSso::Emu {

/// Accepts connections and hands each complete request to the handler; the handler's response (with its
/// delivery mode and delay) goes back on the same connection, in request order.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const;

private:
    void acceptConnections();

    Handler m_handler;
    QTcpServer *m_server = nullptr;
};

} // namespace EveSso::Emu
