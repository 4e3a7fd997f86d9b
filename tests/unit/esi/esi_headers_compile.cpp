// Compile-only check: the ESI client's public headers stand on their own (built, never run).
#include <EveSso/EsiClient.h>
#include <EveSso/EsiError.h>
#include <EveSso/EsiResult.h>
#include <EveSso/EsiTypes.h>

namespace {
[[maybe_unused]] bool transient(const EveSso::EsiResult<EveSso::CharacterInfo> &result)
{
    return result.error.isTransient() && result.hasValue();
}
} // namespace
