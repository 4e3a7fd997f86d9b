#pragma once

#include <EveSso/evesso_export.h>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace EveSso {

class SecretStore;

/// Takes the logins a program stored elsewhere (an older keychain service and metadata file, e.g. before
/// two programs shared one store) into a store, once, losing nothing and leaving nothing behind.
///
/// For each source, character by character under the character's lock: the keychain entry moves into the
/// target service (when the target already holds a login of the character, the one refreshed last wins)
/// and is deleted from the source's; then the source's records are merged into the target's metadata
/// file (under its lock) and the source file is renamed to `<file>.migrated`. A source whose keychain
/// cannot be used stays as it is, to be taken in on a later run. Several processes may migrate at once.
class EVESSO_EXPORT LoginMigration : public QObject
{
    Q_OBJECT

public:
    /// Where logins were kept.
    struct Source
    {
        QString serviceName;  ///< Keychain service (SecretStore::serviceName()) of the entries.
        QString metadataPath; ///< The CharacterStore file that lists the characters.
    };

    /// What run() did.
    struct Result
    {
        int charactersMerged = 0; ///< Records taken into the target's metadata.
        int loginsMoved = 0;      ///< Keychain entries moved into the target service.
        QStringList problems;     ///< Translated; a source with a problem is left in place for a later run.
        /// True when every source was taken in.
        bool ok() const { return problems.isEmpty(); }
    };

    /// `target` (not owned) is the store logins move into; its metadata file is `targetMetadataPath`.
    LoginMigration(const QString &profileId, SecretStore *target, const QString &targetMetadataPath,
                   QObject *parent = nullptr);
    ~LoginMigration() override;

    /// Adds a place to take logins from.
    void addSource(const Source &source);
    /// True when a source still has a metadata file to take in (one stat per source: cheap at every start).
    bool isNeeded() const;
    /// Migrates every source; `done` is called once, in `context`'s thread (never synchronously).
    void run(QObject *context, std::function<void(const Result &)> done);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace EveSso
