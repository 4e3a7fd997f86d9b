// Replays fuzz_esi_parse's seed corpus (tests/fuzz/corpus/esi) through the same parsers, so the default
// suite checks it without clang: every seed keeps the fuzzer's invariants, and the named seeds parse to
// the values (or the refusals) written here.

#include "esi_fuzz_common.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace EveSso;

namespace {

QByteArray seed(const QString &name)
{
    QFile file(QStringLiteral(EVESSO_ESI_CORPUS "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing seed %s", qPrintable(name));
    return file.readAll();
}

EsiFuzz::Parsed parsedSeed(const QString &name)
{
    return EsiFuzz::parse(EsiFuzz::split(seed(name)));
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return Utc::dateTime(QDate(y, mo, d), QTime(h, mi));
}

} // namespace

class TestEsiAnswers : public QObject
{
    Q_OBJECT

private slots:
    void everySeedKeepsTheInvariants_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = QDir(QStringLiteral(EVESSO_ESI_CORPUS)).entryList(QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 15);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void everySeedKeepsTheInvariants()
    {
        QFETCH(QString, name);
        const EsiFuzz::Answer answer = EsiFuzz::split(seed(name));
        const QStringList broken = EsiFuzz::violations(answer, EsiFuzz::parse(answer));
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1String("; "))));
    }

    void splitReadsStatusHeadersAndBody()
    {
        const EsiFuzz::Answer a = EsiFuzz::split(seed(QStringLiteral("rate-429")));
        QCOMPARE(a.status, 429);
        QCOMPARE(a.header("retry-after"), QByteArray("17"));
        QCOMPARE(a.header("X-Ratelimit-Group"), QByteArray("char-wallet"));
        QCOMPARE(a.body, QByteArray("{\"error\":\"Too many requests\"}"));
        const EsiFuzz::Answer bare = EsiFuzz::split(seed(QStringLiteral("bare-body")));
        QCOMPARE(bare.status, 200);
        QVERIFY(bare.headers.isEmpty());
    }

    void characterLegacy()
    {
        const auto p = parsedSeed(QStringLiteral("character-legacy"));
        QVERIFY(p.character);
        QCOMPARE(p.character->name, QStringLiteral("CCP Bartender"));
        QCOMPARE(p.character->corporationId, 109299958);
        QCOMPARE(p.character->title, QStringLiteral("All round pretty awesome guy"));
        QCOMPARE(p.character->birthday, utc(2015, 3, 24, 11, 37));
        QVERIFY(!p.character->achievementScore);
        QVERIFY(p.esiJson);
        QVERIFY(!p.journal && !p.names && !p.balance);
        // Date 11:04, Expires 12:04: an hour from the client's now, whatever its clock says.
        QCOMPARE(p.expires, EsiFuzz::now().addSecs(3600));
        QCOMPARE(p.lastModified, utc(2026, 11, 1, 11, 0));
        QCOMPARE(p.errorLimitRemaining, 100);
        QVERIFY(!p.hold.isHeld());
    }

    void characterNewSchema()
    {
        const auto p = parsedSeed(QStringLiteral("character-new"));
        QVERIFY(p.character);
        QCOMPARE(p.character->characterId, EsiFuzz::kCharacterId);
        QCOMPARE(p.character->title, QStringLiteral("Director of Logistics"));
        QCOMPARE(p.character->achievementScore.value_or(0), 1236);
        QCOMPARE(p.character->securityStatus.value_or(0), 2.41);
        QCOMPARE(p.character->allianceId, 99011001);
        QCOMPARE(p.character->birthday, utc(2016, 5, 14, 19, 2));
        QCOMPARE(p.bucket, QStringLiteral("char-detail:%1").arg(EsiFuzz::kCharacterId));
    }

    void corporations()
    {
        const auto legacy = parsedSeed(QStringLiteral("corporation-legacy"));
        QVERIFY(legacy.corporation);
        QCOMPARE(legacy.corporation->ticker, QStringLiteral("DCLOG"));
        QCOMPARE(legacy.corporation->memberCount, 42);
        QCOMPARE(legacy.corporation->taxRate.value_or(-1), 0.1);
        QCOMPARE(legacy.corporation->warEligible.value_or(false), true);
        QCOMPARE(legacy.expires, EsiFuzz::now().addSecs(3600)); // max-age, no Expires
        const auto current = parsedSeed(QStringLiteral("corporation-new"));
        QVERIFY(current.corporation);
        QCOMPARE(current.corporation->factionId, 500001);
        QCOMPARE(current.corporation->taxRate.value_or(-1), 0.05);
        QVERIFY(!current.corporation->warEligible);
        QVERIFY(!current.character); // no corporation_id
        // Found by fuzz_esi_parse: a tax rate of 7.5 is not a rate; the corporation itself is still read.
        const auto greedy = parsedSeed(QStringLiteral("corporation-tax-out-of-range"));
        QVERIFY(greedy.corporation);
        QCOMPARE(greedy.corporation->ticker, QStringLiteral("GRDY"));
        QVERIFY(!greedy.corporation->taxRate);
    }

    void alliance()
    {
        const auto p = parsedSeed(QStringLiteral("alliance"));
        QVERIFY(p.alliance);
        QCOMPARE(p.alliance->ticker, QStringLiteral("HAUL"));
        QCOMPARE(p.alliance->executorCorporationId, 98210001);
        QCOMPARE(p.alliance->dateFounded, utc(2019, 4, 12, 18, 22));
    }

    void portrait()
    {
        const auto p = parsedSeed(QStringLiteral("portrait"));
        QVERIFY(p.portrait);
        QCOMPARE(p.portrait->px64.query(), QStringLiteral("tenant=tranquility&size=64"));
        QCOMPARE(p.portrait->forSize(100), p.portrait->px128);
        QCOMPARE(p.portrait->forSize(2048), p.portrait->px512);
        QVERIFY(!p.corporation);
    }

    void walletBalanceAndJournal()
    {
        const auto balance = parsedSeed(QStringLiteral("wallet-balance"));
        QCOMPARE(balance.balance.value_or(0), 1843227654.37);
        QVERIFY(balance.esiJson);
        QVERIFY(!balance.portrait); // not an object

        // Found by fuzz_esi_parse: "inf" was read as an infinite balance (QByteArray::toDouble() accepts it).
        const auto inf = parsedSeed(QStringLiteral("wallet-inf"));
        QVERIFY(!inf.balance);
        QVERIFY(!inf.esiJson); // the transport refuses it as malformed, like any non-JSON body
        for (const char *word : {"inf", "-inf", "nan", "infinity", " -INF\n"}) {
            QVERIFY2(!EsiAnswers::walletBalance(word), word);
            QVERIFY2(!EsiAnswers::isEsiJson(word), word);
        }
        QCOMPARE(EsiAnswers::walletBalance("-12.5").value_or(0), -12.5);
        QCOMPARE(EsiAnswers::walletBalance(" 0\n").value_or(-1), 0.0);

        const auto page = parsedSeed(QStringLiteral("journal-page1"));
        QVERIFY(page.journal);
        QCOMPARE(page.journal->size(), 2);
        QCOMPARE(page.pages, 3);
        const WalletJournalEntry &tax = page.journal->at(0);
        QCOMPARE(tax.id, 21800000029);
        QCOMPARE(tax.refType, QStringLiteral("transaction_tax"));
        QCOMPARE(tax.amount.value_or(0), -67636.58);
        QCOMPARE(tax.date, utc(2026, 11, 1, 9, 44));
        const WalletJournalEntry &donation = page.journal->at(1);
        QCOMPARE(donation.contextIdType, QStringLiteral("corporation_id"));
        QCOMPARE(donation.tax.value_or(-1), 0.0);
        QCOMPARE(donation.reason, QStringLiteral("fuel"));
        QVERIFY(!page.names); // journal entries have no name/category

        // One invalid entry (no date) refuses the whole page rather than dropping it silently.
        const auto bad = parsedSeed(QStringLiteral("journal-bad-entry"));
        QVERIFY(!bad.journal);
        QVERIFY(bad.esiJson);
        QCOMPARE(bad.pages, 1);
    }

    void pageCountIsBounded()
    {
        // Found by fuzz_esi_parse: X-Pages was taken as it came, so "2147483647" had walletJournal()
        // size a list of 2^31 pages (and queue as many requests), and "-4" was a negative count.
        const auto huge = parsedSeed(QStringLiteral("huge-x-pages"));
        QCOMPARE(huge.pages, EsiAnswers::kMaxPages);
        QVERIFY(huge.journal && huge.journal->isEmpty());
        QCOMPARE(parsedSeed(QStringLiteral("negative-x-pages")).pages, 0);
        QCOMPARE(EsiAnswers::pageCount("99999999999999999999"), 0); // not a number we can read: absent
        QCOMPARE(EsiAnswers::pageCount("1001"), EsiAnswers::kMaxPages);
        QCOMPARE(EsiAnswers::pageCount("1000"), 1000);
        QCOMPARE(EsiAnswers::pageCount(" 7 "), 7);
        QCOMPARE(EsiAnswers::pageCount("seven"), 0);
        QCOMPARE(EsiAnswers::pageCount(QByteArray()), 0);
    }

    void universeNames()
    {
        const auto p = parsedSeed(QStringLiteral("universe-names"));
        QVERIFY(p.names);
        QCOMPARE(p.names->size(), 3);
        QCOMPARE(p.names->at(2).name, QStringLiteral("Jita"));
        QCOMPARE(p.names->at(2).category, QStringLiteral("solar_system"));
        QVERIFY(!p.expires.isValid()); // no-cache: never reused without asking
    }

    void errorAnswers()
    {
        const auto notFound = parsedSeed(QStringLiteral("error-404"));
        QCOMPARE(notFound.errorMessage, QStringLiteral("Character not found"));
        QVERIFY(!notFound.hold.isHeld());
        QVERIFY(!notFound.character);
        QCOMPARE(parsedSeed(QStringLiteral("error-403-scope")).errorMessage, QStringLiteral("token not valid for scope"));

        const auto limited = parsedSeed(QStringLiteral("error-420"));
        QCOMPARE(limited.hold.reason, EsiClient::PauseReason::ErrorLimited);
        QCOMPARE(limited.hold.until, EsiFuzz::now().addSecs(37));
        QCOMPARE(limited.errorLimitRemaining, 0);

        const auto rate = parsedSeed(QStringLiteral("rate-429"));
        QCOMPARE(rate.hold.reason, EsiClient::PauseReason::RateLimited);
        QCOMPARE(rate.hold.until, EsiFuzz::now().addSecs(17));
        QCOMPARE(rate.bucket, QStringLiteral("char-wallet:%1").arg(EsiFuzz::kCharacterId));

        const auto downtime = parsedSeed(QStringLiteral("downtime-503"));
        QCOMPARE(downtime.hold.reason, EsiClient::PauseReason::Downtime);
        QCOMPARE(downtime.hold.until, utc(2026, 11, 1, 11, 15));

        // Found while writing the fuzz invariants: Retry-After or X-ESI-Error-Limit-Reset of 2147483647
        // held requests for 68 years (for the whole process: nothing asked again). Now at most an hour.
        const auto endless420 = parsedSeed(QStringLiteral("error-420-endless-reset"));
        QCOMPARE(endless420.hold.reason, EsiClient::PauseReason::ErrorLimited);
        QCOMPARE(endless420.hold.until, EsiFuzz::now().addSecs(EsiLimitsTracker::kMaxHoldSeconds));
        const auto endless429 = parsedSeed(QStringLiteral("rate-429-endless-retry"));
        QCOMPARE(endless429.hold.reason, EsiClient::PauseReason::RateLimited);
        QCOMPARE(endless429.hold.until, EsiFuzz::now().addSecs(3600));
        const auto reserve = parsedSeed(QStringLiteral("error-limit-reserve-endless"));
        QVERIFY(!reserve.hold.isHeld()); // a 200
        QCOMPARE(reserve.afterwards.reason, EsiClient::PauseReason::ErrorLimitReserve);
        QCOMPARE(reserve.afterwards.until, EsiFuzz::now().addSecs(3600));
        QCOMPARE(reserve.errorLimitRemaining, 3);
        QVERIFY(!limited.afterwards.until.isNull());
        QCOMPARE(limited.afterwards.until, EsiFuzz::now().addSecs(37)); // a real reset is kept as it is

        const auto html = parsedSeed(QStringLiteral("html-502"));
        QVERIFY(!html.esiJson);
        QVERIFY(html.errorMessage.isEmpty());
    }

    void cacheHeaders()
    {
        const auto notModified = parsedSeed(QStringLiteral("not-modified"));
        QCOMPARE(notModified.expires, EsiFuzz::now().addSecs(5 * 60)); // Expires 11:09 - Date 11:04
        const auto noStore = parsedSeed(QStringLiteral("no-store"));
        QVERIFY(noStore.noStore);
        QVERIFY(!noStore.expires.isValid());
        QVERIFY(noStore.corporation); // the body is still read
    }
};

QTEST_GUILESS_MAIN(TestEsiAnswers)
#include "tst_esi_answers.moc"
