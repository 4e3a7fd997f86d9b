#include "CommandLine.h"
#include "QtTranslations.h"

#include <EveSso/Translations.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace {

/// The tool's messages and the library's (login, keychain and ESI errors) in the system's language.
void installTranslations(QCoreApplication *app)
{
    // Where no catalogue fits (the C locale of scripts and CI, say), English still supplies the plural
    // forms: "within 1 second", not "within 1 second(s)".
    if (!EveSso::installTranslator(app, QLocale()))
        EveSso::installTranslator(app, QLocale(QLocale::English));
    installQtTranslations(app); // QCommandLineParser's "Usage:", "Options:", "Displays help..."
    auto *translator = new QTranslator(app);
    if (translator->load(QLocale(), QStringLiteral("evesso-cli"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evesso"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVESSO_VERSION));
    installTranslations(&app);

    CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
