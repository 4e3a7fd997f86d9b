#pragma once

#include <QSettings>

#include <memory>

/// Where Capsuleer keeps the player's settings (server, client id, window layout; never a token), and in
/// which format. QSettings' own INI writer loses the file on a full disk with Qt 6.4: its buffered
/// QSaveFile renames the short temporary file over the settings when the final flush fails, and sync()
/// reports no error. This format writes JSON through the same QSaveFile, but flushes it itself and fails
/// the write when a byte did not reach the disk, so QSettings keeps the previous file and status() says
/// AccessError.
namespace SettingsFile {

/// The registered format (registered on first use).
QSettings::Format format();

/// The player's settings at `path` in format(). When `path` does not exist yet, settings left in QSettings'
/// INI format at `legacyIniPath` (by earlier versions) are moved into it; the old file is removed once
/// the new one is written.
std::unique_ptr<QSettings> open(const QString &path, const QString &legacyIniPath = QString());

/// The default places: $XDG_CONFIG_HOME/Capsuleer/Capsuleer.json, migrating Capsuleer.conf beside it.
std::unique_ptr<QSettings> openDefault();

} // namespace SettingsFile
