#include "WalletCommand.h"

#include <QLocale>

#include "CliContext.h"
#include "Console.h"
#include "EsiExitCode.h"
#include "JsonFormat.h"

#include <EveSso/CharacterSession.h>
#include <EveSso/EsiClient.h>

WalletCommand::WalletCommand(QObject *parent)
    : OneCharacterCommand(QStringLiteral("wallet"), parent)
{
}

void WalletCommand::act(qint64 characterId)
{
    if (failWithoutEsi())
        return;
    EveSso::CharacterSession *session = context()->accounts()->session(characterId);
    context()->esi()->walletBalance(
        session, this,
        [this, session, characterId](const EveSso::EsiResult<double> &result) {
            if (!result.hasValue())
                return fail(exitCodeFor(result.error), result.error.message, errorName(result.error.kind));
            if (failIfRefreshTokenUnsaved(session))
                return;
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
                                 .arg(name, QString::number(characterId), QLocale().toString(result.value, 'f', 2)));
            }
            succeed();
        },
        EveSso::EsiClient::Priority::Urgent);
}
