#pragma once

#include <EveSso/SecretStore.h>
#include <EveSso/SsoError.h>
#include <EveSso/TokenSet.h>
#include <EveSso/evesso_export.h>

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace EveSso {

class TokenClient;

/// The login of one character: its refresh token and current access token in the OS keychain entry
/// (StoredLogin), the access token also in memory.
///
/// accessToken() hands out a token valid for at least the lead time (60 s), refreshing when needed;
/// concurrent callers share one refresh. A rotated refresh token is written to the keychain before the
/// new access token is handed out; if that write fails it is reported (secretWriteFailed()), kept in
/// memory and written again later. Transient failures (network, timeout, 5xx) put the session in
/// Offline and it retries by itself with backoff; only the SSO saying the grant is gone
/// (invalid_grant) for the newest stored refresh token puts it in NeedsRelogin.
///
/// Any number of processes may hold sessions of the same character (the app, scripts, other tools sharing
/// the keychain service): every keychain read → token request → keychain write runs under the character's
/// cross-process lock, re-reading the entry when another process changed it. A process that waited while
/// another refreshed uses the access token that one stored instead of refreshing again, so the refresh
/// token is never spent twice. A lock that cannot be had within the lock timeout is a transient
/// SsoError::Kind::Busy, never a lost login.
class EVESSO_EXPORT CharacterSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QDateTime accessTokenExpiresAt READ accessTokenExpiresAt NOTIFY refreshed)

public:
    /// Where the character's login stands.
    enum class State {
        Idle,                ///< Nothing loaded yet.
        Refreshing,          ///< Reading the keychain or asking the SSO for a token.
        Ready,               ///< A valid access token is in memory.
        Offline,             ///< A transient failure; retrying by itself with backoff.
        NeedsRelogin,        ///< The SSO said the login is gone (or no refresh token is stored).
        KeychainUnavailable, ///< The keychain could not be read; see lastError().
    };
    Q_ENUM(State)

    /// Receives an access token, or an error and an empty token.
    using TokenCallback = std::function<void(const QString &accessToken, const SsoError &error)>;
    /// Receives the outcome; the error is None on success.
    using DoneCallback = std::function<void(const SsoError &error)>;

    /// `tokens` and `secrets` are shared and not owned; they must outlive the session.
    CharacterSession(const QString &profileId, qint64 characterId, TokenClient *tokens, SecretStore *secrets,
                     QObject *parent = nullptr);
    ~CharacterSession() override;

    /// The ServerProfile id this session belongs to.
    QString profileId() const;
    /// The character's id.
    qint64 characterId() const;

    /// How long before expiry a token counts as expired (default 60 s).
    void setLeadTime(std::chrono::seconds leadTime);
    /// Automatic retries while Offline: first delay, doubling up to the maximum (default 30 s .. 15 min).
    void setOfflineRetry(std::chrono::milliseconds first, std::chrono::milliseconds maximum);
    /// How long to wait for another process's use of the login to end (default 60 s).
    void setLockTimeout(std::chrono::milliseconds timeout);

    /// Reads the refresh token from the keychain now, ahead of a refresh (the keychain answers one job
    /// at a time; reading every character's token up front keeps it off the refreshes' critical path).
    void preloadSecret();
    /// A fresh access token (valid for at least the lead time), refreshing when needed.
    void accessToken(QObject *context, TokenCallback callback);
    /// Refreshes now, even if the current token is still valid (shares a refresh already under way). When
    /// another process refreshed the character after this call was made, its token is used instead.
    void refresh(QObject *context, TokenCallback callback);
    /// A token the SSO issued at or after `since` (UTC): refreshes unless this or another process got one
    /// since then (a batch that started at `since` thus refreshes each character once, across processes).
    void refreshSince(const QDateTime &since, QObject *context, TokenCallback callback);
    /// Adopts the tokens of a (re-)login: writes the refresh token to the keychain, keeps the access
    /// token in memory and becomes Ready. The callback reports the keychain write.
    void adoptLogin(const TokenSet &tokens, QObject *context, DoneCallback callback);

    /// Revokes the login at the SSO (RFC 7009) with the newest stored refresh token. On success forgets
    /// the tokens in memory and becomes NeedsRelogin. The keychain entry is left as it is.
    void revoke(QObject *context, DoneCallback callback);

    /// Receives logOut()'s outcome: the SSO's answer to the revocation (None when revoked; NotConfigured
    /// when no login was stored), and the keychain deletion's.
    using LogOutCallback = std::function<void(const SsoError &revokeError, const SecretStore::Result &deleted)>;
    /// Revokes the newest stored refresh token and deletes the keychain entry, holding the character's lock
    /// throughout and while `callback` runs (so the caller can drop the character's metadata before another
    /// process can touch the login). A refresh another process completes afterwards finds the login gone.
    /// The entry is deleted even when the revocation fails for network reasons.
    void logOut(QObject *context, LogOutCallback callback);

    /// Another process replaced the stored login (a re-login): forget the tokens in memory and leave
    /// NeedsRelogin, so that the next accessToken() reads the keychain again.
    void reloadStoredLogin();

    /// The current state.
    State state() const;
    /// The last failure, None when the last operation succeeded.
    SsoError lastError() const;
    /// When the access token in memory expires (UTC); invalid when there is none.
    QDateTime accessTokenExpiresAt() const;
    /// When the last refresh succeeded (UTC); invalid when none did.
    QDateTime lastRefreshAt() const;
    /// The login of the last rotation or login is not in the keychain yet (a write failed).
    bool hasPendingSecretWrite() const;

signals:
    /// state() changed.
    void stateChanged(EveSso::CharacterSession::State state);
    /// A refresh succeeded; the new access token expires at `expiresAt`.
    void refreshed(const QDateTime &expiresAt);
    /// The SSO said the login is gone; the player must log the character in again.
    void loginLost(const EveSso::SsoError &error);
    /// Writing a rotated refresh token to the keychain failed; it is kept in memory and retried.
    void secretWriteFailed(const QString &message);
    /// The SSO has answered this session's token request (with a token or an error). A rotated
    /// refresh token may still be on its way into the keychain; `refreshed` follows once it is
    /// stored. The account manager bounds concurrent SSO requests with it, so the keychain's own
    /// (serial) work overlaps the next characters' requests instead of holding their slots.
    void tokenRequestFinished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EveSso
