#pragma once

#include "CliConfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

/// The options every command understands (server, application, output), and how they become a
/// CliConfig. Environment variable EVESSO_CLIENT_ID is the default of --client-id.
class GlobalOptions
{
    Q_DECLARE_TR_FUNCTIONS(GlobalOptions)

public:
    GlobalOptions();

    /// Adds the global options to `parser`.
    void addTo(QCommandLineParser &parser) const;
    /// Reads them from a parsed command line. Returns false with a translated reason on bad values.
    bool read(const QCommandLineParser &parser, CliConfig *config, QString *error) const;

    /// The scopes requested when --scopes is not given: enough for `wallet` and `character`.
    static QStringList defaultScopes();

private:
    QCommandLineOption m_profile;
    QCommandLineOption m_discoveryUrl;
    QCommandLineOption m_esiUrl;
    QCommandLineOption m_clientId;
    QCommandLineOption m_secretEnv;
    QCommandLineOption m_callback;
    QCommandLineOption m_scopes;
    QCommandLineOption m_userAgent;
    QCommandLineOption m_issuer;
    QCommandLineOption m_audience;
    QCommandLineOption m_json;
    QCommandLineOption m_verbose;
};
