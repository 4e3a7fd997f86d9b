// End to end: the player adds a character in the offline demo and completes the login in a real
// browser. QDesktopServices hands the login page to "xdg-open", which the test points at
// tests/e2e/browser/xdg-open: Debian's headless Chromium driven by playwright-core picks the character
// on the emulator's page and presses Authorize; Chromium follows the redirect to the app's loopback
// callback. The app must then show the verified character and the wallet balance read from ESI.

#include "AppHarness.h"
#include "TestSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CapsuleerTest;

namespace {

/// The wallet balance the emulator's built-in fixture gives a character.
double fixtureWalletBalance(qint64 characterId)
{
    QFile file(QStringLiteral(":/evesso-emulator/default-fixture.json"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QJsonArray accounts = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("accounts")).toArray();
    for (const QJsonValue &account : accounts) {
        for (const QJsonValue &character : account.toObject().value(QLatin1String("characters")).toArray()) {
            if (character.toObject().value(QLatin1String("id")).toInteger() == characterId)
                return character.toObject().value(QLatin1String("wallet_balance")).toDouble();
        }
    }
    return -1;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestE2eBrowserLogin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        const QString browserDir = QStringLiteral(CAPSULEER_E2E_BROWSER_DIR);
        QVERIFY2(QFile::exists(browserDir + QStringLiteral("/node_modules/playwright-core/package.json")),
                 "playwright-core is not installed: run scripts/install-deps.sh test");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/chromium")), "Debian's chromium is not installed");
        // Our xdg-open comes first, so the desktop "system browser" is the scripted Chromium.
        qputenv("PATH", (browserDir + QLatin1Char(':')).toLocal8Bit() + qgetenv("PATH"));
        qputenv("E2E_BROWSER_LOG", m_dir.filePath(QStringLiteral("browser.log")).toLocal8Bit());
        qputenv("E2E_SCREENSHOT", QByteArray(CAPSULEER_E2E_OUTPUT_DIR "/e2e-emulator-login-page.png"));
    }

    void addCharacterInARealBrowser()
    {
        AppHarness app;
        app.createCore();
        QString error;
        QVERIFY2(app.core->startDemo(false, &error), qPrintable(error)); // the page, not auto-approve
        // The window as the player gets it: its login controller opens QDesktopServices::openUrl.
        app.window = std::make_unique<MainWindow>(app.core.get(), app.settings.get());
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(app.core->backend()->status(), AccountBackend::Status::Ready, 10000);

        const qint64 id = app.emulator()->characterIds().value(1); // not the page's preselected one
        const QString name = app.emulator()->characterName(id);
        qputenv("E2E_CHARACTER", name.toUtf8());
        app.emulator()->clearRequestLog();

        app.window->addCharacter();
        // Until the character is there, or the browser driver gave up (xdg-open logs its exit status).
        const auto browserLog = [] { return readAll(qEnvironmentVariable("E2E_BROWSER_LOG")); };
        const auto browserFailed = [&] {
            const QString log = browserLog();
            return log.contains(QLatin1String("browser driver exited with status"))
                && !log.contains(QLatin1String("browser driver exited with status 0"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(app.accounts()->rowOf(id) >= 0 || browserFailed(), 90000);
        QVERIFY2(app.accounts()->rowOf(id) >= 0, qPrintable(browserLog()));

        // The login came through the emulator's page in Chromium, not through a shortcut.
        bool pageShown = false, authorized = false;
        for (const auto &request : app.emulator()->requestLog()) {
            const bool chromium = request.headers.value("user-agent").contains("Chrome");
            pageShown |= chromium && request.method == "GET" && request.path == QLatin1String("/v2/oauth/authorize");
            authorized |= chromium && request.method == "POST" && request.path == QLatin1String("/v2/oauth/authorize");
        }
        QVERIFY(pageShown);
        QVERIFY(authorized);
        // The browser reports once it has shown the app's callback page (it may still be on its way).
        QTRY_VERIFY_WITH_TIMEOUT(browserLog().contains(QLatin1String("pressed Authorize")), 30000);

        // The app shows the verified character and its wallet, read from ESI.
        QCOMPARE(app.accounts()->currentCharacterId(), id);
        QTRY_COMPARE(labelText(app.window.get(), QStringLiteral("Character name")), name);
        QCOMPARE(labelText(app.window.get(), QStringLiteral("Character ID")), QString::number(id));
        const double balance = fixtureWalletBalance(id);
        QVERIFY(balance > 0);
        const QModelIndex row = app.accounts()->index(app.accounts()->rowOf(id));
        QTRY_COMPARE_WITH_TIMEOUT(row.data(EveSso::AccountManager::WalletBalanceRole).toDouble(), balance, 20000);
        QTRY_VERIFY(labelText(app.window.get(), QStringLiteral("Wallet balance")).contains(QLatin1String("ISK")));
        QVERIFY(!app.storedSecret(id).isEmpty());
    }
};

QTEST_MAIN(TestE2eBrowserLogin)
#include "tst_e2e_browser_login.moc"
