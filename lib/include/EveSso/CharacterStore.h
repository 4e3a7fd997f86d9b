#pragma once

#include <EveSso/CharacterRecord.h>
#include <EveSso/evesso_export.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace EveSso {

/// The player's characters' metadata (CharacterRecord) in one JSON file, with a schema version.
///
/// Loading never destroys data: a corrupt file is moved aside to
/// `<file>.corrupt-<UTC timestamp>` and reported; a file written by a newer version of the
/// library is left untouched and saving is refused from then on, so it is never overwritten with
/// less than it holds. Saving is atomic (QSaveFile: a crash leaves the old file or the new one,
/// never half of one) and creates the directory. The file contains no secret.
///
/// Synchronous and fast (see tests/bench/accounts/bench_metadata.cpp for 100 characters).
class EVESSO_EXPORT CharacterStore
{
    Q_DECLARE_TR_FUNCTIONS(EveSso::CharacterStore)

public:
    /// The schema version this library writes and the newest it reads.
    static constexpr int schemaVersion = 1;

    /// The outcome of load().
    struct LoadResult
    {
        /// What load() found.
        enum class Status {
            Ok,          ///< Loaded.
            Missing,     ///< No file yet (first start): an empty list, not an error.
            Corrupt,     ///< Unreadable JSON or records: the file was moved to keptFile; `characters`
                         ///< holds whatever records could still be read (often none).
            NewerSchema, ///< Written by a newer version: left untouched, nothing loaded, saving refused.
            ReadError,   ///< The file exists but cannot be opened: left untouched, saving refused.
        };
        /// What load() found.
        Status status = Status::Ok;
        QList<CharacterRecord> characters; ///< Sorted by sortIndex, then by name.
        QString message;                   ///< Translated; empty for Ok and Missing.
        QString keptFile;                  ///< For Corrupt: where the damaged file now is (empty if it could not be moved).
        int fileSchemaVersion = 0;         ///< The schema version found in the file, 0 when none.

        /// True for Ok and Missing: the list is the player's complete list.
        bool ok() const { return status == Status::Ok || status == Status::Missing; }
    };

    /// The outcome of save().
    struct SaveResult
    {
        /// What save() did.
        enum class Status {
            Ok,         ///< Written.
            Refused,    ///< Not written, to protect a file this version cannot fully read (see message).
            WriteError, ///< The directory or file could not be written (see message).
        };
        /// What save() did.
        Status status = Status::Ok;
        QString message; ///< Translated; empty for Ok.

        /// True when the file was written.
        bool ok() const { return status == Status::Ok; }
    };

    /// `filePath` is the metadata file; empty means defaultFilePath().
    explicit CharacterStore(const QString &filePath = QString());

    /// `characters.json` in QStandardPaths::AppDataLocation (so it follows the application's
    /// organization and name: other tools using the library get their own file).
    static QString defaultFilePath();

    /// The metadata file this store reads and writes.
    QString filePath() const;

    /// Reads the file. See LoadResult::Status for what happens to a damaged or newer file.
    LoadResult load();

    /// Writes all `characters` atomically, replacing the file's previous contents. Refused after a
    /// load() that found a newer schema or could not read the file, and whenever the file on disk has
    /// a newer schema. A corrupt file found here is moved aside first, as load() would.
    SaveResult save(const QList<CharacterRecord> &characters);

    /// A read-modify-write for files that several processes share: under the file's cross-process lock
    /// (`<file>.lock`), reads the file, lets `change` edit the list it holds and, when `change` returns true,
    /// writes the result. Another process's update in between can thus never be lost. `loaded`, when
    /// given, receives what was read. Refused like save() for a newer or unreadable file; a WriteError
    /// when the lock is held for more than 5 s.
    SaveResult update(const std::function<bool(QList<CharacterRecord> &characters)> &change,
                      LoadResult *loaded = nullptr);

private:
    SaveResult write(const QList<CharacterRecord> &characters);
    QString keepCorruptFile(QString *error);
    SaveResult refused(const QString &message) const;

    QString m_filePath;
    QString m_saveBlockedReason;
};

} // namespace EveSso
