#pragma once

#include <EveSso/JwtVerifier.h>

#include <QJsonObject>

namespace EveSso::Jwt {

/// Checks the claims of a token whose signature already verified, and reads them into a VerifiedToken.
/// Claim types are always checked (a string `exp` is malformed); each value check follows the options.
class ClaimsValidator
{
public:
    /// `requiredAudiences` is the effective list (the options' list, or {clientId, "EVE Online"}).
    ClaimsValidator(const JwtVerifier::Options &options, const QStringList &requiredAudiences);

    /// Returns an error whose reason is None when the claims pass; then `*token` holds them.
    JwtError validate(const QJsonObject &claims, qint64 nowMsecs, VerifiedToken *token) const;

private:
    JwtError readTypes(const QJsonObject &claims, VerifiedToken *token) const;
    JwtError checkAudience(const QJsonValue &aud) const;
    JwtError checkSubject(const QJsonValue &sub, VerifiedToken *token) const;

    const JwtVerifier::Options &m_options;
    const QStringList &m_requiredAudiences;
};

} // namespace EveSso::Jwt
