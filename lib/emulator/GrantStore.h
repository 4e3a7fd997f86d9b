#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace EveSso::Emu {

/// What a user approved: one character, for one client, with these scopes.
struct Grant
{
    qint64 characterId = 0;
    QString clientId;
    QStringList scopes;
};

/// A shown-but-not-yet-answered authorize page.
struct PendingAuthorization
{
    QString clientId;
    QUrl redirectUri;
    QStringList scopes;
    QString state;
    QByteArray codeChallenge; ///< Empty when the (confidential) client sent none.
    QDateTime created;
};

/// Authorization codes, pending authorize pages and refresh tokens of the emulated SSO.
class GrantStore
{
public:
    static constexpr int CodeLifetimeSeconds = 300;
    static constexpr int PendingLifetimeSeconds = 900;

    QString addPending(const PendingAuthorization &pending);
    /// Removes and returns the pending authorization (single answer per page).
    std::optional<PendingAuthorization> takePending(const QString &requestId);

    /// A fresh 22-character code, valid for 5 minutes, redeemable once.
    QString issueCode(const Grant &grant, const QUrl &redirectUri, const QByteArray &codeChallenge);
    struct CodeRecord
    {
        Grant grant;
        QUrl redirectUri;
        QByteArray codeChallenge;
        QDateTime expires;
    };
    /// Removes the code and returns it if it existed and has not expired.
    std::optional<CodeRecord> redeemCode(const QString &code);

    /// A fresh refresh token: base64 of 16 random bytes (24 characters), as the live SSO issues them.
    QString issueRefreshToken(const Grant &grant);
    std::optional<Grant> refreshGrant(const QString &token) const;
    void revokeRefreshToken(const QString &token);
    /// Every refresh token and unredeemed code of the character dies (a password change).
    void revokeCharacter(qint64 characterId);
    /// Refresh tokens of the character that are still accepted.
    int liveRefreshTokens(qint64 characterId) const;

private:
    void expire();

    QHash<QString, PendingAuthorization> m_pending;
    QHash<QString, CodeRecord> m_codes;
    QHash<QString, Grant> m_refreshTokens;
};

} // namespace EveSso::Emu
