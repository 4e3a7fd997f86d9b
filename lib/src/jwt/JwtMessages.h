#pragma once

#include <EveSso/JwtError.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace EveSso::Jwt {

/// The verifier's errors with their translated, actionable messages (context "EveSso::JwtVerifier").
/// No message ever quotes the token or a value taken from it, except its expiry time.
class JwtMessages
{
    Q_DECLARE_TR_FUNCTIONS(EveSso::JwtVerifier)
public:
    static JwtError tooLarge(int maxBytes);
    /// `detail` is a translated phrase naming what is wrong, e.g. tr("its header is not a JSON object").
    static JwtError malformed(const QString &detail);
    static JwtError unsupportedAlgorithm();
    static JwtError algorithmDoesNotFitKey();
    static JwtError criticalHeader();
    static JwtError unknownKey();
    static JwtError unknownKeyAfterRefetch(int minutes);
    static JwtError keysUnavailable(const QString &why);
    static JwtError badSignature();
    static JwtError expired(const QDateTime &expiresAt, const QDateTime &now);
    static JwtError notYetValid(const QDateTime &notBefore, const QDateTime &now);
    static JwtError wrongIssuer(const QStringList &accepted);
    static JwtError wrongAudience(const QString &missing, const QString &clientId);
    static JwtError noClientId(JwtError::Reason reason);
    static JwtError wrongSubject();
    static JwtError wrongAuthorizedParty(const QString &clientId);
};

} // namespace EveSso::Jwt
