#include "CommandLine.h"

#include <EveSso/Translations.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace {

/// The tool's messages and the library's (login, keychain and ESI errors) in the system's language.
void installTranslations(QCoreApplication *app)
{
    EveSso::installTranslator(app, QLocale());
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
