// No two controls of one window share an Alt+letter, in English and in every shipped language: the welcome
// page, the settings dialog and the About dialog. (Alt+D belonged to both "Open EVE's developer site" and
// "Try the offline demo" in six languages, Alt+O to both "Copy" and "Scopes" in seven.)

#include "AboutDialog.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "WelcomePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QTranslator>
#include <QtTest>

namespace {

/// Every Alt+key under `root` with the texts that claim it.
QMap<QString, QStringList> mnemonicsOf(const QWidget *root)
{
    QMap<QString, QStringList> claims;
    auto claim = [&claims](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            claims[key.toString(QKeySequence::PortableText).toLower()].append(text);
    };
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        claim(button->text());
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy()) // a label's mnemonic works only with a buddy
            claim(label->text());
    }
    for (const QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (box->isCheckable())
            claim(box->title());
    }
    return claims;
}

QStringList duplicatesIn(const QWidget *root)
{
    QStringList found;
    const QMap<QString, QStringList> claims = mnemonicsOf(root);
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        if (it.value().size() > 1)
            found.append(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" | ")));
    }
    return found;
}

} // namespace

class TestAppMnemonics : public QObject
{
    Q_OBJECT

    void useLanguage(const QString &language)
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(language));
        installTranslations(QCoreApplication::instance());
    }

private slots:
    void everyWindowHasDistinctMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr", "es", "ru", "ja", "ko", "zh_CN"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void everyWindowHasDistinctMnemonics()
    {
        QFETCH(QString, language);
        useLanguage(language);
        // The language really changed (English has no translation of its own to compare).
        if (language != QLatin1String("en"))
            QVERIFY(QCoreApplication::translate("WelcomePage", "Try the offline &demo") != QStringLiteral("Try the offline &demo"));

        WelcomePage welcome;
        SettingsDialog settings{AppSettings()};
        AboutDialog about;
        QStringList problems;
        for (const QWidget *window : {static_cast<const QWidget *>(&welcome), static_cast<const QWidget *>(&settings),
                                      static_cast<const QWidget *>(&about)}) {
            const QStringList duplicates = duplicatesIn(window);
            if (!duplicates.isEmpty())
                problems.append(QStringLiteral("%1: %2").arg(QString::fromLatin1(window->metaObject()->className()),
                                                             duplicates.join(QStringLiteral("; "))));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(" / "))));
        QVERIFY(!mnemonicsOf(&welcome).isEmpty()); // the check sees the page's buttons at all
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }
};

QTEST_MAIN(TestAppMnemonics)
#include "tst_app_mnemonics.moc"
