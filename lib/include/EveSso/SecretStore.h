#pragma once

#include <EveSso/evesso_export.h>

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace EveSso {

/// Refresh tokens in the operating system's keychain (Secret Service, KWallet, macOS Keychain,
/// Windows Credential Manager, through QtKeychain), one entry per (server profile, character).
///
/// Every operation is asynchronous and has a timeout: QtKeychain can hang when no Secret Service
/// answers (a keyring waiting for an unlock prompt, a stuck daemon). The callback is invoked exactly
/// once, in the thread of `context`, never synchronously from inside the call, and not at all when
/// `context` has been destroyed by then. Operations run one at a time in the order they were issued
/// (QtKeychain serializes them process-wide anyway), and an operation still outstanding when its
/// SecretStore is destroyed still completes and still reports to its context.
///
/// There is never a plaintext fallback: without a working keychain every operation fails with
/// Error::NoKeychain and an explanation of what to install or unlock. No message and no log line
/// ever contains a secret.
///
/// Create and use a SecretStore in the main thread (QtKeychain's Linux backends need the thread
/// that runs the GLib/Qt main loop); contexts, and so callbacks, may live in any thread.
class EVESSO_EXPORT SecretStore : public QObject
{
    Q_OBJECT

public:
    /// Why an operation failed.
    enum class Error {
        None,         ///< Success.
        NotFound,     ///< There is no entry for this profile and character.
        NoKeychain,   ///< No keychain service is reachable (no D-Bus session, no Secret Service, libsecret missing).
        AccessDenied, ///< The keychain is locked or refused access.
        TimedOut,     ///< The keychain did not answer in time; a write may or may not have been stored.
        Other,        ///< Anything else (see the message).
    };
    Q_ENUM(Error)

    /// The outcome of one operation.
    struct Result
    {
        Error error = Error::None; ///< Error::None on success.
        QString message;           ///< Translated and actionable; empty on success; never contains the secret.
        QString secret;            ///< The refresh token, for a successful read only.
        /// True on success.
        bool ok() const { return error == Error::None; }
    };

    /// Whether the keychain can be used, for the app to show at start.
    struct Availability
    {
        bool available = false;    ///< True when the keychain answered.
        Error error = Error::None; ///< Why it is not available (Error::None when it is).
        QString explanation;       ///< Translated: what to install, start or unlock. Empty when available.
    };

    /// Receives the outcome of a read, write or remove.
    using Callback = std::function<void(const Result &)>;
    /// Receives the outcome of checkAvailability().
    using AvailabilityCallback = std::function<void(const Availability &)>;

    /// The timeout of every operation unless setTimeout() says otherwise.
    static constexpr std::chrono::milliseconds defaultTimeout{15000};

    /// `serviceName` names this program's entries in the keychain (the Secret Service "server"
    /// attribute and the item label), so other tools built on the library keep separate entries: two
    /// programs sharing one entry would each rotate the token and log the other out. Empty (the default)
    /// means QCoreApplication::applicationName(), or "EveSso" when there is none. A program must keep its
    /// name: entries stored under another one are not found.
    explicit SecretStore(const QString &serviceName = QString(), QObject *parent = nullptr);
    ~SecretStore() override;

    /// The service name given to the constructor.
    QString serviceName() const;

    /// Time allowed for each operation, counted from the call (so time spent waiting behind earlier
    /// operations counts too): every callback arrives within about this time. Default 15 s.
    /// Values below 1 ms are raised to 1 ms.
    void setTimeout(std::chrono::milliseconds timeout);
    /// The current per-operation timeout.
    std::chrono::milliseconds timeout() const;

    /// The keychain key of one character's entry: "<profileId>/<characterId>".
    static QString keyFor(const QString &profileId, qint64 characterId);

    /// Reads a character's refresh token. Error::NotFound when there is none. A null `context` means
    /// this store.
    void readRefreshToken(const QString &profileId, qint64 characterId, QObject *context, Callback callback);

    /// Stores (or replaces, after a rotation) a character's refresh token. An empty token is refused
    /// with Error::Other: use removeRefreshToken() to forget a login.
    void writeRefreshToken(const QString &profileId, qint64 characterId, const QString &refreshToken,
                           QObject *context, Callback callback);

    /// Deletes a character's refresh token. Removing an entry that does not exist is a success.
    void removeRefreshToken(const QString &profileId, qint64 characterId, QObject *context, Callback callback);

    /// Probes the keychain with a read of an entry that does not exist: an answer of "not found"
    /// means the keychain works. A locked keyring that can still be searched counts as available;
    /// writes then fail with Error::AccessDenied, so check their results too.
    void checkAvailability(QObject *context, AvailabilityCallback callback);

private:
    void submit(int operation, const QString &profileId, qint64 characterId, const QString &data,
                QObject *context, Callback callback);

    QString m_serviceName;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::SecretStore::Result)
