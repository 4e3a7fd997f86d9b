#include "EsiExitCode.h"

using EveSso::EsiError;

ExitCode exitCodeFor(const EsiError &error)
{
    switch (error.kind) {
    case EsiError::Kind::None:
        return ExitCode::Success;
    case EsiError::Kind::Network:
    case EsiError::Kind::Timeout:
    case EsiError::Kind::ServerError:
    case EsiError::Kind::Downtime:
    case EsiError::Kind::ErrorLimited:
    case EsiError::Kind::RateLimited:
    case EsiError::Kind::MalformedResponse:
        return ExitCode::Network;
    case EsiError::Kind::MissingScope:
    case EsiError::Kind::TokenRejected:
        return ExitCode::Authentication;
    case EsiError::Kind::TokenUnavailable:
        return exitCodeFor(error.loginError);
    case EsiError::Kind::NotFound:
    case EsiError::Kind::InvalidRequest:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

QString errorName(EsiError::Kind kind)
{
    switch (kind) {
    case EsiError::Kind::None: return QStringLiteral("None");
    case EsiError::Kind::Network: return QStringLiteral("Network");
    case EsiError::Kind::Timeout: return QStringLiteral("Timeout");
    case EsiError::Kind::ServerError: return QStringLiteral("ServerError");
    case EsiError::Kind::Downtime: return QStringLiteral("Downtime");
    case EsiError::Kind::ErrorLimited: return QStringLiteral("ErrorLimited");
    case EsiError::Kind::RateLimited: return QStringLiteral("RateLimited");
    case EsiError::Kind::MalformedResponse: return QStringLiteral("MalformedResponse");
    case EsiError::Kind::NotFound: return QStringLiteral("NotFound");
    case EsiError::Kind::MissingScope: return QStringLiteral("MissingScope");
    case EsiError::Kind::TokenRejected: return QStringLiteral("TokenRejected");
    case EsiError::Kind::TokenUnavailable: return QStringLiteral("TokenUnavailable");
    case EsiError::Kind::InvalidRequest: return QStringLiteral("InvalidRequest");
    }
    return QStringLiteral("Unknown");
}
