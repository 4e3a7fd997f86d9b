#include <EveSso/LoginMigration.h>

#include <EveSso/CharacterStore.h>
#include <EveSso/SecretStore.h>
#include <EveSso/StoredLogin.h>

#include "AccountsLogging.h"
#include "LoginLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace EveSso {

struct LoginMigration::Private
{
    LoginMigration *q = nullptr;
    QString profileId;
    QPointer<SecretStore> target;
    QString targetPath;
    QList<Source> sources;
    Result result;
    QPointer<QObject> context;
    std::function<void(const Result &)> done;

    // The source being taken in.
    int sourceIndex = -1;
    QList<CharacterRecord> records;
    QList<CharacterRecord> targetRecords;
    SecretStore *sourceSecrets = nullptr;
    bool sourceComplete = true;

    void problem(const QString &message)
    {
        qCWarning(lcCharacters) << "login migration:" << message;
        result.problems.append(message);
        sourceComplete = false;
    }

    void nextSource()
    {
        delete sourceSecrets;
        sourceSecrets = nullptr;
        if (++sourceIndex >= sources.size())
            return finish();
        const Source &source = sources[sourceIndex];
        if (!QFileInfo::exists(source.metadataPath))
            return nextSource();
        sourceComplete = true;
        const CharacterStore::LoadResult loaded = CharacterStore(source.metadataPath).load();
        if (!loaded.ok()) {
            problem(loaded.message);
            return nextSource();
        }
        records.clear();
        for (const CharacterRecord &record : loaded.characters) {
            if (record.profileId == profileId)
                records.append(record);
            else
                sourceComplete = false; // another profile's: the file stays for whoever takes that one in
        }
        targetRecords = CharacterStore(targetPath).load().characters;
        if (target && source.serviceName != target->serviceName()) {
            sourceSecrets = new SecretStore(source.serviceName, q);
            sourceSecrets->setTimeout(target->timeout());
        }
        moveLogin(0);
    }

    QDateTime targetRefreshedAt(qint64 id) const
    {
        for (const CharacterRecord &record : targetRecords) {
            if (record.characterId == id && record.profileId == profileId)
                return record.lastRefreshAt;
        }
        return {};
    }

    /// Moves the keychain entry of records[index], then the next one; then merges the metadata.
    void moveLogin(int index)
    {
        if (index >= records.size())
            return mergeMetadata();
        if (!sourceSecrets || !target)
            return moveLogin(index + 1);
        const CharacterRecord record = records[index];
        auto lock = std::make_shared<LoginLock>(target->serviceName(), profileId, record.characterId);
        auto *waiter = new LoginLockWaiter(lock.get(), q);
        waiter->acquire(std::chrono::seconds(30), [this, index, record, lock, waiter](bool locked, const QString &why) {
            waiter->deleteLater();
            if (!locked) {
                problem(why);
                return moveLogin(index + 1);
            }
            auto next = [this, index, lock] {
                lock->unlock();
                moveLogin(index + 1);
            };
            sourceSecrets->readRefreshToken(profileId, record.characterId, q, [this, record, lock, next](const SecretStore::Result &old) {
                if (old.error == SecretStore::Error::NotFound)
                    return next();
                if (!old.ok()) {
                    problem(old.message);
                    return next();
                }
                target->readRefreshToken(profileId, record.characterId, q, [this, record, lock, next, old](const SecretStore::Result &held) {
                    if (!held.ok() && held.error != SecretStore::Error::NotFound) {
                        problem(held.message);
                        return next();
                    }
                    // Two logins of one character (one per program): the one refreshed last is the live one.
                    const QDateTime heldAt = targetRefreshedAt(record.characterId);
                    const bool replace = !held.ok() || (record.lastRefreshAt.isValid() && (!heldAt.isValid() || record.lastRefreshAt > heldAt));
                    auto deleteOld = [this, record, next] {
                        sourceSecrets->removeRefreshToken(profileId, record.characterId, q, [this, next](const SecretStore::Result &removed) {
                            if (!removed.ok())
                                problem(removed.message);
                            next();
                        });
                    };
                    if (!replace)
                        return deleteOld();
                    const StoredLogin login = StoredLogin::decode(old.secret);
                    target->writeRefreshToken(profileId, record.characterId, login.encode(), q,
                                              [this, lock, next, deleteOld](const SecretStore::Result &written) {
                                                  if (!written.ok()) {
                                                      problem(written.message);
                                                      return next();
                                                  }
                                                  lock->recordChange();
                                                  ++result.loginsMoved;
                                                  deleteOld();
                                              });
                });
            });
        });
    }

    void mergeMetadata()
    {
        const QList<CharacterRecord> incoming = records;
        int merged = 0;
        const CharacterStore::SaveResult saved = CharacterStore(targetPath).update([&](QList<CharacterRecord> &all) {
            int nextIndex = 0;
            for (const CharacterRecord &record : std::as_const(all))
                nextIndex = std::max(nextIndex, record.sortIndex + 1);
            bool changed = false;
            for (CharacterRecord record : incoming) {
                auto it = std::find_if(all.begin(), all.end(), [&](const CharacterRecord &r) {
                    return r.characterId == record.characterId && r.profileId == record.profileId;
                });
                if (it == all.end()) {
                    record.sortIndex = nextIndex++;
                    all.append(record);
                } else if (record.lastRefreshAt.isValid() && (!it->lastRefreshAt.isValid() || record.lastRefreshAt > it->lastRefreshAt)) {
                    record.sortIndex = it->sortIndex;
                    if (it->addedAt.isValid() && (!record.addedAt.isValid() || it->addedAt < record.addedAt))
                        record.addedAt = it->addedAt;
                    *it = record;
                } else {
                    continue;
                }
                ++merged;
                changed = true;
            }
            return changed;
        });
        if (!saved.ok()) {
            problem(saved.message);
            return nextSource();
        }
        result.charactersMerged += merged;
        if (sourceComplete) {
            const QString path = sources[sourceIndex].metadataPath;
            QString kept = path + QStringLiteral(".migrated");
            for (int n = 1; QFileInfo::exists(kept); ++n)
                kept = path + QStringLiteral(".migrated-%1").arg(n);
            // Kept, not deleted: the file holds no secret, and an older version can still be pointed at it.
            if (!QFile::rename(path, kept) && QFileInfo::exists(path))
                problem(QCoreApplication::translate("EveSso::LoginMigration",
                                                    "%1 could not be renamed after its characters were taken in.")
                            .arg(QDir::toNativeSeparators(path)));
        }
        nextSource();
    }

    void finish()
    {
        const Result outcome = result;
        auto callback = std::exchange(done, {});
        if (context && callback)
            QTimer::singleShot(0, context, [callback, outcome] { callback(outcome); });
    }
};

LoginMigration::LoginMigration(const QString &profileId, SecretStore *target, const QString &targetMetadataPath,
                               QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->profileId = profileId;
    d->target = target;
    d->targetPath = targetMetadataPath;
}

LoginMigration::~LoginMigration() = default;

void LoginMigration::addSource(const Source &source) { d->sources.append(source); }

bool LoginMigration::isNeeded() const
{
    return std::any_of(d->sources.cbegin(), d->sources.cend(),
                       [](const Source &source) { return QFileInfo::exists(source.metadataPath); });
}

void LoginMigration::run(QObject *context, std::function<void(const Result &)> done)
{
    d->context = context;
    d->done = std::move(done);
    d->result = Result();
    d->sourceIndex = -1;
    // From the event loop: the callback is never called from inside run().
    QTimer::singleShot(0, this, [this] { d->nextSource(); });
}

} // namespace EveSso
