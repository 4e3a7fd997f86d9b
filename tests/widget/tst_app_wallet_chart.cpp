// The wallet history chart of the detail pane: the journal comes from the emulator over real HTTP (several
// pages), is plotted in date order up to the balance shown, within a value range that fits it; a login without
// the wallet scope says so instead of plotting; the chart is not built at start-up; switching characters does
// not fetch the journal again while ESI's cache time lasts, and the journal never goes into the metadata file.

#include "AppHarness.h"
#include "CharacterDataUpdater.h"
#include "DetailPane.h"
#include "IskFormat.h"
#include "SsoTestRig.h"
#include "TestSession.h"
#include "WalletChart.h"

#include <EveSso/CharacterStore.h>
#include <EveSso/UtcDateTime.h>

#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>

#include <algorithm>

using namespace CapsuleerTest;
using EveSso::CharacterRecord;

namespace {

const QString kWallet = QStringLiteral("esi-wallet.read_character_wallet.v1");
constexpr int kJournalPageSize = 20;

/// One entry of a fixture character's journal, as the emulator's own data file has it.
struct FixtureEntry
{
    qint64 msecs = 0;
    double balance = 0;
};

/// The fixture's journal and wallet of a character, read from the emulator's built-in data set.
bool fixtureJournal(qint64 characterId, QList<FixtureEntry> *journal, double *wallet)
{
    QFile file(QStringLiteral(":/evesso-emulator/default-fixture.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &account : root.value(QStringLiteral("accounts")).toArray()) {
        for (const QJsonValue &c : account.toObject().value(QStringLiteral("characters")).toArray()) {
            const QJsonObject character = c.toObject();
            if (character.value(QStringLiteral("id")).toInteger() != characterId)
                continue;
            *wallet = character.value(QStringLiteral("wallet_balance")).toDouble();
            for (const QJsonValue &e : character.value(QStringLiteral("journal")).toArray()) {
                const QJsonObject entry = e.toObject();
                journal->append({QDateTime::fromString(entry.value(QStringLiteral("date")).toString(), Qt::ISODate)
                                     .toMSecsSinceEpoch(),
                                 entry.value(QStringLiteral("balance")).toDouble()});
            }
            return !journal->isEmpty();
        }
    }
    return false;
}

} // namespace

class TestAppWalletChart : public QObject
{
    Q_OBJECT

    std::unique_ptr<EveSsoTest::SsoTestRig> rig;
    std::unique_ptr<AppHarness> app;
    QList<qint64> ids; // with the wallet scope; without it; a login that is gone

    QListView *list() const { return findNamed<QListView>(app->window.get(), QStringLiteral("Characters")); }
    DetailPane *pane() const { return app->window->findChild<DetailPane *>(); }
    WalletChart *chart() const { return pane()->walletChart(); }
    CharacterDataUpdater *updater() const { return app->core->backend()->updater(); }
    void select(qint64 id) const { list()->setCurrentIndex(list()->model()->index(app->accounts()->rowOf(id), 0)); }

    int journalRequests(qint64 id) const
    {
        return rig->emulator.countRequests("GET", QStringLiteral("/esi/characters/%1/wallet/journal").arg(id));
    }

    CharacterRecord record(int index, const QStringList &scopes, bool needsRelogin)
    {
        CharacterRecord r;
        r.characterId = ids[index];
        r.name = rig->emulator.characterName(ids[index]);
        r.ownerHash = QStringLiteral("owner-hash-%1").arg(index);
        r.profileId = AppSettings::CustomProfileId;
        r.grantedScopes = scopes;
        r.needsRelogin = needsRelogin;
        r.sortIndex = index;
        r.addedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        return r;
    }

    void storeSecret(qint64 id, const QStringList &scopes)
    {
        QVERIFY(storeLogin(rig->emulator, rig->settings.clientId, id, scopes));
    }

    /// A new app on the stored characters; `hold` keeps its background work (refreshes, ESI) from starting.
    void startApp(bool hold)
    {
        app = std::make_unique<AppHarness>();
        app->createCore([this](AppSettings &s) {
            s.profileId = AppSettings::CustomProfileId;
            s.customDiscoveryUrl = rig->emulator.discoveryUrl();
            s.clientId = rig->settings.clientId;
            s.callbackPort = quint16(rig->settings.callbackUrl.port());
        });
        if (hold)
            app->core->holdBackgroundWork();
        QVERIFY(app->core->startConfigured());
        app->createWindow();
    }

    /// Selects the character and waits for its plot, with its current balance as the last point.
    void waitForPlot(qint64 id)
    {
        select(id);
        QTRY_VERIFY_WITH_TIMEOUT(chart() && chart()->isPlotting(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(app->accounts()->record(id)->walletBalance.has_value(), 15000);
    }

private slots:
    void init()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        // Every test starts without ESI answers on disk, so the request log shows each fetch.
        QVERIFY(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively());
        rig = std::make_unique<EveSsoTest::SsoTestRig>();
        QVERIFY(rig->start());
        rig->emulator.setJournalPageSize(kJournalPageSize); // the journal comes in several pages (X-Pages)
        ids = rig->emulator.characterIds().mid(0, 3);
        QCOMPARE(ids.size(), 3);
        EveSso::CharacterStore store(AppCore::metadataPathFor(AppSettings::CustomProfileId));
        QVERIFY(store.save({record(0, {kWallet}, false), record(1, {QStringLiteral("esi-skills.read_skills.v1")}, false),
                            record(2, {kWallet}, true)})
                    .ok());
        storeSecret(ids[0], {kWallet});
        storeSecret(ids[1], {QStringLiteral("esi-skills.read_skills.v1")});
    }
    void cleanup()
    {
        app.reset();
        rig.reset();
    }

    void noChartIsBuiltAtStartUp()
    {
        startApp(true);
        // The window has painted its stored characters; with the background work held, nothing is fetched.
        QVERIFY(!app->window->grab().isNull());
        QCOMPARE(labelText(app->window.get(), QStringLiteral("Character name")), rig->emulator.characterName(ids[0]));
        QVERIFY(!chart());
        QVERIFY(app->window->findChildren<WalletChart *>().isEmpty());
        QVERIFY(app->window->findChildren<QChartView *>().isEmpty());
        QCOMPARE(journalRequests(ids[0]), 0);
        // With the background work the journal is fetched, and then the chart is built.
        app->core->releaseBackgroundWork();
        QTRY_VERIFY_WITH_TIMEOUT(chart() && chart()->isPlotting(), 15000);
        QCOMPARE(app->window->findChildren<QChartView *>().size(), 1);
        QCOMPARE(chart()->accessibleName(), QStringLiteral("Wallet history"));
        QCOMPARE(findNamed<WalletChart>(app->window.get(), QStringLiteral("Wallet history")), chart());
    }

    void plotsTheJournalInDateOrderUpToTheBalanceShown()
    {
        QList<FixtureEntry> journal;
        double wallet = 0;
        QVERIFY(fixtureJournal(ids[0], &journal, &wallet));
        QVERIFY(journal.size() > 2 * kJournalPageSize); // three pages or more
        startApp(false);
        waitForPlot(ids[0]);
        QCOMPARE(labelText(app->window.get(), QStringLiteral("Wallet balance")), formatIsk(wallet));

        const QList<QPointF> points = chart()->series()->points();
        QCOMPARE(chart()->points(), points);
        QVERIFY(std::is_sorted(points.cbegin(), points.cend(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        for (const FixtureEntry &entry : std::as_const(journal))
            QVERIFY2(points.contains(QPointF(double(entry.msecs), entry.balance)),
                     qPrintable(QStringLiteral("entry of %1 (%2) not plotted")
                                    .arg(EveSso::Utc::fromMSecsSinceEpoch(entry.msecs).toString(Qt::ISODate))
                                    .arg(entry.balance, 0, 'f', 2)));
        const auto oldest = std::min_element(journal.cbegin(), journal.cend(),
                                             [](const FixtureEntry &a, const FixtureEntry &b) { return a.msecs < b.msecs; });
        QCOMPARE(points.constFirst(), QPointF(double(oldest->msecs), oldest->balance));
        // The last point is the balance the pane shows, as of when the app got it (now, after the journal).
        QCOMPARE(formatIsk(points.constLast().y()), labelText(app->window.get(), QStringLiteral("Wallet balance")));
        QVERIFY2(points.constLast().x() >= double(QDateTime::currentDateTimeUtc().addSecs(-300).toMSecsSinceEpoch()),
                 qPrintable(QStringLiteral("last point at %1, %2 points, balance fetched at %3")
                                .arg(EveSso::Utc::fromMSecsSinceEpoch(qint64(points.constLast().x())).toString(Qt::ISODate))
                                .arg(points.size())
                                .arg(app->accounts()->record(ids[0])->walletUpdatedAt.toString(Qt::ISODate))));

        // The value axis covers every balance without dwarfing the line.
        const auto [low, high] = std::minmax_element(journal.cbegin(), journal.cend(),
                                                     [](const FixtureEntry &a, const FixtureEntry &b) { return a.balance < b.balance; });
        QCategoryAxis *values = chart()->valueAxis();
        QVERIFY2(values->min() <= low->balance && values->max() >= high->balance,
                 qPrintable(QStringLiteral("%1..%2").arg(values->min()).arg(values->max())));
        QVERIFY(values->max() - values->min() <= 3 * (high->balance - low->balance));
        QVERIFY(!values->categoriesLabels().isEmpty());
        QVERIFY2(values->titleText().contains(QStringLiteral("ISK")), qPrintable(values->titleText()));
        QDateTimeAxis *dates = chart()->dateAxis();
        QCOMPARE(dates->min().toMSecsSinceEpoch(), qint64(points.constFirst().x()));
        QCOMPARE(dates->max().toMSecsSinceEpoch(), qint64(points.constLast().x()));
        // Between two entries the tooltip gives the earlier one's balance.
        const FixtureEntry &second = journal.at(journal.size() - 2); // journal is newest first
        QVERIFY2(chart()->balanceTextAt(double(second.msecs) + 1000).endsWith(formatIsk(second.balance)),
                 qPrintable(chart()->balanceTextAt(double(second.msecs) + 1000)));
        QVERIFY(chart()->accessibleDescription().contains(formatIsk(high->balance)));

        // Every page was fetched once.
        const int pages = int((journal.size() + kJournalPageSize - 1) / kJournalPageSize);
        QCOMPARE(journalRequests(ids[0]), pages);
    }

    void reselectingDoesNotFetchTheJournalAgain()
    {
        startApp(false);
        waitForPlot(ids[0]);
        const QList<QPointF> plotted = chart()->points();
        const int fetched = journalRequests(ids[0]);
        QVERIFY(fetched >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(updater()->walletHistory(ids[1]).state == WalletHistory::State::Failed, 15000);

        select(ids[1]);
        QVERIFY(!chart()->isPlotting());
        select(ids[0]);
        QVERIFY(chart()->isPlotting()); // at once, from memory
        QCOMPARE(chart()->points(), plotted);
        QCOMPARE(journalRequests(ids[0]), fetched);

        // Even the player's Refresh (a new login, then every part again) is answered by ESI's cache: within
        // its cache time the journal is not asked for again.
        QSignalSpy histories(updater(), &CharacterDataUpdater::walletHistoryChanged);
        const int refreshes = rig->emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token"));
        auto *refresh = findNamed<QPushButton>(app->window.get(), QStringLiteral("Refresh"));
        QVERIFY(refresh);
        QTRY_VERIFY(refresh->isEnabled());
        refresh->click();
        QTRY_COMPARE_WITH_TIMEOUT(rig->emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"),
                                                              QStringLiteral("refresh_token")),
                                  refreshes + 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(histories.count() >= 2 && updater()->walletHistory(ids[0]).state == WalletHistory::State::Loaded,
                                 15000);
        QCOMPARE(histories.first().first().toLongLong(), ids[0]);
        QCOMPARE(journalRequests(ids[0]), fetched);
        // The same journal; only the current balance's point moved on to the time it was fetched again.
        QCOMPARE(chart()->points().mid(0, plotted.size() - 1), plotted.mid(0, plotted.size() - 1));

        // Kept in memory and in ESI's cache, never in the character file.
        QFile metadata(AppCore::metadataPathFor(AppSettings::CustomProfileId));
        QVERIFY(metadata.open(QIODevice::ReadOnly));
        const QByteArray stored = metadata.readAll();
        QVERIFY(stored.contains(QByteArray::number(ids[0])));
        QVERIFY(!stored.contains("journal"));
        QVERIFY(!stored.contains(QByteArray::number(plotted.constFirst().y(), 'f', 2)));

        // The next start shows it from ESI's disk cache, again without asking ESI.
        app.reset();
        startApp(false);
        waitForPlot(ids[0]);
        QCOMPARE(chart()->points().mid(0, plotted.size() - 1), plotted.mid(0, plotted.size() - 1));
        QCOMPARE(journalRequests(ids[0]), fetched);
    }

    void missingScopeIsSaidInsteadOfAnEmptyPlot()
    {
        startApp(false);
        select(ids[1]);
        QTRY_VERIFY_WITH_TIMEOUT(chart() && chart()->statusText().contains(kWallet), 15000);
        QVERIFY2(chart()->statusText().contains(QStringLiteral("Log the character in again")),
                 qPrintable(chart()->statusText()));
        QVERIFY(!chart()->isPlotting());
        QVERIFY(!chart()->view() || chart()->view()->isHidden());
        QCOMPARE(updater()->walletHistory(ids[1]).error.kind, EveSso::EsiError::Kind::MissingScope);
        QVERIFY(journalRequests(ids[1]) >= 1); // ESI itself said no

        // A character with a plot hides the text; back to the other one, the text is back.
        waitForPlot(ids[0]);
        QVERIFY(chart()->statusText().isEmpty());
        select(ids[1]);
        QVERIFY(!chart()->isPlotting());
        QVERIFY(chart()->statusText().contains(kWallet));
        // A login that is gone was never asked for its journal.
        select(ids[2]);
        QCOMPARE(chart()->statusText(), QStringLiteral("No wallet history yet."));
        QCOMPARE(journalRequests(ids[2]), 0);
    }

    void axisUnitChangesWithTheLabelsAtOnce()
    {
        // A pane switching from a character with millions to one with billions is painted (or grabbed) with
        // the new unit beside the new labels, without waiting for Qt Charts' posted layout.
        auto history = [](double scale) {
            WalletHistory h;
            h.state = WalletHistory::State::Loaded;
            for (int day = 0; day < 10; ++day) {
                EveSso::WalletJournalEntry entry;
                entry.date = QDateTime::currentDateTimeUtc().addDays(-day);
                entry.balance = scale * (1.5 + 0.04 * day);
                h.entries.append(entry);
            }
            return h;
        };
        auto titles = [](WalletChart &chart) {
            QStringList texts;
            for (QGraphicsItem *item : chart.view()->scene()->items()) {
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                    texts.append(text->toPlainText());
            }
            return texts;
        };
        WalletChart chart;
        chart.resize(600, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setHistory(history(1e6), std::nullopt, QDateTime());
        QTRY_VERIFY(titles(chart).contains(QStringLiteral("million ISK")));
        chart.setHistory(history(1e9), std::nullopt, QDateTime());
        QCOMPARE(chart.valueAxis()->titleText(), QStringLiteral("billion ISK"));
        QVERIFY2(titles(chart).contains(QStringLiteral("billion ISK")), qPrintable(titles(chart).join(QLatin1Char('|'))));
        QVERIFY(!titles(chart).contains(QStringLiteral("million ISK")));
        QVERIFY(chart.valueAxis()->categoriesLabels().contains(QLocale().toString(1.5, 'f', 1)));
    }

    void followsThePalette()
    {
        startApp(false);
        waitForPlot(ids[0]);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        pane()->setPalette(dark);
        QCOMPARE(chart()->chart()->backgroundBrush().color(), dark.color(QPalette::Window));
        QCOMPARE(chart()->valueAxis()->labelsBrush().color(), dark.color(QPalette::WindowText));
        QCOMPARE(chart()->dateAxis()->labelsBrush().color(), dark.color(QPalette::WindowText));
        QCOMPARE(chart()->series()->pen().color(), dark.color(QPalette::Highlight));
        QPalette light = dark;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::WindowText, Qt::black);
        pane()->setPalette(light);
        QCOMPARE(chart()->chart()->backgroundBrush().color(), QColor(Qt::white));
        QCOMPARE(chart()->valueAxis()->labelsBrush().color(), QColor(Qt::black));
        const QImage image = chart()->grab().toImage();
        QVERIFY(!image.isNull());
    }
};

QTEST_MAIN(TestAppWalletChart)
#include "tst_app_wallet_chart.moc"
