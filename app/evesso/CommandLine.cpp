#include "CommandLine.h"

#include "CharacterCommand.h"
#include "CliContext.h"
#include "Command.h"
#include "Console.h"
#include "ExitCode.h"
#include "GlobalOptions.h"
#include "ListCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "RefreshCommand.h"
#include "TokenCommand.h"
#include "VerifyCommand.h"
#include "WalletCommand.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace {

template<typename T>
std::function<Command *()> factory()
{
    return [] { return new T; };
}

} // namespace

CommandLine::CommandLine()
    : m_commands{
        {QStringLiteral("login"), tr("Log a character in through the browser and store the login."), factory<LoginCommand>()},
        {QStringLiteral("list"), tr("List the stored characters and their state."), factory<ListCommand>()},
        {QStringLiteral("token"), tr("Print a fresh access token (and nothing else)."), factory<TokenCommand>()},
        {QStringLiteral("verify"), tr("Verify a token's signature and claims; print the claims."), factory<VerifyCommand>()},
        {QStringLiteral("refresh"), tr("Refresh one character's login, or --all."), factory<RefreshCommand>()},
        {QStringLiteral("logout"), tr("Revoke a character's login and remove it."), factory<LogoutCommand>()},
        {QStringLiteral("wallet"), tr("Show a character's wallet balance (ESI, cached)."), factory<WalletCommand>()},
        {QStringLiteral("character"), tr("Show a character's public information (ESI, cached)."), factory<CharacterCommand>()},
    }
{
}

CommandLine::~CommandLine()
{
    // The command's callbacks refer to the context: it goes first.
    m_command.reset();
    m_context.reset();
}

const CommandLine::Entry *CommandLine::find(const QString &name) const
{
    for (const Entry &entry : m_commands) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

QString CommandLine::globalHelp(const QString &optionsHelp) const
{
    QString help = optionsHelp;
    help += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Entry &entry : m_commands)
        help += QStringLiteral("  %1  %2\n").arg(entry.name.leftJustified(9), entry.summary);
    help += QLatin1Char('\n') + tr("Run 'evesso <command> --help' for a command's options.") + QLatin1Char('\n');
    help += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    help += tr("  0  success\n"
               "  1  other failure (the server refused the request, the callback port is busy, ...)\n"
               "  2  usage: bad command line or input, no client id, a character that is not logged in\n"
               "  3  authentication: the login is gone (log in again), was refused or not finished, or a\n"
               "     token did not verify\n"
               "  4  network: the server could not be reached or answered badly; nothing stored changed\n"
               "  5  keychain: the OS keychain is missing, locked or did not answer\n");
    help += QLatin1Char('\n')
        + tr("Only 'evesso token' prints a token. Logins are kept in the OS keychain (service \"Capsuleer\", "
             "shared with the Capsuleer app), never in a file; a client secret is read only from the variable "
             "named by --secret-env.")
        + QLatin1Char('\n');
    return help;
}

int CommandLine::usageError(const QString &message, bool json) const
{
    if (json) {
        Console::errJson(QJsonObject{{QStringLiteral("error"), QStringLiteral("Usage")},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("exitCode"), int(ExitCode::Usage)}});
    } else {
        Console::err(tr("evesso: %1").arg(message));
        Console::err(tr("Run 'evesso --help' for usage."));
    }
    return int(ExitCode::Usage);
}

int CommandLine::run(const QStringList &arguments)
{
    const GlobalOptions globalOptions;
    const bool jsonAsked = arguments.contains(QStringLiteral("--json"));

    // First pass: the global options and the command's name; everything after the name is the command's.
    QCommandLineParser first;
    first.setApplicationDescription(tr("EVE Online SSO from the command line: log characters in, keep their "
                                       "logins in the OS keychain, hand fresh access tokens to scripts."));
    const QCommandLineOption help = first.addHelpOption();
    const QCommandLineOption version = first.addVersionOption();
    globalOptions.addTo(first);
    first.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."),
                                QStringLiteral("<command> [options] [arguments]"));
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!first.parse(arguments))
        return usageError(first.errorText(), jsonAsked);
    const QString commandName = first.positionalArguments().value(0);
    if (commandName.isEmpty()) {
        if (first.isSet(version)) {
            Console::out(QStringLiteral("evesso %1").arg(QCoreApplication::applicationVersion()));
            return int(ExitCode::Success);
        }
        if (first.isSet(help)) {
            Console::out(globalHelp(first.helpText()).trimmed());
            return int(ExitCode::Success);
        }
        return usageError(tr("No command given."), jsonAsked);
    }
    const Entry *entry = find(commandName);
    if (!entry)
        return usageError(tr("Unknown command \"%1\".").arg(commandName), jsonAsked);

    // Second pass: the global options and the command's own, anywhere on the line.
    m_command.reset(entry->create());
    QCommandLineParser parser;
    parser.setApplicationDescription(entry->summary);
    const QCommandLineOption commandHelp = parser.addHelpOption();
    parser.addPositionalArgument(entry->name, entry->summary, entry->name);
    m_command->addOptions(parser); // the command's own options first: they are what its help is about
    globalOptions.addTo(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), jsonAsked);
    if (parser.isSet(commandHelp)) {
        Console::out(parser.helpText().trimmed());
        return int(ExitCode::Success);
    }
    CliConfig config;
    QString error;
    if (!globalOptions.read(parser, &config, &error))
        return usageError(error, config.json);
    if (!m_command->readOptions(parser, parser.positionalArguments().mid(1), &error))
        return usageError(error, config.json);

    // The library's own log lines are for debugging; the command reports failures itself.
    if (!config.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("evesso.*=false"));

    m_context = std::make_unique<CliContext>(config);
    int exitCode = int(ExitCode::Failure);
    QObject::connect(m_command.get(), &Command::finished, m_command.get(), [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    m_context->prepareStore([this] { m_command->start(m_context.get()); });
    QCoreApplication::exec();
    return exitCode;
}
