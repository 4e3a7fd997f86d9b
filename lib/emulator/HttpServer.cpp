#include "HttpServer.h"

#include "HttpConnection.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace EveSso::Emu {

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void HttpServer::close()
{
    m_server->close();
    // Connections are children of this object; end them too, so a stopped emulator really is gone.
    const auto connections = findChildren<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    for (HttpConnection *c : connections)
        delete c;
}

bool HttpServer::isListening() const { return m_server->isListening(); }
quint16 HttpServer::serverPort() const { return m_server->serverPort(); }
QString HttpServer::errorString() const { return m_server->errorString(); }

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_handler, this);
}

} // namespace EveSso::Emu
