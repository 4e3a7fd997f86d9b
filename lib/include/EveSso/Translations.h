#pragma once

#include <EveSso/evesso_export.h>

#include <QLocale>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace EveSso {

// The library's messages (errors, the browser's login page) are English in the source and translated
// into the languages EVE Online ships: German, French, Russian, Japanese, Simplified Chinese, Korean and
// Spanish. The translations are compiled into the library as resources (":/i18n/evesso_<lang>.qm"), so
// a program only has to install them with installTranslator(); the library never does so by itself.

/// Installs the library's translation that best fits `locale` on `app` and returns it (a child of
/// `app`). The locale's UI languages are tried in order, each from the most specific form down to its
/// language ("de_AT" finds German; "zh_TW" does not fall back to Simplified Chinese). English gets a
/// translator too: it supplies the plural forms ("1 character", "2 characters").
/// Calling it again first removes the translator installed by the previous call, so a program can switch
/// language at run time; when nothing fits the new locale, the messages are English again.
/// Returns nullptr, installing nothing, when `app` is null or no translation fits the locale.
/// Call it from `app`'s thread; QEvent::LanguageChange reaches the program's widgets as usual.
EVESSO_EXPORT QTranslator *installTranslator(QCoreApplication *app, const QLocale &locale = QLocale());

/// The languages the library is translated into, as the file suffixes of its .qm files ("de", "zh_CN",
/// ...), sorted; English, which only carries plural forms, is left out.
EVESSO_EXPORT QStringList translationLanguages();

} // namespace EveSso
