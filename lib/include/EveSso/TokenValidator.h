#pragma once

#include <EveSso/JwtVerifier.h>
#include <EveSso/evesso_export.h>

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

namespace EveSso {

class KeySetProvider;

/// Verifies tokens with a KeySetProvider's current keys, and follows key rotation: when a token names a
/// key the set does not have, or its signature does not verify with the key of its id (EVE replaces its
/// RSA key under the same id, "JWT-Signature-Key"), it asks the provider to refetch the keys (at most once
/// per refetch interval, 5 minutes by default) and verifies the token once more with the new set. Tokens
/// arriving while a refetch is running wait for it. Any other failure is reported at once.
///
/// Lives in one thread; call validate() from that thread.
class EVESSO_EXPORT TokenValidator : public QObject
{
    Q_OBJECT
public:
    /// Called once with the outcome of one validate() call.
    using Callback = std::function<void(const JwtVerifier::Result &)>;

    /// Uses `provider` (not owned; must outlive this object or be destroyed with it) and `options`.
    TokenValidator(KeySetProvider *provider, JwtVerifier::Options options, QObject *parent = nullptr);
    ~TokenValidator() override;

    /// Verifies `token` and calls `callback` once, always later from the event loop (never from inside
    /// this call), in `context`'s thread. If `context` is destroyed first, the callback is dropped.
    /// A null `context` means this validator.
    void validate(const QByteArray &token, QObject *context, Callback callback);

    /// The minimum time between two refetches caused by unknown keys or bad signatures (default 5 minutes).
    void setRefetchInterval(std::chrono::seconds interval);
    /// The minimum time between two refetches caused by unknown keys or bad signatures.
    std::chrono::seconds refetchInterval() const;

    /// The verifier's options.
    JwtVerifier::Options options() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EveSso
