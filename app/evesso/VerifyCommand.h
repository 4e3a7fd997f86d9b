#pragma once

#include "Command.h"

#include <EveSso/JwtVerifier.h>

/// `evesso verify [--jwks FILE] [TOKEN | -]`: verifies a token's signature and claims, offline against
/// a JWKS file or with the server's published keys, and prints the verified claims. A token that does
/// not verify prints the reason on standard error (never the token).
class VerifyCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser &parser) override;
    bool readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error) override;

protected:
    void run() override;

private:
    void verifyWithFile();
    void verifyWithServer();
    void report(const EveSso::JwtVerifier::Result &result);

    QCommandLineOption m_jwksOption{QStringLiteral("jwks"),
                                    tr("Verify offline against the JSON Web Key Set in <file> instead of the "
                                       "server's published keys."),
                                    tr("file")};
    QString m_jwksFile;
    QByteArray m_token;
};
