// Without a working keychain (no Secret Service on the session bus) the window says so and what to do, and a
// login is refused with an explanation instead of being kept anywhere else.

#include "AppHarness.h"
#include "LoginPanel.h"
#include "NoticeBar.h"

using namespace CapsuleerTest;

class TestAppNoKeychain : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppHarness> app;

private slots:
    void init()
    {
        app = std::make_unique<AppHarness>();
        QVERIFY(app->startDemo());
        app->core->secrets()->setTimeout(std::chrono::milliseconds(3000));
    }
    void cleanup() { app.reset(); }

    void windowExplainsTheMissingKeychain()
    {
        QSignalSpy checked(app->core.get(), &AppCore::keychainChecked);
        app->core->checkKeychain();
        QVERIFY(checked.wait(10000));
        QVERIFY(!app->core->keychain().available);
        const QString text = findNamed<NoticeBar>(app->window.get(), QStringLiteral("Keychain problem"))->text();
        QVERIFY2(text.contains(QStringLiteral("keychain cannot be used")), qPrintable(text));
        QVERIFY2(text.contains(app->core->keychain().explanation), qPrintable(text));
        QVERIFY(!app->core->keychain().explanation.isEmpty());
    }

    void loginIsRefusedWithWhatToInstall()
    {
        app->authorizeAndReturn(app->emulator()->characterIds().first());
        app->window->addCharacter();
        auto *panel = app->window->findChild<LoginPanel *>();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->problemText().isEmpty(), 15000);
        QVERIFY2(panel->problemText().contains(QStringLiteral("Secret Service")), qPrintable(panel->problemText()));
    }
};

int main(int argc, char *argv[])
{
    // A session bus that does not exist: QtKeychain finds no Secret Service.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/capsuleer-test-bus");
    QApplication application(argc, argv);
    TestAppNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_app_no_keychain.moc"
