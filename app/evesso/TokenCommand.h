#pragma once

#include "Command.h"

/// `evesso token [CHARACTER]`: a fresh access token on standard output and nothing else; the one
/// command that prints a token, because the user asked for it. A rotated refresh token is in the
/// keychain before the access token is printed.
class TokenCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser &parser) override;
    bool readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error) override;

protected:
    void run() override;

private:
    void fetch(qint64 characterId);

    QString m_character;
};
