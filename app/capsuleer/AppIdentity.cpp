#include "AppIdentity.h"

#include <QApplication>

namespace AppIdentity {

QString desktopFileId()
{
    return QStringLiteral(CAPSULEER_APP_ID);
}

QIcon icon()
{
    QIcon compiledIn;
    for (int size : {16, 32, 48, 64, 128, 256})
        compiledIn.addFile(QStringLiteral(":/icons/capsuleer-%1.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(desktopFileId(), compiledIn);
}

void apply()
{
    QApplication::setApplicationName(QStringLiteral("Capsuleer"));
    QApplication::setApplicationVersion(QStringLiteral(CAPSULEER_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Capsuleer"));
    QApplication::setDesktopFileName(desktopFileId());
}

void applyWindowIcon()
{
    QApplication::setWindowIcon(icon());
}

} // namespace AppIdentity
