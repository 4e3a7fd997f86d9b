#pragma once
// Shared by fuzz_callback_request and its replay test (tests/unit/sso/tst_loopback_request.cpp): the
// invariants of LoopbackRequest::parse() over whatever bytes a browser (or a hostile local program) sends
// to the loopback callback. The input is the raw request, exactly as read from the socket.

#include "sso/LoopbackRequest.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace CallbackFuzz {

inline QStringList violations(const QByteArray &input, const EveSso::LoopbackRequest &r)
{
    using EveSso::LoopbackRequest;
    using Outcome = LoopbackRequest::Outcome;
    QStringList v;
    const auto check = [&v](bool ok, const char *what) {
        if (!ok)
            v.append(QString::fromLatin1(what));
    };
    const bool rejected = r.outcome == Outcome::TooLarge || r.outcome == Outcome::BadRequest
        || r.outcome == Outcome::MethodNotAllowed;
    check(rejected != r.rejection.isEmpty(), "a rejection without a reason, or a reason without one");
    check((r.outcome == Outcome::TooLarge) == (input.size() > LoopbackRequest::kMaxBytes), "size bound not kept");
    check(r.outcome != Outcome::Incomplete || !input.contains("\r\n\r\n"), "complete headers seen as incomplete");
    if (r.outcome == Outcome::MethodNotAllowed)
        check(r.method != "GET", "GET refused as a method");
    if (r.outcome != Outcome::Complete) {
        check(r.path.isEmpty() && r.query.isEmpty() && r.state().isEmpty(), "a refused request carries values");
        return v;
    }

    check(r.method == "GET", "a complete request that is not a GET");
    check(!r.target.contains(' ') && !r.target.contains('\r') && !r.target.contains('\n'),
          "the target holds a separator");
    check(std::none_of(r.target.cbegin(), r.target.cend(), [](char c) { return uchar(c) < 0x20 || uchar(c) == 0x7f; }),
          "the target holds a control character");
    check(input.startsWith("GET " + r.target + " HTTP/1."), "the target is not the request line's");
    // The target splits into path and query exactly, at the first '?'.
    check(r.target == (r.hasQuery ? r.rawPath + '?' + r.rawQuery : r.rawPath), "path + query is not the target");
    check(!r.rawPath.contains('?'), "the path holds a '?'");
    check(r.hasQuery || r.rawQuery.isEmpty(), "a query without a '?'");
    check(r.path == QUrl::fromPercentEncoding(r.rawPath), "the path is not the decoded raw path");
    check(r.state() == r.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), "state is not the query's");

    // Round trip: the same target in a minimal request parses to the same values.
    const LoopbackRequest again = LoopbackRequest::parse("GET " + r.target + " HTTP/1.1\r\n\r\n");
    check(again.isComplete() || r.target.size() + 19 > LoopbackRequest::kMaxBytes, "the target does not re-parse");
    if (again.isComplete()) {
        check(again.path == r.path && again.rawQuery == r.rawQuery, "path or query changed on re-parse");
        check(again.state() == r.state() && again.code() == r.code() && again.error() == r.error(),
              "state, code or error changed on re-parse");
    }
    // The query re-encoded and read again gives the same state, code and error.
    const QUrlQuery reencoded(r.query.query(QUrl::FullyEncoded));
    for (const char *name : {"state", "code", "error"}) {
        const QString key = QString::fromLatin1(name);
        check(reencoded.queryItemValue(key, QUrl::FullyDecoded) == r.query.queryItemValue(key, QUrl::FullyDecoded),
              "a parameter does not survive re-encoding");
    }
    return v;
}

} // namespace CallbackFuzz
