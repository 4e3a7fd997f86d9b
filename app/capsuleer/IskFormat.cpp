#include "IskFormat.h"

#include <QCoreApplication>

QString formatIsk(double amount, const QLocale &locale)
{
    return QCoreApplication::translate("IskFormat", "%1 ISK").arg(locale.toString(amount, 'f', 2));
}
