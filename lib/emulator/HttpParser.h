#pragma once

#include "HttpMessage.h"

namespace EveSso::Emu {

/// Parses one HTTP/1.1 request from the front of a connection's buffer. Stateless: the connection calls it
/// again with the whole buffer when more bytes arrive, so a pipelined request behind the first one is
/// simply left in the buffer for the next call.
class HttpParser
{
public:
    enum class Result { Incomplete, Complete, Error };

    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    /// On Complete, `request` is filled and `consumed` is its size in bytes. On Error, `errorStatus` is the
    /// status to answer with before closing (400, 413, 431, 501, 505).
    static Result parse(const QByteArray &buffer, HttpRequest &request, qsizetype &consumed, int &errorStatus);
};

} // namespace EveSso::Emu
