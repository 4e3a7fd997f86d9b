// EsiClient's typed calls and its HTTP cache against the emulator (real HTTP on 127.0.0.1).

#include "EsiTestRig.h"

#include <EveSso/UtcDateTime.h>

#include <QFile>
#include <QSignalSpy>

using namespace EveSso;
using EveSsoTest::Answer;
using EveSsoTest::EsiTestRig;

namespace {
constexpr qint64 kAria = 92001001; // fixture: corporation 98210001 in alliance 99011001
constexpr qint64 kCorp = 98210001;
constexpr qint64 kAlliance = 99011001;
} // namespace

class TestEsiCalls : public QObject
{
    Q_OBJECT

    std::unique_ptr<EsiTestRig> rig;

    Answer<CharacterInfo> character(EsiClient &esi, qint64 id)
    {
        return EsiTestRig::wait<CharacterInfo>([&](QObject *c, auto cb) { esi.characterInfo(id, c, cb); });
    }

private slots:
    void init()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        rig = std::make_unique<EsiTestRig>();
        QVERIFY(rig->start());
    }
    void cleanup() { rig.reset(); }

    void characterInfoOldSchemaHasTitle()
    {
        rig->esi->setCompatibilityDate(QDate(2025, 12, 16));
        const auto a = character(*rig->esi, kAria);
        QVERIFY(a.done);
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(a.result.value.name, rig->sso.emulator.characterName(kAria));
        QCOMPARE(a.result.value.corporationId, kCorp);
        QCOMPARE(a.result.value.title, QStringLiteral("Director of Logistics"));
        QVERIFY(a.result.value.characterTitleId.isEmpty());
        QVERIFY(a.result.value.securityStatus.has_value());
        QCOMPARE(a.result.value.birthday, EveSso::Utc::dateTime(QDate(2016, 5, 14), QTime(19, 2)));
        const auto log = rig->sso.emulator.requestLog();
        QCOMPARE(log.last().headers.value("x-compatibility-date"), QByteArray("2025-12-16"));
        QCOMPARE(log.last().headers.value("user-agent"), EveSsoTest::kTestUserAgent.toUtf8());
        QCOMPARE(log.last().headers.value("accept-language"), QByteArray("en"));
    }

    void characterInfoNewSchemaHasCorporationTitle()
    {
        rig->esi->setCompatibilityDate(QDate(2026, 8, 18));
        rig->esi->setLanguage(QStringLiteral("de_DE"));
        const auto a = character(*rig->esi, kAria);
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(a.result.value.title, QStringLiteral("Director of Logistics"));
        QVERIFY(!a.result.value.characterTitleId.isEmpty()); // only the new schema has it
        QCOMPARE(rig->sso.emulator.requestLog().last().headers.value("accept-language"), QByteArray("de"));
    }

    void unknownCharacterIsNotFound()
    {
        const auto a = character(*rig->esi, 91234567);
        QCOMPARE(a.result.error.kind, EsiError::Kind::NotFound);
        QCOMPARE(a.result.error.httpStatus, 404);
        QVERIFY(!a.result.error.isTransient());
        QVERIFY(!a.result.error.message.isEmpty());
    }

    void corporationAndAllianceBothSchemas()
    {
        for (const QDate &date : {QDate(2025, 12, 16), QDate(2026, 8, 18)}) {
            rig->esi->setCompatibilityDate(date);
            const auto corp = EsiTestRig::wait<CorporationInfo>(
                [&](QObject *c, auto cb) { rig->esi->corporationInfo(kCorp, c, cb); });
            QVERIFY2(corp.result.ok(), qPrintable(corp.result.error.message));
            QVERIFY(!corp.result.value.name.isEmpty());
            QVERIFY(!corp.result.value.ticker.isEmpty());
            QCOMPARE(corp.result.value.allianceId, kAlliance);
            QVERIFY2(corp.result.value.taxRate.has_value(), qPrintable(date.toString(Qt::ISODate))); // tax_rate vs tax_rates.isk
        }
        const auto alliance = EsiTestRig::wait<AllianceInfo>(
            [&](QObject *c, auto cb) { rig->esi->allianceInfo(kAlliance, c, cb); });
        QVERIFY2(alliance.result.ok(), qPrintable(alliance.result.error.message));
        QCOMPARE(alliance.result.value.name, QStringLiteral("Ore Haulers Collective"));
        QCOMPARE(alliance.result.value.ticker, QStringLiteral("HAUL"));
        QCOMPARE(alliance.result.value.executorCorporationId, kCorp);
    }

    void portraitUrlsAndNames()
    {
        const auto urls = EsiTestRig::wait<PortraitUrls>([&](QObject *c, auto cb) { rig->esi->portraitUrls(kAria, c, cb); });
        QVERIFY2(urls.result.ok(), qPrintable(urls.result.error.message));
        QVERIFY(urls.result.value.px128.isValid());
        QVERIFY(urls.result.value.forSize(100).toString().contains(QStringLiteral("/characters/92001001/portrait")));

        const auto names = EsiTestRig::wait<QList<ResolvedName>>(
            [&](QObject *c, auto cb) { rig->esi->resolveNames({kAria, kCorp, kAlliance, kAria}, c, cb); });
        QVERIFY2(names.result.ok(), qPrintable(names.result.error.message));
        QCOMPARE(names.result.value.size(), 3);
        QHash<qint64, QString> categories;
        for (const ResolvedName &n : names.result.value)
            categories.insert(n.id, n.category);
        QCOMPARE(categories.value(kAria), QStringLiteral("character"));
        QCOMPARE(categories.value(kCorp), QStringLiteral("corporation"));
        QCOMPARE(categories.value(kAlliance), QStringLiteral("alliance"));

        const auto unknown = EsiTestRig::wait<QList<ResolvedName>>(
            [&](QObject *c, auto cb) { rig->esi->resolveNames({kAria, 12345}, c, cb); });
        QCOMPARE(unknown.result.error.kind, EsiError::Kind::NotFound);
    }

    void walletBalanceIsAuthenticated()
    {
        CharacterSession *session = rig->session(kAria);
        QVERIFY(session);
        const auto a = EsiTestRig::wait<double>([&](QObject *c, auto cb) { rig->esi->walletBalance(session, c, cb); });
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(a.result.value, 1843227654.37);
        const auto last = rig->sso.emulator.requestLog().last();
        QCOMPARE(last.path, QStringLiteral("/esi/characters/92001001/wallet"));
        QVERIFY(last.headers.value("authorization").startsWith("Bearer"));
        QCOMPARE(last.headers.value("x-tenant"), QByteArray("tranquility"));
    }

    void walletJournalReadsEveryPage()
    {
        rig->sso.emulator.setJournalPageSize(20);
        CharacterSession *session = rig->session(kAria);
        QVERIFY(session);
        const auto a = EsiTestRig::wait<QList<WalletJournalEntry>>(
            [&](QObject *c, auto cb) { rig->esi->walletJournal(session, c, cb); });
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(a.result.value.size(), 67); // the fixture's journal of this character: 4 pages of 20
        QSet<int> pages;
        for (const auto &r : rig->sso.emulator.requestLog()) {
            if (r.path.endsWith(QLatin1String("/wallet/journal")))
                pages.insert(r.query.queryItemValue(QStringLiteral("page")).toInt());
        }
        QCOMPARE(pages, (QSet<int>{1, 2, 3, 4}));
        QCOMPARE(a.result.value.first().balance.value_or(0), 1843227654.37); // newest first, in page order
        for (int i = 1; i < a.result.value.size(); ++i)
            QVERIFY(a.result.value[i - 1].date >= a.result.value[i].date);

        // All four pages are cached: a second read sends nothing.
        const int before = rig->esiRequests();
        const auto again = EsiTestRig::wait<QList<WalletJournalEntry>>(
            [&](QObject *c, auto cb) { rig->esi->walletJournal(session, c, cb); });
        QCOMPARE(again.result.value.size(), 67);
        QVERIFY(again.result.fromCache);
        QCOMPARE(rig->esiRequests(), before);
    }

    void secondCallWithinExpiresSendsNothing()
    {
        const auto first = character(*rig->esi, kAria);
        QVERIFY(first.result.ok());
        QVERIFY(!first.result.fromCache);
        QVERIFY(first.result.expires > rig->clock.now().addSecs(86000)); // ESI: one day
        QCOMPARE(rig->esiRequests(), 1);
        const auto second = character(*rig->esi, kAria);
        QVERIFY(second.result.ok());
        QVERIFY(second.result.fromCache);
        QCOMPARE(second.result.value.name, first.result.value.name);
        QCOMPARE(rig->esiRequests(), 1);
    }

    void afterExpiryAConditionalRequestGets304()
    {
        QVERIFY(character(*rig->esi, kAria).result.ok());
        rig->clock.advance(86400 + 60);
        const auto again = character(*rig->esi, kAria);
        QVERIFY2(again.result.ok(), qPrintable(again.result.error.message));
        QVERIFY(again.result.fromCache);
        QCOMPARE(again.result.value.name, rig->sso.emulator.characterName(kAria));
        const auto log = rig->sso.emulator.requestLog();
        QCOMPARE(rig->esiRequests(), 2);
        QCOMPARE(log.last().status, 304);
        QVERIFY(!log.last().headers.value("if-none-match").isEmpty());
        // The 304 renewed the expiry: nothing more is sent.
        QVERIFY(character(*rig->esi, kAria).result.fromCache);
        QCOMPARE(rig->esiRequests(), 2);
    }

    void cacheSurvivesANewClient()
    {
        CharacterSession *session = rig->session(kAria);
        QVERIFY(session);
        QVERIFY(character(*rig->esi, kAria).result.ok());
        QVERIFY(EsiTestRig::wait<double>([&](QObject *c, auto cb) { rig->esi->walletBalance(session, c, cb); }).result.ok());
        QCOMPARE(rig->esiRequests(), 2);
        rig->esi.reset();
        auto restarted = rig->makeEsi();
        const auto a = character(*restarted, kAria);
        QVERIFY(a.result.ok());
        QVERIFY(a.result.fromCache);
        const auto w = EsiTestRig::wait<double>([&](QObject *c, auto cb) { restarted->walletBalance(session, c, cb); });
        QCOMPARE(w.result.value, 1843227654.37);
        QCOMPARE(rig->esiRequests(), 2);
        QCOMPARE(restarted->networkRequestCount(), 0);
    }

    void damagedCacheFileIsIgnoredNotTrusted()
    {
        QVERIFY(character(*rig->esi, kAria).result.ok());
        rig->esi.reset();
        const QStringList bodies = QDir(rig->cacheDirectory).entryList({QStringLiteral("*.body")}, QDir::Files);
        QCOMPARE(bodies.size(), 1);
        QFile body(rig->cacheDirectory + QLatin1Char('/') + bodies.first());
        QVERIFY(body.open(QIODevice::WriteOnly | QIODevice::Truncate));
        body.write(R"({"name":"Tampered","corporation_id":1})");
        body.close();
        auto restarted = rig->makeEsi();
        const auto a = character(*restarted, kAria);
        QVERIFY(a.result.ok());
        QCOMPARE(a.result.value.name, rig->sso.emulator.characterName(kAria));
        QVERIFY(!a.result.fromCache);
        QCOMPARE(rig->esiRequests(), 2);
    }

    void authenticatedAnswersAreCachedPerCharacter()
    {
        const QList<qint64> ids = rig->sso.emulator.characterIds();
        CharacterSession *a = rig->session(ids[0]);
        CharacterSession *b = rig->session(ids[1]);
        QVERIFY(a && b);
        const auto wa = EsiTestRig::wait<double>([&](QObject *c, auto cb) { rig->esi->walletBalance(a, c, cb); });
        const auto wb = EsiTestRig::wait<double>([&](QObject *c, auto cb) { rig->esi->walletBalance(b, c, cb); });
        QVERIFY(wa.result.ok() && wb.result.ok());
        QVERIFY(wa.result.value != wb.result.value);
        QCOMPARE(rig->esiRequests(), 2);
        const auto wa2 = EsiTestRig::wait<double>([&](QObject *c, auto cb) { rig->esi->walletBalance(a, c, cb); });
        QCOMPARE(wa2.result.value, wa.result.value);
        QCOMPARE(rig->esiRequests(), 2);
    }

    void identicalCallsUnderWayShareOneRequest()
    {
        int answers = 0;
        QObject context;
        for (int i = 0; i < 3; ++i)
            rig->esi->characterInfo(kAria, &context, [&](const EsiResult<CharacterInfo> &r) { answers += r.ok() ? 1 : 0; });
        QTRY_COMPARE(answers, 3);
        QCOMPARE(rig->esiRequests(), 1);
    }

    void portraitIsDownloadedOnceAndKeptOnDisk()
    {
        const auto a = EsiTestRig::wait<QString>([&](QObject *c, auto cb) { rig->esi->portrait(kAria, 128, c, cb); });
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QFile file(a.result.value);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xFF\xD8")); // a JPEG
        QVERIFY(a.result.value.startsWith(rig->cacheDirectory));
        QCOMPARE(rig->sso.emulator.countRequests("GET", QStringLiteral("/images/characters/92001001/portrait")), 1);

        const auto again = EsiTestRig::wait<QString>([&](QObject *c, auto cb) { rig->esi->portrait(kAria, 128, c, cb); });
        QCOMPARE(again.result.value, a.result.value);
        auto restarted = rig->makeEsi();
        const auto afterRestart = EsiTestRig::wait<QString>([&](QObject *c, auto cb) { restarted->portrait(kAria, 128, c, cb); });
        QCOMPARE(afterRestart.result.value, a.result.value);
        QCOMPARE(rig->sso.emulator.countRequests("GET", QStringLiteral("/images")), 1);

        const auto bad = EsiTestRig::wait<QString>([&](QObject *c, auto cb) { rig->esi->portrait(kAria, 100, c, cb); });
        QCOMPARE(bad.result.error.kind, EsiError::Kind::InvalidRequest);
    }
};

QTEST_GUILESS_MAIN(TestEsiCalls)
#include "tst_esi_calls.moc"
