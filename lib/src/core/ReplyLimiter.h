#pragma once

#include "core/AutotestExport.h"

#include <EveSso/ResponseLimits.h>

#include <QtGlobal>

class QNetworkReply;

namespace EveSso {

/// Why a reply was aborted by its limiter.
enum class LimitBreach {
    None,
    TooLarge, ///< The answer announced or sent more than its cap.
    Deadline, ///< The request took longer than its deadline (a stalled or drip-feeding server).
};

/// Bounds one reply: aborts it once more than `maxBytes` are announced or received, when what is left
/// of `limits.deadline` after `elapsedMs` (the request's earlier attempts) has passed, or after
/// `limits.headersDeadline` without the headers. The limiter lives as the reply's child; limitBreachOf()
/// tells the code that handles finished() why the reply was aborted. Qt keeps the whole answer in the
/// reply's buffer, so the cap is also the memory bound (plus the read buffer's slack).
EVESSO_AUTOTEST_EXPORT void limitReply(QNetworkReply *reply, qint64 maxBytes, const ResponseLimits &limits,
                                       qint64 elapsedMs = 0);

/// Whether another attempt, after `delayMs`, still fits in the deadline of a request begun `elapsedMs` ago.
EVESSO_AUTOTEST_EXPORT bool retryFitsDeadline(const ResponseLimits &limits, qint64 elapsedMs, qint64 delayMs);

/// True when the answer did not arrive whole: no HTTP status, or a network-layer error (Qt's codes below
/// 100, e.g. a transfer timeout in the middle of the body) after the status line. Such a rest is never
/// the answer.
EVESSO_AUTOTEST_EXPORT bool transferFailed(const QNetworkReply *reply);

/// LimitBreach::None unless limitReply()'s limiter aborted this reply.
EVESSO_AUTOTEST_EXPORT LimitBreach limitBreachOf(const QNetworkReply *reply);

/// The size cap limitReply() set on this reply (0 when it has none), for the error message.
EVESSO_AUTOTEST_EXPORT qint64 limitCapOf(const QNetworkReply *reply);

} // namespace EveSso
