#pragma once

#include <EveSso/EsiError.h>

#include <QByteArray>
#include <QNetworkReply>

#include <chrono>

namespace EveSso {

enum class LimitBreach;

/// Turns what went wrong into an EsiError with a translated, actionable message (never a token).
namespace EsiErrorText {

/// No HTTP answer: the network failed or timed out. `image`: the image server, not ESI.
EsiError networkFailure(QNetworkReply::NetworkError code, const QString &detail, bool image);
/// An HTTP error answer. `esiMessage` is ESI's `error` text, if any.
EsiError httpFailure(int status, const QString &esiMessage, bool image, bool inDowntime);
/// A 2xx answer that is not the documented JSON.
EsiError malformed(int status);
/// The answer was aborted for its size (`cap` bytes) or for its time (after `waited`).
EsiError limitBreach(LimitBreach breach, qint64 cap, std::chrono::milliseconds waited, bool image);
/// The character's session gave no access token.
EsiError tokenUnavailable(const SsoError &loginError);
/// A call made with arguments that cannot work (no session, bad portrait size, ...).
EsiError invalidCall(const QString &message);

} // namespace EsiErrorText
} // namespace EveSso
