#include "ClaimsValidator.h"

#include "JwtMessages.h"

#include <EveSso/UtcDateTime.h>

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace EveSso::Jwt {

namespace {

const QLatin1String subjectPrefix("CHARACTER:EVE:");
constexpr double maxNumericDate = 253402300799.0; // 9999-12-31T23:59:59Z: beyond it QDateTime is no use

/// Reads an optional string claim; false when present and not a string.
bool optionalString(const QJsonObject &claims, QLatin1String name, QString *out)
{
    const QJsonValue v = claims.value(name);
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

/// Reads a NumericDate (RFC 7519 §2: seconds, possibly fractional) in milliseconds; false when not a
/// usable number.
bool numericDate(const QJsonValue &v, qint64 *msecs)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::fabs(d) > maxNumericDate)
        return false;
    *msecs = qint64(std::floor(d * 1000));
    return true;
}

/// `aud` and `scp` are a string or an array of strings (EVE: `scp` absent when no scope was requested).
bool stringOrList(const QJsonValue &v, QStringList *out)
{
    if (v.isUndefined())
        return true;
    if (v.isString()) {
        out->append(v.toString());
        return true;
    }
    if (!v.isArray())
        return false;
    const QJsonArray array = v.toArray();
    out->reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

} // namespace

ClaimsValidator::ClaimsValidator(const JwtVerifier::Options &options, const QStringList &requiredAudiences)
    : m_options(options)
    , m_requiredAudiences(requiredAudiences)
{
}

JwtError ClaimsValidator::validate(const QJsonObject &claims, qint64 nowMsecs, VerifiedToken *token) const
{
    if (JwtError e = readTypes(claims, token); e.isError())
        return e;

    qint64 exp = 0; // milliseconds
    const QJsonValue expValue = claims.value(QLatin1String("exp"));
    if (expValue.isUndefined())
        return JwtMessages::malformed(JwtMessages::tr("it has no expiry time (exp)"));
    if (!numericDate(expValue, &exp))
        return JwtMessages::malformed(JwtMessages::tr("its expiry time (exp) is not a number of seconds"));
    token->expiresAt = EveSso::Utc::fromMSecsSinceEpoch(exp);
    const qint64 leeway = std::clamp<qint64>(m_options.leeway.count(), 0, 366 * 24 * 3600);
    if (m_options.verifyExpiry && nowMsecs >= exp + leeway * 1000)
        return JwtMessages::expired(token->expiresAt, EveSso::Utc::fromMSecsSinceEpoch(nowMsecs));

    // RFC 7519 4.1.5: a token MUST NOT be accepted before its `nbf`. EVE sends none; other servers may.
    // (`iat` stays informational, as the RFC has it: a player's clock running slow must not refuse logins.)
    const QJsonValue nbfValue = claims.value(QLatin1String("nbf"));
    if (!nbfValue.isUndefined()) {
        qint64 nbf = 0;
        if (!numericDate(nbfValue, &nbf))
            return JwtMessages::malformed(JwtMessages::tr("its not-before time (nbf) is not a number of seconds"));
        if (m_options.verifyNotBefore && nowMsecs + leeway * 1000 < nbf)
            return JwtMessages::notYetValid(EveSso::Utc::fromMSecsSinceEpoch(nbf),
                                            EveSso::Utc::fromMSecsSinceEpoch(nowMsecs));
    }

    if (m_options.verifyIssuer && !m_options.acceptedIssuers.contains(token->issuer))
        return JwtMessages::wrongIssuer(m_options.acceptedIssuers);

    if (m_options.verifyAudience) {
        if (JwtError e = checkAudience(claims.value(QLatin1String("aud"))); e.isError())
            return e;
    }

    if (JwtError e = checkSubject(claims.value(QLatin1String("sub")), token); e.isError())
        return e;

    const QJsonValue azp = claims.value(QLatin1String("azp"));
    if (m_options.verifyAuthorizedParty && !azp.isUndefined()) {
        if (m_options.clientId.isEmpty())
            return JwtMessages::noClientId(JwtError::Reason::WrongAuthorizedParty);
        if (token->clientId != m_options.clientId)
            return JwtMessages::wrongAuthorizedParty(m_options.clientId);
    }

    token->claims = claims;
    return {};
}

JwtError ClaimsValidator::readTypes(const QJsonObject &claims, VerifiedToken *token) const
{
    if (!optionalString(claims, QLatin1String("iss"), &token->issuer))
        return JwtMessages::malformed(JwtMessages::tr("its issuer (iss) is not a text"));
    if (!optionalString(claims, QLatin1String("name"), &token->characterName)
        || !optionalString(claims, QLatin1String("owner"), &token->ownerHash)
        || !optionalString(claims, QLatin1String("jti"), &token->jwtId)
        || !optionalString(claims, QLatin1String("azp"), &token->clientId)
        || !optionalString(claims, QLatin1String("tenant"), &token->tenant)
        || !optionalString(claims, QLatin1String("tier"), &token->tier)
        || !optionalString(claims, QLatin1String("region"), &token->region))
        return JwtMessages::malformed(JwtMessages::tr("one of its text claims is not a text"));
    if (!stringOrList(claims.value(QLatin1String("scp")), &token->scopes))
        return JwtMessages::malformed(JwtMessages::tr("its scopes (scp) are neither a text nor a list of texts"));

    QStringList audiences;
    if (!stringOrList(claims.value(QLatin1String("aud")), &audiences))
        return JwtMessages::malformed(JwtMessages::tr("its audience (aud) is neither a text nor a list of texts"));
    if (token->clientId.isEmpty()) {
        audiences.removeAll(QStringLiteral("EVE Online"));
        if (audiences.size() == 1)
            token->clientId = audiences.constFirst();
    }

    const QJsonValue sub = claims.value(QLatin1String("sub"));
    if (!sub.isUndefined() && !sub.isString())
        return JwtMessages::malformed(JwtMessages::tr("its subject (sub) is not a text"));

    const QJsonValue iat = claims.value(QLatin1String("iat"));
    if (!iat.isUndefined()) {
        qint64 msecs = 0;
        if (!numericDate(iat, &msecs))
            return JwtMessages::malformed(JwtMessages::tr("its issue time (iat) is not a number of seconds"));
        token->issuedAt = EveSso::Utc::fromMSecsSinceEpoch(msecs);
    }
    return {};
}

JwtError ClaimsValidator::checkAudience(const QJsonValue &aud) const
{
    QStringList audiences;
    stringOrList(aud, &audiences); // type already checked
    for (const QString &required : m_requiredAudiences) {
        // An empty required audience can only come from a missing client id: never let it match.
        if (required.isEmpty())
            return JwtMessages::noClientId(JwtError::Reason::WrongAudience);
        if (!audiences.contains(required))
            return JwtMessages::wrongAudience(required, m_options.clientId);
    }
    return {};
}

JwtError ClaimsValidator::checkSubject(const QJsonValue &sub, VerifiedToken *token) const
{
    const QString subject = sub.toString();
    bool ok = subject.startsWith(subjectPrefix) && subject.size() > subjectPrefix.size()
        && subject.size() <= subjectPrefix.size() + 19;
    for (qsizetype i = subjectPrefix.size(); ok && i < subject.size(); ++i)
        ok = subject.at(i) >= u'0' && subject.at(i) <= u'9';
    qint64 id = 0;
    if (ok)
        id = QStringView(subject).sliced(subjectPrefix.size()).toLongLong(&ok);
    if (ok)
        token->characterId = id;
    if (!ok && m_options.verifySubject)
        return JwtMessages::wrongSubject();
    return {};
}

} // namespace EveSso::Jwt
