#include "RefreshCommand.h"

#include "CliContext.h"
#include "Console.h"
#include "JsonFormat.h"

#include <EveSso/CharacterSession.h>

#include <QJsonArray>

void RefreshCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_allOption);
    parser.addPositionalArgument(QStringLiteral("character"),
                                 tr("Character id or name (optional when only one is logged in)."),
                                 QStringLiteral("[CHARACTER|--all]"));
}

bool RefreshCommand::readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    m_all = parser.isSet(m_allOption);
    if (arguments.size() > 1 || (m_all && !arguments.isEmpty())) {
        *error = tr("refresh takes one character, or --all.");
        return false;
    }
    m_character = arguments.value(0);
    return true;
}

void RefreshCommand::run()
{
    QString error;
    if (!context()->requireClientId(&error))
        return fail(ExitCode::Usage, error, QStringLiteral("Usage"));
    qint64 characterId = 0;
    if (!m_all) {
        characterId = context()->resolveCharacter(m_character, &error);
        if (characterId == 0)
            return fail(ExitCode::Usage, error, QStringLiteral("UnknownCharacter"));
    }
    context()->prepareSso(this, [this, characterId](const EveSso::SsoError &ssoError) {
        if (ssoError.isError())
            return fail(ssoError);
        if (m_all)
            refreshEveryone();
        else
            refreshOne(characterId);
    });
}

void RefreshCommand::refreshOne(qint64 characterId)
{
    context()->accounts()->session(characterId)->refresh(this, [this, characterId](const QString &, const EveSso::SsoError &) {
        report({characterId});
    });
}

void RefreshCommand::refreshEveryone()
{
    EveSso::AccountManager *accounts = context()->accounts();
    connect(accounts, &EveSso::AccountManager::refreshAllFinished, this, [this, accounts] {
        QList<qint64> ids;
        for (const EveSso::CharacterRecord &record : accounts->records())
            ids.append(record.characterId);
        report(ids);
    });
    accounts->refreshAll(EveSso::AccountManager::RefreshPolicy::Always);
}

void RefreshCommand::report(const QList<qint64> &characterIds)
{
    EveSso::AccountManager *accounts = context()->accounts();
    ExitCode firstFailure = ExitCode::Success;
    QJsonArray results;
    for (qint64 id : characterIds) {
        const EveSso::CharacterSession *session = accounts->session(id);
        if (!session) {
            // Logged out by another process meanwhile.
            if (firstFailure == ExitCode::Success)
                firstFailure = ExitCode::Authentication;
            Console::err(tr("%1: not refreshed: the character was logged out meanwhile.").arg(id));
            continue;
        }
        const QString name = accounts->record(id) ? accounts->record(id)->name : QString();
        EveSso::SsoError error = session->state() == EveSso::CharacterSession::State::Ready ? EveSso::SsoError()
                                                                                            : session->lastError();
        if (!error.isError() && session->hasPendingSecretWrite()) {
            error = EveSso::SsoError::make(EveSso::SsoError::Kind::Keychain,
                                           tr("the new refresh token could not be saved in the keychain"));
        }
        if (error.isError() && firstFailure == ExitCode::Success)
            firstFailure = exitCodeFor(error);
        if (json()) {
            QJsonObject result{{QStringLiteral("characterId"), id},
                               {QStringLiteral("characterName"), name},
                               {QStringLiteral("ok"), !error.isError()}};
            if (error.isError()) {
                result.insert(QStringLiteral("error"), errorName(error.kind));
                result.insert(QStringLiteral("message"), error.message);
            } else {
                result.insert(QStringLiteral("expiresAt"), JsonFormat::time(session->accessTokenExpiresAt()));
            }
            results.append(result);
        } else if (error.isError()) {
            Console::err(tr("%1 (%2): not refreshed: %3").arg(name, QString::number(id), error.message));
        } else {
            Console::out(tr("%1 (%2): refreshed; the access token is valid until %3")
                             .arg(name, QString::number(id),
                                  session->accessTokenExpiresAt().toUTC().toString(Qt::ISODate)));
        }
    }
    if (json())
        Console::outJson(results);
    if (firstFailure == ExitCode::Success)
        succeed();
    else
        fail(firstFailure, tr("Not every login could be refreshed."), QStringLiteral("RefreshFailed"));
}
