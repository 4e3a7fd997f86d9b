#include "CommandLine.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evesso"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVESSO_VERSION));

    CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
