// The command-line tool's translations: evesso speaks the language of its environment (its own messages
// and the library's), stays English for languages not shipped, and its .ts files keep every placeholder.
#include "TsCatalogue.h"

#include <QProcess>
#include <QtTest>

namespace {

const QStringList kShippedLanguages{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                    QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("ru"),
                                    QStringLiteral("zh_CN")};

struct CliRun
{
    QString out;
    QString err;
};

/// Runs evesso with `arguments` in an environment whose only language setting is LANG=<language>.UTF-8.
CliRun runCli(const QString &language, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LANG"), language + QStringLiteral(".UTF-8"));
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(EVESSO_CLI_PATH), arguments);
    if (!cli.waitForFinished(30000))
        return {QStringLiteral("<evesso did not finish>"), {}};
    return {QString::fromUtf8(cli.readAllStandardOutput()), QString::fromUtf8(cli.readAllStandardError())};
}

} // namespace

class TestCliTranslations : public QObject
{
    Q_OBJECT

private slots:
    void speaksTheEnvironmentsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("commands"); // CommandLine "Commands:"
        QTest::addColumn<QString>("unknown");  // CommandLine "Unknown command \"%1\"."
        QTest::addColumn<QString>("tooMany");  // OneCharacterCommand "%1 takes at most one character."
        // Generated from translations/evesso-cli_<lang>.ts.
        QTest::newRow("de") << QStringLiteral("de")
            << QString::fromUtf8("Befehle:")
            << QString::fromUtf8("Unbekannter Befehl „%1“.")
            << QString::fromUtf8("wallet akzeptiert höchstens einen Charakter.");
        QTest::newRow("fr") << QStringLiteral("fr")
            << QString::fromUtf8("Commandes\u00a0:")
            << QString::fromUtf8("Commande inconnue «\u00a0%1\u00a0».")
            << QString::fromUtf8("wallet accepte au plus un personnage.");
        QTest::newRow("ru") << QStringLiteral("ru")
            << QString::fromUtf8("Команды:")
            << QString::fromUtf8("Неизвестная команда «%1».")
            << QString::fromUtf8("wallet принимает не более одного персонажа.");
        QTest::newRow("ja") << QStringLiteral("ja")
            << QString::fromUtf8("コマンド:")
            << QString::fromUtf8("不明なコマンド \"%1\"。")
            << QString::fromUtf8("wallet に指定できるキャラクターは 1 人までです。");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
            << QString::fromUtf8("命令：")
            << QString::fromUtf8("未知命令“%1”。")
            << QString::fromUtf8("wallet 最多接受一个角色。");
        QTest::newRow("ko") << QStringLiteral("ko")
            << QString::fromUtf8("명령:")
            << QString::fromUtf8("알 수 없는 명령 \"%1\".")
            << QString::fromUtf8("wallet에는 캐릭터를 하나까지만 지정할 수 있습니다.");
        QTest::newRow("es") << QStringLiteral("es")
            << QString::fromUtf8("Comandos:")
            << QString::fromUtf8("Comando desconocido «%1».")
            << QString::fromUtf8("wallet acepta como mucho un personaje.");
    }

    void speaksTheEnvironmentsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, commands);
        QFETCH(QString, unknown);
        QFETCH(QString, tooMany);

        const CliRun help = runCli(language, {QStringLiteral("--help")});
        QVERIFY2(help.out.contains(commands), qPrintable(help.out + help.err));
        const CliRun wrong = runCli(language, {QStringLiteral("frobnicate")});
        QVERIFY2(wrong.err.contains(unknown.arg(QStringLiteral("frobnicate"))), qPrintable(wrong.out + wrong.err));
        const CliRun two = runCli(language, {QStringLiteral("wallet"), QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY2(two.err.contains(tooMany), qPrintable(two.out + two.err));
    }

    void qtsOwnTextsAreTranslatedToo()
    {
        // QCommandLineParser's lines come from Qt's catalogue (qt6-translations-l10n), not from ours: in
        // German the help said "Usage:" and "Displays help..." until evesso installed it.
        const CliRun help = runCli(QStringLiteral("de"), {QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QLatin1String("Aufruf: ")), qPrintable(help.out + help.err));
        QVERIFY2(!help.out.contains(QLatin1String("Usage: ")), qPrintable(help.out));
    }

    void staysEnglishForLanguagesNotShipped()
    {
        const CliRun help = runCli(QStringLiteral("pt_BR"), {QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QLatin1String("\nCommands:\n")), qPrintable(help.out + help.err));
    }

    void sourcesAreConsistent_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kShippedLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void sourcesAreConsistent()
    {
        QFETCH(QString, language);
        const QString file = QStringLiteral(EVESSO_TRANSLATIONS_DIR "/evesso-cli_%1.ts").arg(language);
        QString error;
        const QList<TsMessage> messages = TsCatalogue::read(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        // Messages the tool gains after the last translation pass stay unfinished until translated (and
        // show in English); what is translated must be right.
        const QStringList problems = TsCatalogue::problems(messages, language, TsCatalogue::Consistent);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const auto unfinished = std::count_if(messages.cbegin(), messages.cend(),
                                              [](const TsMessage &m) { return !m.type.isEmpty(); });
        if (unfinished > 0)
            qInfo("%s: %d of %d messages not translated yet", qPrintable(file), int(unfinished), int(messages.size()));
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_cli_translations.moc"
