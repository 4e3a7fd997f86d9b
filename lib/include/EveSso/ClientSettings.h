#pragma once

#include <EveSso/ResponseLimits.h>
#include <EveSso/evesso_export.h>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace EveSso {

/// One registered EVE SSO application, as configured at EVE's developer site, and how to identify
/// ourselves to CCP.
struct EVESSO_EXPORT ClientSettings
{
    /// The callback port Capsuleer registers by default (http://localhost:47813/callback).
    static constexpr quint16 DefaultCallbackPort = 47813;

    /// The application's client id from EVE's developer site.
    QString clientId;
    /// Empty for a native (PKCE) application. When set, the confidential flow is used: HTTP Basic
    /// authentication with the secret, and no PKCE (as EsiPy does).
    QString clientSecret;
    /// Must equal the callback URL registered for the application, byte for byte.
    QUrl callbackUrl = defaultCallbackUrl();
    /// The scopes to request at login.
    QStringList scopes;
    /// Sent on every request. CCP asks for an application name, version and a contact, e.g.
    /// "Capsuleer/0.1.0 (you@example.com)". When empty a generic one is used and a warning is logged once.
    QString userAgent;
    /// How large an answer may be and how long a request may take (every HTTP answer the library reads).
    ResponseLimits responseLimits;

    /// `http://localhost:<port>/callback`
    static QUrl defaultCallbackUrl(quint16 port = DefaultCallbackPort);

    /// True when a client secret is set (a confidential web application).
    bool isConfidential() const { return !clientSecret.isEmpty(); }

    /// The User-Agent header value: userAgent, or the library's default (warning once per process).
    QByteArray effectiveUserAgent() const;
};

} // namespace EveSso
