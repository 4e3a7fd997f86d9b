#include "FileWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cstdio>

namespace EveSso {
namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

/// write() until every byte is out: an unbuffered write may be short before it fails.
bool writeAll(QFileDevice &file, const QByteArray &data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool writeDurably(const QString &path, const QByteArray &data, const FileWriteOptions &options, QString *error)
{
    QSaveFile file(path);
    // Never write the real file in place, not even where a temporary file cannot be made beside it.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(error, file.errorString());
    if (options.permissions)
        file.setPermissions(options.permissions);
    if (!writeAll(file, data)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(error, why);
    }
    if (!file.commit())
        return fail(error, file.errorString());
    return true;
}

bool writeQuickly(const QString &path, const QByteArray &data, const FileWriteOptions &options, QString *error)
{
    // A name of this write's own: another process (the app beside an evesso run) may be writing the same
    // file at this moment, and two writers in one temporary file would rename a mix into place.
    const QString temporary = QStringLiteral("%1.%2-%3.part")
                                  .arg(path)
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    QFile file(temporary);
    const QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered;
    // Created with its permissions (Qt 6.3): owner-only data is never readable by others, not even while
    // it is being written.
    const bool opened = options.permissions ? file.open(mode, options.permissions) : file.open(mode);
    if (!opened)
        return fail(error, file.errorString());
    if (!writeAll(file, data)) {
        const QString why = file.errorString();
        file.close();
        file.remove();
        return fail(error, why);
    }
    file.close();
    // rename() replaces the old file atomically on POSIX; elsewhere it refuses an existing target, and the
    // old file is removed first.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0)
        return true;
    QFile::remove(path);
    QFile written(temporary);
    if (written.rename(path))
        return true;
    const QString why = written.errorString();
    written.remove();
    return fail(error, why);
}

} // namespace

bool writeWholeFile(const QString &path, const QByteArray &data, const FileWriteOptions &options, QString *error)
{
    return options.durable ? writeDurably(path, data, options, error) : writeQuickly(path, data, options, error);
}

} // namespace EveSso
