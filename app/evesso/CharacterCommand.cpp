#include "CharacterCommand.h"

#include "CliContext.h"
#include "Console.h"
#include "EsiExitCode.h"
#include "JsonFormat.h"

#include <EveSso/EsiClient.h>

void CharacterCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("character"),
                                 tr("A stored character's id or name (optional when only one is logged in), or "
                                    "any character id."),
                                 QStringLiteral("[CHARACTER]"));
}

bool CharacterCommand::readOptions(const QCommandLineParser &, const QStringList &arguments, QString *error)
{
    if (arguments.size() > 1) {
        *error = tr("character takes at most one character.");
        return false;
    }
    m_character = arguments.value(0);
    return true;
}

void CharacterCommand::run()
{
    QString error;
    qint64 characterId = context()->resolveCharacter(m_character, &error);
    if (characterId == 0) {
        // Public information: any character id will do, logged in or not.
        bool isNumber = false;
        characterId = m_character.toLongLong(&isNumber);
        if (!isNumber || characterId <= 0)
            return fail(ExitCode::Usage, error, QStringLiteral("UnknownCharacter"));
    }
    if (failWithoutEsi())
        return;
    context()->esi()->characterInfo(
        characterId, this,
        [this](const EveSso::EsiResult<EveSso::CharacterInfo> &result) {
            if (!result.hasValue())
                return fail(exitCodeFor(result.error), result.error.message, errorName(result.error.kind));
            m_stale = m_stale || result.stale;
            m_info = result.value;
            fetchCorporation();
        },
        EveSso::EsiClient::Priority::Urgent);
}

void CharacterCommand::fetchCorporation()
{
    if (m_info.corporationId == 0)
        return fetchAlliance();
    context()->esi()->corporationInfo(
        m_info.corporationId, this,
        [this](const EveSso::EsiResult<EveSso::CorporationInfo> &result) {
            if (!result.hasValue())
                return fail(exitCodeFor(result.error), result.error.message, errorName(result.error.kind));
            m_stale = m_stale || result.stale;
            m_corporation = result.value;
            fetchAlliance();
        },
        EveSso::EsiClient::Priority::Urgent);
}

void CharacterCommand::fetchAlliance()
{
    if (m_info.allianceId == 0)
        return report();
    context()->esi()->allianceInfo(
        m_info.allianceId, this,
        [this](const EveSso::EsiResult<EveSso::AllianceInfo> &result) {
            if (!result.hasValue())
                return fail(exitCodeFor(result.error), result.error.message, errorName(result.error.kind));
            m_stale = m_stale || result.stale;
            m_alliance = result.value;
            report();
        },
        EveSso::EsiClient::Priority::Urgent);
}

void CharacterCommand::report()
{
    if (m_stale)
        note(tr("ESI could not be asked; this is the last known information."));
    if (std::optional<EveSso::CharacterRecord> record = context()->accounts()->record(m_info.characterId)) {
        record->corporationId = m_info.corporationId;
        record->corporationName = m_corporation.name;
        record->corporationTicker = m_corporation.ticker;
        record->allianceId = m_info.allianceId;
        record->allianceName = m_alliance.name;
        context()->accounts()->updateRecord(*record);
    }
    if (json()) {
        QJsonObject object{{QStringLiteral("characterId"), m_info.characterId},
                           {QStringLiteral("name"), m_info.name},
                           {QStringLiteral("corporationId"), m_info.corporationId},
                           {QStringLiteral("corporationName"), m_corporation.name},
                           {QStringLiteral("corporationTicker"), m_corporation.ticker},
                           {QStringLiteral("allianceId"), m_info.allianceId},
                           {QStringLiteral("allianceName"), m_alliance.name},
                           {QStringLiteral("allianceTicker"), m_alliance.ticker},
                           {QStringLiteral("birthday"), JsonFormat::time(m_info.birthday)},
                           {QStringLiteral("title"), m_info.title},
                           {QStringLiteral("stale"), m_stale}};
        if (m_info.securityStatus)
            object.insert(QStringLiteral("securityStatus"), *m_info.securityStatus);
        Console::outJson(object);
        return succeed();
    }
    Console::out(tr("Name:        %1 (%2)").arg(m_info.name, QString::number(m_info.characterId)));
    if (m_info.corporationId != 0) {
        Console::out(tr("Corporation: %1 [%2] (%3)")
                         .arg(m_corporation.name, m_corporation.ticker, QString::number(m_info.corporationId)));
    }
    if (m_info.allianceId != 0) {
        Console::out(tr("Alliance:    %1 [%2] (%3)")
                         .arg(m_alliance.name, m_alliance.ticker, QString::number(m_info.allianceId)));
    }
    if (m_info.birthday.isValid())
        Console::out(tr("Born:        %1").arg(m_info.birthday.toUTC().toString(Qt::ISODate)));
    if (m_info.securityStatus)
        Console::out(tr("Security:    %1").arg(QString::number(*m_info.securityStatus, 'f', 2)));
    succeed();
}
