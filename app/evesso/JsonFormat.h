#pragma once

#include <EveSso/CharacterRecord.h>
#include <EveSso/VerifiedToken.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

/// The JSON shapes of evesso's --json output. None of them holds a token.
namespace JsonFormat {

/// ISO 8601 UTC with milliseconds, or null when invalid.
QJsonValue time(const QDateTime &when);
/// The verified claims of a token: the fields evesso reads, and every claim as sent under "claims".
QJsonObject verifiedToken(const EveSso::VerifiedToken &token);
/// A stored character and its state ("ok" or "needs-relogin").
QJsonObject character(const EveSso::CharacterRecord &record, const QStringList &requiredScopes);

} // namespace JsonFormat
