#pragma once

#include <EveSso/JsonWebKeySet.h>
#include <EveSso/evesso_export.h>

#include <QObject>
#include <QString>

namespace EveSso {

/// Supplies the SSO's current signing keys to a TokenValidator and refetches them on request, for key
/// rotation. The SSO discovery code implements it over HTTP; StaticKeySetProvider serves fixed keys.
class EVESSO_EXPORT KeySetProvider : public QObject
{
    Q_OBJECT
public:
    /// A provider owned by `parent`.
    explicit KeySetProvider(QObject *parent = nullptr);
    ~KeySetProvider() override;

    /// The keys known now (possibly empty before the first fetch). Cheap: called for every token.
    virtual JsonWebKeySet currentKeys() const = 0;

    /// Starts fetching the keys again. Asynchronous: afterwards emits exactly one of keysRefetched() or
    /// keysRefetchFailed(), from the event loop (never from inside this call).
    virtual void refetchKeys() = 0;

signals:
    /// The refetch finished; currentKeys() now returns the fetched set.
    void keysRefetched();
    /// The refetch failed; `message` is translated and actionable, and never contains a token.
    void keysRefetchFailed(const QString &message);
};

} // namespace EveSso
