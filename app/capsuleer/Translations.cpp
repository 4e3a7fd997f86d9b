#include "Translations.h"

#include "QtTranslations.h"

#include <EveSso/Translations.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

void installTranslations(QCoreApplication *app)
{
    // The library's messages (login, keychain and ESI errors) in the same language as the app's.
    // Where no catalogue fits (the C locale of scripts and CI, say), English still supplies the plural
    // forms: "within 1 second", not "within 1 second(s)".
    if (!EveSso::installTranslator(app, QLocale()))
        EveSso::installTranslator(app, QLocale(QLocale::English));
    installQtTranslations(app);
    const QString folder = QStringLiteral(":/i18n");
    // Installed last wins: English first, so that the player's language overrides it.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral("capsuleer_en"), folder))
        QCoreApplication::installTranslator(english);
    auto *local = new QTranslator(app);
    if (local->load(QLocale(), QStringLiteral("capsuleer"), QStringLiteral("_"), folder)
        && local->language() != english->language())
        QCoreApplication::installTranslator(local);
    else
        delete local;
}
