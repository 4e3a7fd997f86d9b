#pragma once

#include "core/AutotestExport.h"
#include "core/FileWriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace EveSso {

/// One cached answer: the body, its validators and when it stops being fresh.
struct EsiCacheEntry
{
    QByteArray body;
    QByteArray etag;
    QByteArray lastModified; ///< The raw header, sent back as If-Modified-Since.
    QDateTime expires;       ///< UTC on the client's clock (see EsiHttpCache::expiryFrom()).
    int pages = 0;           ///< X-Pages, 0 when absent.

    bool isFresh(const QDateTime &now) const { return expires.isValid() && now < expires; }
    bool canRevalidate() const { return !etag.isEmpty() || !lastModified.isEmpty(); }
};

/// The HTTP cache of ESI answers, in memory and on disk (one `<key>.meta` JSON file and one
/// `<key>.body` file per answer, written atomically), so it survives restarts. Keys are opaque.
///
/// Answers of authenticated routes are a character's personal data (its wallet, its journal): they are
/// kept apart per character, under `characters/<id>/`, so that forgetCharacter() can delete them when
/// the character is removed; answers of public routes (character id 0) are under `public/`. Every
/// folder is created owner-only (0700) and every file owner-only (0600) from the start, whatever the
/// umask, and a cache left by an older version is tightened when it is opened (its flat files, whose
/// character cannot be told, are deleted).
class EVESSO_AUTOTEST_EXPORT EsiHttpCache
{
public:
    /// Empty directory: memory only.
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }

    /// `characterId`: whose answer (0: a public route).
    std::optional<EsiCacheEntry> lookup(qint64 characterId, const QByteArray &key);
    void store(qint64 characterId, const QByteArray &key, const EsiCacheEntry &entry);
    /// Deletes the character's answers from memory and disk.
    void forgetCharacter(qint64 characterId);
    /// Counts the character's forgetCharacter() calls: an answer asked for before the character was
    /// forgotten must not be stored after it (compare the values from before and after the request).
    quint64 forgetCount(qint64 characterId) const { return m_forgetCounts.value(characterId); }
    void clear();

    /// Creates `path` (the cache directory or a folder below it) and its missing parents below the cache
    /// directory owner-only; true when it exists afterwards.
    bool makePrivateFolder(const QString &path) const;
    /// Options of writeWholeFile() for a file in the cache: owner-only from the start, not synced.
    static FileWriteOptions fileOptions();

    /// A stable file-name-safe key for a request.
    static QByteArray keyFor(const QByteArray &method, const QByteArray &url, const QByteArray &variant);
    /// When an answer stops being fresh on the client's clock: ESI's Expires minus its Date added to
    /// `now` (so a skewed client clock does not matter), else Cache-Control max-age. Invalid when the
    /// answer must not be stored or reused without asking (no-store, no-cache, no expiry at all).
    static QDateTime expiryFrom(const QByteArray &expiresHeader, const QByteArray &dateHeader,
                                const QByteArray &cacheControl, const QDateTime &now);
    static bool isNoStore(const QByteArray &cacheControl);
    /// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); invalid when it is not one.
    static QDateTime parseHttpDate(const QByteArray &text);

private:
    QString folderOf(qint64 characterId) const;
    /// Tightens an existing cache to owner-only and deletes an older version's flat files.
    void tighten();

    QString m_directory;
    QHash<qint64, QHash<QByteArray, EsiCacheEntry>> m_memory; ///< By character (0: public routes).
    QHash<qint64, quint64> m_forgetCounts;
};

} // namespace EveSso
