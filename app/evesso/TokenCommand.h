#pragma once

#include "OneCharacterCommand.h"

/// `evesso token [CHARACTER]`: a fresh access token on standard output and nothing else; the one
/// command that prints a token, because the user asked for it. A rotated refresh token is in the
/// keychain before the access token is printed.
class TokenCommand : public OneCharacterCommand
{
    Q_OBJECT

public:
    explicit TokenCommand(QObject *parent = nullptr);

protected:
    void act(qint64 characterId) override;
};
