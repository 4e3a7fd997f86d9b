#pragma once

#include "Command.h"

/// `evesso list`: the stored characters of the profile and their state, from the metadata file alone
/// (no network, no keychain).
class ListCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser &parser) override;
    bool readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error) override;

protected:
    void run() override;
};
