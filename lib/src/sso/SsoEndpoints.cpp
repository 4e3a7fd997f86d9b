#include <EveSso/SsoEndpoints.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace EveSso {
namespace {

QUrl httpUrl(const QJsonObject &metadata, const char *field)
{
    const QUrl url(metadata.value(QLatin1String(field)).toString(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return {};
    return url;
}

} // namespace

std::optional<SsoEndpoints> SsoEndpoints::fromMetadata(const QJsonObject &metadata, QString *errorMessage)
{
    SsoEndpoints endpoints;
    endpoints.issuer = metadata.value(QLatin1String("issuer")).toString();
    endpoints.authorizationEndpoint = httpUrl(metadata, "authorization_endpoint");
    endpoints.tokenEndpoint = httpUrl(metadata, "token_endpoint");
    endpoints.revocationEndpoint = httpUrl(metadata, "revocation_endpoint");
    endpoints.jwksUri = httpUrl(metadata, "jwks_uri");
    for (const QJsonValue &method : metadata.value(QLatin1String("code_challenge_methods_supported")).toArray())
        endpoints.codeChallengeMethods.append(method.toString());

    const char *missing = nullptr;
    if (endpoints.issuer.isEmpty())
        missing = "issuer";
    else if (endpoints.authorizationEndpoint.isEmpty())
        missing = "authorization_endpoint";
    else if (endpoints.tokenEndpoint.isEmpty())
        missing = "token_endpoint";
    else if (endpoints.jwksUri.isEmpty())
        missing = "jwks_uri";
    if (missing) {
        if (errorMessage) {
            *errorMessage = QCoreApplication::translate(
                                "EveSso::SsoEndpoints",
                                "The SSO's metadata document has no valid \"%1\". Check the server "
                                "profile's discovery URL.")
                                .arg(QLatin1String(missing));
        }
        return std::nullopt;
    }
    return endpoints;
}

} // namespace EveSso
