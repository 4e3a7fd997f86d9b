#pragma once

#include <QLocale>
#include <QString>

/// Formats an ISK amount for the player's locale: grouping and decimal separators of the locale, two
/// decimals, and the unit "ISK" (e.g. "1,234,567.89 ISK", "1.234.567,89 ISK").
QString formatIsk(double amount, const QLocale &locale = QLocale());

/// A unit for many ISK amounts of one size, such as the labels of a chart's axis: the amounts are shown
/// divided by `divisor`, and `unit` names it ("million ISK").
struct IskScale
{
    double divisor = 1;
    QString unit; ///< Translated: "ISK", "thousand ISK", "million ISK", "billion ISK" or "trillion ISK".
};

/// The largest unit of which `largest` (the largest amount to show) is at least one.
IskScale iskScaleFor(double largest);
