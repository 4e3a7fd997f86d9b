#include "LoginCommand.h"

#include "CliContext.h"
#include "Console.h"
#include "JsonFormat.h"

#include <EveSso/LoginFlow.h>
#include <EveSso/SsoDiscovery.h>
#include <EveSso/TokenValidator.h>

#include <QProcess>

namespace {

/// Hands the URL to the desktop's browser without QtGui (this is a console program).
bool openInBrowser(const QUrl &url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {address});
#elif defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"), {QStringLiteral("url.dll,FileProtocolHandler"), address});
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), {address});
#endif
}

QString outcomeName(EveSso::AccountManager::AddOutcome outcome)
{
    switch (outcome) {
    case EveSso::AccountManager::AddOutcome::Added: return QStringLiteral("added");
    case EveSso::AccountManager::AddOutcome::Updated: return QStringLiteral("updated");
    case EveSso::AccountManager::AddOutcome::OwnerChanged: return QStringLiteral("owner-changed");
    }
    return QString();
}

} // namespace

void LoginCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_noBrowserOption);
    parser.addOption(m_timeoutOption);
}

bool LoginCommand::readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    if (!arguments.isEmpty()) {
        *error = tr("login takes no arguments.");
        return false;
    }
    m_noBrowser = parser.isSet(m_noBrowserOption);
    bool ok = false;
    const int seconds = parser.value(m_timeoutOption).toInt(&ok);
    if (!ok || seconds < 1) {
        *error = tr("--timeout needs a number of seconds (1 or more).");
        return false;
    }
    m_timeout = std::chrono::seconds(seconds);
    return true;
}

void LoginCommand::run()
{
    QString error;
    if (!context()->requireClientId(&error))
        return fail(ExitCode::Usage, error, QStringLiteral("Usage"));
    // Check the keychain first: a login that cannot be stored would be lost when evesso exits.
    context()->secrets()->checkAvailability(this, [this](const EveSso::SecretStore::Availability &availability) {
        if (!availability.available)
            return fail(ExitCode::Keychain, availability.explanation, QStringLiteral("Keychain"));
        context()->prepareSso(this, [this](const EveSso::SsoError &ssoError) {
            if (ssoError.isError())
                return fail(ssoError);
            startLogin();
        });
    });
}

void LoginCommand::startLogin()
{
    EveSso::SsoDiscovery *discovery = context()->sso()->discovery();
    m_validator = new EveSso::TokenValidator(discovery, context()->verifierOptions(discovery->endpoints().issuer), this);
    auto *login = new EveSso::LoginFlow(context()->config().settings, discovery->endpoints(), m_validator, this);
    login->setTimeout(m_timeout);
    connect(login, &EveSso::LoginFlow::authorizeWithBrowser, this, &LoginCommand::showAuthorizationUrl);
    connect(login, &EveSso::LoginFlow::succeeded, this, &LoginCommand::store);
    connect(login, &EveSso::LoginFlow::failed, this, [this](const EveSso::SsoError &loginError) { fail(loginError); });
    login->start(); // on failure, failed() follows from the event loop
}

void LoginCommand::showAuthorizationUrl(const QUrl &url)
{
    if (m_noBrowser) {
        Console::out(url.toString(QUrl::FullyEncoded));
        note(tr("Open the address above in a browser and log in; waiting for the callback at %1.")
                 .arg(context()->config().settings.callbackUrl.toString(QUrl::RemoveQuery)));
        return;
    }
    if (openInBrowser(url)) {
        note(tr("Log in in your browser. If it did not open, visit:"));
    } else {
        note(tr("Could not start a browser. Visit:"));
    }
    Console::err(url.toString(QUrl::FullyEncoded));
}

void LoginCommand::store(const EveSso::LoginResult &result)
{
    context()->accounts()->addLogin(
        result, this, [this, character = result.character](EveSso::AccountManager::AddOutcome outcome,
                                                            const EveSso::SsoError &keychainError) {
            if (keychainError.isError())
                return fail(keychainError);
            if (outcome == EveSso::AccountManager::AddOutcome::OwnerChanged)
                note(tr("%1 changed hands since the last login (the owner hash differs).").arg(character.characterName));
            const QStringList missing = [&] {
                QStringList scopes;
                for (const QString &scope : context()->config().settings.scopes) {
                    if (!character.scopes.contains(scope))
                        scopes.append(scope);
                }
                return scopes;
            }();
            if (!missing.isEmpty())
                note(tr("The login was not granted these scopes: %1").arg(missing.join(QLatin1Char(' '))));
            if (json()) {
                QJsonObject object = JsonFormat::verifiedToken(character);
                object.remove(QStringLiteral("claims"));
                object.insert(QStringLiteral("profile"), context()->config().profile.id);
                object.insert(QStringLiteral("outcome"), outcomeName(outcome));
                Console::outJson(object);
            } else {
                Console::out(tr("Logged in %1 (%2) on %3.")
                                 .arg(character.characterName, QString::number(character.characterId),
                                      context()->config().profile.id));
            }
            succeed();
        });
}
