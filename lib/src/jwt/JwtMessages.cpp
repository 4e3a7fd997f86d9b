#include "JwtMessages.h"

namespace EveSso::Jwt {

namespace {

JwtError make(JwtError::Reason reason, const QString &message)
{
    return JwtError{reason, message};
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

JwtError JwtMessages::tooLarge(int maxBytes)
{
    return make(JwtError::Reason::TooLarge,
                tr("The login token is larger than %1 bytes, far larger than any EVE login token, and was refused "
                   "unread. Log in again; if this repeats, report it.")
                    .arg(maxBytes));
}

JwtError JwtMessages::malformed(const QString &detail)
{
    return make(JwtError::Reason::Malformed,
                tr("The login token is damaged: %1. Log in again; if this repeats, the login server or this "
                   "program may have changed, so please report it.")
                    .arg(detail));
}

JwtError JwtMessages::unsupportedAlgorithm()
{
    return make(JwtError::Reason::UnsupportedAlgorithm,
                tr("The login token is signed with an algorithm this program does not accept (only RS256 and "
                   "ES256 are). It was refused as a possible forgery; log in again."));
}

JwtError JwtMessages::algorithmDoesNotFitKey()
{
    return make(JwtError::Reason::UnsupportedAlgorithm,
                tr("The login token's signing algorithm does not match the key it names. It was refused as a "
                   "possible forgery; log in again."));
}

JwtError JwtMessages::criticalHeader()
{
    return make(JwtError::Reason::UnsupportedAlgorithm,
                tr("The login token requires header extensions (\"crit\") this program does not support. Log in "
                   "again; if this repeats, this program may need an update."));
}

JwtError JwtMessages::unknownKey()
{
    return make(JwtError::Reason::UnknownKey,
                tr("The login token was signed with a key the EVE login server has not published (or that was "
                   "not loaded yet). Try again in a few minutes; if this repeats, log in again."));
}

JwtError JwtMessages::unknownKeyAfterRefetch(int minutes)
{
    return make(JwtError::Reason::UnknownKey,
                tr("The login token was signed with a key the EVE login server does not publish, even after "
                   "its keys were reloaded less than %n minute(s) ago. Log in again; if this repeats, the token "
                   "may not come from EVE's login server.",
                   nullptr, minutes));
}

JwtError JwtMessages::keysUnavailable(const QString &why)
{
    return make(JwtError::Reason::KeysUnavailable,
                tr("The EVE login server's signing keys could not be loaded, so the login cannot be checked: %1 "
                   "Check the internet connection and try again.")
                    .arg(why));
}

JwtError JwtMessages::badSignature()
{
    return make(JwtError::Reason::BadSignature,
                tr("The login token's signature is not valid: the token was altered or was not issued by the "
                   "EVE login server. Log in again."));
}

JwtError JwtMessages::expired(const QDateTime &expiresAt, const QDateTime &now)
{
    return make(JwtError::Reason::Expired,
                tr("The login token expired at %1 UTC (this computer's clock says %2 UTC). Refresh it or log "
                   "in again; if it was issued just now, your computer's clock may be wrong: check its date, "
                   "time and time zone.")
                    .arg(utc(expiresAt), utc(now)));
}

JwtError JwtMessages::notYetValid(const QDateTime &notBefore, const QDateTime &now)
{
    return make(JwtError::Reason::NotYetValid,
                tr("The login token is not valid before %1 UTC (this computer's clock says %2 UTC). If it was "
                   "issued just now, your computer's clock may be behind: check its date, time and time zone.")
                    .arg(utc(notBefore), utc(now)));
}

JwtError JwtMessages::wrongIssuer(const QStringList &accepted)
{
    return make(JwtError::Reason::WrongIssuer,
                tr("The login token was not issued by the expected login server (%1). Check that this program "
                   "uses the same EVE server (Tranquility or Singularity) you logged in to.")
                    .arg(accepted.join(QLatin1String(", "))));
}

JwtError JwtMessages::wrongAudience(const QString &missing, const QString &clientId)
{
    if (missing == clientId) {
        return make(JwtError::Reason::WrongAudience,
                    tr("The login token was issued for another application, not for this one (client id %1). "
                       "Log in again through this program.")
                        .arg(clientId));
    }
    return make(JwtError::Reason::WrongAudience,
                tr("The login token is not meant for \"%1\" (it is missing from the token's audience). Log in "
                   "again through this program, and check the configured audiences.")
                    .arg(missing));
}

JwtError JwtMessages::noClientId(JwtError::Reason reason)
{
    return make(reason,
                tr("No EVE client id is configured, so the login token cannot be checked. Set the client id "
                   "of your EVE application in the settings."));
}

JwtError JwtMessages::wrongSubject()
{
    return make(JwtError::Reason::WrongSubject,
                tr("The login token is not for an EVE character (its subject is not of the form "
                   "CHARACTER:EVE:<id>). Log in with a character."));
}

JwtError JwtMessages::wrongAuthorizedParty(const QString &clientId)
{
    return make(JwtError::Reason::WrongAuthorizedParty,
                tr("The login token was issued to another application, not to this one (client id %1). Log in "
                   "again through this program.")
                    .arg(clientId));
}

} // namespace EveSso::Jwt
