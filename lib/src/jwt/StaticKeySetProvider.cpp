#include <EveSso/StaticKeySetProvider.h>

namespace EveSso {

StaticKeySetProvider::StaticKeySetProvider(JsonWebKeySet keys, QObject *parent)
    : KeySetProvider(parent)
    , m_keys(std::move(keys))
{
}

StaticKeySetProvider::~StaticKeySetProvider() = default;

void StaticKeySetProvider::setKeys(JsonWebKeySet keys)
{
    m_keys = std::move(keys);
}

int StaticKeySetProvider::refetchCount() const
{
    return m_refetchCount;
}

JsonWebKeySet StaticKeySetProvider::currentKeys() const
{
    return m_keys;
}

void StaticKeySetProvider::refetchKeys()
{
    ++m_refetchCount;
    // Reported from the event loop, as the contract requires of every provider.
    QMetaObject::invokeMethod(this, [this] { emit keysRefetched(); }, Qt::QueuedConnection);
}

} // namespace EveSso
