#include <EveSso/TokenValidator.h>

#include <EveSso/KeySetProvider.h>

#include "JwtMessages.h"

#include <QElapsedTimer>

#include <vector>

namespace EveSso {

using Jwt::JwtMessages;

struct TokenValidator::Private
{
    struct Pending
    {
        QByteArray token;
        QPointer<QObject> context;
        Callback callback;
    };

    QPointer<KeySetProvider> provider;
    JwtVerifier verifier;
    std::chrono::seconds interval{std::chrono::minutes(5)};
    QElapsedTimer sinceRefetch; ///< Invalid until the first refetch.
    QString lastFailure;        ///< Why the last refetch failed; empty when it succeeded.
    bool refetching = false;
    std::vector<Pending> pending;

    bool withinInterval() const
    {
        return sinceRefetch.isValid() && sinceRefetch.elapsed() < qint64(interval.count()) * 1000;
    }

    int intervalMinutes() const { return int(qMax<qint64>(1, (interval.count() + 59) / 60)); }

    static void deliver(QObject *context, const Callback &callback, const JwtVerifier::Result &result)
    {
        if (!context || !callback)
            return;
        QMetaObject::invokeMethod(context, [callback, result] { callback(result); }, Qt::QueuedConnection);
    }

    void finishPending(const QString &failure)
    {
        refetching = false;
        lastFailure = failure;
        std::vector<Pending> waiting;
        waiting.swap(pending);
        const JsonWebKeySet keys = provider ? provider->currentKeys() : JsonWebKeySet();
        for (const Pending &p : waiting) {
            JwtVerifier::Result result;
            if (!failure.isEmpty()) {
                // The old keys still decide where they can: a bad signature stays one, while a token of
                // an unknown key cannot be checked until the keys load.
                result = verifier.verify(p.token, keys);
                if (result.error.reason != JwtError::Reason::BadSignature)
                    result.error = JwtMessages::keysUnavailable(failure);
            } else {
                result = verifier.verify(p.token, keys);
                // Retried once only: a key still unknown after a fresh set is not going to appear.
                if (result.error.reason == JwtError::Reason::UnknownKey)
                    result.error = JwtMessages::unknownKeyAfterRefetch(intervalMinutes());
            }
            deliver(p.context, p.callback, result);
        }
    }
};

TokenValidator::TokenValidator(KeySetProvider *provider, JwtVerifier::Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->provider = provider;
    d->verifier.setOptions(std::move(options));
    if (provider) {
        connect(provider, &KeySetProvider::keysRefetched, this, [this] {
            if (d->refetching)
                d->finishPending(QString());
        });
        connect(provider, &KeySetProvider::keysRefetchFailed, this, [this](const QString &message) {
            if (d->refetching)
                d->finishPending(message.isEmpty() ? tr("The key server gave no reason.") : message);
        });
        connect(provider, &QObject::destroyed, this, [this] {
            if (d->refetching)
                d->finishPending(tr("The key provider was shut down."));
        });
    }
}

TokenValidator::~TokenValidator() = default;

void TokenValidator::validate(const QByteArray &token, QObject *context, Callback callback)
{
    if (!context)
        context = this;
    if (!d->provider) {
        Private::deliver(context, callback,
                         {std::nullopt, JwtMessages::keysUnavailable(tr("No key provider is configured."))});
        return;
    }

    JwtVerifier::Result result = d->verifier.verify(token, d->provider->currentKeys());
    // An unknown key id, or a signature that does not verify with the cached key of that id: EVE names its
    // RSA key "JWT-Signature-Key" whatever the key is, so a replaced key looks like a forged signature
    // until the keys are fetched again.
    const JwtError::Reason reason = result.error.reason;
    if (reason != JwtError::Reason::UnknownKey && reason != JwtError::Reason::BadSignature) {
        Private::deliver(context, callback, result);
        return;
    }
    if (!d->refetching && d->withinInterval()) {
        // Rate-limited: a stream of tokens naming made-up keys, or forged ones, must not turn into a
        // stream of fetches.
        if (reason == JwtError::Reason::UnknownKey)
            result.error = d->lastFailure.isEmpty() ? JwtMessages::unknownKeyAfterRefetch(d->intervalMinutes())
                                                    : JwtMessages::keysUnavailable(d->lastFailure);
        Private::deliver(context, callback, result);
        return;
    }
    d->pending.push_back({token, context, std::move(callback)});
    if (!d->refetching) {
        d->refetching = true;
        d->sinceRefetch.start();
        d->provider->refetchKeys();
    }
}

void TokenValidator::setRefetchInterval(std::chrono::seconds interval)
{
    d->interval = interval;
}

std::chrono::seconds TokenValidator::refetchInterval() const
{
    return d->interval;
}

JwtVerifier::Options TokenValidator::options() const
{
    return d->verifier.options();
}

} // namespace EveSso
