#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace {
const QByteArray kActivate = QByteArrayLiteral("activate\n");
}

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    // The per-user data folder tells users (and test sessions with their own HOME) apart.
    const QByteArray home = QDir::homePath().toUtf8();
    return QStringLiteral("capsuleer-%1")
        .arg(QString::fromLatin1(QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex().left(16)));
}

void SingleInstance::claim()
{
    m_probe = new QLocalSocket(this);
    connect(m_probe, &QLocalSocket::connected, this, [this] { m_probe->write(kActivate); });
    connect(m_probe, &QLocalSocket::bytesWritten, this, [this] {
        if (m_probe->bytesToWrite() > 0)
            return;
        m_probe->disconnectFromServer();
        emit anotherInstanceRuns();
    });
    connect(m_probe, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_server)
            return;
        m_probe->deleteLater();
        m_probe = nullptr;
        listen(); // nobody answered: this is the first instance
    });
    m_probe->connectToServer(m_name);
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left behind by a crashed instance: nobody answered it, so take it over.
        QLocalServer::removeServer(m_name);
        (void)m_server->listen(m_name); // if this fails too, run anyway: only the bring-forward is lost
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(kActivate.trimmed()))
                    emit activationRequested();
            });
        }
    });
    emit becameFirst();
}
