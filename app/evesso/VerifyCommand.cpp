#include "VerifyCommand.h"

#include "CliContext.h"
#include "Console.h"
#include "JsonFormat.h"

#include <EveSso/JsonWebKeySet.h>
#include <EveSso/SsoDiscovery.h>
#include <EveSso/TokenValidator.h>

#include <QFile>

void VerifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_jwksOption);
    parser.addPositionalArgument(QStringLiteral("token"),
                                 tr("The access token, or - (or nothing) to read it from standard input."),
                                 QStringLiteral("[TOKEN|-]"));
}

bool VerifyCommand::readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    if (arguments.size() > 1) {
        *error = tr("verify takes one token.");
        return false;
    }
    m_jwksFile = parser.value(m_jwksOption);
    if (arguments.isEmpty() || arguments.constFirst() == QLatin1String("-")) {
        // Standard input keeps the token out of the process list and the shell history.
        QFile input;
        if (input.open(stdin, QIODevice::ReadOnly))
            m_token = input.readAll().trimmed();
    } else {
        m_token = arguments.constFirst().toUtf8();
    }
    if (m_token.isEmpty()) {
        *error = tr("No token: give it as an argument or on standard input.");
        return false;
    }
    return true;
}

void VerifyCommand::run()
{
    const CliConfig &config = context()->config();
    if (config.settings.clientId.isEmpty() && config.audiences.isEmpty()) {
        return fail(ExitCode::Usage, tr("verify needs --client-id (or EVESSO_CLIENT_ID) or --audience."),
                    QStringLiteral("Usage"));
    }
    if (m_jwksFile.isEmpty())
        verifyWithServer();
    else
        verifyWithFile();
}

void VerifyCommand::verifyWithFile()
{
    QFile file(m_jwksFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ExitCode::Usage, tr("Cannot read %1: %2").arg(m_jwksFile, file.errorString()), QStringLiteral("Usage"));
    QString error;
    const EveSso::JsonWebKeySet keys = EveSso::JsonWebKeySet::fromJson(file.readAll(), &error);
    if (keys.isEmpty())
        return fail(ExitCode::Usage, tr("%1 is not a usable key set: %2").arg(m_jwksFile, error), QStringLiteral("Usage"));
    // Offline there is no metadata document: the issuer is the discovery URL's origin, unless --issuer says.
    const QUrl discovery = context()->config().profile.discoveryUrl;
    const QString origin = discovery.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    report(EveSso::JwtVerifier(context()->verifierOptions(origin)).verify(m_token, keys));
}

void VerifyCommand::verifyWithServer()
{
    context()->prepareSso(this, [this](const EveSso::SsoError &ssoError) {
        if (ssoError.isError())
            return fail(ssoError);
        EveSso::SsoDiscovery *discovery = context()->sso()->discovery();
        auto *validator = new EveSso::TokenValidator(
            discovery, context()->verifierOptions(discovery->endpoints().issuer), this);
        validator->validate(m_token, this, [this](const EveSso::JwtVerifier::Result &result) { report(result); });
    });
}

void VerifyCommand::report(const EveSso::JwtVerifier::Result &result)
{
    if (!result.ok()) {
        return fail(exitCodeFor(result.error), tr("The token did not verify: %1").arg(result.error.message),
                    QString::fromLatin1(EveSso::JwtError::reasonName(result.error.reason)));
    }
    const EveSso::VerifiedToken &token = *result.token;
    if (json()) {
        Console::outJson(JsonFormat::verifiedToken(token));
        return succeed();
    }
    Console::out(tr("Character:  %1 (%2)").arg(token.characterName, QString::number(token.characterId)));
    Console::out(tr("Owner hash: %1").arg(token.ownerHash));
    Console::out(tr("Scopes:     %1").arg(token.scopes.join(QLatin1Char(' '))));
    Console::out(tr("Expires:    %1").arg(token.expiresAt.toUTC().toString(Qt::ISODate)));
    Console::out(tr("Issuer:     %1").arg(token.issuer));
    Console::out(tr("Client id:  %1").arg(token.clientId));
    succeed();
}
