#include "EsiHttpCache.h"

#include "EsiLogging.h"

#include <EveSso/UtcDateTime.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
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
    return writeWholeFile(path, data, EsiHttpCache::fileOptions());
}

bool isCacheFile(const QString &name)
{
    return name.endsWith(QLatin1String(".meta")) || name.endsWith(QLatin1String(".body"))
        || name.endsWith(QLatin1String(".part"));
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

FileWriteOptions EsiHttpCache::fileOptions()
{
    FileWriteOptions options;
    options.permissions = kOwnerOnlyFile;
    options.durable = false;
    return options;
}

void EsiHttpCache::setDirectory(const QString &directory)
{
    m_directory = directory.isEmpty() ? QString() : QDir::cleanPath(QDir(directory).absolutePath());
    m_memory.clear();
    if (m_directory.isEmpty())
        return;
    if (!makePrivateFolder(m_directory)) {
        qCWarning(lcEsi, "Cannot create the ESI cache directory %s; caching in memory only",
                  qPrintable(QDir::toNativeSeparators(m_directory)));
        return;
    }
    tighten();
}

bool EsiHttpCache::makePrivateFolder(const QString &path) const
{
    const QString clean = QDir::cleanPath(path);
    if (QFileInfo(clean).isDir())
        return true;
    const QString parent = QFileInfo(clean).path();
    if (!m_directory.isEmpty() && clean.startsWith(m_directory + QLatin1Char('/'))) {
        if (!makePrivateFolder(parent))
            return false;
    } else if (!QDir().mkpath(parent)) { // above the cache: the usual permissions
        return false;
    }
    // Created with its permissions (the umask can only take more away), never loosened for a moment.
    return QDir().mkdir(clean, kOwnerOnlyFolder) || QFileInfo(clean).isDir();
}

void EsiHttpCache::tighten()
{
    QDir root(m_directory);
    // An older version kept every answer flat in the cache directory, a character's beside the public
    // ones, with no way to tell whose each is: they are dropped (each costs one request again).
    for (const QString &name : root.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (isCacheFile(name))
            root.remove(name);
    }
    bool ok = QFile::setPermissions(m_directory, kOwnerOnlyFolder);
    // Symbolic links are neither followed nor changed: whatever they point to is not the cache's.
    QDirIterator it(m_directory, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        const QFileDevice::Permissions wanted = info.isDir() ? kOwnerOnlyFolder : kOwnerOnlyFile;
        // (Another process may have renamed or removed the file meanwhile: that is no failure.)
        if (info.permissions() != wanted && !QFile::setPermissions(path, wanted) && QFileInfo::exists(path))
            ok = false;
    }
    if (!ok)
        qCWarning(lcEsi, "Cannot make every file of the ESI cache directory %s private to its owner",
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

QString EsiHttpCache::folderOf(qint64 characterId) const
{
    return characterId > 0 ? m_directory + QStringLiteral("/characters/") + QString::number(characterId)
                           : m_directory + QStringLiteral("/public");
}

std::optional<EsiCacheEntry> EsiHttpCache::lookup(qint64 characterId, const QByteArray &key)
{
    if (auto it = m_memory.constFind(characterId); it != m_memory.constEnd()) {
        if (auto entry = it->constFind(key); entry != it->constEnd())
            return *entry;
    }
    if (m_directory.isEmpty())
        return std::nullopt;
    const QString base = folderOf(characterId) + QLatin1Char('/') + QString::fromLatin1(key);
    QFile meta(base + QLatin1String(".meta"));
    QFile body(base + QLatin1String(".body"));
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
    m_memory[characterId].insert(key, entry);
    return entry;
}

void EsiHttpCache::store(qint64 characterId, const QByteArray &key, const EsiCacheEntry &entry)
{
    m_memory[characterId].insert(key, entry);
    if (m_directory.isEmpty())
        return;
    const QJsonObject json{
        {QStringLiteral("etag"), QString::fromLatin1(entry.etag)},
        {QStringLiteral("last_modified"), QString::fromLatin1(entry.lastModified)},
        {QStringLiteral("expires"), entry.expires.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("pages"), entry.pages},
        {QStringLiteral("sha256"),
         QString::fromLatin1(QCryptographicHash::hash(entry.body, QCryptographicHash::Sha256).toHex())}};
    const QString folder = folderOf(characterId);
    const QString base = folder + QLatin1Char('/') + QString::fromLatin1(key);
    const bool ok = makePrivateFolder(folder) && writeFile(base + QLatin1String(".body"), entry.body)
        && writeFile(base + QLatin1String(".meta"), QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!ok)
        qCWarning(lcEsi, "Cannot write to the ESI cache directory %s; the answer is cached in memory only",
                  qPrintable(QDir::toNativeSeparators(m_directory)));
}

void EsiHttpCache::forgetCharacter(qint64 characterId)
{
    if (characterId <= 0)
        return;
    m_memory.remove(characterId);
    ++m_forgetCounts[characterId];
    if (!m_directory.isEmpty())
        QDir(folderOf(characterId)).removeRecursively();
}

void EsiHttpCache::clear()
{
    m_memory.clear();
    if (m_directory.isEmpty())
        return;
    QDir(m_directory + QStringLiteral("/public")).removeRecursively();
    QDir(m_directory + QStringLiteral("/characters")).removeRecursively();
}

} // namespace EveSso
