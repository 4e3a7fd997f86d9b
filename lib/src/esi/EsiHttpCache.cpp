#include "EsiHttpCache.h"

#include "EsiLogging.h"
#include "core/FileWriter.h"

#include <EveSso/UtcDateTime.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace EveSso {

namespace {

qint64 maxAgeOf(const QByteArray &cacheControl)
{
    for (const QByteArray &part : cacheControl.split(',')) {
        const QByteArray directive = part.trimmed().toLower();
        if (directive.startsWith("max-age=")) {
            bool ok = false;
            const qint64 seconds = directive.mid(8).toLongLong(&ok);
            return ok ? seconds : -1;
        }
    }
    return -1;
}

bool hasDirective(const QByteArray &cacheControl, const QByteArray &name)
{
    for (const QByteArray &part : cacheControl.split(',')) {
        if (part.trimmed().toLower() == name)
            return true;
    }
    return false;
}

/// Writes next to the target, then renames over it. No fsync (unlike QSaveFile): this is a cache, a
/// lost write costs one request, and a torn body/meta pair fails the meta's SHA-256 and is ignored.
bool writeFile(const QString &path, const QByteArray &data)
{
    FileWriteOptions options;
    options.durable = false;
    return writeWholeFile(path, data, options);
}

} // namespace

QDateTime EsiHttpCache::parseHttpDate(const QByteArray &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(text.trimmed()),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!t.isValid())
        return {};
    return Utc::reinterpret(t);
}

void EsiHttpCache::setDirectory(const QString &directory)
{
    m_directory = directory;
    m_memory.clear();
    if (!m_directory.isEmpty() && !QDir().mkpath(m_directory))
        qCWarning(lcEsi, "Cannot create the ESI cache directory %s; caching in memory only",
                  qPrintable(QDir::toNativeSeparators(m_directory)));
}

QByteArray EsiHttpCache::keyFor(const QByteArray &method, const QByteArray &url, const QByteArray &variant)
{
    return QCryptographicHash::hash(method + '\n' + url + '\n' + variant, QCryptographicHash::Sha256).toHex().left(40);
}

QDateTime EsiHttpCache::expiryFrom(const QByteArray &expiresHeader, const QByteArray &dateHeader,
                                   const QByteArray &cacheControl, const QDateTime &now)
{
    if (isNoStore(cacheControl) || hasDirective(cacheControl, "no-cache"))
        return {};
    const QDateTime expires = parseHttpDate(expiresHeader);
    const QDateTime date = parseHttpDate(dateHeader);
    if (expires.isValid() && date.isValid())
        return now.addSecs(qMax<qint64>(0, date.secsTo(expires)));
    const qint64 maxAge = maxAgeOf(cacheControl);
    if (maxAge >= 0)
        return now.addSecs(maxAge);
    if (expires.isValid()) // no Date header: trust our clock
        return expires;
    return {};
}

bool EsiHttpCache::isNoStore(const QByteArray &cacheControl)
{
    return hasDirective(cacheControl, "no-store");
}

QString EsiHttpCache::metaPath(const QByteArray &key) const
{
    return m_directory + QLatin1Char('/') + QString::fromLatin1(key) + QLatin1String(".meta");
}

QString EsiHttpCache::bodyPath(const QByteArray &key) const
{
    return m_directory + QLatin1Char('/') + QString::fromLatin1(key) + QLatin1String(".body");
}

std::optional<EsiCacheEntry> EsiHttpCache::lookup(const QByteArray &key)
{
    if (auto it = m_memory.constFind(key); it != m_memory.constEnd())
        return *it;
    if (m_directory.isEmpty())
        return std::nullopt;
    QFile meta(metaPath(key));
    QFile body(bodyPath(key));
    if (!meta.open(QIODevice::ReadOnly) || !body.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(meta.readAll()).object();
    const QByteArray sha = json.value(QLatin1String("sha256")).toString().toLatin1();
    EsiCacheEntry entry;
    entry.body = body.readAll();
    // A torn or tampered pair is ignored, not trusted: the body must be the one the meta describes.
    if (sha.isEmpty() || QCryptographicHash::hash(entry.body, QCryptographicHash::Sha256).toHex() != sha)
        return std::nullopt;
    entry.etag = json.value(QLatin1String("etag")).toString().toLatin1();
    entry.lastModified = json.value(QLatin1String("last_modified")).toString().toLatin1();
    entry.expires = QDateTime::fromString(json.value(QLatin1String("expires")).toString(), Qt::ISODate);
    entry.pages = json.value(QLatin1String("pages")).toInt();
    m_memory.insert(key, entry);
    return entry;
}

void EsiHttpCache::store(const QByteArray &key, const EsiCacheEntry &entry)
{
    m_memory.insert(key, entry);
    if (m_directory.isEmpty())
        return;
    const QJsonObject json{
        {QStringLiteral("etag"), QString::fromLatin1(entry.etag)},
        {QStringLiteral("last_modified"), QString::fromLatin1(entry.lastModified)},
        {QStringLiteral("expires"), entry.expires.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("pages"), entry.pages},
        {QStringLiteral("sha256"),
         QString::fromLatin1(QCryptographicHash::hash(entry.body, QCryptographicHash::Sha256).toHex())}};
    const bool ok = writeFile(bodyPath(key), entry.body)
        && writeFile(metaPath(key), QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!ok)
        qCWarning(lcEsi, "Cannot write to the ESI cache directory %s; the answer is cached in memory only",
                  qPrintable(QDir::toNativeSeparators(m_directory)));
}

void EsiHttpCache::clear()
{
    m_memory.clear();
    if (m_directory.isEmpty())
        return;
    QDir dir(m_directory);
    for (const QString &name :
         dir.entryList({QStringLiteral("*.meta"), QStringLiteral("*.body"), QStringLiteral("*.part")}, QDir::Files))
        dir.remove(name);
}

} // namespace EveSso
