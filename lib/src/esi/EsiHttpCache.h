#pragma once

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
/// `<key>.body` file per answer, written atomically), so it survives restarts. Keys are opaque; the
/// caller makes them per character for authenticated routes.
class EsiHttpCache
{
public:
    /// Empty directory: memory only.
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }

    std::optional<EsiCacheEntry> lookup(const QByteArray &key);
    void store(const QByteArray &key, const EsiCacheEntry &entry);
    void clear();

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
    QString metaPath(const QByteArray &key) const;
    QString bodyPath(const QByteArray &key) const;

    QString m_directory;
    QHash<QByteArray, EsiCacheEntry> m_memory;
};

} // namespace EveSso
