#pragma once

#include <EveSso/KeySetProvider.h>
#include <EveSso/evesso_export.h>

namespace EveSso {

/// A KeySetProvider with a fixed key set, for tests and offline use. A refetch changes nothing and
/// reports success from the event loop.
class EVESSO_EXPORT StaticKeySetProvider : public KeySetProvider
{
    Q_OBJECT
public:
    /// A provider serving `keys`.
    explicit StaticKeySetProvider(JsonWebKeySet keys = {}, QObject *parent = nullptr);
    ~StaticKeySetProvider() override;

    /// Replaces the keys served from now on.
    void setKeys(JsonWebKeySet keys);
    /// How many times refetchKeys() was called.
    int refetchCount() const;

    JsonWebKeySet currentKeys() const override;
    void refetchKeys() override;

private:
    JsonWebKeySet m_keys;
    int m_refetchCount = 0;
};

} // namespace EveSso
