// First run without a client id (welcome page, offline demo), the settings dialog and what it persists,
// the About dialog's CCP notice, the single-instance hand-over and the remembered window geometry.

#include "AboutDialog.h"
#include "AppHarness.h"
#include "NoticeBar.h"
#include "SettingsDialog.h"
#include "SingleInstance.h"
#include "TestSession.h"
#include "WelcomePage.h"
#include "AppIdentity.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUuid>

using namespace CapsuleerTest;

class TestAppSettingsFirstRun : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppHarness> app;

    QWidget *currentPage() const { return app->window->findChild<QStackedWidget *>()->currentWidget(); }

    void startUnconfigured()
    {
        app->createCore();
        QVERIFY(!app->core->startConfigured());
        app->createWindow();
    }

private slots:
    void init()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        app = std::make_unique<AppHarness>();
    }
    void cleanup() { app.reset(); }

    void firstRunExplainsTheRegistration()
    {
        startUnconfigured();
        auto *welcome = qobject_cast<WelcomePage *>(currentPage());
        QVERIFY(welcome);
        QCOMPARE(welcome->callbackUrlText(), QStringLiteral("http://localhost:%1/callback").arg(app->callbackPort));
        QCOMPARE(welcome->scopesText(), QStringLiteral("esi-wallet.read_character_wallet.v1"));
        findNamed<QPushButton>(welcome, QStringLiteral("Copy callback URL"))->click();
        QCOMPARE(QApplication::clipboard()->text(), welcome->callbackUrlText());
        const QList<QAction *> actions = app->window->actions();
        const auto add = std::find_if(actions.begin(), actions.end(),
                                      [](QAction *a) { return a->text() == QStringLiteral("&Add character…"); });
        QVERIFY(add != actions.end());
        QVERIFY(!(*add)->isEnabled());
        app->window->addCharacter(); // nothing to log in to yet
        QCOMPARE(currentPage(), welcome);
    }

    void welcomePageStartsTheMarkedDemo()
    {
        startUnconfigured();
        findNamed<QPushButton>(currentPage(), QStringLiteral("Try the offline demo"))->click();
        QVERIFY(app->core->isDemo());
        QVERIFY(app->core->demo()->isRunning());
        QVERIFY(app->window->windowTitle().contains(QStringLiteral("demo")));
        auto *notice = findNamed<NoticeBar>(app->window.get(), QStringLiteral("Demo notice"));
        QVERIFY(notice->text().contains(QStringLiteral("Offline demo")));
        // Said before it happens: the demo's characters do not outlive it.
        QVERIFY2(notice->text().contains(QStringLiteral("forgotten when Capsuleer quits")), qPrintable(notice->text()));
        QCOMPARE(app->core->backend()->profile().id, QStringLiteral("demo"));
        QVERIFY(findNamed<QWidget>(currentPage(), QStringLiteral("Characters")));
        // The demo's logins work end to end, auto-approved here.
        QTRY_COMPARE(app->core->backend()->status(), AccountBackend::Status::Ready);
        app->core->demo()->setAutoApprove(true);
        app->onOpen = [this](const QUrl &url) { app->browser.visit(app->browser.authorize(url)); };
        app->window->addCharacter();
        QTRY_COMPARE(app->accounts()->count(), 1);
        QCOMPARE(app->accounts()->records().first().characterId, app->emulator()->characterIds().first());
    }

    void settingsArePersistedWithoutSecrets()
    {
        startUnconfigured();
        const QString clientId = QStringLiteral("0123456789abcdef0123456789abcdef");
        bool checked = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *server = findNamed<QComboBox>(dialog, QStringLiteral("Server"));
            server->setCurrentIndex(server->findData(AppSettings::CustomProfileId));
            findNamed<QLineEdit>(dialog, QStringLiteral("Custom discovery URL"))
                ->setText(QStringLiteral("http://127.0.0.1:9/.well-known/oauth-authorization-server"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            findNamed<QLineEdit>(dialog, QStringLiteral("Client ID"))->setText(QStringLiteral("not-a-client-id"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(labelText(dialog, QStringLiteral("Settings problem")).contains(QStringLiteral("32 characters")));
            findNamed<QLineEdit>(dialog, QStringLiteral("Client ID"))->setText(clientId);
            QVERIFY(ok->isEnabled());
            findNamed<QSpinBox>(dialog, QStringLiteral("Callback port"))->setValue(50123);
            QCOMPARE(findNamed<QLineEdit>(dialog, QStringLiteral("Callback URL to register"))->text(),
                     QStringLiteral("http://localhost:50123/callback"));
            findNamed<QPushButton>(dialog, QStringLiteral("Copy callback URL"))->click();
            QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("http://localhost:50123/callback"));
            findNamed<QPlainTextEdit>(dialog, QStringLiteral("Scopes"))
                ->setPlainText(QStringLiteral("esi-wallet.read_character_wallet.v1\nesi-skills.read_skills.v1"));
            checked = true;
            ok->click();
        });
        app->window->showSettings();
        QVERIFY(checked);

        QSettings stored(app->settings->fileName(), SettingsFile::format());
        const AppSettings saved = AppSettings::load(stored);
        QCOMPARE(saved.clientId, clientId);
        QCOMPARE(saved.callbackPort, quint16(50123));
        QCOMPARE(saved.profileId, AppSettings::CustomProfileId);
        QCOMPARE(saved.scopes.size(), 2);
        for (const QString &key : stored.allKeys()) {
            QVERIFY2(!key.contains(QStringLiteral("token"), Qt::CaseInsensitive), qPrintable(key));
            QVERIFY2(!key.contains(QStringLiteral("secret"), Qt::CaseInsensitive), qPrintable(key));
        }
        // Configured now: the character list replaces the welcome page, for the custom server.
        QVERIFY(app->core->backend());
        QCOMPARE(app->core->backend()->profile().id, AppSettings::CustomProfileId);
        QVERIFY(!qobject_cast<WelcomePage *>(currentPage()));
    }

    void aboutShowsCcpsNotice()
    {
        AboutDialog about;
        auto *notice = about.findChild<QLabel *>(QStringLiteral("ccpNotice"));
        QVERIFY(notice);
        QVERIFY(notice->text().contains(QStringLiteral("EVE Online and the EVE logo are the registered trademarks of CCP hf.")));
        QVERIFY(notice->text().contains(QStringLiteral("not in any way affiliated")));
    }

    void identityMatchesTheDesktopFileAndShowsTheIcon()
    {
        AppIdentity::apply();
        AppIdentity::applyWindowIcon();
        // The session matches windows to the installed desktop file by this name (task bar name and icon).
        QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("io.github.capsuleer.Capsuleer"));
        QVERIFY(QFileInfo::exists(QStringLiteral(CAPSULEER_PACKAGING_DIR "/%1.desktop").arg(QGuiApplication::desktopFileName())));
        QCOMPARE(QApplication::applicationName(), QStringLiteral("Capsuleer"));
        // Without an installed icon theme entry (a test session), the icon compiled into the app, every size.
        const QIcon icon = QApplication::windowIcon();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.availableSizes().size(), 6);
        const QImage large = icon.pixmap(QSize(256, 256)).toImage();
        QCOMPARE(large.size(), QSize(256, 256));
        QVERIFY(large.pixelColor(128, 128).alpha() > 0);
        AppHarness app;
        app.createCore();
        app.createWindow();
        QVERIFY(!app.window->windowIcon().isNull());
        QCOMPARE(app.window->windowIcon().cacheKey(), icon.cacheKey());
    }

    void secondLaunchBringsTheFirstForward()
    {
        const QString name = QStringLiteral("capsuleer-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        SingleInstance first(name);
        QSignalSpy firstReady(&first, &SingleInstance::becameFirst);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        first.claim();
        QVERIFY(firstReady.count() == 1 || firstReady.wait(5000));
        QVERIFY(first.isFirst());

        SingleInstance second(name);
        QSignalSpy secondYields(&second, &SingleInstance::anotherInstanceRuns);
        QSignalSpy secondFirst(&second, &SingleInstance::becameFirst);
        second.claim();
        QVERIFY(secondYields.count() == 1 || secondYields.wait(5000));
        QVERIFY(activated.count() == 1 || activated.wait(5000));
        QCOMPARE(secondFirst.count(), 0);
        QVERIFY(!second.isFirst());
    }

    void windowGeometryIsRemembered()
    {
        startUnconfigured();
        // Smaller than the offscreen platform's 800x600 screen: Qt 6.8 fits a restored window into the
        // screen, Qt 6.4 does not, and this test is about remembering, not fitting.
        app->window->resize(732, 534);
        app->window->close();
        QVERIFY(app->settings->contains(QStringLiteral("window/geometry")));
        MainWindow again(app->core.get(), app->settings.get());
        QCOMPARE(again.size(), QSize(732, 534));
    }

    void aWindowFromALargerScreenFitsThisOne()
    {
        // Saved at 1600x980 on a large screen, reopened on the offscreen platform's 800x600 one.
        startUnconfigured();
        app->window->setGeometry(300, 200, 1600, 980);
        app->window->close();
        MainWindow again(app->core.get(), app->settings.get());
        const QRect available = again.screen()->availableGeometry();
        QVERIFY2(available.contains(again.frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 outside %5x%6")
                                .arg(again.frameGeometry().x()).arg(again.frameGeometry().y())
                                .arg(again.frameGeometry().width()).arg(again.frameGeometry().height())
                                .arg(available.width()).arg(available.height())));
        QVERIFY(again.width() >= again.minimumSizeHint().width());
    }
};

QTEST_MAIN(TestAppSettingsFirstRun)
#include "tst_app_settings_first_run.moc"
