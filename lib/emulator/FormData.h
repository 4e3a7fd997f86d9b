#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace EveSso::Emu {

/// application/x-www-form-urlencoded decoding ('+' is a space, then percent-decoding), first value wins.
QHash<QString, QString> parseForm(const QByteArray &body);
/// True when the request's Content-Type is application/x-www-form-urlencoded (parameters ignored).
bool isFormContentType(const QByteArray &contentType);

} // namespace EveSso::Emu
