#include "LogoutCommand.h"

#include "CliContext.h"
#include "Console.h"

void LogoutCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("character"), tr("Character id or name."), QStringLiteral("CHARACTER"));
}

bool LogoutCommand::readOptions(const QCommandLineParser &, const QStringList &arguments, QString *error)
{
    if (arguments.size() != 1) {
        *error = tr("logout needs exactly one character (id or name).");
        return false;
    }
    m_character = arguments.constFirst();
    return true;
}

void LogoutCommand::run()
{
    const qint64 characterId = requireCharacter(m_character);
    if (characterId == 0)
        return;
    // Without a keychain nothing could be revoked or deleted: stop before touching the character list.
    context()->secrets()->checkAvailability(this, [this, characterId](const EveSso::SecretStore::Availability &availability) {
        if (!availability.available)
            return fail(ExitCode::Keychain, availability.explanation, QStringLiteral("Keychain"));
        // An unreachable SSO still lets the player remove the character; the revocation error says so.
        context()->prepareSso(this, [this, characterId](const EveSso::SsoError &) { remove(characterId); });
    });
}

void LogoutCommand::remove(qint64 characterId)
{
    const QString name = context()->accounts()->record(characterId)->name;
    context()->accounts()->removeCharacter(characterId, this, [this, characterId, name](const EveSso::SsoError &error) {
        report(characterId, name, error);
    });
}

void LogoutCommand::report(qint64 characterId, const QString &name, const EveSso::SsoError &error)
{
    // Kept: its login could not be deleted from the keychain, and the error says what to do.
    if (context()->accounts()->record(characterId))
        return fail(ExitCode::Keychain, error.message, QStringLiteral("Keychain"));
    // Its wallet and journal answers go with it, in the cache Capsuleer shares (revoked or not).
    context()->esi()->forgetCharacter(characterId);
    const bool revoked = !error.isError();
    if (json()) {
        Console::outJson(QJsonObject{{QStringLiteral("characterId"), characterId},
                                     {QStringLiteral("characterName"), name},
                                     {QStringLiteral("removed"), true},
                                     {QStringLiteral("revoked"), revoked}});
    } else {
        Console::out(tr("Logged out %1 (%2).").arg(name, QString::number(characterId)));
    }
    if (revoked)
        return succeed();
    // No stored login to revoke is no reason to fail a logout.
    if (error.kind == EveSso::SsoError::Kind::NotConfigured) {
        note(error.message);
        return succeed();
    }
    fail(error);
}
