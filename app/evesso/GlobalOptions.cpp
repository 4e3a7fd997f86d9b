#include "GlobalOptions.h"

#include <QRegularExpression>

namespace {

QUrl parseHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}

/// A profile id for a server given only by its discovery URL: its host and port, as a file-name-safe word.
QString profileIdFor(const QUrl &discoveryUrl)
{
    QString id = QStringLiteral("custom-") + discoveryUrl.host();
    if (discoveryUrl.port() > 0)
        id += QLatin1Char('-') + QString::number(discoveryUrl.port());
    return id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
}

} // namespace

GlobalOptions::GlobalOptions()
    : m_profile(QStringLiteral("profile"),
                tr("Server: tranquility (default), serenity or singularity; with --discovery-url, any name "
                   "for that server (it keeps its own characters)."),
                tr("name"))
    , m_discoveryUrl(QStringLiteral("discovery-url"),
                     tr("Use the authorization server whose metadata document is at <url> (any compatible "
                        "OAuth 2.0 server, e.g. the offline emulator)."),
                     tr("url"))
    , m_esiUrl(QStringLiteral("esi-url"), tr("ESI base URL (default: the profile's)."), tr("url"))
    , m_clientId(QStringLiteral("client-id"),
                 tr("Client id of your application at EVE's developer site (default: $EVESSO_CLIENT_ID)."),
                 tr("id"))
    , m_secretEnv(QStringLiteral("secret-env"),
                  tr("Read a client secret from environment variable <name> (a confidential application). "
                     "Secrets are never accepted on the command line."),
                  tr("name"))
    , m_callback(QStringLiteral("callback"),
                 tr("Callback URL registered for the application (default: http://localhost:47813/callback)."),
                 tr("url"))
    , m_scopes(QStringLiteral("scopes"),
               tr("Space-separated scopes to request at login (default: \"%1\").")
                   .arg(defaultScopes().join(QLatin1Char(' '))),
               tr("scopes"))
    , m_userAgent(QStringLiteral("user-agent"),
                  tr("User-Agent sent to the servers; CCP asks for a name, a version and a contact."), tr("text"))
    , m_issuer(QStringLiteral("issuer"),
               tr("Accept tokens whose 'iss' is <issuer> (repeatable) instead of the server's own issuer."),
               tr("issuer"))
    , m_audience(QStringLiteral("audience"),
                 tr("Require <audience> in the tokens' 'aud' (repeatable) instead of the client id and "
                    "\"EVE Online\"."),
                 tr("audience"))
    , m_json(QStringLiteral("json"), tr("Print results (and errors, on standard error) as JSON."))
    , m_verbose(QStringLiteral("verbose"), tr("Show the library's log messages on standard error."))
{
}

void GlobalOptions::addTo(QCommandLineParser &parser) const
{
    for (const QCommandLineOption &option : {m_profile, m_discoveryUrl, m_esiUrl, m_clientId, m_secretEnv, m_callback,
                                             m_scopes, m_userAgent, m_issuer, m_audience, m_json, m_verbose})
        parser.addOption(option);
}

QStringList GlobalOptions::defaultScopes()
{
    return {QStringLiteral("publicData"), QStringLiteral("esi-wallet.read_character_wallet.v1")};
}

bool GlobalOptions::read(const QCommandLineParser &parser, CliConfig *config, QString *error) const
{
    config->json = parser.isSet(m_json);
    config->verbose = parser.isSet(m_verbose);

    const QString profileName = parser.value(m_profile);
    if (parser.isSet(m_discoveryUrl)) {
        const QUrl discovery = parseHttpUrl(parser.value(m_discoveryUrl));
        if (discovery.isEmpty()) {
            *error = tr("--discovery-url needs an http(s) URL.");
            return false;
        }
        const QString id = profileName.isEmpty() ? profileIdFor(discovery) : profileName;
        if (id.contains(QLatin1Char('/')) || id.startsWith(QLatin1Char('.'))) {
            *error = tr("--profile must be a simple name.");
            return false;
        }
        config->profile = EveSso::ServerProfile::custom(id, discovery, QUrl(), QUrl());
    } else {
        config->profile = EveSso::ServerProfile::byId(profileName.isEmpty() ? QStringLiteral("tranquility") : profileName);
        if (!config->profile.isValid()) {
            *error = tr("Unknown profile \"%1\": use tranquility, serenity or singularity, or give "
                        "--discovery-url.")
                         .arg(profileName);
            return false;
        }
    }
    if (parser.isSet(m_esiUrl)) {
        const QUrl esi = parseHttpUrl(parser.value(m_esiUrl));
        if (esi.isEmpty()) {
            *error = tr("--esi-url needs an http(s) URL.");
            return false;
        }
        config->profile.esiBaseUrl = esi;
    }

    EveSso::ClientSettings &settings = config->settings;
    settings.clientId = parser.isSet(m_clientId) ? parser.value(m_clientId) : qEnvironmentVariable("EVESSO_CLIENT_ID");
    if (parser.isSet(m_secretEnv)) {
        const QString variable = parser.value(m_secretEnv);
        settings.clientSecret = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (variable.isEmpty() || settings.clientSecret.isEmpty()) {
            *error = tr("--secret-env names environment variable \"%1\", which is not set or empty.").arg(variable);
            return false;
        }
    }
    if (parser.isSet(m_callback)) {
        settings.callbackUrl = parseHttpUrl(parser.value(m_callback));
        if (settings.callbackUrl.isEmpty()) {
            *error = tr("--callback needs an http URL such as http://localhost:47813/callback.");
            return false;
        }
    }
    settings.scopes = parser.isSet(m_scopes)
        ? parser.value(m_scopes).split(QLatin1Char(' '), Qt::SkipEmptyParts)
        : defaultScopes();
    settings.userAgent = parser.isSet(m_userAgent)
        ? parser.value(m_userAgent)
        : QStringLiteral("evesso/%1 (EveSso command-line tool)").arg(QCoreApplication::applicationVersion());
    config->issuers = parser.values(m_issuer);
    config->audiences = parser.values(m_audience);
    return true;
}
