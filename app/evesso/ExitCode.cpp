#include "ExitCode.h"

#include <QMetaEnum>

using EveSso::SsoError;

ExitCode exitCodeFor(const SsoError &error)
{
    switch (error.kind) {
    case SsoError::Kind::None:
        return ExitCode::Success;
    case SsoError::Kind::Network:
    case SsoError::Kind::Timeout:
    case SsoError::Kind::ServerError:
    case SsoError::Kind::MalformedResponse:
    case SsoError::Kind::Busy:
    case SsoError::Kind::DiscoveryFailed:
        return ExitCode::Network;
    case SsoError::Kind::LoginGone:
    case SsoError::Kind::ClientRejected:
    case SsoError::Kind::StateMismatch:
    case SsoError::Kind::AccessDenied:
    case SsoError::Kind::LoginTimedOut:
    case SsoError::Kind::Cancelled:
    case SsoError::Kind::VerificationFailed:
    case SsoError::Kind::WrongCharacter:
        return ExitCode::Authentication;
    case SsoError::Kind::NotConfigured:
        return ExitCode::Usage;
    case SsoError::Kind::Keychain:
        return ExitCode::Keychain;
    case SsoError::Kind::InvalidRequest:
    case SsoError::Kind::PortBusy:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

ExitCode exitCodeFor(const EveSso::SecretStore::Error &error)
{
    return error == EveSso::SecretStore::Error::None ? ExitCode::Success : ExitCode::Keychain;
}

ExitCode exitCodeFor(const EveSso::JwtError &error)
{
    if (!error.isError())
        return ExitCode::Success;
    // Keys that cannot be loaded say nothing about the token: that is the network's fault.
    return error.reason == EveSso::JwtError::Reason::KeysUnavailable ? ExitCode::Network : ExitCode::Authentication;
}

QString errorName(SsoError::Kind kind)
{
    switch (kind) {
    case SsoError::Kind::None: return QStringLiteral("None");
    case SsoError::Kind::Network: return QStringLiteral("Network");
    case SsoError::Kind::Timeout: return QStringLiteral("Timeout");
    case SsoError::Kind::ServerError: return QStringLiteral("ServerError");
    case SsoError::Kind::MalformedResponse: return QStringLiteral("MalformedResponse");
    case SsoError::Kind::Busy: return QStringLiteral("Busy");
    case SsoError::Kind::LoginGone: return QStringLiteral("LoginGone");
    case SsoError::Kind::ClientRejected: return QStringLiteral("ClientRejected");
    case SsoError::Kind::InvalidRequest: return QStringLiteral("InvalidRequest");
    case SsoError::Kind::DiscoveryFailed: return QStringLiteral("DiscoveryFailed");
    case SsoError::Kind::PortBusy: return QStringLiteral("PortBusy");
    case SsoError::Kind::StateMismatch: return QStringLiteral("StateMismatch");
    case SsoError::Kind::AccessDenied: return QStringLiteral("AccessDenied");
    case SsoError::Kind::LoginTimedOut: return QStringLiteral("LoginTimedOut");
    case SsoError::Kind::Cancelled: return QStringLiteral("Cancelled");
    case SsoError::Kind::VerificationFailed: return QStringLiteral("VerificationFailed");
    case SsoError::Kind::WrongCharacter: return QStringLiteral("WrongCharacter");
    case SsoError::Kind::NotConfigured: return QStringLiteral("NotConfigured");
    case SsoError::Kind::Keychain: return QStringLiteral("Keychain");
    }
    return QStringLiteral("Unknown");
}
