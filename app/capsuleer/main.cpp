#include "AppCore.h"
#include "AppIdentity.h"
#include "FirstPaintWatcher.h"
#include "MainWindow.h"
#include "SettingsFile.h"
#include "SingleInstance.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

/// Capsuleer's command line. Built once the application object exists: its texts are translated.
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption demo{QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Start the offline demo: a built-in EVE login and "
                                                                      "ESI server on this computer, with made-up characters.")};
    const QCommandLineOption demoIfUnconfigured{
        QStringLiteral("demo-if-unconfigured"),
        QCoreApplication::translate("main", "Start the offline demo when no client id is configured.")};
    const QCommandLineOption autoApprove{
        QStringLiteral("auto-approve"),
        QCoreApplication::translate("main", "In the demo, approve logins at once instead of showing the login page.")};
    QCommandLineOption quitAfterFirstPaint{QStringLiteral("quit-after-first-paint"),
                                           QCoreApplication::translate("main", "Quit once the window has painted (for the "
                                                                               "start-up benchmark).")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "EVE Online login and account tool"));
        parser.addHelpOption();
        parser.addVersionOption();
        quitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({demo, demoIfUnconfigured, autoApprove, quitAfterFirstPaint});
    }
};

/// --help and --version need no window: answered before the GUI, which needs a display, is started.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-?"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppIdentity::apply();
        installTranslations(&app);
        CommandLine().parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    AppIdentity::apply();
    installTranslations(&app);
    CommandLine commandLine;
    commandLine.parser.process(app);
    const QCommandLineParser &parser = commandLine.parser;

    // The player's settings, in a format a full disk cannot empty (see SettingsFile).
    const std::unique_ptr<QSettings> settings = SettingsFile::openDefault();
    std::unique_ptr<AppCore> core;
    std::unique_ptr<MainWindow> window;
    SingleInstance instance;
    QObject::connect(&instance, &SingleInstance::anotherInstanceRuns, &app, [] {
        QTextStream(stdout) << QApplication::translate("main", "Capsuleer is already running; its window was brought "
                                                               "to the front.")
                            << Qt::endl;
        QApplication::exit(0);
    });
    QObject::connect(&instance, &SingleInstance::becameFirst, &app, [&] {
        core = std::make_unique<AppCore>(settings.get());
        // The stored characters first: refreshing them, and asking the keychain, wait for the first paint
        // (or a second, if the window is not painted, say minimized).
        core->holdBackgroundWork();
        QTimer::singleShot(1000, core.get(), &AppCore::releaseBackgroundWork);
        const bool wantDemo = parser.isSet(commandLine.demo)
            || (parser.isSet(commandLine.demoIfUnconfigured) && !core->settings().hasClientId());
        QString demoError;
        if (!wantDemo || !core->startDemo(parser.isSet(commandLine.autoApprove), &demoError))
            core->startConfigured();
        window = std::make_unique<MainWindow>(core.get(), settings.get());
        QObject::connect(&instance, &SingleInstance::activationRequested, window.get(), &MainWindow::bringToFront);
        auto *firstPaint = new FirstPaintWatcher(window.get());
        if (parser.isSet(commandLine.quitAfterFirstPaint))
            firstPaint->reportAndQuitWhenPainted();
        QObject::connect(firstPaint, &FirstPaintWatcher::firstPainted, core.get(), &AppCore::releaseBackgroundWork);
        QObject::connect(firstPaint, &FirstPaintWatcher::firstPainted, &app, &AppIdentity::applyWindowIcon);
        if (!demoError.isEmpty())
            window->showStartupProblem(demoError);
        window->show();
        core->checkKeychain();
    });
    instance.claim();
    const int status = app.exec();
    window.reset(); // before the core whose backend it shows
    return status;
}
