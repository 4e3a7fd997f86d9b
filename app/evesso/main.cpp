#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evesso"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVESSO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "EVE Online SSO from the command line"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
