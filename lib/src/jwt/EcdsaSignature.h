#pragma once

#include <cstddef>

namespace EveSso::Jwt::EcdsaSignature {

/// The largest DER ECDSA-Sig-Value for P-256: SEQUENCE of two INTEGERs of up to 33 bytes each.
constexpr std::size_t maxDerSize = 2 + 2 * (2 + 33);

/// Encodes a raw P-256 signature (R||S, 32 bytes each) as DER into `der` (maxDerSize bytes);
/// returns the DER length. Zero or out-of-range values are encoded as given; OpenSSL rejects them.
std::size_t rawP256ToDer(const unsigned char raw[64], unsigned char der[maxDerSize]);

} // namespace EveSso::Jwt::EcdsaSignature
