// libFuzzer target over LoopbackRequest::parse(): arbitrary bytes as the HTTP request a browser sends to
// the loopback redirect (request line, method, path, query with code/state/error, headers, the size
// bound). Any broken invariant (callback_fuzz_common.h) aborts.

#include "callback_fuzz_common.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const EveSso::LoopbackRequest request = EveSso::LoopbackRequest::parse(input);
    const QStringList broken = CallbackFuzz::violations(input, request);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "fuzz_callback_request: %s\n", qPrintable(broken.join(QLatin1String("; "))));
        std::abort();
    }
    // Feeding the same bytes in two pieces, as a socket may deliver them, ends in the same outcome.
    if (size > 1) {
        const EveSso::LoopbackRequest first = EveSso::LoopbackRequest::parse(input.left(qsizetype(size / 2)));
        if (first.outcome == EveSso::LoopbackRequest::Outcome::Complete && request.outcome != first.outcome
            && request.outcome != EveSso::LoopbackRequest::Outcome::TooLarge)
            std::abort(); // a complete prefix decides the outcome (unless the whole is too large)
    }
    return 0;
}
