#include "LoginLock.h"

#include "core/FileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUrl>

namespace EveSso {
namespace {

const QByteArray kRemovedPrefix = QByteArrayLiteral("removed-");

QString safeName(const QString &name)
{
    // Service names and profile ids are the program's and the player's: keep them from naming other paths.
    return QString::fromLatin1(QUrl::toPercentEncoding(name.isEmpty() ? QStringLiteral("default") : name));
}

QByteArray randomStamp()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

} // namespace

LoginLock::LoginLock(const QString &serviceName, const QString &profileId, qint64 characterId)
    : m_base(directoryFor(serviceName, profileId) + QLatin1Char('/') + QString::number(characterId))
{
}

LoginLock::~LoginLock() = default;

QString LoginLock::directoryFor(const QString &serviceName, const QString &profileId)
{
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath() + QStringLiteral("/evesso-") + qEnvironmentVariable("USER", QStringLiteral("user"));
    return runtime + QStringLiteral("/evesso-logins/") + safeName(serviceName) + QLatin1Char('/') + safeName(profileId);
}

bool LoginLock::tryLock()
{
    m_error.clear();
    if (m_lock && m_lock->isLocked())
        return true;
    const QString dir = QFileInfo(m_base).absolutePath();
    if (!QDir().mkpath(dir)) {
        m_error = QCoreApplication::translate("EveSso::LoginLock", "The folder %1 for the logins' locks could not "
                                                                   "be created.")
                      .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QFile::setPermissions(dir, kOwnerOnlyFolder);
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(m_base + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(std::chrono::duration_cast<std::chrono::milliseconds>(staleAfter));
    }
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::PermissionError || m_lock->error() == QLockFile::UnknownError) {
        m_error = QCoreApplication::translate("EveSso::LoginLock", "The lock file %1 could not be created.")
                      .arg(QDir::toNativeSeparators(m_lock->fileName()));
    }
    return false;
}

void LoginLock::unlock()
{
    if (m_lock)
        m_lock->unlock();
}

bool LoginLock::isLocked() const { return m_lock && m_lock->isLocked(); }

QByteArray LoginLock::generation() const
{
    QFile file(m_base + QStringLiteral(".gen"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64).trimmed();
}

QByteArray LoginLock::recordChange()
{
    const QByteArray stamp = randomStamp();
    FileWriteOptions options;
    options.durable = false; // it lives in the runtime directory; a lost stamp only costs one keychain read
    options.permissions = kOwnerOnlyFile;
    if (!writeWholeFile(m_base + QStringLiteral(".gen"), stamp, options)) {
        // Unknown from now on: every copy then reads the keychain again.
        QFile::remove(m_base + QStringLiteral(".gen"));
        return {};
    }
    return stamp;
}

void LoginLock::recordRemoval()
{
    FileWriteOptions options;
    options.durable = false;
    options.permissions = kOwnerOnlyFile;
    (void)writeWholeFile(m_base + QStringLiteral(".gen"), kRemovedPrefix + randomStamp(), options);
}

bool LoginLock::isRemoval(const QByteArray &generation) { return generation.startsWith(kRemovedPrefix); }

LoginLockWaiter::LoginLockWaiter(LoginLock *lock, QObject *parent)
    : QObject(parent)
    , m_lock(lock)
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, [this] { attempt(); });
}

void LoginLockWaiter::acquire(std::chrono::milliseconds timeout, Callback callback)
{
    m_timeout = timeout;
    m_callback = std::move(callback);
    m_delay = std::chrono::milliseconds(2);
    m_waited.start();
    attempt();
}

void LoginLockWaiter::attempt()
{
    if (m_lock->tryLock())
        return std::exchange(m_callback, {})(true, QString());
    if (!m_lock->error().isEmpty())
        return std::exchange(m_callback, {})(false, m_lock->error());
    if (m_waited.elapsed() >= m_timeout.count()) {
        const int seconds = int(std::max<qint64>(1, m_timeout.count() / 1000));
        return std::exchange(m_callback, {})(
            false, QCoreApplication::translate("EveSso::LoginLock",
                                               "Another program has been using this character's login for %n "
                                               "second(s) and has not finished. Try again in a moment.",
                                               nullptr, seconds));
    }
    m_poll.start(m_delay);
    m_delay = std::min(m_delay * 2, std::chrono::milliseconds(50));
}

} // namespace EveSso
