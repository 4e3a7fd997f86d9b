#include "SettingsFile.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

// Values JSON holds as they are (strings, numbers, booleans, lists of strings) are written plainly, so the
// file stays readable; anything else (window geometry, URLs) as the QVariant's own serialization under
// this key, so every value reads back with its type.
const QString kVariantKey = QStringLiteral("qvariant");

QJsonValue toJson(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QString:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
    case QMetaType::QStringList:
        return QJsonValue::fromVariant(value);
    default:
        break;
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0); // readable by every Qt 6
    out << value;
    return QJsonObject{{kVariantKey, QString::fromLatin1(bytes.toBase64())}};
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QByteArray bytes = QByteArray::fromBase64(value.toObject().value(kVariantKey).toString().toLatin1());
        QDataStream in(&bytes, QIODevice::ReadOnly);
        in.setVersion(QDataStream::Qt_6_0);
        QVariant variant;
        in >> variant;
        return in.status() == QDataStream::Ok ? variant : QVariant();
    }
    if (value.isArray()) {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list.append(item.toString());
        return list;
    }
    return value.toVariant();
}

bool readJson(QIODevice &device, QSettings::SettingsMap &map)
{
    const QByteArray data = device.readAll();
    if (data.trimmed().isEmpty())
        return true; // a new, empty file
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false; // QSettings then reports FormatError and never writes over the file
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), fromJson(it.value()));
    return true;
}

bool writeJson(QIODevice &device, const QSettings::SettingsMap &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), toJson(it.value()));
    const QByteArray data = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (device.write(data) != data.size())
        return false;
    // The flush QSaveFile::commit() would do itself, but checked: returning false makes QSettings cancel the
    // write and keep the previous file.
    auto *file = qobject_cast<QFileDevice *>(&device);
    return !file || (file->flush() && file->error() == QFileDevice::NoError);
}

void moveLegacySettings(QSettings &target, const QString &legacyIniPath)
{
    if (legacyIniPath.isEmpty() || !QFile::exists(legacyIniPath))
        return;
    {
        const QSettings legacy(legacyIniPath, QSettings::IniFormat);
        if (legacy.status() != QSettings::NoError)
            return;
        for (const QString &key : legacy.allKeys())
            target.setValue(key, legacy.value(key));
    }
    target.sync();
    if (target.status() == QSettings::NoError)
        QFile::remove(legacyIniPath);
}

} // namespace

namespace SettingsFile {

QSettings::Format format()
{
    static const QSettings::Format registered = QSettings::registerFormat(QStringLiteral("json"), readJson, writeJson);
    return registered;
}

std::unique_ptr<QSettings> open(const QString &path, const QString &legacyIniPath)
{
    const bool isNew = !QFile::exists(path);
    auto settings = std::make_unique<QSettings>(path, format());
    if (isNew)
        moveLegacySettings(*settings, legacyIniPath);
    return settings;
}

std::unique_ptr<QSettings> openDefault()
{
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1Char('/')
                      + QCoreApplication::organizationName());
    const QString name = QCoreApplication::applicationName();
    return open(folder.filePath(name + QStringLiteral(".json")), folder.filePath(name + QStringLiteral(".conf")));
}

} // namespace SettingsFile
