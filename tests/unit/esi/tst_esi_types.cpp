// The typed ESI answers: both schema generations, ESI's own examples, and what is not ESI's JSON.

#include <EveSso/EsiTypes.h>
#include <EveSso/UtcDateTime.h>

#include <QJsonDocument>
#include <QtTest>

using namespace EveSso;

namespace {
QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestEsiTypes : public QObject
{
    Q_OBJECT

private slots:
    void characterLegacyExample()
    {
        // CCP's legacy example (v5 / compatibility dates up to 2025-12-16).
        const auto c = CharacterInfo::fromJson(
            2112625428, object("{\"birthday\":\"2015-03-24T11:37:00Z\",\"bloodline_id\":3,\"corporation_id\":109299958,"
                "\"description\":\"\",\"gender\":\"male\",\"name\":\"CCP Bartender\",\"race_id\":2,"
                "\"title\":\"All round pretty awesome guy\"}"));
        QVERIFY(c);
        QCOMPARE(c->name, QStringLiteral("CCP Bartender"));
        QCOMPARE(c->corporationId, 109299958);
        QCOMPARE(c->title, QStringLiteral("All round pretty awesome guy"));
        QCOMPARE(c->birthday, EveSso::Utc::dateTime(QDate(2015, 3, 24), QTime(11, 37)));
        QCOMPARE(c->allianceId, 0);
        QVERIFY(!c->securityStatus);
        QVERIFY(!c->achievementScore);
    }

    void characterNewSchema()
    {
        const auto c = CharacterInfo::fromJson(
            1, object("{\"achievement_score\":12,\"birthday\":\"2015-03-24T11:37:00Z\",\"bloodline_id\":3,"
                "\"corporation_id\":5,\"gender\":\"female\",\"name\":\"X\",\"race_id\":2,\"corporation_title\":\"CEO\","
                "\"character_title_id\":\"0b7c1b0e-5b8a-4b0e-9d53-1f2f3a4b5c6d\",\"security_status\":-1.5}"));
        QVERIFY(c);
        QCOMPARE(c->title, QStringLiteral("CEO"));
        QCOMPARE(c->characterTitleId, QStringLiteral("0b7c1b0e-5b8a-4b0e-9d53-1f2f3a4b5c6d"));
        QCOMPARE(c->achievementScore.value_or(0), 12);
        QCOMPARE(c->securityStatus.value_or(0), -1.5);
    }

    void characterWithoutRequiredFieldsIsRejected()
    {
        QVERIFY(!CharacterInfo::fromJson(1, object("{\"name\":\"X\"}")));
        QVERIFY(!CharacterInfo::fromJson(1, object("{\"corporation_id\":5}")));
        QVERIFY(!CharacterInfo::fromJson(1, object("{\"name\":\"\",\"corporation_id\":5}")));
        QVERIFY(!CharacterInfo::fromJson(1, QJsonObject()));
    }

    void corporationTaxRateBothGenerations()
    {
        const auto legacy = CorporationInfo::fromJson(
            98000001, object("{\"alliance_id\":434243723,\"ceo_id\":180548812,\"creator_id\":180548812,"
                "\"date_founded\":\"2004-11-28T16:42:51Z\",\"description\":\"\",\"member_count\":656,"
                "\"name\":\"C C P\",\"tax_rate\":0.256,\"ticker\":\"-CCP-\",\"url\":\"http://www.eveonline.com\"}"));
        QVERIFY(legacy);
        QCOMPARE(legacy->taxRate.value_or(0), 0.256);
        QCOMPARE(legacy->allianceId, 434243723);
        const auto current = CorporationInfo::fromJson(
            98000001, object("{\"name\":\"C C P\",\"ticker\":\"-CCP-\",\"member_count\":656,\"description\":\"\","
                "\"friendly_fire\":\"legal\",\"home_station_id\":60003760,\"shares\":1000,\"state\":\"active\","
                "\"tax_rates\":{\"isk\":0.1,\"loyalty_point\":0.0},\"type\":\"player_owned\","
                "\"war_eligible\":true,\"enlisted_faction_id\":500001}"));
        QVERIFY(current);
        QCOMPARE(current->taxRate.value_or(0), 0.1);
        QCOMPARE(current->factionId, 500001);
        QCOMPARE(current->warEligible.value_or(false), true);
        QVERIFY(!CorporationInfo::fromJson(1, object("{\"name\":\"No ticker\"}")));
    }

    void corporationTaxRateOutsideZeroToOneIsNotARate()
    {
        // Found by fuzz_esi_parse: 5.05 or -0.1 came through as the rate the header promises is 0..1.
        for (const char *json : {"{\"name\":\"A\",\"ticker\":\"A\",\"member_count\":1,\"tax_rate\":7.5}",
                                 "{\"name\":\"A\",\"ticker\":\"A\",\"member_count\":1,\"tax_rate\":-0.1}",
                                 "{\"name\":\"A\",\"ticker\":\"A\",\"member_count\":1,\"tax_rates\":{\"isk\":5.05}}"}) {
            const auto c = CorporationInfo::fromJson(1, object(json));
            QVERIFY2(c, json);
            QVERIFY2(!c->taxRate, json);
            QCOMPARE(c->name, QStringLiteral("A"));
        }
        for (double edge : {0.0, 1.0}) {
            QJsonObject o{{QStringLiteral("name"), QStringLiteral("A")}, {QStringLiteral("ticker"), QStringLiteral("A")},
                          {QStringLiteral("member_count"), 1}, {QStringLiteral("tax_rate"), edge}};
            QCOMPARE(CorporationInfo::fromJson(1, o)->taxRate.value_or(-1), edge);
        }
    }

    void allianceExample()
    {
        const auto a = AllianceInfo::fromJson(
            99000001, object("{\"creator_corporation_id\":45678,\"creator_id\":12345,\"date_founded\":\"2016-06-26T21:00:00Z\","
                "\"executor_corporation_id\":98356193,\"name\":\"C C P Alliance\",\"ticker\":\"<C C P>\"}"));
        QVERIFY(a);
        QCOMPARE(a->ticker, QStringLiteral("<C C P>"));
        QCOMPARE(a->executorCorporationId, 98356193);
    }

    void portraitPicksTheSize()
    {
        const auto p = PortraitUrls::fromJson(
            object("{\"px64x64\":\"https://images.evetech.net/characters/1/portrait?size=64\","
                "\"px128x128\":\"https://images.evetech.net/characters/1/portrait?size=128\","
                "\"px512x512\":\"not a url\"}"));
        QVERIFY(p);
        QCOMPARE(p->forSize(100).toString(), QStringLiteral("https://images.evetech.net/characters/1/portrait?size=128"));
        QCOMPARE(p->forSize(32).toString(), QStringLiteral("https://images.evetech.net/characters/1/portrait?size=64"));
        QVERIFY(!p->px512.isValid());
        QCOMPARE(p->forSize(1024).toString(), QStringLiteral("https://images.evetech.net/characters/1/portrait?size=128"));
    }

    void journalAndNames()
    {
        const auto e = WalletJournalEntry::fromJson(
            object("{\"id\":21800000029,\"date\":\"2026-11-01T09:44:00Z\",\"ref_type\":\"transaction_tax\","
                "\"amount\":-67636.58,\"balance\":1843227654.37,\"description\":\"Sales tax\","
                "\"first_party_id\":92001001,\"second_party_id\":96630018,\"reason\":\"\"}"));
        QVERIFY(e);
        QCOMPARE(e->id, 21800000029LL);
        QCOMPARE(e->amount.value_or(0), -67636.58);
        QVERIFY(!e->tax);
        QVERIFY(!WalletJournalEntry::fromJson(object("{\"id\":1,\"ref_type\":\"x\"}")));

        const auto n = ResolvedName::fromJson(object("{\"category\":\"solar_system\",\"id\":30000142,\"name\":\"Jita\"}"));
        QVERIFY(n);
        QCOMPARE(n->category, QStringLiteral("solar_system"));
        QVERIFY(!ResolvedName::fromJson(object("{\"id\":30000142,\"name\":\"Jita\"}")));
    }
};

QTEST_GUILESS_MAIN(TestEsiTypes)
#include "tst_esi_types.moc"
