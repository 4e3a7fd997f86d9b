#include <EveSso/JwtVerifier.h>

#include "Base64Url.h"
#include "ClaimsValidator.h"
#include "JwsSegments.h"
#include "JwtMessages.h"
#include "KeySetData.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace EveSso {

using namespace Jwt;

namespace {

constexpr int defaultMaxTokenBytes = 16384;

JwtVerifier::Result failure(JwtError error)
{
    return JwtVerifier::Result{std::nullopt, std::move(error)};
}

/// Parses decoded JSON that must be an object.
bool jsonObject(const QByteArray &json, QJsonObject *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

} // namespace

JwtVerifier::JwtVerifier() = default;

JwtVerifier::JwtVerifier(Options options)
    : m_options(std::move(options))
{
}

void JwtVerifier::setOptions(Options options)
{
    m_options = std::move(options);
}

JwtVerifier::Options JwtVerifier::options() const
{
    return m_options;
}

JwtVerifier::Result JwtVerifier::verify(const QByteArray &token, const JsonWebKeySet &keys, const QDateTime &now) const
{
    // The cap comes first, so a hostile giant token costs nothing to refuse.
    const int maxBytes = m_options.maxTokenBytes > 0 ? m_options.maxTokenBytes : defaultMaxTokenBytes;
    if (token.size() > maxBytes)
        return failure(JwtMessages::tooLarge(maxBytes));

    JwsSegments segments;
    if (!JwsSegments::split(token, &segments))
        return failure(JwtMessages::malformed(JwtMessages::tr("it does not have exactly three parts")));

    // The header goes first, so that "alg":"none" (whose signature part is empty) reads as what it is.
    QByteArray header;
    QJsonObject headerJson;
    if (segments.header.isEmpty() || !Base64Url::decode(segments.header, &header))
        return failure(JwtMessages::malformed(JwtMessages::tr("its header is not valid base64url")));
    if (!jsonObject(header, &headerJson))
        return failure(JwtMessages::malformed(JwtMessages::tr("its header is not a JSON object")));
    // RFC 7515 §4.1.11: extensions marked critical must be understood; we understand none.
    if (headerJson.contains(QLatin1String("crit")))
        return failure(JwtMessages::criticalHeader());

    const JsonWebKey *key = nullptr;
    if (m_options.verifySignature) {
        const QJsonValue alg = headerJson.value(QLatin1String("alg"));
        if (!alg.isString())
            return failure(JwtMessages::malformed(JwtMessages::tr("its header names no algorithm")));
        JwsAlgorithm algorithm;
        if (alg == QLatin1String("RS256"))
            algorithm = JwsAlgorithm::RS256;
        else if (alg == QLatin1String("ES256"))
            algorithm = JwsAlgorithm::ES256;
        else
            return failure(JwtMessages::unsupportedAlgorithm());
        // The key is chosen by kid only: trying keys in turn would let any key of the set vouch for a token.
        const QJsonValue kid = headerJson.value(QLatin1String("kid"));
        if (!kid.isString() || kid.toString().isEmpty())
            return failure(JwtMessages::malformed(JwtMessages::tr("its header names no signing key")));
        key = keys.d ? keys.d->find(kid.toString(), algorithm) : nullptr;
        if (!key)
            return failure(JwtMessages::unknownKey());
        if (!key->accepts(algorithm))
            return failure(JwtMessages::algorithmDoesNotFitKey());
    }

    QByteArray payload, signature;
    if (segments.payload.isEmpty() || segments.signature.isEmpty())
        return failure(JwtMessages::malformed(JwtMessages::tr("one of its parts is empty")));
    if (!Base64Url::decode(segments.payload, &payload) || !Base64Url::decode(segments.signature, &signature))
        return failure(JwtMessages::malformed(JwtMessages::tr("a part is not valid base64url")));

    // The signature is checked before the claims are parsed: unsigned data is never interpreted.
    if (key && key->verify(segments.signingInput, signature) != JsonWebKey::SignatureCheck::Valid)
        return failure(JwtMessages::badSignature());

    QJsonObject claims;
    if (!jsonObject(payload, &claims))
        return failure(JwtMessages::malformed(JwtMessages::tr("its claims are not a JSON object")));

    QStringList audiences = m_options.requiredAudiences;
    if (audiences.isEmpty())
        audiences = QStringList{m_options.clientId, QStringLiteral("EVE Online")};
    const qint64 nowMsecs = now.isValid() ? now.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();

    Result result;
    result.token.emplace();
    const ClaimsValidator validator(m_options, audiences);
    if (JwtError error = validator.validate(claims, nowMsecs, &*result.token); error.isError())
        return failure(std::move(error));
    return result;
}

QStringList JwtVerifier::issuersFor(const QString &discoveryIssuer)
{
    QString issuer = discoveryIssuer.trimmed();
    while (issuer.endsWith(u'/'))
        issuer.chop(1);
    if (issuer.isEmpty())
        return {};
    QString host = issuer;
    for (QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (host.startsWith(scheme, Qt::CaseInsensitive)) {
            host = host.mid(scheme.size());
            break;
        }
    }
    QStringList issuers{host, QStringLiteral("https://") + host};
    if (!issuers.contains(issuer))
        issuers.append(issuer);
    return issuers;
}

} // namespace EveSso
