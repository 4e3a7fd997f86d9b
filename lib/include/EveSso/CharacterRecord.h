#pragma once

#include <EveSso/evesso_export.h>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace EveSso {

/// What the library remembers about one character between starts, apart from its login.
///
/// There is deliberately no token field of any kind: refresh tokens live only in the keychain
/// (SecretStore) and access tokens only in memory, so this record can be written to disk as is.
struct EVESSO_EXPORT CharacterRecord
{
    qint64 characterId = 0;          ///< EVE character id (the `sub` claim's number). Required.
    QString name;                    ///< Character name.
    QString ownerHash;               ///< The SSO owner hash; it changes when the character changes hands.
    QString profileId;               ///< Server profile (e.g. "tranquility") the login belongs to.
    QStringList grantedScopes;       ///< Scopes granted at the last login or refresh.
    qint64 corporationId = 0;        ///< 0 when unknown.
    QString corporationName;         ///< Last known corporation name.
    QString corporationTicker;       ///< Last known corporation ticker.
    qint64 allianceId = 0;           ///< 0 when the corporation is in no alliance, or unknown.
    QString allianceName;            ///< Last known alliance name.
    std::optional<double> walletBalance; ///< Last known wallet balance in ISK; empty when never fetched.
    QDateTime walletUpdatedAt;       ///< When walletBalance was fetched (UTC); invalid when never.
    QString portraitFile;            ///< Path of the cached portrait image, empty when none.
    QDateTime lastRefreshAt;         ///< Last successful token refresh (UTC); invalid when never.
    bool needsRelogin = false;       ///< The SSO said the login is gone: the player must log in again.
    int sortIndex = 0;               ///< Position in the player's own ordering.
    QDateTime addedAt;               ///< When the character was first added (UTC).

    /// The scopes of `required` that were not granted, in the order given.
    QStringList missingScopes(const QStringList &required) const;

    /// The record as stored in the metadata file. Times are ISO 8601 UTC with milliseconds; unset
    /// optional values are left out.
    QJsonObject toJson() const;

    /// Reads a record written by toJson(). Returns nothing (and says why in `error`, when given)
    /// if the object has no valid characterId or a field has the wrong type. Unknown fields are
    /// ignored, so files written by a newer minor version still load.
    static std::optional<CharacterRecord> fromJson(const QJsonObject &object, QString *error = nullptr);

    /// Field-by-field equality (times compare as instants).
    bool operator==(const CharacterRecord &other) const;
    /// Negation of operator==.
    bool operator!=(const CharacterRecord &other) const { return !(*this == other); }
};

} // namespace EveSso

Q_DECLARE_METATYPE(EveSso::CharacterRecord)
