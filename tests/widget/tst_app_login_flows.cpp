// Add, re-login, cancel, paste fallback, busy port and remove, through the window, against the demo's
// emulator over real HTTP and the private test keychain.

#include "AppHarness.h"
#include "IskFormat.h"
#include "LoginPanel.h"
#include "NoticeBar.h"
#include "TestSession.h"

#include <EveSso/EsiClient.h>

#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTcpServer>

using namespace CapsuleerTest;

class TestAppLoginFlows : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppHarness> app;

    LoginPanel *panel() const { return app->window->findChild<LoginPanel *>(); }
    bool panelShown() const { return app->window->findChild<QStackedWidget *>()->currentWidget() == panel(); }
    QPushButton *panelButton(const QString &text) const { return findNamed<QPushButton>(panel(), text); }
    qint64 character(int index) const { return app->emulator()->characterIds().value(index); }

private slots:
    void init()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        app = std::make_unique<AppHarness>();
        QVERIFY(app->startDemo());
    }
    void cleanup() { app.reset(); }

    void addCharacterThroughTheBrowser()
    {
        const qint64 id = character(1);
        QVERIFY(app->addThroughBrowser(id));
        QCOMPARE(app->opened.size(), 1);
        QCOMPARE(app->opened.first().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(app->opened.first().path().endsWith(QLatin1String("/v2/oauth/authorize")));
        QVERIFY(!panelShown());
        // The verified character is listed, selected and shown in the detail pane; its login is in the keychain.
        QCOMPARE(app->accounts()->currentCharacterId(), id);
        QCOMPARE(labelText(app->window.get(), QStringLiteral("Character name")), app->emulator()->characterName(id));
        QCOMPARE(labelText(app->window.get(), QStringLiteral("Character ID")), QString::number(id));
        QVERIFY(!app->storedSecret(id).isEmpty());
        QCOMPARE(app->emulator()->countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("authorization_code")), 1);

        // ESI fills in the corporation, the wallet and the portrait, and the total follows.
        QWidget *w = app->window.get();
        QTRY_VERIFY_WITH_TIMEOUT(labelText(w, QStringLiteral("Wallet balance")).endsWith(QStringLiteral(" ISK")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(w, QStringLiteral("Corporation")).startsWith(QLatin1Char('[')), 15000);
        const QModelIndex row = app->accounts()->index(app->accounts()->rowOf(id));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(row.data(EveSso::AccountManager::PortraitFileRole).toString()), 15000);
        QVERIFY(app->emulator()->countRequests("GET", QStringLiteral("/esi/characters/%1/wallet").arg(id)) >= 1);
        const double wallet = row.data(EveSso::AccountManager::WalletBalanceRole).toDouble();
        QCOMPARE(labelText(w, QStringLiteral("Wallet balance")), formatIsk(wallet));
        QCOMPARE(app->window->totalText(), QStringLiteral("Total: %1 across 1 character").arg(formatIsk(wallet)));
        // When the app got it (the emulator's Last-Modified is a fixed day in the past).
        const QDateTime updated = row.data(EveSso::AccountManager::WalletUpdatedAtRole).toDateTime();
        QVERIFY(updated.isValid());
        QVERIFY2(qAbs(updated.secsTo(QDateTime::currentDateTimeUtc())) < 120, qPrintable(updated.toString(Qt::ISODate)));
        QVERIFY2(labelText(w, QStringLiteral("Wallet last updated")).contains(QStringLiteral("just now")),
                 qPrintable(labelText(w, QStringLiteral("Wallet last updated"))));
    }

    void panelWaitsWithBusyIndicatorAndCopiesTheLink()
    {
        app->window->addCharacter();
        QTRY_COMPARE(app->opened.size(), 1);
        QVERIFY(panelShown());
        QVERIFY(panel()->findChild<QProgressBar *>()->isVisible());
        QCOMPARE(panel()->findChild<QProgressBar *>()->maximum(), 0); // busy, not a percentage
        QCOMPARE(labelText(panel(), QStringLiteral("Login status")), QStringLiteral("Complete the login in your browser"));
        panelButton(QStringLiteral("Copy login link"))->click();
        QCOMPARE(QApplication::clipboard()->text(), app->opened.first().toString(QUrl::FullyEncoded));
        // Cancel: back to the list, nothing added, the callback port is free again.
        panelButton(QStringLiteral("Cancel"))->click();
        QTRY_VERIFY(!panelShown());
        QVERIFY(!app->window->loginController()->isActive());
        QCOMPARE(app->accounts()->count(), 0);
        QTcpServer port;
        QVERIFY(port.listen(QHostAddress::LocalHost, app->callbackPort));
    }

    void pasteTheAddressTheBrowserEndedOn()
    {
        QUrl redirect;
        app->onOpen = [&](const QUrl &url) { redirect = app->browser.authorize(url); }; // stops before the app
        app->window->addCharacter();
        QTRY_VERIFY(redirect.isValid());
        auto *field = findNamed<QLineEdit>(panel(), QStringLiteral("Address your browser ended on"));
        QVERIFY(field);
        field->setText(QStringLiteral("nonsense"));
        panelButton(QStringLiteral("Continue"))->click();
        QCOMPARE(app->accounts()->count(), 0);
        QVERIFY(labelText(panel(), QStringLiteral("Paste problem")).contains(QStringLiteral("no login answer")));
        field->setText(redirect.toString());
        panelButton(QStringLiteral("Continue"))->click();
        QTRY_COMPARE(app->accounts()->count(), 1);
        QTRY_VERIFY(!panelShown());
    }

    void busyPortSaysWhichPortAndOffersPasting()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, app->callbackPort));
        app->window->addCharacter();
        QTRY_VERIFY(!panel()->problemText().isEmpty());
        const QString problem = panel()->problemText();
        QVERIFY2(problem.contains(QString::number(app->callbackPort)), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("Settings")), qPrintable(problem));
        QPushButton *pasteOnly = panelButton(QStringLiteral("Log in by pasting the address"));
        QVERIFY(pasteOnly && !pasteOnly->isHidden());
        // The paste-only login works while the port stays busy.
        QUrl redirect;
        app->onOpen = [&](const QUrl &url) { redirect = app->browser.authorize(url); };
        pasteOnly->click();
        QTRY_VERIFY(redirect.isValid());
        findNamed<QLineEdit>(panel(), QStringLiteral("Address your browser ended on"))->setText(redirect.toString());
        panelButton(QStringLiteral("Continue"))->click();
        QTRY_COMPARE(app->accounts()->count(), 1);
    }

    void cancelInTheBrowserIsNotAFailure()
    {
        // The player presses Cancel on EVE's login page: said as such, nothing added.
        app->onOpen = [this](const QUrl &url) {
            const QUrl back = app->browser.authorize(url, EveSsoTest::TestBrowser::Action::Cancel);
            if (back.isValid())
                app->browser.visit(back);
        };
        const int before = app->accounts()->count();
        app->window->addCharacter();
        QTRY_COMPARE(labelText(panel(), QStringLiteral("Login status")), QStringLiteral("The login was cancelled in the browser"));
        QVERIFY(!panel()->problemText().isEmpty());
        QCOMPARE(app->accounts()->count(), before);
    }

    void reloginKeepsTheCharacterAndRefusesAnother()
    {
        const qint64 first = character(0);
        const qint64 other = character(1);
        QVERIFY(app->addThroughBrowser(first));
        const QString secretBefore = app->storedSecret(first);
        // The wrong character logs in: refused with what to do, nothing replaced.
        app->authorizeAndReturn(other);
        app->window->reloginCurrent();
        QTRY_VERIFY(!panel()->problemText().isEmpty());
        QVERIFY2(panel()->problemText().contains(app->emulator()->characterName(other)), qPrintable(panel()->problemText()));
        QVERIFY(panel()->problemText().contains(QStringLiteral("another character")));
        // And names the one expected.
        QVERIFY2(panel()->problemText().contains(
                     QStringLiteral("This login is for %1").arg(app->emulator()->characterName(first))),
                 qPrintable(panel()->problemText()));
        QCOMPARE(app->accounts()->count(), 1);
        QCOMPARE(app->storedSecret(first), secretBefore);
        panelButton(QStringLiteral("Back"))->click();
        QVERIFY(!panelShown());
        // The right one: updated in place with a new login.
        app->authorizeAndReturn(first);
        app->window->reloginCurrent();
        QTRY_VERIFY(app->window->statusBar()->currentMessage().contains(QStringLiteral("logged in again")));
        QCOMPARE(app->accounts()->count(), 1);
        QVERIFY(app->storedSecret(first) != secretBefore);
    }

    void removeAsksThenRevokesAndForgets()
    {
        const qint64 id = character(0);
        QVERIFY(app->addThroughBrowser(id));
        // ESI's answers about the character (its wallet, its journal) are cached with it.
        const QString cache = app->core->backend()->esi()->cacheDirectory();
        const QString cached = cache + QStringLiteral("/characters/") + QString::number(id);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(app->window.get(), QStringLiteral("Wallet balance")).endsWith(QStringLiteral(" ISK")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(QDir(cached).entryList(QDir::Files).size() >= 2, 15000);
        answerNextDialog(QStringLiteral("Cancel"));
        app->window->removeCurrent();
        QCOMPARE(app->accounts()->count(), 1);
        QCOMPARE(app->emulator()->countRequests("POST", QStringLiteral("/v2/oauth/revoke")), 0);

        answerNextDialog(QStringLiteral("Remove"));
        app->window->removeCurrent();
        QTRY_COMPARE(app->accounts()->count(), 0);
        QTRY_COMPARE(app->emulator()->countRequests("POST", QStringLiteral("/v2/oauth/revoke")), 1);
        EveSso::SecretStore::Error error = EveSso::SecretStore::Error::None;
        QTRY_VERIFY((app->storedSecret(id, &error), error == EveSso::SecretStore::Error::NotFound));
        QVERIFY(app->window->statusBar()->currentMessage().contains(QStringLiteral("revoked")));
        // They go with it; the public answers (its corporation, its portrait) stay.
        QVERIFY2(!QFileInfo::exists(cached), qPrintable(cached));
        QVERIFY(!QDir(cache + QStringLiteral("/public")).entryList(QDir::Files).isEmpty());
    }

    void removeKeepsTheCharacterWhileTheKeychainCannotDeleteIt()
    {
        const qint64 id = character(0);
        QVERIFY(app->addThroughBrowser(id));
        // A keychain that does not answer in time: its entry cannot be deleted.
        const auto usual = app->core->secrets()->timeout();
        app->core->secrets()->setTimeout(std::chrono::milliseconds(1));
        answerNextDialog(QStringLiteral("Remove"));
        app->window->removeCurrent();
        auto *notice = findNamed<NoticeBar>(app->window.get(), QStringLiteral("Last action"));
        QTRY_VERIFY(notice->isVisible());
        const QString name = app->emulator()->characterName(id);
        QVERIFY2(notice->text().startsWith(QStringLiteral("Removing %1 failed.").arg(name)), qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QStringLiteral("keychain")), qPrintable(notice->text()));
        QCOMPARE(app->accounts()->count(), 1);
        QVERIFY(app->accounts()->record(id).has_value());

        // Once the keychain answers, removing it again works.
        app->core->secrets()->setTimeout(usual);
        answerNextDialog(QStringLiteral("Remove"));
        app->window->removeCurrent();
        QTRY_COMPARE(app->accounts()->count(), 0);
        EveSso::SecretStore::Error error = EveSso::SecretStore::Error::None;
        QTRY_VERIFY((app->storedSecret(id, &error), error == EveSso::SecretStore::Error::NotFound));
    }
};

QTEST_MAIN(TestAppLoginFlows)
#include "tst_app_login_flows.moc"
