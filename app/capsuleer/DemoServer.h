#pragma once

#include <EveSso/ClientSettings.h>
#include <EveSso/ServerProfile.h>

#include <QObject>

#include <memory>

namespace EveSso {
class Emulator;
}

/// The offline demo: the library's EVE SSO + ESI emulator on 127.0.0.1, with its built-in demo
/// application registered for Capsuleer's callback URL. Logins go through the real system browser to the
/// emulator's authorize page, or are approved at once (auto-approve) as the next fixture character.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    /// The server profile id of demo characters (kept apart from real ones in the keychain).
    static const QString ProfileId;

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    /// Starts the emulator on a free loopback port; its demo client calls back on `callbackPort`.
    bool start(quint16 callbackPort, QString *errorMessage);
    bool isRunning() const;

    /// Approve logins at once (no authorize page) as the first fixture character not in `known`.
    void setAutoApprove(bool on);
    bool autoApprove() const;
    /// Called before each login so that auto-approve picks a character not yet added.
    void prepareLogin(const QList<qint64> &knownCharacterIds);

    EveSso::ServerProfile profile() const;
    EveSso::ClientSettings clientSettings() const;
    /// Every character of the demo data set.
    QList<qint64> characterIds() const;
    EveSso::Emulator *emulator() const;

private:
    std::unique_ptr<EveSso::Emulator> m_emulator;
    quint16 m_callbackPort = EveSso::ClientSettings::DefaultCallbackPort;
    bool m_autoApprove = false;
};
