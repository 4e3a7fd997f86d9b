#include "HttpConnection.h"

#include "HostileDelivery.h"
#include "HttpParser.h"

#include <EveSso/UtcDateTime.h>

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

namespace EveSso::Emu {

namespace {

/// The Date header, formatted once per second rather than per response.
QByteArray httpDateNow()
{
    static thread_local qint64 cachedSecond = -1;
    static thread_local QByteArray cached;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cached = QLocale::c()
                     .toString(EveSso::Utc::fromSecsSinceEpoch(now), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                     .toLatin1()
            + " GMT";
    }
    return cached;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpServer::Handler &handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_idle(new QTimer(this)), m_handler(handler)
{
    socket->setParent(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(IdleTimeoutMs);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (!m_waiting)
            m_socket->disconnectFromHost();
    });
    m_idle->start();
    // Bounded reads: QTcpSocket stops taking data from the kernel when this much is waiting in it.
    socket->setReadBufferSize(64 * 1024);
    connect(socket, &QTcpSocket::readyRead, this, [this] {
        m_idle->start();
        processBuffer();
    });
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::processBuffer);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::processBuffer()
{
    // Room for the largest request the parser accepts; more stays in the socket until this one is done.
    constexpr qsizetype MaxBuffered = HttpParser::MaxHeaderBytes + HttpParser::MaxBodyBytes + 4096;
    while (!m_waiting && !m_closing && m_socket->bytesToWrite() < MaxPendingWrite) {
        if (m_buffer.size() < MaxBuffered && m_socket->bytesAvailable() > 0)
            m_buffer += m_socket->read(MaxBuffered - m_buffer.size());
        if (m_buffer.isEmpty())
            return;
        HttpRequest request;
        qsizetype consumed = 0;
        int errorStatus = 400;
        const auto result = HttpParser::parse(m_buffer, request, consumed, errorStatus);
        if (result == HttpParser::Result::Incomplete) {
            if (m_buffer.size() < MaxBuffered && m_socket->bytesAvailable() > 0)
                continue;
            return;
        }
        if (result == HttpParser::Result::Error) {
            sendError(errorStatus);
            return;
        }
        m_buffer.remove(0, consumed);
        // HEAD is answered as GET without the body (and logged as GET).
        const bool headOnly = request.method == "HEAD";
        if (headOnly)
            request.method = "GET";
        const HttpResponse response = m_handler(request);
        const bool keepAlive = request.keepAlive;
        if (response.delayMs > 0) {
            m_waiting = true;
            QTimer::singleShot(response.delayMs, this, [this, response, keepAlive, headOnly] {
                m_waiting = false;
                deliver(response, keepAlive, headOnly);
                processBuffer();
            });
            return;
        }
        deliver(response, keepAlive, headOnly);
    }
}

void HttpConnection::deliver(const HttpResponse &response, bool keepAlive, bool headOnly)
{
    if (m_closing)
        return;
    switch (response.delivery) {
    case HttpResponse::Delivery::Drop:
        m_closing = true;
        m_socket->abort();
        deleteLater();
        return;
    case HttpResponse::Delivery::Truncate: {
        m_closing = true;
        const qsizetype sent = response.body.size() / 2;
        m_socket->write(serialize(response, false, response.body.size()) + response.body.left(sent));
        m_socket->disconnectFromHost();
        return;
    }
    case HttpResponse::Delivery::EndlessBody:
    case HttpResponse::Delivery::EndlessChunks:
    case HttpResponse::Delivery::EndlessHeaders:
    case HttpResponse::Delivery::SlowDrip:
        // This connection serves nothing else; the writer ends with it.
        m_closing = true;
        startHostileDelivery(m_socket, response);
        return;
    case HttpResponse::Delivery::Normal:
        break;
    }
    const bool keep = keepAlive && !response.close;
    m_socket->write(serialize(response, keep, response.body.size()) + (headOnly ? QByteArray() : response.body));
    if (!keep) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::sendError(int status)
{
    HttpResponse response = HttpResponse::jsonBytes(
        status, QByteArray(R"({"error":")") + reasonPhrase(status) + QByteArray(R"("})"));
    response.close = true;
    deliver(response, false, false);
}

QByteArray HttpConnection::serialize(const HttpResponse &response, bool keepAlive, qsizetype bodyBytes)
{
    QByteArray out;
    out.reserve(256 + response.headers.size() * 48);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Date: " + httpDateNow() + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(bodyBytes) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return out;
}

} // namespace EveSso::Emu
