#pragma once

#include <QLocale>

class QCoreApplication;

/// Installs Qt's own translation ("qtbase": button texts such as Cancel and Close, key names such as Del,
/// QCommandLineParser's "Usage:" and "Options:") for `locale` from Qt's translations folder (Debian:
/// qt6-translations-l10n). Returns whether one was found; without it, those texts stay English.
bool installQtTranslations(QCoreApplication *app, const QLocale &locale = QLocale());
