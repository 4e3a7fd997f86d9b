#include <EveSso/SecretStore.h>

#include "AccountsLogging.h"
#include "KeychainRunner.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>

namespace EveSso {

namespace {

using detail::KeychainOutcome;
using detail::KeychainRunner;

// The probe key of checkAvailability(): never written, so a working keychain answers "not found".
const QString kProbeKey = QStringLiteral("evesso-availability-probe");

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString noKeychainExplanation(const QString &detail)
{
    return QCoreApplication::translate(
               "EveSso::SecretStore",
               "No keychain service is available, so logins cannot be kept between starts. Install and start "
               "a Secret Service such as GNOME Keyring or KWallet (for example: apt install gnome-keyring "
               "libsecret-1-0), make sure your desktop session provides a D-Bus session bus, then start the "
               "program again. (Details: %1)")
        .arg(detail);
}

QString noDefaultKeyringExplanation(const QString &detail)
{
    return QCoreApplication::translate(
               "EveSso::SecretStore",
               "The keychain service is running but has no default keyring to store logins in. Create one "
               "(for example in \"Passwords and Keys\" / Seahorse, or by logging in to a desktop session "
               "that unlocks GNOME Keyring), then try again. (Details: %1)")
        .arg(detail);
}

QString accessDeniedExplanation(const QString &detail)
{
    return QCoreApplication::translate(
               "EveSso::SecretStore",
               "The keychain is locked or refused access. Unlock your keyring (for example in \"Passwords and "
               "Keys\" / Seahorse, or KWallet Manager), allow access for this program, and try again. "
               "(Details: %1)")
        .arg(detail);
}

QString timedOutExplanation(std::chrono::milliseconds timeout)
{
    const int seconds = int(std::max<std::chrono::milliseconds::rep>(1, (timeout.count() + 999) / 1000));
    return QCoreApplication::translate(
        "EveSso::SecretStore",
        "The keychain did not answer within %n second(s). It may be waiting for you to unlock it, or the "
        "Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.",
        nullptr, seconds);
}

/// Maps QtKeychain's error code and the messages observed on Linux (libsecret, GDBus, KWallet) to a
/// reason the caller can act on. QtKeychain 0.13 reports most environment failures as OtherError,
/// so the message text is all there is to go on.
SecretStore::Result resultFor(const KeychainOutcome &outcome, std::chrono::milliseconds timeout,
                              const QString &secretToHide)
{
    SecretStore::Result result;
    if (outcome.timedOut) {
        result.error = SecretStore::Error::TimedOut;
        result.message = timedOutExplanation(timeout);
        return result;
    }
    QString detail = outcome.errorString;
    // Belt and braces: backends never echo the secret, but a message must never carry it.
    if (!secretToHide.isEmpty())
        detail.replace(secretToHide, QStringLiteral("***"));
    if (detail.isEmpty())
        detail = QCoreApplication::translate("EveSso::SecretStore", "no details");

    switch (outcome.code) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.error = SecretStore::Error::NotFound;
        result.message = QCoreApplication::translate(
            "EveSso::SecretStore",
            "No saved login was found in the keychain for this character. Log in with the character again.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.error = SecretStore::Error::AccessDenied;
        result.message = accessDeniedExplanation(detail);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.error = SecretStore::Error::NoKeychain;
        result.message = noKeychainExplanation(detail);
        return result;
    default:
        break;
    }

    if (containsAny(detail, {"Object does not exist at path"})) {
        // gnome-keyring started by D-Bus activation without a login keyring and no prompter to create one.
        result.error = SecretStore::Error::NoKeychain;
        result.message = noDefaultKeyringExplanation(detail);
    } else if (containsAny(detail, {"autolaunch", "D-Bus is not running", "dbus-launch", "Could not connect",
                                    "was not provided by any .service", "ServiceUnknown", "No keychain service",
                                    "org.freedesktop.secrets", "session bus", "Unknown error"})) {
        // "Unknown error" is what 0.13 says when libsecret-1.so.0 cannot be loaded (it is dlopen'd and
        // not a package dependency of libqt6keychain1).
        result.error = SecretStore::Error::NoKeychain;
        result.message = noKeychainExplanation(detail);
    } else if (containsAny(detail, {"locked", "denied", "dismissed"})) {
        result.error = SecretStore::Error::AccessDenied;
        result.message = accessDeniedExplanation(detail);
    } else {
        result.error = SecretStore::Error::Other;
        result.message = QCoreApplication::translate("EveSso::SecretStore", "The keychain reported an error: %1")
                             .arg(detail);
    }
    return result;
}

/// Delivers a callback in the context's thread, later, and only while the context lives.
template<typename Value>
void deliver(const QPointer<QObject> &context, const std::function<void(const Value &)> &callback, const Value &value)
{
    if (!context || !callback)
        return;
    QMetaObject::invokeMethod(context.data(), [callback, value] { callback(value); }, Qt::QueuedConnection);
}

} // namespace

SecretStore::SecretStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{
    if (m_serviceName.isEmpty())
        m_serviceName = QCoreApplication::applicationName();
    if (m_serviceName.isEmpty())
        m_serviceName = QStringLiteral("EveSso");
}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName() const
{
    return m_serviceName;
}

void SecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
}

std::chrono::milliseconds SecretStore::timeout() const
{
    return m_timeout;
}

QString SecretStore::keyFor(const QString &profileId, qint64 characterId)
{
    return profileId + QLatin1Char('/') + QString::number(characterId);
}

void SecretStore::readRefreshToken(const QString &profileId, qint64 characterId, QObject *context, Callback callback)
{
    submit(int(detail::KeychainRunner::Operation::Read), profileId, characterId, {}, context, std::move(callback));
}

void SecretStore::writeRefreshToken(const QString &profileId, qint64 characterId, const QString &refreshToken,
                                    QObject *context, Callback callback)
{
    if (refreshToken.isEmpty()) {
        Result result;
        result.error = Error::Other;
        result.message = tr("An empty refresh token cannot be stored.");
        deliver<Result>(QPointer<QObject>(context ? context : this), callback, result);
        return;
    }
    submit(int(detail::KeychainRunner::Operation::Write), profileId, characterId, refreshToken, context,
           std::move(callback));
}

void SecretStore::removeRefreshToken(const QString &profileId, qint64 characterId, QObject *context,
                                     Callback callback)
{
    submit(int(detail::KeychainRunner::Operation::Remove), profileId, characterId, {}, context, std::move(callback));
}

void SecretStore::submit(int operation, const QString &profileId, qint64 characterId, const QString &data,
                         QObject *context, Callback callback)
{
    const QPointer<QObject> target(context ? context : this);
    if (profileId.isEmpty() || characterId <= 0) {
        Result result;
        result.error = Error::Other;
        result.message = tr("Invalid keychain entry: a server profile and a character id are required.");
        deliver<Result>(target, callback, result);
        return;
    }
    const auto op = KeychainRunner::Operation(operation);
    const auto timeout = m_timeout;
    // The completion captures copies only, not `this`: an operation outlives its store if need be
    // (a rotated token being written must not be lost because its owner went away).
    KeychainRunner::instance()->submit(
        op, m_serviceName, keyFor(profileId, characterId), data, timeout,
        [target, callback = std::move(callback), timeout, data, op](const KeychainOutcome &outcome) {
            Result result = resultFor(outcome, timeout, data);
            // Deleting what is not there already reaches the goal.
            if (op == KeychainRunner::Operation::Remove && result.error == Error::NotFound)
                result = Result{};
            if (op == KeychainRunner::Operation::Read && result.ok())
                result.secret = outcome.data;
            // A read finding nothing is an everyday answer, not a failure worth an info line.
            if (result.error == Error::NotFound)
                qCDebug(lcKeychain) << "no keychain entry";
            else if (!result.ok())
                qCInfo(lcKeychain) << "keychain operation failed:" << result.error << outcome.code;
            deliver<Result>(target, callback, result);
        });
}

void SecretStore::checkAvailability(QObject *context, AvailabilityCallback callback)
{
    const QPointer<QObject> target(context ? context : this);
    const auto timeout = m_timeout;
    KeychainRunner::instance()->submit(
        KeychainRunner::Operation::Read, m_serviceName, kProbeKey, {}, timeout,
        [target, callback = std::move(callback), timeout](const KeychainOutcome &outcome) {
            const Result result = resultFor(outcome, timeout, {});
            Availability availability;
            if (result.ok() || result.error == Error::NotFound) {
                availability.available = true;
            } else {
                availability.error = result.error;
                availability.explanation = result.message;
                qCInfo(lcKeychain) << "keychain not available:" << result.error << outcome.code;
            }
            deliver<Availability>(target, callback, availability);
        });
}

} // namespace EveSso
