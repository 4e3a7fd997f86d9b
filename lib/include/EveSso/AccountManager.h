#pragma once

#include <EveSso/CharacterRecord.h>
#include <EveSso/CharacterSession.h>
#include <EveSso/CharacterStore.h>
#include <EveSso/LoginResult.h>
#include <EveSso/SsoError.h>
#include <EveSso/evesso_export.h>

#include <QAbstractListModel>

#include <chrono>
#include <functional>
#include <memory>

namespace EveSso {

class SecretStore;
class TokenClient;

/// The player's characters on one server profile, as a list model for the UI.
///
/// load() shows the stored characters at once from their metadata; refreshAll() then reads their
/// logins from the keychain and refreshes them in the background, a bounded number at a time (8 by
/// default). While the app runs, every character is refreshed again periodically, because unused EVE
/// refresh tokens die after about 30 days. A character whose login is gone stays in the list, marked
/// "needs re-login", with everything else kept.
///
/// The metadata file and the logins may be shared with other processes (another instance, command-line
/// runs, other tools using the same keychain service): saves merge this process's changes into the file
/// under its lock, character by character, so nothing another process added, removed or changed is lost;
/// each login is refreshed under its own cross-process lock (see CharacterSession). With
/// setWatchForChanges(true) the model follows the file as other processes change it.
class EVESSO_EXPORT AccountManager : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(qint64 currentCharacterId READ currentCharacterId WRITE setCurrentCharacterId NOTIFY currentCharacterChanged)

public:
    /// Model roles of data(), one per column of a character list.
    enum Role {
        CharacterIdRole = Qt::UserRole + 1,
        NameRole,
        CorporationNameRole,
        CorporationTickerRole,
        AllianceNameRole,
        WalletBalanceRole,   ///< double, or invalid when never fetched
        WalletUpdatedAtRole,
        SessionStateRole,    ///< CharacterSession::State
        NeedsReloginRole,
        MissingScopesRole,   ///< QStringList of required scopes the login lacks
        GrantedScopesRole,
        OwnerHashRole,
        PortraitFileRole,
        TokenExpiresAtRole,
        LastErrorRole,       ///< translated message of the last failure, empty when none
    };
    Q_ENUM(Role)

    /// What addLogin() did.
    enum class AddOutcome {
        Added,        ///< A new character.
        Updated,      ///< A re-login of a known character: tokens replaced in place.
        OwnerChanged, ///< A re-login whose owner hash differs: the character changed hands.
    };
    Q_ENUM(AddOutcome)

    /// `tokens` and `secrets` are shared, not owned. `metadataPath` empty: CharacterStore::defaultFilePath().
    AccountManager(const QString &profileId, TokenClient *tokens, SecretStore *secrets,
                   const QString &metadataPath = QString(), QObject *parent = nullptr);
    ~AccountManager() override;

    /// The ServerProfile id whose characters this manager holds.
    QString profileId() const;

    /// Reads the metadata file (synchronous and fast: no keychain, no network). Rows appear at once.
    CharacterStore::LoadResult load();
    /// What refreshAll() asks of each character's login.
    enum class RefreshPolicy {
        IfExpired, ///< A valid access token, refreshing only when the stored one is (nearly) expired.
        Always,    ///< A token issued since the call, by this process or another sharing the login.
    };
    Q_ENUM(RefreshPolicy)

    /// Refreshes every character in the background, at most maxConcurrentRefreshes() at a time.
    void refreshAll(RefreshPolicy policy = RefreshPolicy::IfExpired);
    /// Follows the metadata file: characters other processes add, remove or log in again appear, go or
    /// recover in this model within a fraction of a second (off by default).
    void setWatchForChanges(bool watch);
    /// Whether setWatchForChanges(true) is in effect.
    bool watchesForChanges() const;
    /// Writes this process's pending changes (merged) and takes in other processes' now.
    void syncWithStore();
    /// At most `count` refreshes run at once (values below 1 mean 1).
    void setMaxConcurrentRefreshes(int count);
    /// How many refreshes refreshAll() runs at once.
    int maxConcurrentRefreshes() const;
    /// How often every character is refreshed while the app runs (default 24 h; 0 disables).
    void setKeepAliveInterval(std::chrono::milliseconds interval);
    /// Options for every session (tests shorten the offline retry).
    void setSessionOfflineRetry(std::chrono::milliseconds first, std::chrono::milliseconds maximum);

    /// Scopes the app needs; characters granted fewer are listed by charactersMissingScopes().
    void setRequiredScopes(const QStringList &scopes);
    /// The scopes set by setRequiredScopes().
    QStringList requiredScopes() const;
    /// The characters whose granted scopes lack one of requiredScopes().
    QList<qint64> charactersMissingScopes() const;

    /// Adds a verified login, or updates the known character with the same id in place.
    void addLogin(const LoginResult &login, QObject *context,
                  std::function<void(AddOutcome outcome, const SsoError &keychainError)> callback);
    /// Revokes the character's newest login at the SSO, then deletes its keychain entry and metadata, holding
    /// the character's cross-process lock throughout (see CharacterSession::logOut()). When
    /// revoking fails for network reasons the character is still removed locally, and the callback's
    /// error says so. When the keychain entry cannot be deleted (a locked or missing keychain) the character
    /// is kept, metadata and session, so that removing it can be tried again, and the error is of kind
    /// Keychain. Either way, record() tells afterwards whether the character was removed.
    void removeCharacter(qint64 characterId, QObject *context, std::function<void(const SsoError &revokeError)> callback);
    /// Moves a character to another position in the player's order.
    bool moveCharacter(qint64 characterId, int toRow);

    /// How many characters are known.
    int count() const;
    /// Every character's metadata, in the player's order.
    QList<CharacterRecord> records() const;
    /// The character's metadata, or nothing when the character is unknown.
    std::optional<CharacterRecord> record(qint64 characterId) const;
    /// Replaces a character's metadata (e.g. after ESI reads) and saves it.
    void updateRecord(const CharacterRecord &record);
    /// The character's session (owned by this manager), or null when the character is unknown.
    CharacterSession *session(qint64 characterId) const;
    /// The character's row in the model, or -1 when it is unknown.
    int rowOf(qint64 characterId) const;

    /// The character the player selected, 0 when none.
    qint64 currentCharacterId() const;
    /// Selects a known character (0: none); unknown ids are ignored.
    void setCurrentCharacterId(qint64 characterId);

    /// One row per character (QAbstractListModel).
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /// A character's value for one of the Role values (Qt::DisplayRole: the name).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Role names for QML bindings.
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// Characters were added or removed.
    void countChanged();
    /// currentCharacterId() changed.
    void currentCharacterChanged();
    /// A refreshAll() pass is complete (every character succeeded or failed).
    void refreshAllFinished();
    /// A re-login's owner hash differs from the stored one: the character was sold or transferred.
    void ownerChanged(qint64 characterId, const QString &name);
    /// Saving the metadata failed; the message says why.
    void storageError(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EveSso
