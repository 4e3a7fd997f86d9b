// libFuzzer target over the JWKS parser (JSON, base64url members, RSA and EC key building in OpenSSL), then
// one verification with whatever set came out.

#include "jwt_fuzz_common.h"

#include <EveSso/JsonWebKeySet.h>
#include <EveSso/JwtVerifier.h>

#include <cstdint>
#include <cstdlib>

using namespace EveSso;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const JsonWebKeySet keys = JsonWebKeySet::fromJson(json, &error);
    if (keys.isEmpty() == error.isEmpty())
        std::abort(); // an error message exactly when no key is usable
    for (const QString &kid : keys.keyIds()) {
        if (!keys.contains(kid))
            std::abort();
    }
    // A token naming the first key: exercises key selection and the signature path on the parsed keys.
    static const QByteArray token =
        "eyJhbGciOiJSUzI1NiIsImtpZCI6InJzYS1rZXkifQ.eyJleHAiOjF9.c2lnbmF0dXJlc2lnbmF0dXJl";
    const auto result = JwtVerifier(JwtFuzz::options(0)).verify(token, keys, JwtFuzz::now());
    if (result.ok())
        std::abort(); // nothing can sign that token
    return 0;
}
