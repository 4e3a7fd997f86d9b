#pragma once

#include <EveSso/evesso_export.h>

#include <QDateTime>
#include <QString>

namespace EveSso {

/// What the keychain entry of one character holds: its refresh token and, so that every process using
/// the login shares one access token instead of each refreshing on its own, the current access token.
///
/// Stored as a small JSON object. An entry written by an older version (the bare refresh token) still
/// reads, with no access token. Neither form ever leaves the keychain: there is no file form.
struct EVESSO_EXPORT StoredLogin
{
    QString refreshToken;       ///< Required; an entry without one is no login.
    QString accessToken;        ///< The last access token issued, empty when unknown.
    QDateTime accessExpiresAt;  ///< When accessToken expires (UTC).
    QDateTime obtainedAt;       ///< When the SSO issued accessToken (UTC).

    /// The keychain entry's text.
    QString encode() const;
    /// Reads an entry written by encode() or an older version's bare refresh token. An empty result
    /// (no refresh token) for anything else.
    static StoredLogin decode(const QString &entry);

    /// True when there is a refresh token.
    bool isValid() const { return !refreshToken.isEmpty(); }
    /// True when the access token is valid for at least `leadSeconds` more at `now`.
    bool hasAccessTokenFor(qint64 leadSeconds, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

} // namespace EveSso
