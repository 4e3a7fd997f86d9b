#include <EveSso/KeySetProvider.h>

namespace EveSso {

KeySetProvider::KeySetProvider(QObject *parent)
    : QObject(parent)
{
}

KeySetProvider::~KeySetProvider() = default;

} // namespace EveSso
