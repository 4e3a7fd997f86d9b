#include "OneCharacterCommand.h"

#include "CliContext.h"

#include <EveSso/CharacterSession.h>

OneCharacterCommand::OneCharacterCommand(const QString &name, QObject *parent)
    : Command(parent)
    , m_name(name)
{
}

void OneCharacterCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("character"),
                                 tr("Character id or name (optional when only one is logged in)."),
                                 QStringLiteral("[CHARACTER]"));
}

bool OneCharacterCommand::readOptions(const QCommandLineParser &, const QStringList &arguments, QString *error)
{
    if (arguments.size() > 1) {
        //: %1 is the command's name (token, wallet), kept in English.
        *error = tr("%1 takes at most one character.").arg(m_name);
        return false;
    }
    m_character = arguments.value(0);
    return true;
}

void OneCharacterCommand::run()
{
    const qint64 characterId = requireCharacter(m_character);
    if (characterId == 0)
        return;
    context()->prepareSso(this, [this, characterId](const EveSso::SsoError &ssoError) {
        if (ssoError.isError())
            return fail(ssoError);
        act(characterId);
    });
}

bool OneCharacterCommand::failIfRefreshTokenUnsaved(const EveSso::CharacterSession *session)
{
    if (!session->hasPendingSecretWrite())
        return false;
    fail(ExitCode::Keychain,
         tr("The login was refreshed, but its new refresh token could not be saved in the keychain; the "
            "character may have to log in again."),
         QStringLiteral("Keychain"));
    return true;
}
