#pragma once

#include <QJsonValue>
#include <QString>

/// Standard output and standard error, flushed at every line: a script reading the login URL must
/// see it while evesso is still waiting.
///
/// Only `evesso token` ever passes a token to out(); nothing passes one to err().
namespace Console {

/// One line on standard output.
void out(const QString &line);
/// One JSON document on standard output, compact, on one line.
void outJson(const QJsonValue &value);
/// One line on standard error.
void err(const QString &line);
/// One JSON document on standard error, compact, on one line.
void errJson(const QJsonValue &value);

} // namespace Console
