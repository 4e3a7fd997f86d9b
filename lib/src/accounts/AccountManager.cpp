#include <EveSso/AccountManager.h>

#include <EveSso/SecretStore.h>
#include <EveSso/TokenClient.h>

#include "AccountsLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonObject>
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

/// This process's changes to a character (`base` was on disk, `mine` is in memory) applied to what is on
/// disk now, field by field: another process's changes to other fields of the same character survive.
CharacterRecord mergeChanges(const QJsonObject &base, const CharacterRecord &mine, const CharacterRecord &disk)
{
    const QJsonObject ours = mine.toJson();
    QJsonObject merged = disk.toJson();
    QStringList keys = base.keys() + ours.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (ours.value(key) == base.value(key))
            continue;
        if (ours.contains(key))
            merged.insert(key, ours.value(key));
        else
            merged.remove(key);
    }
    return CharacterRecord::fromJson(merged).value_or(mine);
}

int indexOf(const QList<CharacterRecord> &records, const QString &profileId, qint64 id)
{
    for (int i = 0; i < records.size(); ++i) {
        if (records[i].characterId == id && records[i].profileId == profileId)
            return i;
    }
    return -1;
}

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

    // The metadata file is shared with other processes: what was on disk when last read (per character),
    // and what this process changed since, are kept apart so that a save merges instead of replacing.
    QHash<qint64, QJsonObject> baseline;
    QSet<qint64> dirty;   ///< Changed here since the last sync.
    QSet<qint64> added;   ///< Added (or logged in again) here: written even if another process removed it.
    QSet<qint64> removed; ///< Removed here: deleted from the file.
    QFileSystemWatcher *watcher = nullptr;
    QTimer watchDelay;
    QTimer saveRetry;

    QList<qint64> refreshQueue;
    QSet<qint64> holdingSlot; ///< Refreshes whose SSO request is not answered yet (at most maxConcurrent).
    QSet<qint64> unfinished;  ///< Refreshes started and not finished (keychain write included).
    bool passRunning = false;
    QDateTime refreshSince; ///< Valid during a RefreshPolicy::Always pass: when it began.
    QTimer keepAlive;
    QTimer saveTimer;
    static constexpr std::chrono::milliseconds saveDelay{250};

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
        QObject::connect(session, &CharacterSession::refreshed, q, [this, id, session] {
            const int row = rowOf(id);
            if (row < 0)
                return;
            CharacterRecord &record = entries[row].record;
            const QDateTime refreshedAt = session->lastRefreshAt();
            if (record.needsRelogin || !record.lastRefreshAt.isValid() || record.lastRefreshAt < refreshedAt) {
                record.lastRefreshAt = refreshedAt;
                record.needsRelogin = false;
                markDirty(id);
            }
            rowChanged(id);
        });
        QObject::connect(session, &CharacterSession::loginLost, q, [this, id] {
            const int row = rowOf(id);
            if (row < 0)
                return;
            entries[row].record.needsRelogin = true; // everything else about the character is kept
            rowChanged(id);
            markDirty(id);
        });
        return session;
    }

    void rowChanged(qint64 id)
    {
        const int row = rowOf(id);
        if (row >= 0)
            emit q->dataChanged(q->index(row), q->index(row));
    }

    void markDirty(qint64 id)
    {
        dirty.insert(id);
        scheduleSave();
    }

    void scheduleSave()
    {
        // Coalesced: a refresh pass over a hundred characters, whose refreshes end one by one, writes the
        // file a few times, not a hundred (each a locked read, merge and synced write). What waits is only
        // bookkeeping (refresh times, flags): logins are in the keychain by then, and removals save at once.
        if (!saveTimer.isActive())
            saveTimer.start(saveDelay);
    }

    /// Merges this process's changes into the file (under its lock), then makes the rows what the file
    /// holds: characters another process added appear, ones it removed go, ones it changed change.
    void sync()
    {
        saveTimer.stop();
        QList<CharacterRecord> onDisk;
        const CharacterStore::SaveResult result = store.update([this, &onDisk](QList<CharacterRecord> &all) {
            bool changed = false;
            for (int i = int(all.size()) - 1; i >= 0; --i) {
                if (all[i].profileId == profileId && removed.contains(all[i].characterId)) {
                    all.removeAt(i);
                    changed = true;
                }
            }
            for (qint64 id : std::as_const(dirty)) {
                const int row = rowOf(id);
                if (row < 0)
                    continue;
                const CharacterRecord &mine = entries[row].record;
                const int at = indexOf(all, profileId, id);
                if (at >= 0) {
                    CharacterRecord merged = added.contains(id) && !baseline.contains(id)
                        ? mine
                        : mergeChanges(baseline.value(id), mine, all[at]);
                    if (added.contains(id)) {
                        // A login made here is the newest word on the login itself, even where its
                        // fields equal what this process read: another process may have marked the old
                        // login gone since.
                        merged.needsRelogin = mine.needsRelogin;
                        merged.lastRefreshAt = mine.lastRefreshAt;
                        merged.grantedScopes = mine.grantedScopes;
                        merged.ownerHash = mine.ownerHash;
                    }
                    if (merged != all[at]) {
                        all[at] = merged;
                        changed = true;
                    }
                } else if (added.contains(id) || !baseline.contains(id)) {
                    all.append(mine);
                    changed = true;
                }
                // Else another process removed it since we read it: a late save must not bring it back.
            }
            for (const CharacterRecord &record : std::as_const(all)) {
                if (record.profileId == profileId)
                    onDisk.append(record);
            }
            return changed;
        });
        if (!result.ok()) {
            qCWarning(lcCharacters) << "Could not save the character list:" << result.message;
            emit q->storageError(result.message);
            // A newer or unreadable file stays refused; a full disk or a busy lock may clear up.
            if (result.status == CharacterStore::SaveResult::Status::WriteError)
                saveRetry.start(5000);
            return;
        }
        saveRetry.stop();
        dirty.clear();
        added.clear();
        removed.clear();
        follow(onDisk);
    }

    /// Makes the rows match `onDisk` (this profile's records as the file holds them now).
    void follow(const QList<CharacterRecord> &onDisk)
    {
        baseline.clear();
        QSet<qint64> present;
        for (const CharacterRecord &record : onDisk) {
            baseline.insert(record.characterId, record.toJson());
            present.insert(record.characterId);
        }
        const int before = int(entries.size());
        for (int row = int(entries.size()) - 1; row >= 0; --row) {
            if (!present.contains(entries[row].record.characterId))
                removeRow(row);
        }
        QList<qint64> toRefresh;
        for (const CharacterRecord &record : onDisk) {
            const int row = rowOf(record.characterId);
            if (row < 0) {
                const int at = int(entries.size());
                q->beginInsertRows(QModelIndex(), at, at);
                entries.append({record, makeSession(record.characterId)});
                q->endInsertRows();
                if (!record.needsRelogin)
                    toRefresh.append(record.characterId);
                continue;
            }
            Entry &entry = entries[row];
            if (entry.record == record)
                continue;
            const bool loggedInElsewhere = entry.record.needsRelogin && !record.needsRelogin;
            entry.record = record;
            if (loggedInElsewhere && entry.session->state() == CharacterSession::State::NeedsRelogin) {
                entry.session->reloadStoredLogin();
                toRefresh.append(record.characterId);
            }
            rowChanged(record.characterId);
        }
        if (entries.size() != before)
            emit q->countChanged();
        if (current != 0 && rowOf(current) < 0) {
            current = entries.isEmpty() ? 0 : entries.constFirst().record.characterId;
            emit q->currentCharacterChanged();
        } else if (current == 0 && !entries.isEmpty()) {
            current = entries.constFirst().record.characterId;
            emit q->currentCharacterChanged();
        }
        // Characters another process logged in have a fresh token in the keychain: fetched, not refreshed.
        if (watcher) {
            for (qint64 id : std::as_const(toRefresh))
                entries[rowOf(id)].session->accessToken(q, [](const QString &, const SsoError &) {});
        }
    }

    void removeRow(int row)
    {
        const qint64 id = entries[row].record.characterId;
        q->beginRemoveRows(QModelIndex(), row, row);
        CharacterSession *session = entries.takeAt(row).session;
        q->endRemoveRows();
        refreshQueue.removeAll(id);
        forget(id);
        QObject::disconnect(session, nullptr, q, nullptr);
        // A refresh under way still answers its callers (they asked before the character went).
        if (session->state() == CharacterSession::State::Refreshing) {
            QObject::connect(session, &CharacterSession::stateChanged, session, [session](CharacterSession::State state) {
                if (state != CharacterSession::State::Refreshing)
                    session->deleteLater();
            });
        } else {
            session->deleteLater();
        }
    }

    void watch()
    {
        const QString file = store.filePath();
        const QString dir = QFileInfo(file).absolutePath();
        QDir().mkpath(dir);
        // The directory: the file is replaced by a rename on every save, which ends a watch on the file.
        watcher->addPath(dir);
        if (QFileInfo::exists(file))
            watcher->addPath(file);
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
            // A token another process stored a moment ago serves as well as a new one, and spares the SSO.
            auto done = [this, id](const QString &, const SsoError &) { forget(id); };
            if (refreshSince.isValid())
                entries[row].session->refreshSince(refreshSince, q, done);
            else
                entries[row].session->accessToken(q, done);
        }
        if (passRunning && unfinished.isEmpty() && refreshQueue.isEmpty()) {
            passRunning = false;
            refreshSince = QDateTime();
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
    d->saveRetry.setSingleShot(true);
    d->watchDelay.setSingleShot(true);
    connect(&d->saveTimer, &QTimer::timeout, this, [this] { d->sync(); });
    connect(&d->saveRetry, &QTimer::timeout, this, [this] { d->sync(); });
    connect(&d->watchDelay, &QTimer::timeout, this, [this] { d->sync(); });
    connect(&d->keepAlive, &QTimer::timeout, this, [this] { refreshAll(); });
    setKeepAliveInterval(std::chrono::hours(24));
}

AccountManager::~AccountManager()
{
    if (!d->dirty.isEmpty() || !d->removed.isEmpty())
        d->sync();
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
    d->baseline.clear();
    d->dirty.clear();
    d->added.clear();
    d->removed.clear();
    for (const CharacterRecord &record : std::as_const(result.characters)) {
        if (record.profileId != d->profileId || d->rowOf(record.characterId) >= 0)
            continue;
        d->entries.append({record, d->makeSession(record.characterId)});
        d->baseline.insert(record.characterId, record.toJson());
    }
    endResetModel();
    emit countChanged();
    if (d->current == 0 && !d->entries.isEmpty()) {
        d->current = d->entries.first().record.characterId;
        emit currentCharacterChanged();
    }
    return result;
}

void AccountManager::refreshAll(RefreshPolicy policy)
{
    if (policy == RefreshPolicy::Always && !d->refreshSince.isValid())
        d->refreshSince = QDateTime::currentDateTimeUtc();
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

void AccountManager::setWatchForChanges(bool watch)
{
    if (watch == (d->watcher != nullptr))
        return;
    if (!watch) {
        delete d->watcher;
        d->watcher = nullptr;
        return;
    }
    d->watcher = new QFileSystemWatcher(this);
    auto changed = [this] {
        d->watch(); // the file may be new, or replaced
        if (!d->watchDelay.isActive())
            d->watchDelay.start(100); // a save is a write and a rename: one look after both
    };
    connect(d->watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(d->watcher, &QFileSystemWatcher::fileChanged, this, changed);
    d->watch();
}

bool AccountManager::watchesForChanges() const { return d->watcher != nullptr; }

void AccountManager::syncWithStore() { d->sync(); }

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
        for (const Entry &entry : std::as_const(d->entries))
            record.sortIndex = qMax(record.sortIndex, entry.record.sortIndex + 1);
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
    d->added.insert(character.characterId);
    d->markDirty(character.characterId);
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
    // The session holds the character's lock while this runs: no other process refreshes it in between.
    d->entries[row].session->logOut(this, [this, characterId, guard, callback](const SsoError &revokeError,
                                                                              const SecretStore::Result &deleted) {
        // Removed locally whatever the SSO said (the player asked for it to be gone from this computer), but
        // only once its keychain entry is gone: a character dropped from the list with its login still in the
        // keychain could never be removed from there, and that login may still be alive.
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
            d->removeRow(at);
            emit countChanged();
            if (d->current == characterId) {
                d->current = d->entries.isEmpty() ? 0 : d->entries.value(qMin(at, int(d->entries.size()) - 1)).record.characterId;
                emit currentCharacterChanged();
            }
        }
        d->dirty.remove(characterId);
        d->added.remove(characterId);
        d->removed.insert(characterId);
        d->sync(); // now, while the lock is held
        if (guard) {
            SsoError reported = revokeError;
            if (revokeError.isError() && revokeError.kind != SsoError::Kind::NotConfigured) {
                reported.message = tr("The character was removed from this computer, but its login could not be "
                                      "revoked at EVE's login server (%1). You can revoke it on EVE's support site "
                                      "under third-party applications.")
                                       .arg(revokeError.message);
            }
            callback(reported);
        }
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
    for (int row = 0; row < d->entries.size(); ++row) {
        if (d->entries[row].record.sortIndex != row) {
            d->entries[row].record.sortIndex = row;
            d->dirty.insert(d->entries[row].record.characterId);
        }
    }
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
    d->markDirty(record.characterId);
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
