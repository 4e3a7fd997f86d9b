#pragma once

#include <EveSso/EsiError.h>

#include <QDateTime>

#include <functional>

namespace EveSso {

/// The answer of one EsiClient call: a value or an error, and where the value came from.
///
/// When a call fails transiently (network, downtime, a limit) but an earlier answer is in the disk
/// cache, `value` holds that earlier answer with `stale` set and `error` says why it could not be
/// brought up to date: the UI can keep showing the last known data and say so.
template <typename T>
struct EsiResult
{
    T value{};           ///< Valid when ok(), or when `stale`.
    EsiError error;      ///< Kind::None on success.
    bool fromCache = false; ///< Served from the cache without a request, or revalidated by a 304.
    bool stale = false;     ///< `value` is an expired cached answer, given because of `error`.
    QDateTime expires;      ///< UTC; when ESI will have new data (invalid when unknown).
    QDateTime lastModified; ///< UTC; ESI's Last-Modified (invalid when unknown).

    /// True when the call succeeded and `value` is current.
    bool ok() const { return !error.isError(); }
    /// ok(), or a stale value to show while the error lasts.
    bool hasValue() const { return ok() || stale; }
};

/// The callback of every EsiClient call. It runs in the thread of the `context` object given with the
/// call, and never runs if that object was destroyed first.
template <typename T>
using EsiCallback = std::function<void(const EsiResult<T> &result)>;

} // namespace EveSso
