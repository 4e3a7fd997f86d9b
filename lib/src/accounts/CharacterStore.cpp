#include <EveSso/CharacterStore.h>

#include "AccountsLogging.h"
#include "core/FileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>

#include <algorithm>

namespace EveSso {

namespace {

const QString kSchemaVersion = QStringLiteral("schemaVersion");
const QString kCharacters = QStringLiteral("characters");

/// What a parse of the file's bytes found.
struct Parsed
{
    enum class Kind { Ok, Corrupt, Newer } kind = Kind::Ok;
    int version = 0;
    QList<CharacterRecord> characters;
    QString problem; ///< For Corrupt: what is wrong, for the message.
    int badRecords = 0;
};

Parsed parse(const QByteArray &bytes)
{
    Parsed p;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        p.kind = Parsed::Kind::Corrupt;
        p.problem = QCoreApplication::translate("EveSso::CharacterStore", "invalid JSON at offset %1: %2")
                        .arg(error.offset)
                        .arg(error.errorString());
        return p;
    }
    if (!doc.isObject()) {
        p.kind = Parsed::Kind::Corrupt;
        p.problem = QCoreApplication::translate("EveSso::CharacterStore", "the top level is not a JSON object");
        return p;
    }
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(kSchemaVersion);
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInt())) {
        p.kind = Parsed::Kind::Corrupt;
        p.problem = QCoreApplication::translate("EveSso::CharacterStore", "no valid schema version");
        return p;
    }
    p.version = version.toInt();
    // Checked before anything else of the contents: a newer version may have changed their shape.
    if (p.version > CharacterStore::schemaVersion) {
        p.kind = Parsed::Kind::Newer;
        return p;
    }
    const QJsonValue list = root.value(kCharacters);
    if (!list.isArray()) {
        p.kind = Parsed::Kind::Corrupt;
        p.problem = QCoreApplication::translate("EveSso::CharacterStore", "no list of characters");
        return p;
    }
    const QJsonArray array = list.toArray();
    p.characters.reserve(array.size());
    for (const QJsonValue &item : array) {
        QString why;
        std::optional<CharacterRecord> record =
            item.isObject() ? CharacterRecord::fromJson(item.toObject(), &why) : std::nullopt;
        if (!record) {
            if (p.problem.isEmpty())
                p.problem = why.isEmpty() ? QCoreApplication::translate("EveSso::CharacterStore",
                                                                        "an entry is not a JSON object")
                                          : why;
            ++p.badRecords;
            continue;
        }
        p.characters.append(std::move(*record));
    }
    if (p.badRecords > 0)
        p.kind = Parsed::Kind::Corrupt;
    std::stable_sort(p.characters.begin(), p.characters.end(), [](const CharacterRecord &a, const CharacterRecord &b) {
        if (a.sortIndex != b.sortIndex)
            return a.sortIndex < b.sortIndex;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return p;
}

QString newerSchemaMessage(const QString &path, int version)
{
    return QCoreApplication::translate(
               "EveSso::CharacterStore",
               "The character list %1 was written by a newer version of this program (format %2; this version "
               "understands up to %3). It was left untouched and will not be overwritten: update the program "
               "to see your characters.")
        .arg(QDir::toNativeSeparators(path))
        .arg(version)
        .arg(CharacterStore::schemaVersion);
}

} // namespace

CharacterStore::CharacterStore(const QString &filePath)
    : m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{
}

QString CharacterStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/characters.json");
}

QString CharacterStore::filePath() const
{
    return m_filePath;
}

CharacterStore::LoadResult CharacterStore::load()
{
    LoadResult result;
    m_saveBlockedReason.clear();
    QFile file(m_filePath);
    if (!file.exists()) {
        result.status = LoadResult::Status::Missing;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = LoadResult::Status::ReadError;
        result.message = tr("The character list %1 could not be read (%2). It was left untouched; fix its "
                            "permissions and start the program again.")
                             .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        m_saveBlockedReason = result.message;
        qCWarning(lcCharacters) << "cannot read" << m_filePath << file.errorString();
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    Parsed parsed = parse(bytes);
    result.fileSchemaVersion = parsed.version;
    switch (parsed.kind) {
    case Parsed::Kind::Ok:
        result.status = LoadResult::Status::Ok;
        result.characters = std::move(parsed.characters);
        return result;
    case Parsed::Kind::Newer:
        result.status = LoadResult::Status::NewerSchema;
        result.message = newerSchemaMessage(m_filePath, parsed.version);
        m_saveBlockedReason = result.message;
        qCWarning(lcCharacters) << m_filePath << "has schema version" << parsed.version << "- left untouched";
        return result;
    case Parsed::Kind::Corrupt:
        break;
    }

    result.status = LoadResult::Status::Corrupt;
    result.characters = std::move(parsed.characters);
    QString moveError;
    result.keptFile = keepCorruptFile(&moveError);
    const QString salvaged =
        result.characters.isEmpty()
            ? tr("No character could be read from it.")
            : tr("%n character(s) could still be read from it.", nullptr, int(result.characters.size()));
    if (!result.keptFile.isEmpty()) {
        result.message = tr("The character list was damaged (%1). It was kept as %2 so nothing is lost. %3 "
                            "Characters missing from the list can be added again by logging in.")
                             .arg(parsed.problem, QDir::toNativeSeparators(result.keptFile), salvaged);
    } else {
        // Could not move it: then it must not be overwritten either.
        result.message = tr("The character list %1 is damaged (%2) and could not be moved aside (%3). It was "
                            "left untouched and will not be overwritten. %4")
                             .arg(QDir::toNativeSeparators(m_filePath), parsed.problem, moveError, salvaged);
        m_saveBlockedReason = result.message;
    }
    qCWarning(lcCharacters) << "damaged character list" << m_filePath << "kept as" << result.keptFile;
    return result;
}

QString CharacterStore::keepCorruptFile(QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString base = m_filePath + QStringLiteral(".corrupt-") + stamp;
    QString target = base;
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    QFile file(m_filePath);
    // rename() keeps the exact bytes (and is atomic on the same file system).
    if (!file.rename(target)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return target;
}

CharacterStore::SaveResult CharacterStore::refused(const QString &message) const
{
    SaveResult result;
    result.status = SaveResult::Status::Refused;
    result.message = message;
    qCWarning(lcCharacters) << "refusing to save" << m_filePath;
    return result;
}

CharacterStore::SaveResult CharacterStore::save(const QList<CharacterRecord> &characters)
{
    if (!m_saveBlockedReason.isEmpty())
        return refused(m_saveBlockedReason);

    // Another instance (or a newer version) may have written the file since we loaded it.
    QFile existing(m_filePath);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return refused(tr("The character list %1 exists but could not be read (%2), so it was not overwritten.")
                               .arg(QDir::toNativeSeparators(m_filePath), existing.errorString()));
        const Parsed current = parse(existing.readAll());
        existing.close();
        if (current.kind == Parsed::Kind::Newer)
            return refused(newerSchemaMessage(m_filePath, current.version));
        if (current.kind == Parsed::Kind::Corrupt) {
            QString moveError;
            const QString kept = keepCorruptFile(&moveError);
            if (kept.isEmpty())
                return refused(tr("The character list %1 is damaged and could not be moved aside (%2), so it was "
                                  "not overwritten.")
                                   .arg(QDir::toNativeSeparators(m_filePath), moveError));
            qCWarning(lcCharacters) << "damaged character list" << m_filePath << "kept as" << kept << "before saving";
        }
    }

    return write(characters);
}

CharacterStore::SaveResult CharacterStore::update(const std::function<bool(QList<CharacterRecord> &)> &change,
                                                  LoadResult *loaded)
{
    const QString dir = QFileInfo(m_filePath).absolutePath();
    QDir().mkpath(dir);
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    // Held for one read and one write of a small file: milliseconds. Waiting blocks, briefly.
    if (!lock.tryLock(5000)) {
        SaveResult busy;
        busy.status = SaveResult::Status::WriteError;
        busy.message = tr("The character list %1 is locked by another program (%2), so it was not saved.")
                           .arg(QDir::toNativeSeparators(m_filePath), QDir::toNativeSeparators(lock.fileName()));
        return busy;
    }
    LoadResult current = load();
    if (loaded)
        *loaded = current;
    if (!m_saveBlockedReason.isEmpty())
        return refused(m_saveBlockedReason);
    QList<CharacterRecord> characters = std::move(current.characters);
    if (!change(characters))
        return SaveResult();
    return write(characters);
}

CharacterStore::SaveResult CharacterStore::write(const QList<CharacterRecord> &characters)
{
    SaveResult result;
    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(dir)) {
        result.status = SaveResult::Status::WriteError;
        result.message = tr("The folder %1 could not be created, so the character list was not saved.")
                             .arg(QDir::toNativeSeparators(dir));
        return result;
    }

    QJsonArray list;
    for (const CharacterRecord &c : characters)
        list.append(c.toJson());
    const QJsonObject root{{kSchemaVersion, schemaVersion}, {kCharacters, list}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    // Owner hashes and wallet balances are nobody else's business on a shared machine. A failed write
    // (a full disk) keeps the previous list.
    FileWriteOptions options;
    options.permissions = kOwnerOnlyFile;
    QString why;
    if (!writeWholeFile(m_filePath, bytes, options, &why)) {
        result.status = SaveResult::Status::WriteError;
        result.message = tr("The character list %1 could not be saved (%2).")
                             .arg(QDir::toNativeSeparators(m_filePath), why);
        return result;
    }
    return result;
}

} // namespace EveSso
