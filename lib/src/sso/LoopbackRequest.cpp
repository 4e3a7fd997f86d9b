#include "LoopbackRequest.h"

#include <QUrl>

#include <algorithm>

namespace EveSso {

QString LoopbackRequest::value(const char *name) const
{
    return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

LoopbackRequest LoopbackRequest::parse(const QByteArray &received)
{
    LoopbackRequest r;
    if (received.size() > kMaxBytes) {
        r.outcome = Outcome::TooLarge;
        r.rejection = QStringLiteral("The request is larger than %1 bytes").arg(kMaxBytes);
        return r;
    }
    if (received.indexOf("\r\n\r\n") < 0)
        return r; // Incomplete

    const QByteArray line = received.left(received.indexOf("\r\n"));
    // No control characters (a lone CR or LF, NUL, DEL, ...): no browser sends them in a request line,
    // and a query holding them must not reach the login as its code.
    const auto isControl = [](char c) { return uchar(c) < 0x20 || uchar(c) == 0x7f; };
    if (const auto it = std::find_if(line.cbegin(), line.cend(), isControl); it != line.cend()) {
        r.outcome = Outcome::BadRequest;
        r.rejection = QStringLiteral("The request line holds the control character 0x%1 at offset %2")
                          .arg(uint(uchar(*it)), 2, 16, QLatin1Char('0'))
                          .arg(it - line.cbegin());
        return r;
    }
    const QList<QByteArray> requestLine = line.split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        r.outcome = Outcome::BadRequest;
        r.rejection = requestLine.size() != 3
            ? QStringLiteral("The request line has %1 space-separated parts, not 3").arg(requestLine.size())
            : QStringLiteral("The request line does not end in an HTTP/1.x version");
        return r;
    }
    r.method = requestLine[0];
    r.target = requestLine[1];
    if (r.method != "GET") {
        r.outcome = Outcome::MethodNotAllowed;
        r.rejection = QStringLiteral("Only GET is answered, not '%1'").arg(QString::fromLatin1(r.method.left(32)));
        return r;
    }
    const qsizetype queryStart = r.target.indexOf('?');
    r.hasQuery = queryStart >= 0;
    r.rawPath = r.hasQuery ? r.target.left(queryStart) : r.target;
    r.rawQuery = r.hasQuery ? r.target.mid(queryStart + 1) : QByteArray();
    r.path = QUrl::fromPercentEncoding(r.rawPath);
    r.query = QUrlQuery(QString::fromUtf8(r.rawQuery));
    r.outcome = Outcome::Complete;
    return r;
}

} // namespace EveSso
