#pragma once

#include <QByteArrayView>

namespace EveSso::Jwt {

/// The three dot-separated segments of a JWS compact serialization, as views into the token.
struct JwsSegments
{
    QByteArrayView header;
    QByteArrayView payload;
    QByteArrayView signature;
    QByteArrayView signingInput; ///< header "." payload, exactly as received (what the signature covers).

    /// Splits `token`; false unless it has exactly two dots. Segments may be empty.
    static bool split(QByteArrayView token, JwsSegments *out)
    {
        const qsizetype first = token.indexOf('.');
        if (first < 0)
            return false;
        const qsizetype second = token.sliced(first + 1).indexOf('.');
        if (second < 0)
            return false;
        const qsizetype end = first + 1 + second;
        if (token.sliced(end + 1).indexOf('.') >= 0)
            return false;
        out->header = token.first(first);
        out->payload = token.sliced(first + 1, second);
        out->signature = token.sliced(end + 1);
        out->signingInput = token.first(end);
        return true;
    }
};

} // namespace EveSso::Jwt
