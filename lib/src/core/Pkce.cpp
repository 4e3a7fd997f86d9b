#include <EveSso/Pkce.h>

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace EveSso::Pkce {
namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBase64Url(int byteCount)
{
    std::array<quint32, 8> words{};
    Q_ASSERT(byteCount > 0 && byteCount <= int(sizeof(words)));
    // QRandomGenerator::system() reads the OS CSPRNG; the global generator is not for secrets.
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), byteCount);
    return bytes.toBase64(kBase64Url);
}

} // namespace

QByteArray generateVerifier()
{
    return randomBase64Url(32);
}

QByteArray challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QByteArray generateState()
{
    return randomBase64Url(24);
}

} // namespace EveSso::Pkce
