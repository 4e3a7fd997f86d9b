#pragma once

#include "ExitCode.h"

#include <EveSso/SsoError.h>

#include <QCommandLineParser>
#include <QJsonValue>
#include <QObject>

class CliContext;

/// One evesso command. The dispatcher adds the command's options to the parser, hands it the parsed
/// command line, then start()s it; the command works asynchronously from the event loop and ends with
/// exactly one finished(), after which the dispatcher leaves the event loop.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(QObject *parent = nullptr);
    ~Command() override;

    /// Adds this command's own options and positional arguments (the global ones are there already).
    virtual void addOptions(QCommandLineParser &parser) = 0;
    /// Reads this command's options and its positional `arguments`. Returns false with a translated
    /// reason for a usage error.
    virtual bool readOptions(const QCommandLineParser &parser, const QStringList &arguments, QString *error) = 0;

    /// Runs the command with `context` (which outlives it).
    void start(CliContext *context);

signals:
    /// The command is done; `exitCode` is an ExitCode.
    void finished(int exitCode);

protected:
    virtual void run() = 0;

    CliContext *context() const { return m_context; }
    bool json() const;

    /// Ends with ExitCode::Success.
    void succeed();
    /// Prints `message` on standard error (as JSON with --json, named `reason`) and ends with `code`.
    void fail(ExitCode code, const QString &message, const QString &reason);
    /// Prints an SSO failure and ends with its exit code.
    void fail(const EveSso::SsoError &error);
    /// A line on standard error that does not end the command (a warning or a hint).
    void note(const QString &message) const;
    /// For a command on one stored character that needs the client id: the character `nameOrId` names
    /// (CliContext::resolveCharacter), or 0 after failing with a usage error when either is missing.
    qint64 requireCharacter(const QString &nameOrId);
    /// For a command that reads ESI: true after failing with a usage error when the server has no ESI
    /// address (a custom --discovery-url without --esi-url), so that nothing is sent to an empty URL.
    bool failWithoutEsi();

private:
    void finish(ExitCode code);

    CliContext *m_context = nullptr;
    bool m_finished = false;
};
