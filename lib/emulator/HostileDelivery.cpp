#include "HostileDelivery.h"

#include <QTcpSocket>
#include <QTimer>

namespace EveSso::Emu {

namespace {

/// Refill when less than this is waiting to be written: enough to keep loopback busy, never more.
constexpr qint64 kLowWater = 256 * 1024;
constexpr int kPieceBytes = 64 * 1024;

QByteArray statusLine(const HttpResponse &response)
{
    return "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
}

QByteArray headerBlock(const HttpResponse &response, const QByteArray &framing)
{
    QByteArray out = statusLine(response);
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + framing + "Connection: close\r\n\r\n";
}

/// Writes `piece()` whenever the socket has room, until the peer goes away.
class EndlessWriter : public QObject
{
public:
    EndlessWriter(QTcpSocket *socket, QByteArray head, std::function<QByteArray()> piece)
        : QObject(socket), m_socket(socket), m_piece(std::move(piece))
    {
        m_socket->write(head);
        connect(socket, &QTcpSocket::bytesWritten, this, &EndlessWriter::feed);
        connect(socket, &QTcpSocket::disconnected, this, [this] { m_socket->disconnect(this); });
        feed();
    }

private:
    void feed()
    {
        while (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() < kLowWater)
            m_socket->write(m_piece());
    }

    QTcpSocket *m_socket;
    std::function<QByteArray()> m_piece;
};

/// The complete answer, one byte per tick.
class DripWriter : public QObject
{
public:
    DripWriter(QTcpSocket *socket, QByteArray whole) : QObject(socket), m_socket(socket), m_whole(std::move(whole))
    {
        connect(&m_tick, &QTimer::timeout, this, &DripWriter::tick);
        connect(socket, &QTcpSocket::disconnected, &m_tick, &QTimer::stop);
        m_tick.start(DripIntervalMs);
        tick();
    }

private:
    void tick()
    {
        if (m_sent >= m_whole.size() || m_socket->state() != QAbstractSocket::ConnectedState) {
            m_tick.stop();
            if (m_sent >= m_whole.size())
                m_socket->disconnectFromHost();
            return;
        }
        m_socket->write(m_whole.mid(m_sent++, 1));
    }

    QTcpSocket *m_socket;
    QByteArray m_whole;
    qsizetype m_sent = 0;
    QTimer m_tick;
};

} // namespace

void startHostileDelivery(QTcpSocket *socket, const HttpResponse &response)
{
    const QByteArray filler(kPieceBytes, 'x');
    switch (response.delivery) {
    case HttpResponse::Delivery::EndlessBody:
        // A JSON array that never closes, framed by the connection's end, which never comes.
        new EndlessWriter(socket, headerBlock(response, {}) + '[', [filler] { return "\"" + filler + "\","; });
        return;
    case HttpResponse::Delivery::EndlessChunks:
        new EndlessWriter(socket, headerBlock(response, "Transfer-Encoding: chunked\r\n"), [filler] {
            return QByteArray::number(filler.size(), 16) + "\r\n" + filler + "\r\n";
        });
        return;
    case HttpResponse::Delivery::EndlessHeaders: {
        auto counter = std::make_shared<qint64>(0);
        new EndlessWriter(socket, statusLine(response), [counter] {
            QByteArray lines;
            for (int i = 0; i < 64; ++i)
                lines += "X-Filler-" + QByteArray::number((*counter)++) + ": " + QByteArray(1000, 'x') + "\r\n";
            return lines;
        });
        return;
    }
    case HttpResponse::Delivery::SlowDrip:
        new DripWriter(socket, headerBlock(response, "Content-Length: " + QByteArray::number(response.body.size())
                                                         + "\r\n")
                                   + response.body);
        return;
    case HttpResponse::Delivery::Normal:
    case HttpResponse::Delivery::Drop:
    case HttpResponse::Delivery::Truncate:
        break;
    }
    Q_UNREACHABLE();
}

} // namespace EveSso::Emu
