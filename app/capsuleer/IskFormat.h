#pragma once

#include <QLocale>
#include <QString>

/// Formats an ISK amount for the player's locale: grouping and decimal separators of the locale, two
/// decimals, and the unit "ISK" (e.g. "1,234,567.89 ISK", "1.234.567,89 ISK").
QString formatIsk(double amount, const QLocale &locale = QLocale());
