#pragma once

#include "HttpServer.h"

#include <QByteArray>
#include <QObject>

class QTcpSocket;
class QTimer;

namespace EveSso::Emu {

/// One client connection: buffers bytes, parses requests one at a time (pipelining-safe: a request that
/// arrives while a delayed reply is pending waits in the buffer), writes responses in order.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const HttpServer::Handler &handler, QObject *parent);

private:
    void processBuffer();
    void deliver(const HttpResponse &response, bool keepAlive, bool headOnly);
    void sendError(int status);
    static QByteArray serialize(const HttpResponse &response, bool keepAlive, qsizetype bodyBytes);

    /// Back-pressure: a client that pipelines without reading its responses stops being read (TCP then
    /// slows it down) instead of growing our buffers.
    static constexpr qint64 MaxPendingWrite = 1024 * 1024;
    /// A keep-alive connection with nothing to do is closed after this long, so forgotten clients do not
    /// pile up in a long-running demo.
    static constexpr int IdleTimeoutMs = 120 * 1000;

    QTcpSocket *m_socket;
    QTimer *m_idle;
    const HttpServer::Handler &m_handler;
    QByteArray m_buffer;
    bool m_waiting = false; ///< A delayed response is pending.
    bool m_closing = false;
};

} // namespace EveSso::Emu
