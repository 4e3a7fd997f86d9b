#include <EveSso/AccountManager.h>

#include <EveSso/SecretStore.h>
#include <EveSso/TokenClient.h>

#include "AccountsLogging.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

namespace EveSso {
namespace {

struct Entry
{
    CharacterRecord record;
    CharacterSession *session = nullptr;
};

} // namespace

struct AccountManager::Private
{
    AccountManager *q = nullptr;
    QString profileId;
    QPointer<TokenClient> tokens;
    QPointer<SecretStore> secrets;
    CharacterStore store;
    QList<Entry> entries;
    qint64 current = 0;
    QStringList requiredScopes;
    int maxConcurrent = 8;
    std::chrono::milliseconds retryFirst{30000};
    std::chrono::milliseconds retryMax{15 * 60 * 1000};

    QList<qint64> refreshQueue;
    QSet<qint64> holdingSlot; ///< Refreshes whose SSO request is not answered yet (at most maxConcurrent).
    QSet<qint64> unfinished;  ///< Refreshes started and not finished (keychain write included).
    bool passRunning = false;
    QTimer keepAlive;
    QTimer saveTimer;

    explicit Private(const QString &path)
        : store(path)
    {
    }

    int rowOf(qint64 id) const
    {
        for (int row = 0; row < entries.size(); ++row) {
            if (entries[row].record.characterId == id)
                return row;
        }
        return -1;
    }

    CharacterSession *makeSession(qint64 id)
    {
        auto *session = new CharacterSession(profileId, id, tokens, secrets, q);
        session->setOfflineRetry(retryFirst, retryMax);
        QObject::connect(session, &CharacterSession::stateChanged, q, [this, id] { rowChanged(id); });
        // Queued: the next request starts once everyone has heard that this one was answered.
        QObject::connect(session, &CharacterSession::tokenRequestFinished, q, [this, id] { releaseSlot(id); },
                         Qt::QueuedConnection);
        QObject::connect(session, &CharacterSession::refreshed, q, [this, id] {
            const int row = rowOf(id);
            if (row < 0)
                return;
            entries[row].record.lastRefreshAt = QDateTime::currentDateTimeUtc();
            entries[row].record.needsRelogin = false;
            rowChanged(id);
            scheduleSave();
        });
        QObject::connect(session, &CharacterSession::loginLost, q, [this, id] {
            const int row = rowOf(id);
            if (row < 0)
                return;
            entries[row].record.needsRelogin = true; // everything else about the character is kept
            rowChanged(id);
            scheduleSave();
        });
        return session;
    }

    void rowChanged(qint64 id)
    {
        const int row = rowOf(id);
        if (row >= 0)
            emit q->dataChanged(q->index(row), q->index(row));
    }

    void scheduleSave()
    {
        // Coalesced: a refresh pass over a hundred characters writes the file once.
        if (!saveTimer.isActive())
            saveTimer.start(0);
    }

    void save()
    {
        // The file may be shared by managers of other server profiles: keep their characters as
        // they are on disk now, and replace only this profile's.
        QList<CharacterRecord> records;
        const CharacterStore::LoadResult onDisk = store.load();
        for (const CharacterRecord &record : onDisk.characters) {
            if (record.profileId != profileId)
                records.append(record);
        }
        for (int row = 0; row < entries.size(); ++row) {
            CharacterRecord record = entries[row].record;
            record.sortIndex = row;
            records.append(record);
        }
        const CharacterStore::SaveResult result = store.save(records);
        if (!result.ok()) {
            qCWarning(lcCharacters) << "Could not save the character list:" << result.message;
            emit q->storageError(result.message);
        }
    }

    void pump()
    {
        while (holdingSlot.size() < maxConcurrent && !refreshQueue.isEmpty()) {
            const qint64 id = refreshQueue.takeFirst();
            const int row = rowOf(id);
            if (row < 0)
                continue;
            holdingSlot.insert(id);
            unfinished.insert(id);
            entries[row].session->refresh(q, [this, id](const QString &, const SsoError &) { forget(id); });
        }
        if (passRunning && unfinished.isEmpty() && refreshQueue.isEmpty()) {
            passRunning = false;
            emit q->refreshAllFinished();
        }
    }

    /// The slot bounds requests to the SSO, not keychain work: it is given back as soon as the
    /// SSO answers, while the rotated token is still being stored.
    void releaseSlot(qint64 id)
    {
        if (holdingSlot.remove(id))
            pump();
    }

    /// The refresh ended (or its character was removed): a refresh can also end without asking
    /// the SSO, e.g. when the keychain has no entry, so the slot is released here too.
    void forget(qint64 id)
    {
        holdingSlot.remove(id);
        unfinished.remove(id);
        pump();
    }
};

AccountManager::AccountManager(const QString &profileId, TokenClient *tokens, SecretStore *secrets,
                               const QString &metadataPath, QObject *parent)
    : QAbstractListModel(parent)
    , d(std::make_unique<Private>(metadataPath.isEmpty() ? CharacterStore::defaultFilePath() : metadataPath))
{
    d->q = this;
    d->profileId = profileId;
    d->tokens = tokens;
    d->secrets = secrets;
    d->saveTimer.setSingleShot(true);
    connect(&d->saveTimer, &QTimer::timeout, this, [this] { d->save(); });
    connect(&d->keepAlive, &QTimer::timeout, this, &AccountManager::refreshAll);
    setKeepAliveInterval(std::chrono::hours(24));
}

AccountManager::~AccountManager()
{
    if (d->saveTimer.isActive())
        d->save();
}

QString AccountManager::profileId() const { return d->profileId; }

CharacterStore::LoadResult AccountManager::load()
{
    CharacterStore::LoadResult result = d->store.load();
    beginResetModel();
    qDeleteAll(QList<CharacterSession *>([this] {
        QList<CharacterSession *> sessions;
        for (const Entry &entry : std::as_const(d->entries))
            sessions.append(entry.session);
        return sessions;
    }()));
    d->entries.clear();
    for (const CharacterRecord &record : std::as_const(result.characters)) {
        if (record.profileId != d->profileId || d->rowOf(record.characterId) >= 0)
            continue;
        d->entries.append({record, d->makeSession(record.characterId)});
    }
    endResetModel();
    emit countChanged();
    if (d->current == 0 && !d->entries.isEmpty()) {
        d->current = d->entries.first().record.characterId;
        emit currentCharacterChanged();
    }
    return result;
}

void AccountManager::refreshAll()
{
    for (const Entry &entry : std::as_const(d->entries)) {
        // A login the SSO declared gone needs the player; refreshing it again would only fail again.
        if (entry.record.needsRelogin && entry.session->state() == CharacterSession::State::NeedsRelogin)
            continue;
        if (!d->refreshQueue.contains(entry.record.characterId)) {
            d->refreshQueue.append(entry.record.characterId);
            entry.session->preloadSecret();
        }
    }
    d->passRunning = true;
    d->pump();
}

void AccountManager::setMaxConcurrentRefreshes(int count) { d->maxConcurrent = qMax(1, count); }
int AccountManager::maxConcurrentRefreshes() const { return d->maxConcurrent; }

void AccountManager::setKeepAliveInterval(std::chrono::milliseconds interval)
{
    d->keepAlive.stop();
    if (interval.count() > 0)
        d->keepAlive.start(interval);
}

void AccountManager::setSessionOfflineRetry(std::chrono::milliseconds first, std::chrono::milliseconds maximum)
{
    d->retryFirst = first;
    d->retryMax = maximum;
    for (const Entry &entry : std::as_const(d->entries))
        entry.session->setOfflineRetry(first, maximum);
}

void AccountManager::setRequiredScopes(const QStringList &scopes)
{
    d->requiredScopes = scopes;
    if (!d->entries.isEmpty())
        emit dataChanged(index(0), index(int(d->entries.size()) - 1), {MissingScopesRole});
}

QStringList AccountManager::requiredScopes() const { return d->requiredScopes; }

QList<qint64> AccountManager::charactersMissingScopes() const
{
    QList<qint64> ids;
    for (const Entry &entry : std::as_const(d->entries)) {
        if (!entry.record.missingScopes(d->requiredScopes).isEmpty())
            ids.append(entry.record.characterId);
    }
    return ids;
}

void AccountManager::addLogin(const LoginResult &login, QObject *context,
                              std::function<void(AddOutcome, const SsoError &)> callback)
{
    const VerifiedToken &character = login.character;
    int row = d->rowOf(character.characterId);
    AddOutcome outcome = AddOutcome::Added;
    if (row >= 0) {
        CharacterRecord &record = d->entries[row].record;
        outcome = (!record.ownerHash.isEmpty() && record.ownerHash != character.ownerHash) ? AddOutcome::OwnerChanged
                                                                                          : AddOutcome::Updated;
        if (outcome == AddOutcome::OwnerChanged)
            emit ownerChanged(character.characterId, character.characterName);
    } else {
        CharacterRecord record;
        record.characterId = character.characterId;
        record.profileId = d->profileId;
        record.addedAt = QDateTime::currentDateTimeUtc();
        row = int(d->entries.size());
        beginInsertRows(QModelIndex(), row, row);
        d->entries.append({record, d->makeSession(character.characterId)});
        endInsertRows();
        emit countChanged();
    }
    CharacterRecord &record = d->entries[row].record;
    record.name = character.characterName;
    record.ownerHash = character.ownerHash;
    record.grantedScopes = character.scopes;
    record.needsRelogin = false;
    record.lastRefreshAt = QDateTime::currentDateTimeUtc();
    d->scheduleSave();
    d->rowChanged(character.characterId);
    if (d->current == 0) {
        d->current = character.characterId;
        emit currentCharacterChanged();
    }
    QPointer<QObject> guard(context);
    d->entries[row].session->adoptLogin(login.tokens, this, [guard, callback, outcome](const SsoError &error) {
        if (guard)
            callback(outcome, error);
    });
}

void AccountManager::removeCharacter(qint64 characterId, QObject *context,
                                     std::function<void(const SsoError &)> callback)
{
    const int row = d->rowOf(characterId);
    if (row < 0) {
        QTimer::singleShot(0, context, [callback] {
            callback(SsoError::make(SsoError::Kind::NotConfigured, tr("No such character.")));
        });
        return;
    }
    QPointer<QObject> guard(context);
    d->entries[row].session->revoke(this, [this, characterId, guard, callback](const SsoError &revokeError) {
        // Removed locally whatever the SSO said (the player asked for it to be gone from this computer), but
        // only once its keychain entry is gone: a character dropped from the list with its login still in the
        // keychain could never be removed from there, and that login may still be alive.
        auto finish = [this, characterId, guard, callback, revokeError](const SecretStore::Result &deleted) {
            if (!deleted.ok()) {
                if (!guard)
                    return;
                const QString message = revokeError.isError()
                    ? tr("The character was kept: its login could not be deleted from the keychain (%1) nor "
                         "revoked at EVE's login server (%2). Remove the character again once the keychain "
                         "is available.")
                          .arg(deleted.message, revokeError.message)
                    : tr("The character was kept: its login could not be deleted from the keychain (%1). The "
                         "login itself was revoked at EVE's login server. Remove the character again once the "
                         "keychain is available.")
                          .arg(deleted.message);
                callback(SsoError::make(SsoError::Kind::Keychain, message));
                return;
            }
            const int at = d->rowOf(characterId);
            if (at >= 0) {
                beginRemoveRows(QModelIndex(), at, at);
                CharacterSession *session = d->entries.takeAt(at).session;
                endRemoveRows();
                session->deleteLater();
                d->refreshQueue.removeAll(characterId);
                d->forget(characterId);
                emit countChanged();
                if (d->current == characterId) {
                    d->current = d->entries.isEmpty() ? 0 : d->entries.value(qMin(at, int(d->entries.size()) - 1)).record.characterId;
                    emit currentCharacterChanged();
                }
                d->scheduleSave();
            }
            if (guard) {
                SsoError reported = revokeError;
                if (revokeError.isError()) {
                    reported.message = tr("The character was removed from this computer, but its login could not be "
                                          "revoked at EVE's login server (%1). You can revoke it on EVE's support site "
                                          "under third-party applications.")
                                           .arg(revokeError.message);
                }
                callback(reported);
            }
        };
        if (d->secrets)
            d->secrets->removeRefreshToken(d->profileId, characterId, this, finish);
        else
            finish(SecretStore::Result{});
    });
}

bool AccountManager::moveCharacter(qint64 characterId, int toRow)
{
    const int from = d->rowOf(characterId);
    if (from < 0 || toRow < 0 || toRow >= d->entries.size() || from == toRow)
        return false;
    // beginMoveRows wants the destination as the row before which the item lands.
    if (!beginMoveRows(QModelIndex(), from, from, QModelIndex(), toRow > from ? toRow + 1 : toRow))
        return false;
    d->entries.move(from, toRow);
    endMoveRows();
    d->scheduleSave();
    return true;
}

int AccountManager::count() const { return int(d->entries.size()); }

QList<CharacterRecord> AccountManager::records() const
{
    QList<CharacterRecord> records;
    for (const Entry &entry : std::as_const(d->entries))
        records.append(entry.record);
    return records;
}

std::optional<CharacterRecord> AccountManager::record(qint64 characterId) const
{
    const int row = d->rowOf(characterId);
    return row < 0 ? std::nullopt : std::optional<CharacterRecord>(d->entries[row].record);
}

void AccountManager::updateRecord(const CharacterRecord &record)
{
    const int row = d->rowOf(record.characterId);
    if (row < 0)
        return;
    d->entries[row].record = record;
    d->rowChanged(record.characterId);
    d->scheduleSave();
}

CharacterSession *AccountManager::session(qint64 characterId) const
{
    const int row = d->rowOf(characterId);
    return row < 0 ? nullptr : d->entries[row].session;
}

int AccountManager::rowOf(qint64 characterId) const { return d->rowOf(characterId); }
qint64 AccountManager::currentCharacterId() const { return d->current; }

void AccountManager::setCurrentCharacterId(qint64 characterId)
{
    if (d->current == characterId || (characterId != 0 && d->rowOf(characterId) < 0))
        return;
    d->current = characterId;
    emit currentCharacterChanged();
}

int AccountManager::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->entries.size());
}

QVariant AccountManager::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= d->entries.size())
        return {};
    const Entry &entry = d->entries[index.row()];
    const CharacterRecord &r = entry.record;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case CharacterIdRole: return r.characterId;
    case CorporationNameRole: return r.corporationName;
    case CorporationTickerRole: return r.corporationTicker;
    case AllianceNameRole: return r.allianceName;
    case WalletBalanceRole: return r.walletBalance ? QVariant(*r.walletBalance) : QVariant();
    case WalletUpdatedAtRole: return r.walletUpdatedAt;
    case SessionStateRole: return QVariant::fromValue(entry.session->state());
    case NeedsReloginRole: return r.needsRelogin || entry.session->state() == CharacterSession::State::NeedsRelogin;
    case MissingScopesRole: return r.missingScopes(d->requiredScopes);
    case GrantedScopesRole: return r.grantedScopes;
    case OwnerHashRole: return r.ownerHash;
    case PortraitFileRole: return r.portraitFile;
    case TokenExpiresAtRole: return entry.session->accessTokenExpiresAt();
    case LastErrorRole: return entry.session->lastError().message;
    default: return {};
    }
}

QHash<int, QByteArray> AccountManager::roleNames() const
{
    return {{CharacterIdRole, "characterId"},         {NameRole, "name"},
            {CorporationNameRole, "corporationName"}, {CorporationTickerRole, "corporationTicker"},
            {AllianceNameRole, "allianceName"},       {WalletBalanceRole, "walletBalance"},
            {WalletUpdatedAtRole, "walletUpdatedAt"}, {SessionStateRole, "sessionState"},
            {NeedsReloginRole, "needsRelogin"},       {MissingScopesRole, "missingScopes"},
            {GrantedScopesRole, "grantedScopes"},     {OwnerHashRole, "ownerHash"},
            {PortraitFileRole, "portraitFile"},       {TokenExpiresAtRole, "tokenExpiresAt"},
            {LastErrorRole, "lastError"}};
}

} // namespace EveSso
