#pragma once

#include <EveSso/evesso_export.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace EveSso {

/// The endpoints of an SSO, from its OAuth 2.0 authorization server metadata (RFC 8414) document.
struct EVESSO_EXPORT SsoEndpoints
{
    QString issuer; ///< As the document states it: "https://login.eveonline.com" or "login.eveonline.com".
    /// Where the browser logs in (`authorization_endpoint`).
    QUrl authorizationEndpoint;
    /// Code exchange and refresh (`token_endpoint`).
    QUrl tokenEndpoint;
    /// Token revocation, RFC 7009 (`revocation_endpoint`).
    QUrl revocationEndpoint;
    /// The signing keys (`jwks_uri`).
    QUrl jwksUri;
    /// `code_challenge_methods_supported`, e.g. "S256".
    QStringList codeChallengeMethods;

    /// Parses a metadata document. Fails (with a translated reason in `errorMessage`) when a required
    /// endpoint is missing or is not an http(s) URL.
    static std::optional<SsoEndpoints> fromMetadata(const QJsonObject &metadata, QString *errorMessage = nullptr);

    /// True when the authorization and token endpoints are set.
    bool isValid() const { return authorizationEndpoint.isValid() && tokenEndpoint.isValid(); }
};

} // namespace EveSso
