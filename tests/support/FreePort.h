#pragma once

#include <QRandomGenerator>
#include <QTcpServer>

namespace EveSsoTest {

/// A TCP port on 127.0.0.1 that was free a moment ago, for callback URLs the test binds (or squats) later.
///
/// Chosen below Linux's ephemeral range (32768-60999 by default), not by the kernel: a port the kernel hands
/// out for "any port" can be handed out again, between this call and the test's own bind, to whatever asks
/// next (the emulator this test starts, another test running beside it), and then the test finds its
/// callback port taken.
inline quint16 freeLoopbackPort()
{
    constexpr quint16 kFirst = 20000;
    constexpr quint16 kEnd = 32768;
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = quint16(QRandomGenerator::global()->bounded(int(kFirst), int(kEnd)));
        QTcpServer probe;
        if (probe.listen(QHostAddress(QHostAddress::LocalHost), port))
            return port;
    }
    QTcpServer probe; // that range is full: let the kernel choose
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return probe.serverPort();
}

} // namespace EveSsoTest
