#include "Console.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

void writeLine(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

namespace Console {

void out(const QString &line) { writeLine(stdout, line.toUtf8()); }
void outJson(const QJsonValue &value) { writeLine(stdout, compact(value)); }
void err(const QString &line) { writeLine(stderr, line.toUtf8()); }
void errJson(const QJsonValue &value) { writeLine(stderr, compact(value)); }

} // namespace Console
