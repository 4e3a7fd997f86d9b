#include "TokenCommand.h"

#include "CliContext.h"
#include "Console.h"
#include "JsonFormat.h"

#include <EveSso/CharacterSession.h>

void TokenCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("character"),
                                 tr("Character id or name (optional when only one is logged in)."),
                                 QStringLiteral("[CHARACTER]"));
}

bool TokenCommand::readOptions(const QCommandLineParser &, const QStringList &arguments, QString *error)
{
    if (arguments.size() > 1) {
        *error = tr("token takes at most one character.");
        return false;
    }
    m_character = arguments.value(0);
    return true;
}

void TokenCommand::run()
{
    QString error;
    if (!context()->requireClientId(&error))
        return fail(ExitCode::Usage, error, QStringLiteral("Usage"));
    const qint64 characterId = context()->resolveCharacter(m_character, &error);
    if (characterId == 0)
        return fail(ExitCode::Usage, error, QStringLiteral("UnknownCharacter"));
    context()->prepareSso(this, [this, characterId](const EveSso::SsoError &ssoError) {
        if (ssoError.isError())
            return fail(ssoError);
        fetch(characterId);
    });
}

void TokenCommand::fetch(qint64 characterId)
{
    EveSso::CharacterSession *session = context()->accounts()->session(characterId);
    session->accessToken(this, [this, session, characterId](const QString &accessToken, const EveSso::SsoError &error) {
        if (error.isError())
            return fail(error);
        if (session->hasPendingSecretWrite()) {
            // Printing the token would hide that the next run may find the login gone.
            return fail(ExitCode::Keychain,
                        tr("The login was refreshed, but its new refresh token could not be saved in the keychain; "
                           "the character may have to log in again."),
                        QStringLiteral("Keychain"));
        }
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
