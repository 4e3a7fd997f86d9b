#include "HttpParser.h"

#include <QUrl>

namespace EveSso::Emu {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '.':
    case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

bool hasControlChars(const QByteArray &s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

HttpParser::Result HttpParser::parse(const QByteArray &buffer, HttpRequest &request, qsizetype &consumed,
                                     int &errorStatus)
{
    // Tolerate empty lines before a request (RFC 9112 §2.2).
    qsizetype start = 0;
    while (start + 1 < buffer.size() && buffer.at(start) == '\r' && buffer.at(start + 1) == '\n')
        start += 2;

    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n", start);
    if (headerEnd < 0) {
        if (buffer.size() - start > MaxHeaderBytes) {
            errorStatus = 431;
            return Result::Error;
        }
        // A request line that is already garbage need not wait for the rest.
        const qsizetype firstSpace = buffer.indexOf(' ', start);
        const QByteArray head = buffer.mid(start, firstSpace < 0 ? qsizetype(32) : firstSpace - start);
        if (!head.isEmpty() && (firstSpace >= 0 || head.size() >= 32) && !isToken(head)) {
            errorStatus = 400;
            return Result::Error;
        }
        return Result::Incomplete;
    }
    if (headerEnd - start > MaxHeaderBytes) {
        errorStatus = 431;
        return Result::Error;
    }

    // Every line of the block keeps its CRLF; the split leaves one empty piece after the last one.
    QList<QByteArray> lines = buffer.mid(start, headerEnd + 2 - start).split('\n');
    lines.removeLast();
    const QByteArray requestLine = lines.first().endsWith('\r') ? lines.first().chopped(1) : lines.first();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || hasControlChars(parts[1])) {
        errorStatus = 400;
        return Result::Error;
    }
    request = HttpRequest();
    request.method = parts[0];
    request.target = parts[1];
    request.version = parts[2];
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0") {
        errorStatus = request.version.startsWith("HTTP/") ? 505 : 400;
        return Result::Error;
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r')) {
            errorStatus = 400; // bare LF
            return Result::Error;
        }
        line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            errorStatus = 400;
            return Result::Error;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || hasControlChars(value)) {
            errorStatus = 400;
            return Result::Error;
        }
        auto it = request.headers.find(name);
        if (it == request.headers.end())
            request.headers.insert(name, value);
        else
            it.value() += ", " + value;
    }

    if (request.headers.contains("transfer-encoding")) {
        errorStatus = 501; // Content-Length bodies only
        return Result::Error;
    }
    qsizetype bodyLength = 0;
    if (request.headers.contains("content-length")) {
        bool ok = false;
        const QByteArray cl = request.headers.value("content-length");
        const qlonglong n = cl.toLongLong(&ok);
        if (!ok || n < 0 || cl.contains(',') || cl.startsWith('+')) {
            errorStatus = 400;
            return Result::Error;
        }
        if (n > MaxBodyBytes) {
            errorStatus = 413;
            return Result::Error;
        }
        bodyLength = qsizetype(n);
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < bodyLength)
        return Result::Incomplete;
    request.body = buffer.mid(bodyStart, bodyLength);
    consumed = bodyStart + bodyLength;

    // Origin form, or absolute form from proxies.
    QByteArray target = request.target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/') && !(request.method == "OPTIONS" && target == "*")) {
        errorStatus = 400;
        return Result::Error;
    }
    const qsizetype q = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    if (q >= 0)
        request.query.setQuery(QString::fromUtf8(target.mid(q + 1)));

    const QByteArray connection = request.headers.value("connection").toLower();
    if (request.version == "HTTP/1.0")
        request.keepAlive = connection.contains("keep-alive");
    else
        request.keepAlive = !connection.contains("close");
    return Result::Complete;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 420: return "Error Limited";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

} // namespace EveSso::Emu
