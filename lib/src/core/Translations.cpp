#include <EveSso/Translations.h>

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

namespace EveSso {
namespace {

// Where qt_add_translations (lib/CMakeLists.txt) puts the compiled catalogues, and how they are named.
const char kResourceDir[] = ":/i18n";
const char kBaseName[] = "evesso";

// Marks the translator this library installed, so a second call can find and replace it.
const char kTranslatorName[] = "EveSso::installTranslator";

} // namespace

QTranslator *installTranslator(QCoreApplication *app, const QLocale &locale)
{
    if (!app)
        return nullptr;
    const QString name = QLatin1String(kTranslatorName);
    if (auto *previous = app->findChild<QTranslator *>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }

    auto *translator = new QTranslator(app);
    translator->setObjectName(name);
    if (!translator->load(locale, QLatin1String(kBaseName), QStringLiteral("_"), QLatin1String(kResourceDir))) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

QStringList translationLanguages()
{
    const QString prefix = QLatin1String(kBaseName) + QLatin1Char('_');
    const QStringList files = QDir(QLatin1String(kResourceDir))
                                  .entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    QStringList result;
    for (const QString &file : files) {
        const QString language = file.mid(prefix.size(), file.size() - prefix.size() - 3);
        if (language != QLatin1String("en"))
            result.append(language);
    }
    return result;
}

} // namespace EveSso
