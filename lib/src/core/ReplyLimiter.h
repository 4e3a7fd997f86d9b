#pragma once

#include "core/AutotestExport.h"

#include <QtGlobal>

#include <chrono>

class QNetworkReply;

namespace EveSso {

/// Why a reply was aborted by its limiter.
enum class LimitBreach {
    None,
    TooLarge, ///< The answer announced or sent more than its cap.
    Deadline, ///< The request took longer than its deadline (a stalled or drip-feeding server).
};

/// Bounds one reply: aborts it once more than `maxBytes` are announced or received, or when `deadline`
/// has passed since this call, or `headersDeadline` without the headers. The limiter lives as the reply's child; limitBreachOf() tells the code
/// that handles finished() why the reply was aborted. Qt keeps the whole answer in the reply's buffer,
/// so the cap is also the memory bound (plus one network chunk).
EVESSO_AUTOTEST_EXPORT void limitReply(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline,
                                       std::chrono::milliseconds headersDeadline);

/// LimitBreach::None unless limitReply()'s limiter aborted this reply.
EVESSO_AUTOTEST_EXPORT LimitBreach limitBreachOf(const QNetworkReply *reply);

/// The size cap limitReply() set on this reply (0 when it has none), for the error message.
EVESSO_AUTOTEST_EXPORT qint64 limitCapOf(const QNetworkReply *reply);

} // namespace EveSso
