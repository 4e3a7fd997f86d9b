#include <EveSso/CharacterSession.h>

#include <EveSso/SecretStore.h>
#include <EveSso/TokenClient.h>

#include "AccountsLogging.h"

#include <QPointer>
#include <QTimer>

namespace EveSso {
namespace {

struct Waiter
{
    QPointer<QObject> context;
    CharacterSession::TokenCallback callback;
};

} // namespace

struct CharacterSession::Private
{
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
    QString refreshToken;      ///< Empty until read from the keychain or adopted.
    bool pendingSecretWrite = false;
    std::chrono::milliseconds secretRetryDelay{2000};

    bool inFlight = false;
    QList<Waiter> waiters;
    bool reading = false;
    QList<std::function<void(const SecretStore::Result &)>> readWaiters;
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

    /// One refresh at a time: the keychain read when needed, then the SSO.
    void start()
    {
        if (inFlight)
            return;
        inFlight = true;
        offlineRetry.stop();
        setState(State::Refreshing);
        withRefreshToken([this](const SecretStore::Result &result) {
            if (result.ok()) {
                askSso();
            } else if (result.error == SecretStore::Error::NotFound) {
                finish(SsoError::make(SsoError::Kind::LoginGone,
                                      CharacterSession::tr("No login is stored in the keychain for this "
                                                           "character. Log the character in again.")));
            } else {
                finish(SsoError::make(SsoError::Kind::Keychain, result.message));
            }
        });
    }

    /// Runs `next` once the refresh token is in memory, reading the keychain (once) if needed.
    void withRefreshToken(std::function<void(const SecretStore::Result &)> next)
    {
        if (!refreshToken.isEmpty()) {
            next(SecretStore::Result());
            return;
        }
        if (!secrets) {
            SecretStore::Result missing;
            missing.error = SecretStore::Error::Other;
            missing.message = CharacterSession::tr("No keychain is set up.");
            next(missing);
            return;
        }
        readWaiters.append(std::move(next));
        if (reading)
            return;
        reading = true;
        secrets->readRefreshToken(profileId, characterId, q, [this](const SecretStore::Result &result) {
            reading = false;
            if (result.ok() && refreshToken.isEmpty())
                refreshToken = result.secret;
            const auto pending = std::exchange(readWaiters, {});
            for (const auto &waiter : pending)
                waiter(result);
        });
    }

    void askSso()
    {
        if (!tokens) {
            finish(SsoError::make(SsoError::Kind::NotConfigured, CharacterSession::tr("No token client is set up.")));
            return;
        }
        tokens->refresh(refreshToken, {}, q, [this](const TokenSet &fresh, const SsoError &error) {
            emit q->tokenRequestFinished();
            if (error.isError()) {
                finish(error);
                return;
            }
            const bool rotated = !fresh.refreshToken.isEmpty() && fresh.refreshToken != refreshToken;
            if (!rotated) {
                adopt(fresh);
                return;
            }
            // Store the rotated token before the new access token is used: the old one is dead now.
            refreshToken = fresh.refreshToken;
            writeSecret([this, fresh] { adopt(fresh); });
        });
    }

    void writeSecret(std::function<void()> then)
    {
        if (!secrets) {
            then();
            return;
        }
        const QString token = refreshToken;
        secrets->writeRefreshToken(profileId, characterId, token, q, [this, token, then](const SecretStore::Result &result) {
            if (token != refreshToken) {
                // A newer rotation superseded this write; it carries its own.
            } else if (result.ok()) {
                pendingSecretWrite = false;
                secretRetry.stop();
                secretRetryDelay = std::chrono::milliseconds(2000);
            } else {
                pendingSecretWrite = true;
                qCWarning(lcKeychain) << "Could not store the rotated login of character" << characterId << ":"
                                      << result.message;
                emit q->secretWriteFailed(result.message);
                secretRetry.start(secretRetryDelay);
                secretRetryDelay = std::min(secretRetryDelay * 2, std::chrono::milliseconds(5 * 60 * 1000));
            }
            if (then)
                then();
        });
    }

    void adopt(const TokenSet &fresh)
    {
        accessToken = fresh.accessToken;
        expiresAt = fresh.expiresAt;
        lastRefreshAt = QDateTime::currentDateTimeUtc();
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
};

CharacterSession::CharacterSession(const QString &profileId, qint64 characterId, TokenClient *tokens,
                                   SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->profileId = profileId;
    d->characterId = characterId;
    d->tokens = tokens;
    d->secrets = secrets;
    d->offlineRetry.setSingleShot(true);
    d->secretRetry.setSingleShot(true);
    connect(&d->offlineRetry, &QTimer::timeout, this, [this] { d->start(); });
    connect(&d->secretRetry, &QTimer::timeout, this, [this] {
        if (d->pendingSecretWrite)
            d->writeSecret({});
    });
}

CharacterSession::~CharacterSession() = default;

QString CharacterSession::profileId() const { return d->profileId; }
qint64 CharacterSession::characterId() const { return d->characterId; }
void CharacterSession::setLeadTime(std::chrono::seconds leadTime) { d->leadTime = leadTime; }

void CharacterSession::setOfflineRetry(std::chrono::milliseconds first, std::chrono::milliseconds maximum)
{
    d->retryFirst = first;
    d->retryNext = first;
    d->retryMax = maximum;
}

void CharacterSession::preloadSecret()
{
    d->withRefreshToken([](const SecretStore::Result &) {});
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
    refresh(context, std::move(callback));
}

void CharacterSession::refresh(QObject *context, TokenCallback callback)
{
    d->waiters.append({context, std::move(callback)});
    d->start();
}

void CharacterSession::adoptLogin(const TokenSet &tokens, QObject *context, DoneCallback callback)
{
    d->refreshToken = tokens.refreshToken;
    QPointer<QObject> guard(context);
    d->writeSecret([this, tokens, guard, callback] {
        const bool stored = !d->pendingSecretWrite;
        d->inFlight = false;
        d->adopt(tokens);
        if (guard) {
            callback(stored ? SsoError()
                            : SsoError::make(SsoError::Kind::Keychain,
                                             tr("The login works, but it could not be stored in the keychain; it "
                                                "will be tried again. Until then it lasts only while the app runs.")));
        }
    });
}

void CharacterSession::revoke(QObject *context, DoneCallback callback)
{
    QPointer<QObject> guard(context);
    auto revokeWith = [this, guard, callback](const QString &refreshToken) {
        if (!d->tokens) {
            if (guard)
                callback(SsoError::make(SsoError::Kind::NotConfigured, tr("No token client is set up.")));
            return;
        }
        d->tokens->revoke(refreshToken, QStringLiteral("refresh_token"), this, [this, guard, callback](const SsoError &error) {
            if (!error.isError()) {
                // The login is gone: say so, rather than stay Ready until the next token request finds out
                // (the character is kept if its keychain entry cannot be deleted).
                d->accessToken.clear();
                d->refreshToken.clear();
                d->expiresAt = QDateTime();
                d->offlineRetry.stop();
                d->setState(State::NeedsRelogin);
            }
            if (guard)
                callback(error);
        });
    };
    if (!d->refreshToken.isEmpty() || !d->secrets) {
        revokeWith(d->refreshToken);
        return;
    }
    d->secrets->readRefreshToken(d->profileId, d->characterId, this,
                                 [guard, callback, revokeWith](const SecretStore::Result &result) {
                                     if (result.ok()) {
                                         revokeWith(result.secret);
                                     } else if (guard) {
                                         callback(SsoError::make(result.error == SecretStore::Error::NotFound
                                                                     ? SsoError::Kind::NotConfigured
                                                                     : SsoError::Kind::Keychain,
                                                                 result.message));
                                     }
                                 });
}

CharacterSession::State CharacterSession::state() const { return d->state; }
SsoError CharacterSession::lastError() const { return d->lastError; }
QDateTime CharacterSession::accessTokenExpiresAt() const { return d->expiresAt; }
QDateTime CharacterSession::lastRefreshAt() const { return d->lastRefreshAt; }
bool CharacterSession::hasPendingSecretWrite() const { return d->pendingSecretWrite; }

} // namespace EveSso
