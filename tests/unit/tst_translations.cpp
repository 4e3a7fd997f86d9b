// The library's translations: every shipped catalogue loads from the library's resources, real library
// code paths come out translated once EveSso::installTranslator() ran, locales fall back sensibly, and
// the .ts sources are complete and keep every placeholder, tag and plural form.
#include <EveSso/JsonWebKeySet.h>
#include <EveSso/JwtVerifier.h>
#include <EveSso/SecretStore.h>
#include <EveSso/Translations.h>

#include "TsCatalogue.h"

#include <QTranslator>
#include <QtTest>

using namespace EveSso;

namespace {

const QStringList kShippedLanguages{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                    QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("ru"),
                                    QStringLiteral("zh_CN")};

const char kKeychainTimeout[] =
    "The keychain did not answer within %n second(s). It may be waiting for you to unlock it, or the "
    "Secret Service (GNOME Keyring or KWallet) may be stuck: unlock or restart it, then try again.";
const char kCharactersRecovered[] = "%n character(s) could still be read from it.";

/// SecretStore's refusal of an empty refresh token, through its real (asynchronous) path.
QString emptyTokenRefusal()
{
    SecretStore store(QStringLiteral("CapsuleerTranslationTest"));
    QString message;
    bool answered = false;
    store.writeRefreshToken(QStringLiteral("tranquility"), 90000001, QString(), &store,
                            [&](const SecretStore::Result &result) {
                                message = result.message;
                                answered = true;
                            });
    if (!QTest::qWaitFor([&] { return answered; }, 5000))
        return QStringLiteral("<SecretStore did not answer>");
    return message;
}

/// The verifier's message for a token that is not a JWT: a translated sentence around a translated detail.
QString malformedTokenMessage()
{
    return JwtVerifier().verify("not-a-jwt", JsonWebKeySet()).error.message;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        // Back to English: nothing fits the C locale, so the library's translator is removed.
        QCOMPARE(installTranslator(QCoreApplication::instance(), QLocale::c()), nullptr);
        QVERIFY(QCoreApplication::instance()->findChildren<QTranslator *>().isEmpty());
    }

    void catalogueLoadsFromResources_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kShippedLanguages + QStringList{QStringLiteral("en")})
            QTest::newRow(qPrintable(language)) << language;
    }

    void catalogueLoadsFromResources()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/evesso_%1.qm").arg(language)));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(QLocale(translator.language()).language(), QLocale(language).language());
    }

    void shippedLanguagesAreListed()
    {
        QCOMPARE(translationLanguages(), kShippedLanguages);
    }

    void libraryMessagesComeOutTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("emptyTokenText");
        QTest::addColumn<QString>("malformedTokenText");
        // Generated from translations/evesso_<lang>.ts: SecretStore's refusal, and the verifier's
        // "damaged token" sentence with its "not three parts" detail filled in.
        QTest::newRow("de") << QStringLiteral("de")
            << QString::fromUtf8("Ein leeres Refresh-Token kann nicht gespeichert werden.")
            << QString::fromUtf8("Das Anmelde-Token ist beschädigt: es besteht nicht aus genau drei Teilen. Melden Sie sich erneut an; falls das wieder passiert, haben sich vielleicht der Anmeldeserver oder dieses Programm geändert – bitte melden Sie den Fehler.");
        QTest::newRow("fr") << QStringLiteral("fr")
            << QString::fromUtf8("Un jeton de rafraîchissement vide ne peut pas être enregistré.")
            << QString::fromUtf8("Le jeton de connexion est endommagé\u00a0: il n'a pas exactement trois parties. Reconnectez-vous\u00a0; si cela se reproduit, le serveur de connexion ou ce programme a peut-être changé, merci de le signaler.");
        QTest::newRow("ru") << QStringLiteral("ru")
            << QString::fromUtf8("Пустой токен обновления нельзя сохранить.")
            << QString::fromUtf8("Токен входа повреждён: он состоит не ровно из трёх частей. Войдите заново; если это повторится, возможно, изменился сервер входа или эта программа — пожалуйста, сообщите об ошибке.");
        QTest::newRow("ja") << QStringLiteral("ja")
            << QString::fromUtf8("空のリフレッシュトークンは保存できません。")
            << QString::fromUtf8("ログイントークンが破損しています: ちょうど 3 つの部分で構成されていません。再度ログインしてください。繰り返し起きる場合は、ログインサーバーかこのプログラムが変更された可能性があるため、報告してください。");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
            << QString::fromUtf8("无法保存空的刷新令牌。")
            << QString::fromUtf8("登录令牌已损坏：它不是正好由三部分组成。请重新登录；如果再次出现，可能是登录服务器或本程序发生了变化，请报告此问题。");
        QTest::newRow("ko") << QStringLiteral("ko")
            << QString::fromUtf8("빈 리프레시 토큰은 저장할 수 없습니다.")
            << QString::fromUtf8("로그인 토큰이 손상되었습니다: 정확히 세 부분으로 이루어져 있지 않습니다. 다시 로그인하세요. 다시 발생하면 로그인 서버나 이 프로그램이 바뀌었을 수 있으니 신고해 주세요.");
        QTest::newRow("es") << QStringLiteral("es")
            << QString::fromUtf8("No se puede guardar un token de actualización vacío.")
            << QString::fromUtf8("El token de inicio de sesión está dañado: no tiene exactamente tres partes. Vuelve a iniciar sesión; si se repite, puede que el servidor de inicio de sesión o este programa hayan cambiado, así que infórmanos, por favor.");
    }

    void libraryMessagesComeOutTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, emptyTokenText);
        QFETCH(QString, malformedTokenText);

        QTranslator *translator = installTranslator(QCoreApplication::instance(), QLocale(language));
        QVERIFY(translator);
        QCOMPARE(translator->parent(), QCoreApplication::instance());
        QCOMPARE(emptyTokenRefusal(), emptyTokenText);
        QCOMPARE(malformedTokenMessage(), malformedTokenText);
    }

    void englishWithoutTranslatorIsTheSource()
    {
        QCOMPARE(emptyTokenRefusal(), QStringLiteral("An empty refresh token cannot be stored."));
        QVERIFY(malformedTokenMessage().startsWith(
            QLatin1String("The login token is damaged: it does not have exactly three parts.")));
    }

    void regionalLocaleFindsItsLanguage()
    {
        QVERIFY(installTranslator(QCoreApplication::instance(), QLocale(QStringLiteral("de_AT"))));
        QCOMPARE(emptyTokenRefusal(), QStringLiteral("Ein leeres Refresh-Token kann nicht gespeichert werden."));
        QVERIFY(installTranslator(QCoreApplication::instance(), QLocale(QStringLiteral("es_MX"))));
        QCOMPARE(emptyTokenRefusal(), QString::fromUtf8("No se puede guardar un token de actualización vacío."));
    }

    void unshippedLocaleFallsBackToEnglish()
    {
        QVERIFY(installTranslator(QCoreApplication::instance(), QLocale(QStringLiteral("ru_RU"))));
        // Traditional Chinese must not get the Simplified catalogue; the Russian one is removed too.
        QCOMPARE(installTranslator(QCoreApplication::instance(), QLocale(QStringLiteral("zh_TW"))), nullptr);
        QCOMPARE(emptyTokenRefusal(), QStringLiteral("An empty refresh token cannot be stored."));
        QCOMPARE(installTranslator(QCoreApplication::instance(), QLocale(QStringLiteral("pt_BR"))), nullptr);
        QVERIFY(QCoreApplication::instance()->findChildren<QTranslator *>().isEmpty());
    }

    void switchingLanguageReplacesTheTranslator()
    {
        QVERIFY(installTranslator(QCoreApplication::instance(), QLocale(QStringLiteral("fr_FR"))));
        QVERIFY(installTranslator(QCoreApplication::instance(), QLocale(QStringLiteral("ko_KR"))));
        QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 1);
        QCOMPARE(emptyTokenRefusal(), QString::fromUtf8("빈 리프레시 토큰은 저장할 수 없습니다."));
    }

    void nullApplicationInstallsNothing()
    {
        QCOMPARE(installTranslator(nullptr, QLocale(QStringLiteral("de"))), nullptr);
        QCOMPARE(emptyTokenRefusal(), QStringLiteral("An empty refresh token cannot be stored."));
    }

    void englishCatalogueSuppliesPluralForms()
    {
        QVERIFY(installTranslator(QCoreApplication::instance(), QLocale(QStringLiteral("en_US"))));
        const auto text = [](int n) {
            return QCoreApplication::translate("EveSso::SecretStore", kKeychainTimeout, nullptr, n);
        };
        QVERIFY2(text(1).startsWith(QLatin1String("The keychain did not answer within 1 second.")), qPrintable(text(1)));
        QVERIFY2(text(15).startsWith(QLatin1String("The keychain did not answer within 15 seconds.")), qPrintable(text(15)));
    }

    void russianUsesThreePluralForms()
    {
        QVERIFY(installTranslator(QCoreApplication::instance(), QLocale(QStringLiteral("ru"))));
        const auto text = [](int n) {
            return QCoreApplication::translate("EveSso::CharacterStore", kCharactersRecovered, nullptr, n);
        };
        QCOMPARE(text(1), QString::fromUtf8("1 персонаж из него всё же прочитан."));
        QCOMPARE(text(3), QString::fromUtf8("3 персонажа из него всё же прочитаны."));
        QCOMPARE(text(5), QString::fromUtf8("5 персонажей из него всё же прочитано."));
        QCOMPARE(text(11), QString::fromUtf8("11 персонажей из него всё же прочитано."));
        QCOMPARE(text(21), QString::fromUtf8("21 персонаж из него всё же прочитан."));
    }

    void sourcesAreCompleteAndConsistent_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kShippedLanguages + QStringList{QStringLiteral("en")})
            QTest::newRow(qPrintable(language)) << language;
    }

    void sourcesAreCompleteAndConsistent()
    {
        QFETCH(QString, language);
        const QString path = QStringLiteral(EVESSO_TRANSLATIONS_DIR "/evesso_%1.ts").arg(language);
        QString error;
        const QList<TsMessage> messages = TsCatalogue::read(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        // English only carries plural forms; every other language translates every message.
        const bool english = language == QLatin1String("en");
        const QStringList problems = TsCatalogue::problems(messages, language, english ? TsCatalogue::PluralsOnly
                                                                                      : TsCatalogue::Complete);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void messagesNameNoProgram_data() { sourcesAreCompleteAndConsistent_data(); }

    void messagesNameNoProgram()
    {
        // Other tools link EveSso and show its messages as their own: no source text or translation may
        // speak for one particular program.
        QFETCH(QString, language);
        QString error;
        const QList<TsMessage> messages
            = TsCatalogue::read(QStringLiteral(EVESSO_TRANSLATIONS_DIR "/evesso_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList naming;
        for (const TsMessage &m : messages) {
            if (m.source.contains(QLatin1String("Capsuleer"), Qt::CaseInsensitive)
                || m.forms.join(QLatin1Char('\n')).contains(QLatin1String("Capsuleer"), Qt::CaseInsensitive))
                naming.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(naming.isEmpty(), qPrintable(naming.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
