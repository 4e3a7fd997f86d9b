// libFuzzer target over every parser that reads an ESI answer: the typed bodies (character, corporation,
// alliance, portrait URLs, wallet balance, a wallet journal page, resolved names), the transport's JSON
// gate and error text, X-Pages, the error-limit and rate-limit headers (EsiLimitsTracker) and the cache
// headers (EsiHttpCache). The input is an HTTP answer; see esi_fuzz_common.h. Any broken invariant aborts.

#include "esi_fuzz_common.h"

#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The limits tracker logs every 420/429/downtime it reads: a line per input would slow the run down
    // and bury libFuzzer's own report.
    QLoggingCategory::setFilterRules(QStringLiteral("evesso.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const EsiFuzz::Answer answer = EsiFuzz::split(input);
    const QStringList broken = EsiFuzz::violations(answer, EsiFuzz::parse(answer));
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "fuzz_esi_parse: %s\n", qPrintable(broken.join(QLatin1String("; "))));
        std::abort();
    }
    return 0;
}
