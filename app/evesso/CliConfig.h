#pragma once

#include <EveSso/ClientSettings.h>
#include <EveSso/ServerProfile.h>

#include <QStringList>

/// What the global options say: which server, which registered application, how to print.
struct CliConfig
{
    EveSso::ServerProfile profile;
    EveSso::ClientSettings settings; ///< The client secret comes only from the --secret-env variable.
    QStringList issuers;             ///< --issuer overrides; empty: the discovery document's issuer.
    QStringList audiences;           ///< --audience overrides; empty: the client id and "EVE Online".
    bool json = false;
    bool verbose = false;
};
