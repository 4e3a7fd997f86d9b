#pragma once

#include <QTcpServer>

namespace EveSsoTest {

/// A TCP port on 127.0.0.1 that was free a moment ago (the kernel picked it), for callback URLs.
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return probe.serverPort();
}

} // namespace EveSsoTest
