#pragma once

// Drives the evesso command-line tool as a user runs it: the built program (EVESSO_CLI_PATH) started with
// QProcess against an emulator in the test process, and the real keychain of the private test session.
// The emulator answers from this process's event loop, so every wait here spins it.

#include "SsoTestRig.h"
#include "TestBrowser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

namespace EveSsoTest {

using EveSso::Emulator;

// The exit codes documented in `evesso --help` and README.md.
constexpr int kSuccess = 0;
constexpr int kUsage = 2;
constexpr int kAuthentication = 3;
constexpr int kNetwork = 4;
constexpr int kKeychain = 5;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QJsonObject jsonObject() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
};

/// An environment in which the keychain cannot be reached: the session bus address points nowhere.
inline QProcessEnvironment withoutKeychain()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/evesso-test-bus"));
    return environment;
}

/// Base of the test classes that run evesso.
class EvessoDriver : public QObject
{
protected:
    SsoTestRig m_rig;
    TestBrowser m_browser;

    /// The global options that point evesso at the emulator, with its own profile (own characters).
    QStringList server(const QString &profile, const Emulator &emulator) const
    {
        return {QStringLiteral("--profile"), profile,
                QStringLiteral("--discovery-url"), emulator.discoveryUrl().toString(),
                QStringLiteral("--esi-url"), emulator.esiBaseUrl().toString(),
                QStringLiteral("--client-id"), m_rig.settings.clientId,
                QStringLiteral("--callback"), m_rig.settings.callbackUrl.toString()};
    }
    QStringList server(const QString &profile) const { return server(profile, m_rig.emulator); }

    /// Non-zero: evesso runs on a "full disk", where no file it writes may grow past this many bytes.
    rlim_t m_childFileLimit = 0;

    /// Starts evesso; the caller waits for it (the emulator needs this process's event loop meanwhile).
    void start(QProcess &process, const QStringList &arguments, const QProcessEnvironment &environment)
    {
        if (const rlim_t bytes = m_childFileLimit) {
            // Set between fork and exec: RLIMIT_FSIZE makes every write past it fail with EFBIG, as a
            // full disk does with ENOSPC (SIGXFSZ, which would kill the tool, ignored).
            process.setChildProcessModifier([bytes] {
                rlimit limit{};
                getrlimit(RLIMIT_FSIZE, &limit);
                limit.rlim_cur = bytes;
                setrlimit(RLIMIT_FSIZE, &limit);
                std::signal(SIGXFSZ, SIG_IGN);
            });
        }
        process.setProgram(QStringLiteral(EVESSO_CLI_PATH));
        process.setArguments(arguments);
        process.setProcessEnvironment(environment);
        process.start();
    }

    static Run finish(QProcess &process, const QByteArray &input = QByteArray())
    {
        if (!input.isNull())
            process.write(input);
        process.closeWriteChannel();
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 90000);
        Run run;
        run.crashed = process.exitStatus() != QProcess::NormalExit || process.state() != QProcess::NotRunning;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    Run evesso(const QStringList &arguments, const QByteArray &input = QByteArray(),
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        start(process, arguments, environment);
        Run run = finish(process, input.isNull() ? QByteArray("") : input);
        if (run.crashed)
            qWarning() << "evesso did not exit normally:" << arguments << run.err;
        return run;
    }

    /// `evesso login --no-browser --json`, the browser played by TestBrowser on the printed URL.
    Run login(const QStringList &globalOptions, qint64 characterId,
              TestBrowser::Action action = TestBrowser::Action::Authorize,
              const QStringList &extra = {}, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        start(process, globalOptions + QStringList{QStringLiteral("login"), QStringLiteral("--no-browser"),
                                                   QStringLiteral("--json")} + extra,
              environment);
        (void)QTest::qWaitFor([&] { return process.canReadLine() || process.state() == QProcess::NotRunning; }, 30000);
        QByteArray printed;
        if (process.canReadLine()) {
            printed = process.readLine();
            const QUrl authorizationUrl(QString::fromUtf8(printed.trimmed()));
            const QUrl redirect = m_browser.authorize(authorizationUrl, action, characterId);
            if (redirect.isValid())
                m_browser.visit(redirect); // the browser lands on evesso's loopback callback
        }
        Run run = finish(process);
        run.out.prepend(printed);
        return run;
    }

    /// Logs `characterId` in on `profile` and checks that it worked.
    bool loginOk(const QString &profile, qint64 characterId)
    {
        const Run run = login(server(profile), characterId);
        if (run.exitCode != kSuccess)
            qWarning() << "login failed:" << run.exitCode << run.err;
        return run.exitCode == kSuccess;
    }

    /// The emulator's character at `index` of its fixture.
    qint64 character(int index) const { return m_rig.emulator.characterIds().value(index); }

    /// The character as `evesso list --json` shows it, empty when it is not listed.
    QJsonObject listed(const QString &profile, qint64 characterId)
    {
        const Run run = evesso(server(profile) + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &value : run.jsonArray()) {
            if (value.toObject().value(QStringLiteral("characterId")).toInteger() == characterId)
                return value.toObject();
        }
        return {};
    }
};

} // namespace EveSsoTest
