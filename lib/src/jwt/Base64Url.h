#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace EveSso::Jwt {

/// Strict base64url (RFC 4648 §5) as JWS requires (RFC 7515 §2): no padding, no whitespace, no '+' or
/// '/', no length ≡ 1 (mod 4), and canonical (the unused low bits of the last character are zero), so every
/// byte string has exactly one accepted encoding. Qt's decoder accepts padding and a dangling character.
namespace Base64Url {

/// Decodes `in` into `*out`. Returns false (and leaves `*out` unspecified) for any non-canonical input.
bool decode(QByteArrayView in, QByteArray *out);

} // namespace Base64Url
} // namespace EveSso::Jwt
