#pragma once

#include "ExitCode.h"

#include <EveSso/EsiError.h>

/// The exit code of an ESI failure: transient ones are network failures, a rejected token or a
/// missing scope an authentication failure, a session without a token whatever its own failure was.
ExitCode exitCodeFor(const EveSso::EsiError &error);
/// A stable, untranslated name for an ESI error kind, for --json output.
QString errorName(EveSso::EsiError::Kind kind);
