#include <EveSso/CharacterSession.h>

#include <EveSso/SecretStore.h>
#include <EveSso/StoredLogin.h>
#include <EveSso/TokenClient.h>

#include "AccountsLogging.h"
#include "LoginLock.h"

#include <QPointer>
#include <QTimer>

#include <optional>

namespace EveSso {
namespace {

struct Waiter
{
    QPointer<QObject> context;
    CharacterSession::TokenCallback callback;
};

/// Work on the stored login that must not interleave with another process's: run() holds the character's
/// lock and ends with Private::endLocked(); failed() hears why the lock could not be had.
struct LockedJob
{
    std::function<void()> run;
    std::function<void(const SsoError &)> failed;
};

} // namespace

struct CharacterSession::Private
{
    explicit Private(const QString &service, const QString &profile, qint64 id)
        : lock(service, profile, id)
    {
    }

    CharacterSession *q = nullptr;
    QString profileId;
    qint64 characterId = 0;
    QPointer<TokenClient> tokens;
    QPointer<SecretStore> secrets;
    std::chrono::seconds leadTime{60};
    std::chrono::milliseconds retryFirst{30000};
    std::chrono::milliseconds retryMax{15 * 60 * 1000};
    std::chrono::milliseconds retryNext{30000};

    State state = State::Idle;
    SsoError lastError;
    QString accessToken;
    QDateTime expiresAt;
    QDateTime lastRefreshAt;

    // Our copy of the keychain entry, and the entry's generation stamp when we read or wrote it.
    StoredLogin stored;
    QByteArray storedGeneration;
    int storedVersion = 0; ///< Counts installs of `stored`, so a late preload never replaces a newer copy.
    bool pendingSecretWrite = false;
    std::chrono::milliseconds secretRetryDelay{2000};
    bool preloading = false;

    LoginLock lock;
    std::chrono::milliseconds lockTimeout{60000};
    QList<LockedJob> jobs;
    std::optional<LockedJob> job; ///< The one holding (or waiting for) the lock.
    LoginLockWaiter *waiter = nullptr;

    bool inFlight = false;
    bool forced = false;
    QDateTime requestedAt;
    QList<Waiter> waiters;
    QTimer offlineRetry;
    QTimer secretRetry;

    void setState(State next)
    {
        if (state == next)
            return;
        state = next;
        emit q->stateChanged(next);
    }

    bool tokenFresh() const
    {
        return !accessToken.isEmpty() && expiresAt.isValid()
            && QDateTime::currentDateTimeUtc().addSecs(leadTime.count()) < expiresAt;
    }

    void answer(const QString &token, const SsoError &error)
    {
        const QList<Waiter> pending = std::exchange(waiters, {});
        for (const Waiter &waiter : pending) {
            if (waiter.context)
                waiter.callback(token, error);
        }
    }

    // ---- the cross-process lock ------------------------------------------------------------------

    void runLocked(LockedJob next)
    {
        jobs.append(std::move(next));
        if (!job)
            nextJob();
    }

    void nextJob()
    {
        if (jobs.isEmpty())
            return;
        job = jobs.takeFirst();
        takeLock();
    }

    void takeLock()
    {
        waiter->acquire(lockTimeout, [this](bool locked, const QString &why) {
            if (locked)
                return job->run();
            const LockedJob failed = std::move(*job);
            job.reset();
            failed.failed(SsoError::make(SsoError::Kind::Busy, why));
            nextJob();
        });
    }

    void endLocked()
    {
        lock.unlock();
        job.reset();
        nextJob();
    }

    // ---- the keychain entry ----------------------------------------------------------------------

    void install(const StoredLogin &login, const QByteArray &generation)
    {
        stored = login;
        storedGeneration = generation;
        ++storedVersion;
    }

    /// Under the lock: runs `next` once `stored` is the keychain's current entry, reading it unless the
    /// generation stamp shows our copy is current (or holds a rotation the keychain has not taken yet).
    void withCurrentLogin(bool forceRead, std::function<void(const SecretStore::Result &)> next)
    {
        const QByteArray generation = lock.generation();
        // A rotation the keychain has not taken yet is newer than anything it holds, even for a forced read.
        const bool unwritten = stored.isValid() && pendingSecretWrite;
        const bool current = stored.isValid() && !generation.isEmpty() && generation == storedGeneration;
        if (unwritten || (current && !forceRead)) {
            next(SecretStore::Result());
            return;
        }
        if (!secrets) {
            next(SecretStore::Result{SecretStore::Error::Other, CharacterSession::tr("No keychain is set up."), {}});
            return;
        }
        secrets->readRefreshToken(profileId, characterId, q, [this, generation, next](const SecretStore::Result &result) {
            if (result.ok()) {
                const StoredLogin login = StoredLogin::decode(result.secret);
                if (!login.isValid()) {
                    next(SecretStore::Result{SecretStore::Error::NotFound, {}, {}});
                    return;
                }
                pendingSecretWrite = false;
                install(login, generation);
            } else if (result.error == SecretStore::Error::NotFound) {
                install(StoredLogin(), generation);
            }
            next(result);
        });
    }

    /// Under the lock: writes `stored` to the keychain and stamps the change.
    void writeStored(std::function<void(bool stored)> then)
    {
        if (!secrets) {
            then(true);
            return;
        }
        secrets->writeRefreshToken(profileId, characterId, stored.encode(), q, [this, then](const SecretStore::Result &result) {
            if (result.ok()) {
                pendingSecretWrite = false;
                storedGeneration = lock.recordChange();
                secretRetry.stop();
                secretRetryDelay = std::chrono::milliseconds(2000);
            } else {
                markWritePending(result.message);
            }
            then(result.ok());
        });
    }

    void markWritePending(const QString &why)
    {
        pendingSecretWrite = true;
        qCWarning(lcKeychain) << "Could not store the login of character" << characterId << ":" << why;
        emit q->secretWriteFailed(why);
        secretRetry.start(secretRetryDelay);
        secretRetryDelay = std::min(secretRetryDelay * 2, std::chrono::milliseconds(5 * 60 * 1000));
    }

    void retrySecretWrite()
    {
        runLocked({[this] {
                       if (!pendingSecretWrite) // read or rewritten meanwhile
                           return endLocked();
                       writeStored([this](bool) { endLocked(); });
                   },
                   [this](const SsoError &error) { markWritePending(error.message); }});
    }

    // ---- refreshing --------------------------------------------------------------------------------

    /// `since` valid: a token obtained at or after it is needed (a forced refresh); else any fresh one.
    void start(const QDateTime &since)
    {
        if (inFlight) {
            if (since.isValid() && (!forced || since > requestedAt)) {
                forced = true;
                requestedAt = since;
            }
            return;
        }
        inFlight = true;
        forced = since.isValid();
        requestedAt = since;
        offlineRetry.stop();
        setState(State::Refreshing);
        runLocked({[this] { lockedRefresh(); }, [this](const SsoError &error) { finish(error); }});
    }

    void lockedRefresh()
    {
        withCurrentLogin(false, [this](const SecretStore::Result &result) {
            if (!result.ok()) {
                endLocked();
                return finish(keychainError(result));
            }
            // Another process refreshed while we waited (or since we asked): its token serves us too.
            const bool newEnough = !forced || (stored.obtainedAt.isValid() && stored.obtainedAt >= requestedAt);
            if (stored.hasAccessTokenFor(leadTime.count()) && newEnough) {
                endLocked();
                return adopt(stored.accessToken, stored.accessExpiresAt, stored.obtainedAt);
            }
            askSso(stored.refreshToken, false);
        });
    }

    SsoError keychainError(const SecretStore::Result &result) const
    {
        if (result.error == SecretStore::Error::NotFound) {
            return SsoError::make(SsoError::Kind::LoginGone,
                                  CharacterSession::tr("No login is stored in the keychain for this character (it "
                                                       "may have been logged out in another program). Log the "
                                                       "character in again."));
        }
        return SsoError::make(SsoError::Kind::Keychain, result.message);
    }

    void askSso(const QString &refreshToken, bool retried)
    {
        if (!tokens) {
            endLocked();
            return finish(SsoError::make(SsoError::Kind::NotConfigured, CharacterSession::tr("No token client is set up.")));
        }
        tokens->refresh(refreshToken, {}, q, [this, refreshToken, retried](const TokenSet &fresh, const SsoError &error) {
            emit q->tokenRequestFinished();
            if (error.isLoginGone() && !retried) {
                // Refused is only final for the newest token: a process that did not take the lock (an older
                // version) may have rotated it meanwhile.
                withCurrentLogin(true, [this, refreshToken, error](const SecretStore::Result &result) {
                    if (result.ok() && stored.refreshToken != refreshToken)
                        return askSso(stored.refreshToken, true);
                    endLocked();
                    finish(error);
                });
                return;
            }
            if (error.isError()) {
                endLocked();
                return finish(error);
            }
            if (LoginLock::isRemoval(lock.generation())) {
                // Logged out while our request was out (our lock was taken over as stale): the new grant must
                // not outlive the logout, and nothing is stored.
                if (!fresh.refreshToken.isEmpty())
                    tokens->revoke(fresh.refreshToken, QStringLiteral("refresh_token"), q, [](const SsoError &) {});
                endLocked();
                return finish(keychainError(SecretStore::Result{SecretStore::Error::NotFound, {}, {}}));
            }
            // Stored before the new access token is used: after a rotation the old refresh token is dead.
            StoredLogin next;
            next.refreshToken = fresh.refreshToken.isEmpty() ? refreshToken : fresh.refreshToken;
            next.accessToken = fresh.accessToken;
            next.accessExpiresAt = fresh.expiresAt;
            next.obtainedAt = QDateTime::currentDateTimeUtc();
            install(next, storedGeneration);
            writeStored([this, next](bool) {
                endLocked();
                adopt(next.accessToken, next.accessExpiresAt, next.obtainedAt);
            });
        });
    }

    void adopt(const QString &token, const QDateTime &expires, const QDateTime &obtainedAt)
    {
        accessToken = token;
        expiresAt = expires;
        lastRefreshAt = obtainedAt.isValid() ? obtainedAt : QDateTime::currentDateTimeUtc();
        lastError = SsoError();
        retryNext = retryFirst;
        inFlight = false;
        setState(State::Ready);
        emit q->refreshed(expiresAt);
        answer(accessToken, SsoError());
    }

    void finish(const SsoError &error)
    {
        inFlight = false;
        lastError = error;
        if (error.isLoginGone()) {
            // Only the SSO's word (or an empty keychain entry) ends a login; nothing else is deleted.
            accessToken.clear();
            setState(State::NeedsRelogin);
            emit q->loginLost(error);
        } else if (error.kind == SsoError::Kind::Keychain) {
            setState(State::KeychainUnavailable);
            scheduleRetry();
        } else {
            setState(State::Offline);
            scheduleRetry();
        }
        answer(QString(), error);
    }

    void scheduleRetry()
    {
        offlineRetry.start(retryNext);
        retryNext = std::min(retryNext * 2, retryMax);
    }

    void forgetTokens()
    {
        accessToken.clear();
        expiresAt = QDateTime();
        install(StoredLogin(), {});
        pendingSecretWrite = false;
        secretRetry.stop();
        offlineRetry.stop();
    }
};

CharacterSession::CharacterSession(const QString &profileId, qint64 characterId, TokenClient *tokens,
                                   SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(secrets ? secrets->serviceName() : QString(), profileId, characterId))
{
    d->q = this;
    d->profileId = profileId;
    d->characterId = characterId;
    d->tokens = tokens;
    d->secrets = secrets;
    d->offlineRetry.setSingleShot(true);
    d->secretRetry.setSingleShot(true);
    d->waiter = new LoginLockWaiter(&d->lock, this);
    // A retry keeps the intent of the request that failed (a forced refresh stays forced).
    connect(&d->offlineRetry, &QTimer::timeout, this, [this] { d->start(d->forced ? d->requestedAt : QDateTime()); });
    connect(&d->secretRetry, &QTimer::timeout, this, [this] {
        if (d->pendingSecretWrite)
            d->retrySecretWrite();
    });
}

CharacterSession::~CharacterSession() = default;

QString CharacterSession::profileId() const { return d->profileId; }
qint64 CharacterSession::characterId() const { return d->characterId; }
void CharacterSession::setLeadTime(std::chrono::seconds leadTime) { d->leadTime = leadTime; }
void CharacterSession::setLockTimeout(std::chrono::milliseconds timeout) { d->lockTimeout = timeout; }

void CharacterSession::setOfflineRetry(std::chrono::milliseconds first, std::chrono::milliseconds maximum)
{
    d->retryFirst = first;
    d->retryNext = first;
    d->retryMax = maximum;
}

void CharacterSession::preloadSecret()
{
    // Without the lock, so tagged with the stamp seen before the read: a copy whose stamp is still the
    // entry's when the lock is taken is current, and the refresh skips its own read.
    const QByteArray generation = d->lock.generation();
    if (!d->secrets || d->preloading || d->stored.isValid() || generation.isEmpty() || LoginLock::isRemoval(generation))
        return;
    d->preloading = true;
    const int version = d->storedVersion;
    d->secrets->readRefreshToken(d->profileId, d->characterId, this, [this, version, generation](const SecretStore::Result &result) {
        d->preloading = false;
        const StoredLogin login = result.ok() ? StoredLogin::decode(result.secret) : StoredLogin();
        if (login.isValid() && d->storedVersion == version)
            d->install(login, generation);
    });
}

void CharacterSession::accessToken(QObject *context, TokenCallback callback)
{
    if (d->tokenFresh()) {
        QTimer::singleShot(0, context, [callback, token = d->accessToken] { callback(token, SsoError()); });
        return;
    }
    if (d->state == State::NeedsRelogin) {
        QTimer::singleShot(0, context, [callback, error = d->lastError] { callback(QString(), error); });
        return;
    }
    d->waiters.append({context, std::move(callback)});
    d->start(QDateTime());
}

void CharacterSession::refresh(QObject *context, TokenCallback callback)
{
    refreshSince(QDateTime::currentDateTimeUtc(), context, std::move(callback));
}

void CharacterSession::refreshSince(const QDateTime &since, QObject *context, TokenCallback callback)
{
    d->waiters.append({context, std::move(callback)});
    d->start(since.isValid() ? since : QDateTime::currentDateTimeUtc());
}

void CharacterSession::adoptLogin(const TokenSet &tokens, QObject *context, DoneCallback callback)
{
    StoredLogin login;
    login.refreshToken = tokens.refreshToken;
    login.accessToken = tokens.accessToken;
    login.accessExpiresAt = tokens.expiresAt;
    login.obtainedAt = QDateTime::currentDateTimeUtc();
    QPointer<QObject> guard(context);
    auto becomeReady = [this, login] {
        d->accessToken = login.accessToken;
        d->expiresAt = login.accessExpiresAt;
        d->lastRefreshAt = login.obtainedAt;
        d->lastError = SsoError();
        d->retryNext = d->retryFirst;
        if (!d->inFlight)
            d->setState(State::Ready);
        emit refreshed(d->expiresAt);
    };
    d->runLocked({[this, login, guard, callback, becomeReady] {
                      d->install(login, d->storedGeneration);
                      d->writeStored([this, guard, callback, becomeReady](bool stored) {
                          d->endLocked();
                          becomeReady();
                          if (guard) {
                              callback(stored ? SsoError()
                                              : SsoError::make(SsoError::Kind::Keychain,
                                                               tr("The login works, but it could not be stored in the "
                                                                  "keychain; it will be tried again. Until then it "
                                                                  "lasts only while the app runs.")));
                          }
                      });
                  },
                  [this, login, guard, callback, becomeReady](const SsoError &error) {
                      // The login must not be lost for want of the lock: kept in memory, stored by the retry.
                      d->install(login, {});
                      d->markWritePending(error.message);
                      becomeReady();
                      if (guard)
                          callback(error);
                  }});
}

void CharacterSession::revoke(QObject *context, DoneCallback callback)
{
    QPointer<QObject> guard(context);
    d->runLocked({[this, guard, callback] {
                      d->withCurrentLogin(false, [this, guard, callback](const SecretStore::Result &result) {
                          if (!result.ok()) {
                              d->endLocked();
                              if (guard)
                                  callback(SsoError::make(result.error == SecretStore::Error::NotFound
                                                              ? SsoError::Kind::NotConfigured
                                                              : SsoError::Kind::Keychain,
                                                          result.message));
                              return;
                          }
                          if (!d->tokens) {
                              d->endLocked();
                              if (guard)
                                  callback(SsoError::make(SsoError::Kind::NotConfigured, tr("No token client is set up.")));
                              return;
                          }
                          d->tokens->revoke(d->stored.refreshToken, QStringLiteral("refresh_token"), this,
                                            [this, guard, callback](const SsoError &error) {
                                                if (!error.isError()) {
                                                    d->forgetTokens();
                                                    d->setState(State::NeedsRelogin);
                                                }
                                                d->endLocked();
                                                if (guard)
                                                    callback(error);
                                            });
                      });
                  },
                  [guard, callback](const SsoError &error) {
                      if (guard)
                          callback(error);
                  }});
}

void CharacterSession::logOut(QObject *context, LogOutCallback callback)
{
    QPointer<QObject> guard(context);
    auto deleteEntry = [this, guard, callback](const SsoError &revokeError) {
        auto done = [this, guard, callback, revokeError](const SecretStore::Result &deleted) {
            if (deleted.ok())
                d->lock.recordRemoval();
            if (deleted.ok() || !revokeError.isError()) {
                // Gone at the SSO or here: say so rather than stay Ready until the next request finds out.
                d->forgetTokens();
                d->setState(State::NeedsRelogin);
            }
            if (guard)
                callback(revokeError, deleted);
            d->endLocked();
        };
        if (d->secrets)
            d->secrets->removeRefreshToken(d->profileId, d->characterId, this, done);
        else
            done(SecretStore::Result());
    };
    d->runLocked({[this, deleteEntry] {
                      d->withCurrentLogin(false, [this, deleteEntry](const SecretStore::Result &result) {
                          if (result.error == SecretStore::Error::NotFound)
                              return deleteEntry(SsoError::make(SsoError::Kind::NotConfigured,
                                                                tr("No login was stored for this character.")));
                          if (!result.ok())
                              return deleteEntry(SsoError::make(SsoError::Kind::Keychain, result.message));
                          if (!d->tokens)
                              return deleteEntry(SsoError::make(SsoError::Kind::NotConfigured, tr("No token client is set up.")));
                          d->tokens->revoke(d->stored.refreshToken, QStringLiteral("refresh_token"), this, deleteEntry);
                      });
                  },
                  [guard, callback](const SsoError &error) {
                      if (guard)
                          callback(error, SecretStore::Result{SecretStore::Error::Other, error.message, {}});
                  }});
}

void CharacterSession::reloadStoredLogin()
{
    if (d->inFlight || d->pendingSecretWrite)
        return; // what is under way reads the entry under the lock anyway
    d->accessToken.clear();
    d->expiresAt = QDateTime();
    d->install(StoredLogin(), {});
    d->lastError = SsoError();
    if (d->state == State::NeedsRelogin)
        d->setState(State::Idle);
}

CharacterSession::State CharacterSession::state() const { return d->state; }
SsoError CharacterSession::lastError() const { return d->lastError; }
QDateTime CharacterSession::accessTokenExpiresAt() const { return d->expiresAt; }
QDateTime CharacterSession::lastRefreshAt() const { return d->lastRefreshAt; }
bool CharacterSession::hasPendingSecretWrite() const { return d->pendingSecretWrite; }

} // namespace EveSso
