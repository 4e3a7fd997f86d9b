#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

class CliContext;
class Command;

/// Dispatches `evesso [global options] <command> [command options] [arguments]`: finds the command,
/// parses the global and the command's options (in any order), prints help, and runs the command in
/// the application's event loop until it finishes.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();

    /// Runs the command line `arguments` (argv, the program name first) and returns the exit code.
    int run(const QStringList &arguments);

private:
    struct Entry
    {
        QString name;
        QString summary;
        std::function<Command *()> create;
    };

    QString globalHelp(const QString &optionsHelp) const;
    const Entry *find(const QString &name) const;
    int usageError(const QString &message, bool json) const;

    QList<Entry> m_commands;
    std::unique_ptr<CliContext> m_context;
    std::unique_ptr<Command> m_command;
};
