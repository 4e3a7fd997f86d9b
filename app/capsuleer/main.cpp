#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Capsuleer"));
    QApplication::setApplicationVersion(QStringLiteral(CAPSULEER_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Capsuleer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "EVE Online login and account tool"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QMainWindow window;
    window.setWindowTitle(QApplication::translate("main", "Capsuleer"));
    auto *placeholder = new QLabel(QApplication::translate("main", "Capsuleer is being built."), &window);
    placeholder->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(placeholder);
    window.resize(900, 600);
    window.show();
    return app.exec();
}
