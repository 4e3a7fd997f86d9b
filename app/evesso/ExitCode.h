#pragma once

#include <EveSso/JwtError.h>
#include <EveSso/SecretStore.h>
#include <EveSso/SsoError.h>

/// The process exit codes of evesso, documented in `evesso --help` and in README.md. Scripts branch on
/// them, so they never change meaning.
enum class ExitCode {
    Success = 0,        ///< The command did what was asked.
    Failure = 1,        ///< Anything not covered below (the server refused the request, a busy port, a file).
    Usage = 2,          ///< Bad command line or input: unknown command or option, missing client id,
                        ///< a character that is not logged in, an unreadable token or key file.
    Authentication = 3, ///< The login is gone (log in again), the login was refused or not finished, or a
                        ///< token did not verify.
    Network = 4,        ///< The server could not be reached or answered badly (network, timeout, 5xx,
                        ///< malformed answer, discovery); nothing stored was changed because of it.
    Keychain = 5,       ///< The OS keychain could not be used (missing, locked, timed out).
};

/// The exit code of an SSO failure.
ExitCode exitCodeFor(const EveSso::SsoError &error);
/// The exit code of a keychain failure.
ExitCode exitCodeFor(const EveSso::SecretStore::Error &error);
/// The exit code of a token that did not verify.
ExitCode exitCodeFor(const EveSso::JwtError &error);

/// A stable, untranslated name for an SSO error kind, for --json output ("LoginGone", "Network", ...).
QString errorName(EveSso::SsoError::Kind kind);
