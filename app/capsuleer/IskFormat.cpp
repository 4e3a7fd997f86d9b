#include "IskFormat.h"

#include <QCoreApplication>

#include <cmath>

QString formatIsk(double amount, const QLocale &locale)
{
    return QCoreApplication::translate("IskFormat", "%1 ISK").arg(locale.toString(amount, 'f', 2));
}

IskScale iskScaleFor(double largest)
{
    const double size = std::abs(largest);
    if (size >= 1e12)
        return {1e12, QCoreApplication::translate("IskFormat", "trillion ISK")};
    if (size >= 1e9)
        return {1e9, QCoreApplication::translate("IskFormat", "billion ISK")};
    if (size >= 1e6)
        return {1e6, QCoreApplication::translate("IskFormat", "million ISK")};
    if (size >= 1e3)
        return {1e3, QCoreApplication::translate("IskFormat", "thousand ISK")};
    return {1, QCoreApplication::translate("IskFormat", "ISK")};
}
