#pragma once

class QCoreApplication;

/// Installs Capsuleer's translations for the system's languages (de, fr, ru, ja, zh_CN, ko, es), and English
/// as the fallback (which gives English its plural forms: "1 character", "3 characters"), together with the
/// EveSso library's translation of its messages.
void installTranslations(QCoreApplication *app);
