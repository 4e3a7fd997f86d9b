#include "GrantStore.h"

#include <QRandomGenerator>

namespace EveSso::Emu {

namespace {

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

} // namespace

void GrantStore::expire()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_codes.begin(); it != m_codes.end();)
        it = it->expires < now ? m_codes.erase(it) : std::next(it);
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = it->created.addSecs(PendingLifetimeSeconds) < now ? m_pending.erase(it) : std::next(it);
}

QString GrantStore::addPending(const PendingAuthorization &pending)
{
    expire();
    const QString id = QString::fromLatin1(
        randomBytes(18).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_pending.insert(id, pending);
    return id;
}

std::optional<PendingAuthorization> GrantStore::takePending(const QString &requestId)
{
    expire();
    auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return std::nullopt;
    PendingAuthorization p = *it;
    m_pending.erase(it);
    return p;
}

QString GrantStore::issueCode(const Grant &grant, const QUrl &redirectUri, const QByteArray &codeChallenge)
{
    expire();
    // 16 bytes in unpadded base64url: 22 characters, like "Uq5FSujHokeeP9dslBRCjg".
    const QString code = QString::fromLatin1(
        randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_codes.insert(code, {grant, redirectUri, codeChallenge,
                          QDateTime::currentDateTimeUtc().addSecs(CodeLifetimeSeconds)});
    return code;
}

std::optional<GrantStore::CodeRecord> GrantStore::redeemCode(const QString &code)
{
    expire();
    auto it = m_codes.find(code);
    if (it == m_codes.end())
        return std::nullopt;
    CodeRecord record = *it;
    m_codes.erase(it);
    return record;
}

QString GrantStore::issueRefreshToken(const Grant &grant)
{
    const QString token = QString::fromLatin1(randomBytes(16).toBase64());
    m_refreshTokens.insert(token, grant);
    return token;
}

std::optional<Grant> GrantStore::refreshGrant(const QString &token) const
{
    auto it = m_refreshTokens.constFind(token);
    if (it == m_refreshTokens.constEnd())
        return std::nullopt;
    return *it;
}

void GrantStore::revokeRefreshToken(const QString &token) { m_refreshTokens.remove(token); }

void GrantStore::revokeCharacter(qint64 characterId)
{
    m_refreshTokens.removeIf([&](const auto &it) { return it.value().characterId == characterId; });
    m_codes.removeIf([&](const auto &it) { return it.value().grant.characterId == characterId; });
}

int GrantStore::liveRefreshTokens(qint64 characterId) const
{
    int live = 0;
    for (const Grant &grant : m_refreshTokens)
        live += grant.characterId == characterId;
    return live;
}

} // namespace EveSso::Emu
