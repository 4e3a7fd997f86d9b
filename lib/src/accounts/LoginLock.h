#pragma once

#include "core/AutotestExport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QLockFile;

namespace EveSso {

/// The cross-process lock of one character's stored login, and its generation stamp.
///
/// Every process that reads, refreshes, replaces or deletes the keychain entry of a character holds this
/// lock from the keychain read to the keychain write, so that two processes never refresh with the same
/// refresh token (EVE rotates it: the second would be refused and the login declared dead). The files live
/// in the user's runtime directory ($XDG_RUNTIME_DIR), keyed by keychain service, profile and character.
///
/// The generation stamp is a random value rewritten, under the lock, by whoever changes the entry. A process
/// that remembers the stamp of the entry it last read or wrote knows without asking the keychain whether
/// its copy is still current: the keychain answers one job at a time, so reading it on every refresh would
/// put a serial round trip on every refresh's critical path.
class EVESSO_AUTOTEST_EXPORT LoginLock
{
public:
    /// A holder that died leaves its lock behind; QLockFile takes it over at once when the holder's pid is
    /// gone. A holder that hangs loses it after this long, far beyond any keychain + SSO round trip.
    static constexpr std::chrono::minutes staleAfter{5};

    LoginLock(const QString &serviceName, const QString &profileId, qint64 characterId);
    ~LoginLock();
    LoginLock(const LoginLock &) = delete;
    LoginLock &operator=(const LoginLock &) = delete;

    /// The runtime directory of one keychain service's locks and stamps.
    static QString directoryFor(const QString &serviceName, const QString &profileId);

    /// Takes the lock if it is free (or stale), without waiting. False when another holder has it or the
    /// directory cannot be created (see error()).
    bool tryLock();
    /// Releases the lock (nothing when not held).
    void unlock();
    bool isLocked() const;
    /// Why the last tryLock() failed, translated; empty when the lock is merely held by someone else.
    QString error() const { return m_error; }

    /// The stamp of the entry's last change; empty when none was recorded, and then no copy is current.
    QByteArray generation() const;
    /// Records a change of the entry (call while holding the lock) and returns the new stamp (empty when it
    /// could not be recorded).
    QByteArray recordChange();
    /// Records that the entry was deleted: a stamp no copy can match.
    void recordRemoval();
    /// True when the last recorded change was a deletion.
    static bool isRemoval(const QByteArray &generation);

private:
    QString m_base;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
};

/// Takes a LoginLock without blocking the thread: tries at once, then polls from the event loop with a
/// short backoff (QLockFile has no notification) until the lock is had or the timeout passes.
class EVESSO_AUTOTEST_EXPORT LoginLockWaiter : public QObject
{
public:
    /// Receives true with the lock held, or false and a translated reason.
    using Callback = std::function<void(bool locked, const QString &why)>;

    LoginLockWaiter(LoginLock *lock, QObject *parent = nullptr);
    /// Starts waiting (a wait under way is abandoned without its callback).
    void acquire(std::chrono::milliseconds timeout, Callback callback);

private:
    void attempt();

    LoginLock *m_lock;
    std::chrono::milliseconds m_timeout{0};
    std::chrono::milliseconds m_delay{2};
    QElapsedTimer m_waited;
    QTimer m_poll;
    Callback m_callback;
};

} // namespace EveSso
