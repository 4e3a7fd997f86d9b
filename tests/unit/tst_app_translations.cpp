// The desktop app's translations: installTranslations() installs Capsuleer's catalogue and the library's
// for the system language, and the .ts files keep every placeholder, tag, accelerator and plural form.
#include "Translations.h" // Capsuleer's installTranslations()

#include "TsCatalogue.h"

#include <QTranslator>
#include <QtTest>

namespace {

const QStringList kShippedLanguages{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                    QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("ru"),
                                    QStringLiteral("zh_CN")};

} // namespace

class TestAppTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }

    void translatedForTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("characters"); // MainWindow "Characters"
        QTest::addColumn<QString>("total");      // MainWindow "Total: %1 across %n character(s)", n = 3
        QTest::addColumn<QString>("emptyToken"); // EveSso::SecretStore "An empty refresh token cannot be stored."
        QTest::addColumn<QString>("walletHistory"); // WalletChart "Wallet history"
        // Generated from translations/capsuleer_<lang>.ts and evesso_<lang>.ts.
        QTest::newRow("de") << QStringLiteral("de")
            << QString::fromUtf8("Charaktere")
            << QString::fromUtf8("Gesamt: %1 über 3 Charaktere")
            << QString::fromUtf8("Ein leeres Refresh-Token kann nicht gespeichert werden.")
            << QString::fromUtf8("Wallet-Verlauf");
        QTest::newRow("fr") << QStringLiteral("fr")
            << QString::fromUtf8("Personnages")
            << QString::fromUtf8("Total\u00a0: %1 sur 3 personnages")
            << QString::fromUtf8("Un jeton de rafraîchissement vide ne peut pas être enregistré.")
            << QString::fromUtf8("Historique du portefeuille");
        QTest::newRow("ru") << QStringLiteral("ru")
            << QString::fromUtf8("Персонажи")
            << QString::fromUtf8("Итого: %1 у 3 персонажей")
            << QString::fromUtf8("Пустой токен обновления нельзя сохранить.")
            << QString::fromUtf8("История кошелька");
        QTest::newRow("ja") << QStringLiteral("ja")
            << QString::fromUtf8("キャラクター")
            << QString::fromUtf8("合計: %1（3 人のキャラクター）")
            << QString::fromUtf8("空のリフレッシュトークンは保存できません。")
            << QString::fromUtf8("ウォレットの履歴");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
            << QString::fromUtf8("角色")
            << QString::fromUtf8("总计：%1，共 3 个角色")
            << QString::fromUtf8("无法保存空的刷新令牌。")
            << QString::fromUtf8("钱包历史");
        QTest::newRow("ko") << QStringLiteral("ko")
            << QString::fromUtf8("캐릭터")
            << QString::fromUtf8("합계: 캐릭터 3명, %1")
            << QString::fromUtf8("빈 리프레시 토큰은 저장할 수 없습니다.")
            << QString::fromUtf8("지갑 내역");
        QTest::newRow("es") << QStringLiteral("es")
            << QString::fromUtf8("Personajes")
            << QString::fromUtf8("Total: %1 entre 3 personajes")
            << QString::fromUtf8("No se puede guardar un token de actualización vacío.")
            << QString::fromUtf8("Historial de la cartera");
    }

    void translatedForTheSystemLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, characters);
        QFETCH(QString, total);
        QFETCH(QString, emptyToken);
        QFETCH(QString, walletHistory);

        QLocale::setDefault(QLocale(language));
        installTranslations(QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("MainWindow", "Characters"), characters);
        QCOMPARE(QCoreApplication::translate("MainWindow", "Total: %1 across %n character(s)", nullptr, 3), total);
        // The library's messages come along: installTranslations() installs its translator too.
        QCOMPARE(QCoreApplication::translate("EveSso::SecretStore", "An empty refresh token cannot be stored."),
                 emptyToken);
        QCOMPARE(QCoreApplication::translate("WalletChart", "Wallet history"), walletHistory);
    }

    void qtsOwnTextsAreTranslatedToo()
    {
        // Standard buttons and key names come from Qt's catalogue (qt6-translations-l10n): in German the
        // dialogs said "Cancel" and "Close", the shortcuts "Del", until installTranslations() loaded it.
        QLocale::setDefault(QLocale(QStringLiteral("de")));
        installTranslations(QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(QCoreApplication::translate("QShortcut", "Del"), QStringLiteral("Entf"));
    }

    void unshippedLanguageStaysEnglish()
    {
        QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
        installTranslations(QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("MainWindow", "Characters"), QStringLiteral("Characters"));
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
        const QString file = QStringLiteral(EVESSO_TRANSLATIONS_DIR "/capsuleer_%1.ts").arg(language);
        QString error;
        const QList<TsMessage> messages = TsCatalogue::read(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        // Strings the app gains after the last translation pass stay unfinished until translated (and show
        // in English); what is translated must be right.
        const QStringList problems = TsCatalogue::problems(messages, language, TsCatalogue::Consistent);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const auto unfinished = std::count_if(messages.cbegin(), messages.cend(),
                                              [](const TsMessage &m) { return !m.type.isEmpty(); });
        if (unfinished > 0)
            qInfo("%s: %d of %d messages not translated yet", qPrintable(file), int(unfinished), int(messages.size()));
    }
};

QTEST_GUILESS_MAIN(TestAppTranslations)
#include "tst_app_translations.moc"
