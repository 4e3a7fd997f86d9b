#pragma once

#include "AppSettings.h"

#include <EveSso/SecretStore.h>

#include <QObject>

#include <memory>

class AccountBackend;
class DemoServer;
class QSettings;
class QTemporaryDir;

/// What the main window shows and acts on: the player's settings, the keychain, and the backend of the
/// configured server (or of the offline demo). Replaces the backend when the settings change.
class AppCore : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool demo READ isDemo NOTIFY demoChanged)

public:
    /// `settings` is not owned; it receives the player's configuration (never a token).
    explicit AppCore(QSettings *settings, QObject *parent = nullptr);
    ~AppCore() override;

    AppSettings settings() const { return m_settings; }
    /// Saves the settings and, outside the demo, starts a backend for them. False when they could not be
    /// written (a full disk, a read-only folder): they apply until Capsuleer quits, and the file keeps the
    /// previous ones.
    bool applySettings(const AppSettings &settings);
    /// The settings file, for messages.
    QString settingsLocation() const;

    /// Starts the backend of the configured server, if a client id is configured. Returns whether it did.
    bool startConfigured();
    /// Switches to the offline demo: starts the emulator on loopback and a backend for it. The demo keeps
    /// its characters in a temporary file and in keychain entries of its own profile.
    bool startDemo(bool autoApprove, QString *errorMessage);
    bool isDemo() const { return m_demo != nullptr; }
    DemoServer *demo() const { return m_demo.get(); }

    /// The current backend, or null before one was started (no client id and no demo).
    AccountBackend *backend() const { return m_backend; }
    EveSso::SecretStore *secrets() const { return m_secrets; }

    /// Asks the keychain whether it works; keychainChecked() reports the answer.
    void checkKeychain();

    /// While held, a new backend only loads its stored list, and the keychain check waits: the SSO's
    /// documents, the refresh of every character and the keychain's first D-Bus calls start at
    /// releaseBackgroundWork(). Capsuleer holds them until its window has painted once, so the stored
    /// characters show without waiting for any of that work.
    void holdBackgroundWork();
    void releaseBackgroundWork();
    /// The last answer of checkKeychain() (available until checked).
    EveSso::SecretStore::Availability keychain() const { return m_keychain; }

    /// Where the characters of a server profile are listed (one file per profile).
    static QString metadataPathFor(const QString &profileId);

signals:
    void backendChanged(AccountBackend *backend);
    void demoChanged();
    void keychainChecked(const EveSso::SecretStore::Availability &availability);

private:
    void replaceBackend(AccountBackend *backend);

    QSettings *m_store = nullptr;
    AppSettings m_settings;
    EveSso::SecretStore *m_secrets = nullptr;
    AccountBackend *m_backend = nullptr;
    std::unique_ptr<DemoServer> m_demo;
    bool m_holdBackgroundWork = false;
    bool m_keychainCheckWaiting = false;
    std::unique_ptr<QTemporaryDir> m_demoData;
    EveSso::SecretStore::Availability m_keychain{true, EveSso::SecretStore::Error::None, {}};
};
