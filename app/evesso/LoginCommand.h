#pragma once

#include "Command.h"

#include <EveSso/LoginResult.h>

#include <chrono>

namespace EveSso {
class LoginFlow;
class TokenValidator;
} // namespace EveSso

/// `evesso login [--no-browser] [--timeout S]`: a PKCE login through the browser and the loopback
/// callback; the verified character is stored (refresh token in the keychain) and printed.
class LoginCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser &parser) override;
    bool readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error) override;

protected:
    void run() override;

private:
    void startLogin();
    void showAuthorizationUrl(const QUrl &url);
    void store(const EveSso::LoginResult &result);

    QCommandLineOption m_noBrowserOption{
        QStringLiteral("no-browser"),
        tr("Do not open a browser: print the authorization URL on a line of its own on standard output and wait "
           "for the browser to come back to the callback URL.")};
    QCommandLineOption m_timeoutOption{QStringLiteral("timeout"),
                                       tr("Give up after <seconds> without a callback (default 600)."),
                                       tr("seconds"), QStringLiteral("600")};
    bool m_noBrowser = false;
    std::chrono::seconds m_timeout{600};
    EveSso::TokenValidator *m_validator = nullptr;
};
