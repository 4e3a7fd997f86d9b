#pragma once

#include "Command.h"

/// `evesso wallet [CHARACTER]`: the character's ISK balance from ESI, through the ESI client's disk
/// cache (no request while the cached answer is fresh). The stored character's balance is updated.
class WalletCommand : public Command
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
