#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

const QByteArray kActivate = QByteArrayLiteral("activate\n");
// The instance holding the lock may still be starting and not listen yet; longer than that, it hangs.
constexpr qint64 kPatienceMs = 3000;
constexpr int kRetryMs = 100;

bool fromThisUser(const QLocalSocket *socket)
{
#ifdef Q_OS_LINUX
    // The private folder keeps other users out already; this still holds if its permissions are loosened.
    ucred peer{};
    socklen_t size = sizeof peer;
    return ::getsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &peer, &size) == 0
        && peer.uid == ::getuid();
#else
    Q_UNUSED(socket);
    return true;
#endif
}

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_socketPath(runtimeDirectory() + QLatin1Char('/') + name)
    , m_lock(std::make_unique<QLockFile>(m_socketPath + QStringLiteral(".lock")))
{
    // Only a dead holder makes the lock stale: the default, any lock older than 30 s, would let a second
    // instance start beside a first that has run for a minute.
    m_lock->setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    // The socket goes before the lock: once the lock is free, a new instance may put its own socket at that
    // path, which closing ours would then remove.
    delete m_server;
}

QString SingleInstance::runtimeDirectory()
{
    // Qt hands out $XDG_RUNTIME_DIR only as a folder of this user that nobody else can enter, so nobody
    // else can put a socket or a lock there.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime;
    // Under the user's home, where nobody else can create it first.
    const QString own
        = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/runtime");
    QDir().mkpath(own);
    QFile::setPermissions(own, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return own;
}

void SingleInstance::claim()
{
    m_waiting.start();
    // From the event loop, so that a handler may quit the application: exit() needs a running loop.
    QTimer::singleShot(0, this, &SingleInstance::attempt);
}

void SingleInstance::attempt()
{
    if (m_lock->tryLock(0)) {
        becomeFirst();
        return;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        // The folder cannot hold a lock at all: refusing to start would lock the user out for good.
        becomeFirst();
        return;
    }
    auto *probe = new QLocalSocket(this);
    connect(probe, &QLocalSocket::connected, probe, [probe] { probe->write(kActivate); });
    connect(probe, &QLocalSocket::bytesWritten, this, [this, probe] {
        if (probe->bytesToWrite() > 0)
            return;
        probe->disconnect(this);
        probe->disconnectFromServer();
        probe->deleteLater();
        emit anotherInstanceRuns();
    });
    connect(probe, &QLocalSocket::errorOccurred, this, [this, probe] {
        probe->disconnect(this);
        probe->deleteLater();
        retryOrGiveUp();
    });
    probe->connectToServer(m_socketPath);
}

void SingleInstance::retryOrGiveUp()
{
    // Never a second instance: when the one holding the lock does not answer in time, this one still yields.
    if (m_waiting.hasExpired(kPatienceMs))
        emit anotherInstanceRuns();
    else // it may also have died meanwhile: then the lock is ours
        QTimer::singleShot(kRetryMs, this, &SingleInstance::attempt);
}

void SingleInstance::becomeFirst()
{
    // Holding the lock, any socket file at the path is a crashed instance's.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    (void)m_server->listen(m_socketPath); // if this fails, run anyway: only the bring-forward is lost
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
    emit becameFirst();
}

void SingleInstance::accept(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    if (!fromThisUser(socket)) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        while (socket->canReadLine()) {
            if (socket->readLine() == kActivate)
                emit activationRequested();
        }
    });
}
