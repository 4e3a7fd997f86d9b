#include "LoginProblem.h"

using Kind = EveSso::SsoError::Kind;

LoginProblem LoginProblem::fromError(const EveSso::SsoError &error, quint16 callbackPort)
{
    LoginProblem problem;
    problem.error = error;
    problem.message = error.message;
    switch (error.kind) {
    case Kind::PortBusy:
        problem.offerManualFallback = true;
        problem.advice = tr("Close the program that uses port %1, or choose another callback port in Settings and "
                            "enter the new callback URL for your application at EVE's developer site. You can also "
                            "log in without the port: paste the address your browser ends on.")
                             .arg(callbackPort);
        break;
    case Kind::Keychain:
        problem.advice = tr("Capsuleer keeps logins only in your system's keychain. Install and start a Secret Service "
                            "(for example gnome-keyring or KWallet), unlock it, and add the character again.");
        break;
    case Kind::WrongCharacter:
        problem.advice = tr("If the browser logged you in to another EVE account, log out at the EVE login page "
                            "first, then choose the character again.");
        break;
    case Kind::ClientRejected:
        problem.advice = tr("Check the client id in Settings against your application at EVE's developer site.");
        break;
    case Kind::InvalidRequest:
        problem.advice = tr("Check in Settings that the callback URL and the scopes match your application at EVE's "
                            "developer site exactly.");
        break;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ServerError:
    case Kind::MalformedResponse:
    case Kind::DiscoveryFailed:
        problem.advice = tr("Check your internet connection, or whether EVE's servers are down (daily downtime is at "
                            "11:00 UTC), and try again.");
        break;
    case Kind::StateMismatch:
    case Kind::VerificationFailed:
    case Kind::LoginTimedOut:
    case Kind::AccessDenied:
        problem.advice = tr("Start the login again.");
        break;
    default:
        break;
    }
    return problem;
}

QString LoginProblem::text() const
{
    if (advice.isEmpty() || message.contains(advice))
        return message;
    return message + QLatin1Char('\n') + advice;
}
