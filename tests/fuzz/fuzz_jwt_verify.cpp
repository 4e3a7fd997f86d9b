// libFuzzer target over the whole verify path: size cap, split, strict base64url, header JSON, algorithm and
// key selection, signature (RS256/ES256), payload JSON and every claim check, against a fixed key set.
// Input: one selector byte choosing which checks are off (see jwt_fuzz_common.h), then the token.

#include "jwt_fuzz_common.h"
#include "jwt_fuzz_jwks.h"

#include <EveSso/JsonWebKeySet.h>
#include <EveSso/JwtVerifier.h>

#include <cstdint>
#include <cstdlib>

using namespace EveSso;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const JsonWebKeySet keys = JsonWebKeySet::fromJson(jwtFuzzJwks);
    if (keys.keyIds().size() != 2)
        std::abort(); // the embedded set must parse, or the fuzzer would test nothing
    if (size < 1)
        return 0;
    const QByteArray token(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const JwtVerifier verifier(JwtFuzz::options(data[0]));
    const JwtVerifier::Result result = verifier.verify(token, keys, JwtFuzz::now());

    // Invariants of every answer.
    if (result.ok() != (result.error.reason == JwtError::Reason::None) || result.ok() != result.token.has_value())
        std::abort();
    if (!result.ok() && result.error.message.isEmpty())
        std::abort();
    if (result.ok() && (token.count('.') != 2 || result.token->expiresAt.isNull()))
        std::abort();
    // Messages never quote the token.
    if (!result.ok()) {
        const QByteArray message = result.error.message.toUtf8();
        for (const QByteArray &part : token.split('.')) {
            if (part.size() >= 32 && message.contains(part))
                std::abort();
        }
    }
    return 0;
}
