#include "EcdsaSignature.h"

#include <cstring>

namespace EveSso::Jwt::EcdsaSignature {

namespace {

/// Writes one 32-byte unsigned big-endian value as a minimal DER INTEGER; returns the bytes written.
std::size_t writeInteger(const unsigned char *value, unsigned char *out)
{
    std::size_t skip = 0;
    while (skip < 31 && value[skip] == 0) // keep at least one byte: zero is the INTEGER 0x00
        ++skip;
    const std::size_t len = 32 - skip;
    const bool pad = value[skip] & 0x80; // a set top bit would read as negative
    out[0] = 0x02;
    out[1] = static_cast<unsigned char>(len + (pad ? 1 : 0));
    std::size_t pos = 2;
    if (pad)
        out[pos++] = 0x00;
    std::memcpy(out + pos, value + skip, len);
    return pos + len;
}

} // namespace

std::size_t rawP256ToDer(const unsigned char raw[64], unsigned char der[maxDerSize])
{
    std::size_t len = 2;
    len += writeInteger(raw, der + len);
    len += writeInteger(raw + 32, der + len);
    der[0] = 0x30;
    der[1] = static_cast<unsigned char>(len - 2); // at most 70: short form
    return len;
}

} // namespace EveSso::Jwt::EcdsaSignature
