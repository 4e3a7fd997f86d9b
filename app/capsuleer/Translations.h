#pragma once

class QCoreApplication;

/// Installs Capsuleer's translations for the system's languages, and English as the fallback (which gives
/// English its plural forms: "1 character", "3 characters").
void installTranslations(QCoreApplication *app);
