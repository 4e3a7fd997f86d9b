#include "Base64Url.h"

#include <array>

namespace EveSso::Jwt::Base64Url {

namespace {

constexpr std::array<signed char, 256> makeTable()
{
    std::array<signed char, 256> table{};
    for (auto &v : table)
        v = -1;
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return table;
}

constexpr std::array<signed char, 256> table = makeTable();

inline int value(char c)
{
    return table[static_cast<unsigned char>(c)];
}

} // namespace

bool decode(QByteArrayView in, QByteArray *out)
{
    const qsizetype n = in.size();
    const qsizetype tail = n % 4;
    if (tail == 1)
        return false;
    const qsizetype quads = n / 4;
    out->resize(quads * 3 + (tail == 0 ? 0 : tail - 1));
    const char *src = in.data();
    char *dst = out->data();

    for (qsizetype q = 0; q < quads; ++q, src += 4, dst += 3) {
        const int a = value(src[0]), b = value(src[1]), c = value(src[2]), d = value(src[3]);
        if ((a | b | c | d) < 0)
            return false;
        const unsigned v = unsigned(a) << 18 | unsigned(b) << 12 | unsigned(c) << 6 | unsigned(d);
        dst[0] = char(v >> 16);
        dst[1] = char(v >> 8);
        dst[2] = char(v);
    }
    if (tail == 2) {
        const int a = value(src[0]), b = value(src[1]);
        if ((a | b) < 0 || (b & 0x0f) != 0)
            return false;
        dst[0] = char(a << 2 | b >> 4);
    } else if (tail == 3) {
        const int a = value(src[0]), b = value(src[1]), c = value(src[2]);
        if ((a | b | c) < 0 || (c & 0x03) != 0)
            return false;
        const unsigned v = unsigned(a) << 10 | unsigned(b) << 4 | unsigned(c) >> 2;
        dst[0] = char(v >> 8);
        dst[1] = char(v);
    }
    return true;
}

} // namespace EveSso::Jwt::Base64Url
