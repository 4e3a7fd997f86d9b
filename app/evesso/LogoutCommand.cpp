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
    context()->accounts()->removeCharacter(characterId, this, [this, characterId, name](const EveSso::SsoError &revokeError) {
        confirmKeychainRemoval(characterId, name, revokeError);
    });
}

void LogoutCommand::confirmKeychainRemoval(qint64 characterId, const QString &name, const EveSso::SsoError &revokeError)
{
    // The account manager deleted the entry without telling how that went; deleting again (a success when
    // it is gone) reports the keychain's answer, after the first deletion since the keychain runs in order.
    const QString profileId = context()->config().profile.id;
    context()->secrets()->removeRefreshToken(
        profileId, characterId, this, [this, characterId, name, revokeError](const EveSso::SecretStore::Result &result) {
            if (!result.ok())
                return fail(ExitCode::Keychain, result.message, QStringLiteral("Keychain"));
            const bool revoked = !revokeError.isError();
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
            if (revokeError.kind == EveSso::SsoError::Kind::NotConfigured) {
                note(revokeError.message);
                return succeed();
            }
            fail(revokeError);
        });
}
