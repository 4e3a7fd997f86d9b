#include "TokenCommand.h"

#include "CliContext.h"
#include "Console.h"
#include "JsonFormat.h"

#include <EveSso/CharacterSession.h>

TokenCommand::TokenCommand(QObject *parent)
    : OneCharacterCommand(QStringLiteral("token"), parent)
{
}

void TokenCommand::act(qint64 characterId)
{
    EveSso::CharacterSession *session = context()->accounts()->session(characterId);
    session->accessToken(this, [this, session, characterId](const QString &accessToken, const EveSso::SsoError &error) {
        if (error.isError())
            return fail(error);
        if (failIfRefreshTokenUnsaved(session))
            return;
        if (json()) {
            const auto record = context()->accounts()->record(characterId);
            Console::outJson(QJsonObject{{QStringLiteral("characterId"), characterId},
                                         {QStringLiteral("characterName"), record ? record->name : QString()},
                                         {QStringLiteral("accessToken"), accessToken},
                                         {QStringLiteral("expiresAt"), JsonFormat::time(session->accessTokenExpiresAt())}});
        } else {
            Console::out(accessToken);
        }
        succeed();
    });
}
