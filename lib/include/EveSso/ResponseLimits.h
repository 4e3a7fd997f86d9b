#pragma once

#include <EveSso/evesso_export.h>

#include <QtGlobal>

#include <chrono>

namespace EveSso {

/// How much of an answer the library reads, and for how long, before it gives up on a server.
///
/// Every HTTP answer (ESI, token, revoke, discovery, JWKS, portraits) is read into memory, so a server
/// that sends without end, or one byte at a time, must not be able to take the caller's memory or time.
/// The caps are checked while the answer downloads (the announced Content-Length first); the deadline
/// runs from the request's start and, unlike Qt's transfer timeout, is not restarted by each byte.
/// Exceeding either aborts the connection and fails the request with a transient error
/// (MalformedResponse for a size, Timeout for the deadline), so no stored login is ever given up for it.
/// The defaults are well above what EVE's servers send (an ESI page is at most a few hundred KB).
struct EVESSO_EXPORT ResponseLimits
{
    /// One ESI JSON answer (one page of a paged route).
    qint64 maxEsiBytes = 8 * 1024 * 1024;
    /// One image (portraits are at most 512 x 512 JPEG).
    qint64 maxImageBytes = 2 * 1024 * 1024;
    /// A token or revoke answer (a few KB: the JWT access token is the largest part).
    qint64 maxTokenBytes = 64 * 1024;
    /// The SSO's discovery document or its key set.
    qint64 maxDiscoveryBytes = 1024 * 1024;
    /// The longest one request may take, from sending it to its last byte, retries included.
    std::chrono::milliseconds deadline{40000};
    /// The longest to wait for the status line and headers. Qt 6.4 neither caps the header block's size
    /// nor restarts its transfer timeout for it, so this time is what bounds a server that sends headers
    /// without end (and the memory Qt spends on them).
    std::chrono::milliseconds headersDeadline{20000};
};

} // namespace EveSso
