#include "WalletCommand.h"

#include "CliContext.h"
#include "Console.h"
#include "EsiExitCode.h"
#include "JsonFormat.h"

#include <EveSso/CharacterSession.h>
#include <EveSso/EsiClient.h>

void WalletCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("character"),
                                 tr("Character id or name (optional when only one is logged in)."),
                                 QStringLiteral("[CHARACTER]"));
}

bool WalletCommand::readOptions(const QCommandLineParser &, const QStringList &arguments, QString *error)
{
    if (arguments.size() > 1) {
        *error = tr("wallet takes at most one character.");
        return false;
    }
    m_character = arguments.value(0);
    return true;
}

void WalletCommand::run()
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

void WalletCommand::fetch(qint64 characterId)
{
    EveSso::CharacterSession *session = context()->accounts()->session(characterId);
    context()->esi()->walletBalance(
        session, this,
        [this, session, characterId](const EveSso::EsiResult<double> &result) {
            if (!result.hasValue())
                return fail(exitCodeFor(result.error), result.error.message, errorName(result.error.kind));
            if (session->hasPendingSecretWrite()) {
                return fail(ExitCode::Keychain,
                            tr("The login was refreshed, but its new refresh token could not be saved in the "
                               "keychain; the character may have to log in again."),
                            QStringLiteral("Keychain"));
            }
            if (result.stale)
                note(tr("ESI could not be asked (%1); this is the last known balance.").arg(result.error.message));
            std::optional<EveSso::CharacterRecord> record = context()->accounts()->record(characterId);
            if (record && !result.stale) {
                record->walletBalance = result.value;
                record->walletUpdatedAt = QDateTime::currentDateTimeUtc();
                context()->accounts()->updateRecord(*record);
            }
            const QString name = record ? record->name : QString();
            if (json()) {
                Console::outJson(QJsonObject{{QStringLiteral("characterId"), characterId},
                                             {QStringLiteral("characterName"), name},
                                             {QStringLiteral("balance"), result.value},
                                             {QStringLiteral("fromCache"), result.fromCache},
                                             {QStringLiteral("stale"), result.stale},
                                             {QStringLiteral("expires"), JsonFormat::time(result.expires)}});
            } else {
                Console::out(tr("%1 (%2): %3 ISK")
                                 .arg(name, QString::number(characterId), QString::number(result.value, 'f', 2)));
            }
            succeed();
        },
        EveSso::EsiClient::Priority::Urgent);
}
