#pragma once

#include "core/AutotestExport.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace EveSso {

/// Owner-only permissions (0600 for files, 0700 for folders), for personal data and locks.
inline constexpr QFileDevice::Permissions kOwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
inline constexpr QFileDevice::Permissions kOwnerOnlyFolder =
    kOwnerOnlyFile | QFileDevice::ExeOwner | QFileDevice::ExeUser;

/// How writeWholeFile() writes.
struct FileWriteOptions
{
    /// The new file's permissions (for example owner-only for personal data); empty: the default. Without
    /// `durable` the file is created with them; with it they are set before anything is written.
    QFileDevice::Permissions permissions;
    /// True: synced to disk before it replaces the old file (QSaveFile), for what cannot be fetched again.
    /// False: no fsync, for caches, where a write lost in a crash costs one request.
    bool durable = true;
};

/// Replaces the file at `path` with `data` in one step, or leaves it as it was.
///
/// The data goes to a temporary file beside it, unbuffered, so that a full disk or a size limit fails the
/// write itself: Qt 6.4's buffered QSaveFile reports a failed flush inside commit() and still renames the
/// short file over the real one, which emptied the character list on a full disk. Only a temporary file
/// that holds every byte replaces the old one. On failure `error` (if given) says why, in the system's
/// words ("No space left on device"), and the temporary file is removed.
EVESSO_AUTOTEST_EXPORT bool writeWholeFile(const QString &path, const QByteArray &data,
                                           const FileWriteOptions &options, QString *error = nullptr);

} // namespace EveSso
