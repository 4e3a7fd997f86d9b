#pragma once

#include "OneCharacterCommand.h"

/// `evesso wallet [CHARACTER]`: the character's ISK balance from ESI, through the ESI client's disk
/// cache (no request while the cached answer is fresh). The stored character's balance is updated.
class WalletCommand : public OneCharacterCommand
{
    Q_OBJECT

public:
    explicit WalletCommand(QObject *parent = nullptr);

protected:
    void act(qint64 characterId) override;
};
