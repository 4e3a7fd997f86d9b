#pragma once

#include "core/AutotestExport.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace EveSso {

/// The request a browser sends to the loopback callback, as LoopbackReplyHandler reads it: the bytes
/// received so far on one connection in, the parsed request line (or why it is refused) out. Pure: no
/// socket, no state. The handler then matches the path and the `state` against the login it waits for.
struct EVESSO_AUTOTEST_EXPORT LoopbackRequest
{
    enum class Outcome {
        Incomplete,       ///< No blank line yet: wait for more bytes.
        TooLarge,         ///< More than kMaxBytes arrived: the connection is dropped, unanswered.
        BadRequest,       ///< The request line is not `METHOD target HTTP/1.x`, or holds a control
                          ///< character (answered 400).
        MethodNotAllowed, ///< Not a GET (answered 405).
        Complete,         ///< A GET: path and query are filled in.
    };

    /// What one connection may send before the blank line ends its headers.
    static constexpr qsizetype kMaxBytes = 16 * 1024;

    Outcome outcome = Outcome::Incomplete;
    /// Why the request is refused (TooLarge, BadRequest, MethodNotAllowed); empty otherwise. For logs and
    /// tests, not for the browser's page.
    QString rejection;

    QByteArray method;   ///< The request line's first word (when it has three).
    QByteArray target;   ///< The request target, exactly as sent.
    QByteArray rawPath;  ///< The target up to the first '?', still percent-encoded.
    QByteArray rawQuery; ///< The target after the first '?', still encoded; empty when there is none.
    bool hasQuery = false;
    QString path;        ///< rawPath percent-decoded: what is compared with the registered path.
    QUrlQuery query;     ///< rawQuery read as UTF-8.

    /// The first `state`, `code` and `error` parameters, fully decoded; empty when absent.
    QString state() const { return value("state"); }
    QString code() const { return value("code"); }
    QString error() const { return value("error"); }

    bool isComplete() const { return outcome == Outcome::Complete; }

    /// Reads what a connection received so far.
    static LoopbackRequest parse(const QByteArray &received);

private:
    QString value(const char *name) const;
};

} // namespace EveSso
