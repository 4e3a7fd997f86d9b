// The character list and the detail pane: stored characters appear at once from their metadata, then the
// background refresh (real HTTP to the emulator, real keychain) sets each status mark; the detail pane shows
// what the SSO vouched for; reordering is saved; the keyboard moves through the list.

#include "AppHarness.h"
#include "CharacterDelegate.h"
#include "CharacterListModel.h"
#include "DetailPane.h"
#include "FirstPaintWatcher.h"
#include "IskFormat.h"
#include "SsoTestRig.h"
#include "TestSession.h"

#include <EveSso/CharacterStore.h>

#include <QListView>
#include <QPushButton>
#include <QSignalSpy>

using namespace CapsuleerTest;
using EveSso::CharacterRecord;

namespace {
const QString kWallet = QStringLiteral("esi-wallet.read_character_wallet.v1");
}

class TestAppCharacterList : public QObject
{
    Q_OBJECT

    std::unique_ptr<EveSsoTest::SsoTestRig> rig;
    std::unique_ptr<AppHarness> app;
    QList<qint64> ids;

    QListView *list() const { return findNamed<QListView>(app->window.get(), QStringLiteral("Characters")); }
    QString rowText(int row) const { return list()->model()->index(row, 0).data(Qt::AccessibleTextRole).toString(); }
    QList<qint64> order() const
    {
        QList<qint64> result;
        for (const CharacterRecord &record : app->accounts()->records())
            result.append(record.characterId);
        return result;
    }

    CharacterRecord record(int index, double wallet, const QStringList &scopes, bool needsRelogin)
    {
        CharacterRecord r;
        r.characterId = ids[index];
        r.name = rig->emulator.characterName(ids[index]);
        r.ownerHash = QStringLiteral("owner-hash-%1").arg(index);
        r.profileId = AppSettings::CustomProfileId;
        r.grantedScopes = scopes;
        r.corporationName = QStringLiteral("Corp %1").arg(index);
        r.corporationTicker = QStringLiteral("TCK%1").arg(index);
        r.allianceName = index == 0 ? QStringLiteral("Test Alliance") : QString();
        r.walletBalance = wallet;
        r.walletUpdatedAt = QDateTime::currentDateTimeUtc().addSecs(-300);
        r.needsRelogin = needsRelogin;
        r.sortIndex = index;
        r.addedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        return r;
    }

    void configureForRig(AppSettings &s) const
    {
        s.profileId = AppSettings::CustomProfileId;
        s.customDiscoveryUrl = rig->emulator.discoveryUrl();
        s.clientId = rig->settings.clientId;
        s.callbackPort = quint16(rig->settings.callbackUrl.port());
    }

    int refreshRequests() const
    {
        return rig->emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token"));
    }

    void storeSecret(qint64 id, const QStringList &scopes)
    {
        QVERIFY(storeLogin(rig->emulator, rig->settings.clientId, id, scopes));
    }

private slots:
    void init()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        rig = std::make_unique<EveSsoTest::SsoTestRig>();
        QVERIFY(rig->start());
        ids = rig->emulator.characterIds().mid(0, 3);
        QCOMPARE(ids.size(), 3);
        // Ready, granted too little, and a login the SSO declared gone (no keychain entry at all).
        EveSso::CharacterStore store(AppCore::metadataPathFor(AppSettings::CustomProfileId));
        QVERIFY(store.save({record(0, 1234567.89, {kWallet}, false), record(1, 1000.0, {}, false),
                            record(2, 0.5, {kWallet}, true)})
                    .ok());
        storeSecret(ids[0], {kWallet});
        storeSecret(ids[1], {QStringLiteral("esi-skills.read_skills.v1")});

        app = std::make_unique<AppHarness>();
        app->createCore([this](AppSettings &s) { configureForRig(s); });
        QVERIFY(app->core->startConfigured());
        app->createWindow();
    }
    void cleanup()
    {
        app.reset();
        rig.reset();
    }

    void storedCharactersShowAtOnceWithTheirTotal()
    {
        // Synchronously after start-up, before any network answer.
        QCOMPARE(list()->model()->rowCount(), 3);
        QCOMPARE(list()->model()->index(0, 0).data().toString(), rig->emulator.characterName(ids[0]));
        QVERIFY(rowText(0).contains(QStringLiteral("[TCK0] Corp 0")));
        QVERIFY2(rowText(0).contains(formatIsk(1234567.89)), qPrintable(rowText(0)));
        QCOMPARE(app->window->totalText(), QStringLiteral("Total: %1 across 3 characters").arg(formatIsk(1234567.89 + 1000.5)));
        QCOMPARE(labelText(app->window.get(), QStringLiteral("Total ISK")), app->window->totalText());
        QCOMPARE(app->accounts()->currentCharacterId(), ids[0]);
    }

    void heldBackgroundWorkStartsWithTheFirstPaint()
    {
        // As Capsuleer starts: the list from metadata at once; the SSO, the refreshes and the keychain check
        // only once the window has painted.
        app.reset();
        const int before = refreshRequests();
        app = std::make_unique<AppHarness>();
        app->createCore([this](AppSettings &s) { configureForRig(s); });
        app->core->holdBackgroundWork();
        QSignalSpy keychainChecked(app->core.get(), &AppCore::keychainChecked);
        app->core->checkKeychain();
        QVERIFY(app->core->startConfigured());
        QCOMPARE(app->accounts()->count(), 3);
        QTest::qWait(300); // held: were it not, the SSO would be asked on the next turn of the event loop
        QCOMPARE(app->core->backend()->status(), AccountBackend::Status::Preparing);
        QCOMPARE(refreshRequests(), before);
        QCOMPARE(keychainChecked.count(), 0);

        app->createWindow([this](MainWindow *window) {
            connect(new FirstPaintWatcher(window), &FirstPaintWatcher::firstPainted, app->core.get(),
                    &AppCore::releaseBackgroundWork);
        });
        QTRY_COMPARE_WITH_TIMEOUT(app->core->backend()->status(), AccountBackend::Status::Ready, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(refreshRequests(), before + 2, 15000);
        QTRY_COMPARE(keychainChecked.count(), 1);
        QVERIFY(app->core->keychain().available);
    }

    void backgroundRefreshSetsEveryStatusMark()
    {
        QTRY_VERIFY_WITH_TIMEOUT(rowText(0).endsWith(QStringLiteral("Ready")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(rowText(1).endsWith(QStringLiteral("Missing scopes")), 15000);
        QVERIFY2(rowText(2).endsWith(QStringLiteral("Needs re-login")), qPrintable(rowText(2)));
        QVERIFY(list()->model()->index(1, 0).data(Qt::ToolTipRole).toString().contains(kWallet));
        // Two refreshes at the SSO; the dead login was not tried again.
        QTRY_COMPARE(rig->emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), 2);
    }

    void detailPaneShowsWhatTheSsoVouchedFor()
    {
        QWidget *w = app->window.get();
        QCOMPARE(labelText(w, QStringLiteral("Character name")), rig->emulator.characterName(ids[0]));
        QCOMPARE(labelText(w, QStringLiteral("Corporation")), QStringLiteral("[TCK0] Corp 0"));
        QCOMPARE(labelText(w, QStringLiteral("Alliance")), QStringLiteral("Test Alliance"));
        QCOMPARE(labelText(w, QStringLiteral("Character ID")), QString::number(ids[0]));
        QCOMPARE(labelText(w, QStringLiteral("Owner hash")), QStringLiteral("owner-hash-0"));
        QCOMPARE(labelText(w, QStringLiteral("Granted scopes")), kWallet);
        QCOMPARE(labelText(w, QStringLiteral("Wallet balance")), formatIsk(1234567.89));
        QVERIFY(labelText(w, QStringLiteral("Wallet balance")).endsWith(QStringLiteral(" ISK")));
        QVERIFY2(labelText(w, QStringLiteral("Wallet last updated")).contains(QStringLiteral("5 minutes ago")),
                 qPrintable(labelText(w, QStringLiteral("Wallet last updated"))));
        // After the refresh the access token's expiry counts down.
        QTRY_VERIFY_WITH_TIMEOUT(labelText(w, QStringLiteral("Access token expiry")).startsWith(QStringLiteral("in ")), 15000);
        auto *relogin = findNamed<QPushButton>(w, QStringLiteral("Log in again…"));
        QVERIFY(relogin && relogin->isHidden());
        // The character whose login is gone offers the re-login.
        list()->setCurrentIndex(list()->model()->index(2, 0));
        QCOMPARE(labelText(w, QStringLiteral("Character ID")), QString::number(ids[2]));
        QVERIFY(!relogin->isHidden());
        QVERIFY(labelText(w, QStringLiteral("Status")).contains(QStringLiteral("Needs re-login")));
        // No countdown of a token that is no use any more.
        QCOMPARE(labelText(w, QStringLiteral("Access token expiry")),
                 QStringLiteral("None until the character is logged in again"));
    }

    void reorderIsSavedAndKeyboardMovesThroughTheList()
    {
        app->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app->window.get()));
        QTest::keyClick(app->window.get(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(order(), (QList<qint64>{ids[1], ids[0], ids[2]}));
        QCOMPARE(app->accounts()->currentCharacterId(), ids[0]);
        QTRY_COMPARE(EveSso::CharacterStore(AppCore::metadataPathFor(AppSettings::CustomProfileId)).load().characters.value(0).characterId,
                     ids[1]);
        QTest::keyClick(app->window.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(app->accounts()->currentCharacterId(), ids[2]);
        QTest::keyClick(app->window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(app->window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(app->accounts()->currentCharacterId(), ids[1]);
    }

    void delegatePaintsRowsOfTheRightSize()
    {
        QStyleOptionViewItem option;
        option.initFrom(list());
        const QSize hint = list()->itemDelegate()->sizeHint(option, list()->model()->index(0, 0));
        QVERIFY(hint.height() >= CharacterDelegate::PortraitSize);
        const QImage image = list()->grab().toImage();
        QVERIFY(!image.isNull());
        // The three rows are painted one below the other.
        QCOMPARE(list()->visualRect(list()->model()->index(2, 0)).top(), 2 * hint.height());
    }

    void iskAndTimesAreFormattedForTheLocale()
    {
        QCOMPARE(formatIsk(1234567.891, QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("1,234,567.89 ISK"));
        QCOMPARE(formatIsk(1234567.891, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("1.234.567,89 ISK"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(DetailPane::expiryText(now.addSecs(90), now), QStringLiteral("in 1 min 30 s"));
        QVERIFY(DetailPane::expiryText(now.addSecs(-1), now).startsWith(QStringLiteral("Expired")));
        QCOMPARE(DetailPane::expiryText(QDateTime(), now), QStringLiteral("None yet (one is fetched when needed)"));
        QCOMPARE(DetailPane::agoText(QDateTime(), now), QStringLiteral("Never"));
    }
};

QTEST_MAIN(TestAppCharacterList)
#include "tst_app_character_list.moc"
