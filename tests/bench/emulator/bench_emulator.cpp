// Throughput of the emulator's HTTP server: 100 concurrent keep-alive connections sending small ESI
// requests (GET /esi/status), the emulator in its own thread and the load generator (raw QTcpSocket
// HTTP/1.1 clients) in the main thread, 127.0.0.1 only. The baseline is the same load against a trivial
// fixed-response QTcpServer responder in the same process and the same server thread.
// Bounded: a fixed number of requests per sample, and a time limit per sample.

#include "BenchHarness.h"

#include <EveSso/Emulator.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <limits>
#include <memory>
#include <vector>

namespace {

constexpr int Connections = 100;
constexpr int RequestsPerSample = 6000;
constexpr int Samples = 5;
constexpr int SampleTimeLimitMs = 30000;

/// Answers every request with the same tiny response; only counts request ends ("\r\n\r\n").
class TrivialResponder : public QObject
{
public:
    bool listen()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(s, &QTcpSocket::readyRead, s, [s, buffer] {
                    *buffer += s->readAll();
                    qsizetype end;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        buffer->remove(0, end + 4);
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                                 "Connection: keep-alive\r\n\r\n{}");
                    }
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.setMaxPendingConnections(1024);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server{this};
};

/// One keep-alive client: sends a request, waits for the whole response, sends the next.
struct Client
{
    QTcpSocket socket;
    QByteArray buffer;
};

/// Runs `total` requests over `Connections` keep-alive connections; returns requests per second (0 on
/// failure or time-out).
double runLoad(quint16 port, const QByteArray &request, int total)
{
    std::vector<std::unique_ptr<Client>> clients;
    QEventLoop loop;
    int connected = 0, sent = 0, done = 0;
    bool failed = false;
    for (int i = 0; i < Connections; ++i) {
        clients.push_back(std::make_unique<Client>());
        Client *c = clients.back().get();
        QObject::connect(&c->socket, &QTcpSocket::connected, &loop, [&] {
            if (++connected == Connections)
                loop.quit();
        });
        QObject::connect(&c->socket, &QTcpSocket::errorOccurred, &loop, [&] {
            failed = true;
            loop.quit();
        });
        c->socket.connectToHost(QHostAddress::LocalHost, port);
    }
    QTimer::singleShot(SampleTimeLimitMs, &loop, [&] { failed = true; loop.quit(); });
    loop.exec();
    if (failed)
        return 0;

    QElapsedTimer timer;
    for (auto &owned : clients) {
        Client *c = owned.get();
        QObject::connect(&c->socket, &QTcpSocket::readyRead, &loop, [&, c] {
            c->buffer += c->socket.readAll();
            while (true) {
                const qsizetype end = c->buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const qsizetype cl = c->buffer.indexOf("Content-Length: ");
                const qsizetype clEnd = c->buffer.indexOf('\r', cl);
                const qsizetype length = cl >= 0 && cl < end ? c->buffer.mid(cl + 16, clEnd - cl - 16).toLongLong() : 0;
                if (c->buffer.size() < end + 4 + length)
                    return;
                if (!c->buffer.startsWith("HTTP/1.1 200")) {
                    failed = true;
                    loop.quit();
                    return;
                }
                c->buffer.remove(0, end + 4 + length);
                if (++done == total) {
                    loop.quit();
                    return;
                }
                if (sent < total) {
                    ++sent;
                    c->socket.write(request);
                }
            }
        });
    }
    timer.start();
    for (auto &c : clients) {
        if (sent < total) {
            ++sent;
            c->socket.write(request);
        }
    }
    QTimer::singleShot(SampleTimeLimitMs, &loop, [&] { failed = true; loop.quit(); });
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return failed || done != total ? 0 : total / seconds;
}

template<typename Fn>
void inThread(QThread &thread, Fn &&fn)
{
    QObject context;
    context.moveToThread(&thread);
    QMetaObject::invokeMethod(&context, std::forward<Fn>(fn), Qt::BlockingQueuedConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QThread serverThread;
    serverThread.start();

    EveSso::Emulator *emulator = nullptr;
    TrivialResponder *responder = nullptr;
    bool ok = false;
    inThread(serverThread, [&] {
        emulator = new EveSso::Emulator;
        // /status has CCP's 600-token bucket: lift it, so that every request is the ordinary 200 (its
        // accounting and headers still measured).
        emulator->setRateLimit(QStringLiteral("status"), std::numeric_limits<int>::max(), 900);
        responder = new TrivialResponder;
        ok = emulator->start() && responder->listen();
    });
    if (!ok) {
        qCritical("bench_emulator: cannot start the servers");
        return 1;
    }
    const QByteArray emulatorRequest = "GET /esi/status HTTP/1.1\r\nHost: 127.0.0.1:"
        + QByteArray::number(emulator->port()) + "\r\nX-Compatibility-Date: 2026-08-18\r\nAccept: application/json\r\n\r\n";
    const QByteArray baselineRequest = "GET /status HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(responder->port())
        + "\r\nX-Compatibility-Date: 2026-08-18\r\nAccept: application/json\r\n\r\n";

    // Warm up both (image plugins, first allocations, TCP).
    runLoad(emulator->port(), emulatorRequest, 1000);
    runLoad(responder->port(), baselineRequest, 1000);
    QList<double> measured, baseline;
    for (int s = 0; s < Samples; ++s) {
        measured.append(runLoad(emulator->port(), emulatorRequest, RequestsPerSample));
        baseline.append(runLoad(responder->port(), baselineRequest, RequestsPerSample));
    }
    int failedSamples = 0;
    for (double v : measured + baseline)
        failedSamples += v <= 0 ? 1 : 0;

    inThread(serverThread, [&] {
        delete emulator;
        delete responder;
    });
    serverThread.quit();
    serverThread.wait();

    Bench::Report report;
    report.add({QStringLiteral("emulator_http_keepalive_100conn"), QStringLiteral("req/s"), Bench::median(measured),
                Bench::median(baseline),
                QJsonObject{{QStringLiteral("connections"), Connections},
                            {QStringLiteral("requests_per_sample"), RequestsPerSample},
                            {QStringLiteral("failed_samples"), failedSamples},
                            {QStringLiteral("min"), qRound(*std::min_element(measured.begin(), measured.end()))}}});
    return report.print();
}
