#include "Command.h"

#include "CliContext.h"
#include "Console.h"

#include <QJsonObject>
#include <QTimer>

Command::Command(QObject *parent)
    : QObject(parent)
{
}

Command::~Command() = default;

void Command::start(CliContext *context)
{
    m_context = context;
    run();
}

bool Command::json() const { return m_context && m_context->config().json; }

void Command::succeed() { finish(ExitCode::Success); }

void Command::fail(ExitCode code, const QString &message, const QString &reason)
{
    if (json()) {
        Console::errJson(QJsonObject{{QStringLiteral("error"), reason},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("exitCode"), int(code)}});
    } else {
        Console::err(tr("evesso: %1").arg(message));
    }
    finish(code);
}

void Command::fail(const EveSso::SsoError &error)
{
    QString message = error.message;
    if (error.isLoginGone())
        // The library's message already says to log in again; the CLI adds how.
        message += QLatin1Char(' ') + tr("To do so, run: evesso login");
    fail(exitCodeFor(error), message, errorName(error.kind));
}

bool Command::failWithoutEsi()
{
    const QUrl esi = m_context->config().profile.esiBaseUrl;
    if (esi.isValid() && !esi.isEmpty())
        return false;
    fail(ExitCode::Usage,
         tr("This command reads ESI, and a server given with --discovery-url has no known ESI address: add "
            "--esi-url URL."),
         QStringLiteral("Usage"));
    return true;
}

void Command::note(const QString &message) const
{
    if (json())
        Console::errJson(QJsonObject{{QStringLiteral("note"), message}});
    else
        Console::err(tr("evesso: %1").arg(message));
}

qint64 Command::requireCharacter(const QString &nameOrId)
{
    QString error;
    if (!m_context->requireClientId(&error)) {
        fail(ExitCode::Usage, error, QStringLiteral("Usage"));
        return 0;
    }
    const qint64 characterId = m_context->resolveCharacter(nameOrId, &error);
    if (characterId == 0)
        fail(ExitCode::Usage, error, QStringLiteral("UnknownCharacter"));
    return characterId;
}

void Command::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    // From the event loop, so that work the library queued (the metadata file's save) is done first.
    QTimer::singleShot(0, this, [this, code] {
        ExitCode result = code;
        if (!m_context->storageError().isEmpty() && result == ExitCode::Success) {
            Console::err(tr("evesso: the character list could not be saved: %1").arg(m_context->storageError()));
            result = ExitCode::Failure;
        }
        emit finished(int(result));
    });
}
