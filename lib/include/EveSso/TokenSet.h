#pragma once

#include <EveSso/evesso_export.h>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace EveSso {

/// The tokens of one login, as the token endpoint returned them.
/// The access token lives in memory only; the refresh token belongs in the OS keychain.
struct EVESSO_EXPORT TokenSet
{
    /// The JWT access token (short-lived; keep it in memory only).
    QString accessToken;
    QString refreshToken; ///< Empty when the SSO issued none (no scopes requested).
    QDateTime expiresAt;  ///< UTC; invalid when unknown.
    QString tokenType;    ///< "Bearer".

    /// Builds a token set from a token endpoint response (`access_token`, `expires_in`,
    /// `refresh_token`, `token_type`), relative to `now`. `previousRefreshToken` is kept when the
    /// response carries none (no rotation).
    static TokenSet fromResponse(const QJsonObject &response, const QString &previousRefreshToken = QString(),
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// EsiPy's is_token_expired(offset): true when there is no expiry, or when `now` is at or past
    /// expiry minus `offsetSeconds` (a positive offset means "expire sooner").
    bool isExpired(qint64 offsetSeconds = 0, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// True when there is an access token.
    bool isValid() const { return !accessToken.isEmpty(); }
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::TokenSet)
