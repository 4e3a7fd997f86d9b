#pragma once

#include "CliConfig.h"

#include <EveSso/AccountManager.h>
#include <EveSso/EsiClient.h>
#include <EveSso/JwtVerifier.h>
#include <EveSso/SecretStore.h>
#include <EveSso/SsoClient.h>

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

/// The library objects one evesso run works with, built from the global options: the SSO client,
/// the keychain and the stored characters of the chosen profile, both shared with Capsuleer
/// (SharedLogins).
class CliContext : public QObject
{
    Q_OBJECT

public:
    explicit CliContext(const CliConfig &config, QObject *parent = nullptr);
    ~CliContext() override;

    const CliConfig &config() const { return m_config; }
    EveSso::SsoClient *sso() const { return m_sso; }
    EveSso::SecretStore *secrets() const { return m_secrets; }
    /// The ESI client of the profile (its disk cache shared with Capsuleer, SharedLogins), created on first use.
    EveSso::EsiClient *esi();

    /// The profile's stored characters, loaded from the metadata file on first use.
    EveSso::AccountManager *accounts();
    /// A warning about the metadata file (corrupt, newer version, unreadable); empty when none.
    QString metadataWarning() const { return m_metadataWarning; }
    /// The message of the last failed save of the metadata file; empty when none.
    QString storageError() const { return m_storageError; }

    /// The metadata file of one profile, shared with Capsuleer.
    static QString metadataPath(const QString &profileId);

    /// Takes in logins stored before Capsuleer and evesso shared them (once), then calls `then`: at once
    /// when there is nothing to take in, else from the event loop.
    void prepareStore(std::function<void()> then);

    /// Loads the server's metadata and keys (cached on disk for a day).
    void prepareSso(QObject *context, std::function<void(const EveSso::SsoError &)> callback);

    /// Verifier options: the client id, and --issuer/--audience when given, else `serverIssuer`'s forms
    /// (when not empty) and the client id with "EVE Online".
    EveSso::JwtVerifier::Options verifierOptions(const QString &serverIssuer) const;

    /// The stored character named by `nameOrId` (an id, or a name in any case); with an empty
    /// argument, the only stored character. Returns 0 and a translated reason when there is none.
    qint64 resolveCharacter(const QString &nameOrId, QString *error);

    /// Fails with a translated reason when no client id is configured.
    bool requireClientId(QString *error) const;

private:
    CliConfig m_config;
    EveSso::SsoClient *m_sso = nullptr;
    EveSso::SecretStore *m_secrets = nullptr;
    std::unique_ptr<EveSso::AccountManager> m_accounts;
    EveSso::EsiClient *m_esi = nullptr;
    QString m_metadataWarning;
    QString m_storageError;
};
