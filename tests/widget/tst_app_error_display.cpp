// Errors the player sees: an unreachable login server (characters stay listed, a notice with Retry, a login
// that says what to do), a damaged character file, and a keychain that cannot be used.

#include "AppHarness.h"
#include "LoginPanel.h"
#include "NoticeBar.h"
#include "TestSession.h"

#include <EveSso/CharacterStore.h>

#include <QFile>
#include <QListView>
#include <QPushButton>

using namespace CapsuleerTest;

class TestAppErrorDisplay : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppHarness> app;

    NoticeBar *notice(const QString &name) const { return findNamed<NoticeBar>(app->window.get(), name); }

    /// A configured client whose login server does not answer (nothing listens on the port).
    void startUnreachable()
    {
        const quint16 deadPort = EveSsoTest::freeLoopbackPort();
        app->createCore([deadPort](AppSettings &s) {
            s.profileId = AppSettings::CustomProfileId;
            s.customDiscoveryUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/.well-known/oauth-authorization-server").arg(deadPort));
            s.clientId = QStringLiteral("0123456789abcdef0123456789abcdef");
        });
        QVERIFY(app->core->startConfigured());
        app->createWindow();
    }

private slots:
    void init()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        app = std::make_unique<AppHarness>();
    }
    void cleanup() { app.reset(); }

    void unreachableServerKeepsTheListAndOffersRetry()
    {
        EveSso::CharacterRecord stored;
        stored.characterId = 90000001;
        stored.name = QStringLiteral("Stored Pilot");
        stored.profileId = AppSettings::CustomProfileId;
        stored.walletBalance = 42.0;
        QVERIFY(EveSso::CharacterStore(AppCore::metadataPathFor(AppSettings::CustomProfileId)).save({stored}).ok());
        startUnreachable();
        QTRY_COMPARE_WITH_TIMEOUT(app->core->backend()->status(), AccountBackend::Status::Failed, 20000);
        NoticeBar *server = notice(QStringLiteral("Server problem"));
        QVERIFY2(server->text().contains(QStringLiteral("could not be reached")), qPrintable(server->text()));
        auto *retry = findNamed<QPushButton>(server, QStringLiteral("Retry"));
        QVERIFY(retry && !retry->isHidden());
        // Nothing stored is lost: the character is still listed with its last known wallet.
        auto *list = findNamed<QListView>(app->window.get(), QStringLiteral("Characters"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Stored Pilot"));
        // Retrying asks again (and fails again, still with the notice).
        retry->click();
        QCOMPARE(app->core->backend()->status(), AccountBackend::Status::Preparing);
        QTRY_COMPARE_WITH_TIMEOUT(app->core->backend()->status(), AccountBackend::Status::Failed, 20000);
        QVERIFY(!server->text().isEmpty());
    }

    void loginWithoutServerSaysWhatToDo()
    {
        startUnreachable();
        app->window->addCharacter();
        auto *panel = app->window->findChild<LoginPanel *>();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->problemText().isEmpty(), 20000);
        QVERIFY2(panel->problemText().contains(QStringLiteral("internet connection")), qPrintable(panel->problemText()));
        QVERIFY(findNamed<QPushButton>(panel, QStringLiteral("Try again")));
        QVERIFY(app->opened.isEmpty()); // no browser was opened for a login that cannot work
    }

    void damagedCharacterFileIsReportedAndKept()
    {
        const QString path = AppCore::metadataPathFor(AppSettings::CustomProfileId);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
        file.close();
        startUnreachable();
        const QString text = notice(QStringLiteral("Last action"))->text();
        QVERIFY2(!text.isEmpty(), "the damaged file is not reported");
        const QStringList kept = QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.corrupt-*")});
        QCOMPARE(kept.size(), 1);
    }
};

QTEST_MAIN(TestAppErrorDisplay)
#include "tst_app_error_display.moc"
