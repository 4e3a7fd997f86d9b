// The emulator's ESI and image routes over real HTTP: both schema generations, bearer checks, wallet and
// journal paging, names, caching with ETag/304, the error limit (420) and the token-bucket rate limit (429).

#include "EmulatorTestSupport.h"

#include <QJsonArray>

using namespace EmuTest;
using EveSso::Emulator;

class TestEmulatorEsi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Emulator> emu;
    std::unique_ptr<Http> http;

    QString walletToken(qint64 character = Aria)
    {
        return emu->issueAccessToken(character, emu->demoClientId(), {QStringLiteral("publicData"), WalletScope});
    }
    QUrl images(const QString &path) const { return QUrl(emu->imageBaseUrl().toString() + path); }

private slots:
    void init()
    {
        emu = std::make_unique<Emulator>();
        QVERIFY2(emu->start(), qPrintable(emu->errorString()));
        http = std::make_unique<Http>();
    }
    void cleanup()
    {
        http.reset();
        emu.reset();
    }

    void characterInBothSchemaGenerations()
    {
        const Reply current = http->get(esi(*emu, QStringLiteral("/characters/%1").arg(Aria)), {{"X-Compatibility-Date", "2026-08-18"}});
        QCOMPARE(current.status, 200);
        QJsonObject c = current.object();
        QCOMPARE(c.value(QLatin1String("name")).toString(), emu->characterName(Aria));
        QCOMPARE(c.value(QLatin1String("corporation_id")).toInteger(), 98210001);
        QCOMPARE(c.value(QLatin1String("alliance_id")).toInteger(), 99011001);
        QVERIFY(c.contains(QLatin1String("corporation_title")));
        QVERIFY(!QUuid::fromString(c.value(QLatin1String("character_title_id")).toString()).isNull());
        QVERIFY(c.contains(QLatin1String("achievement_score")));
        QVERIFY(!c.contains(QLatin1String("title")));

        const Reply old = http->get(esi(*emu, QStringLiteral("/characters/%1").arg(Aria)), {{"X-Compatibility-Date", "2025-12-16"}});
        c = old.object();
        QCOMPARE(c.value(QLatin1String("title")).toString(), QStringLiteral("Director of Logistics"));
        QVERIFY(!c.contains(QLatin1String("corporation_title")));
        QVERIFY(!c.contains(QLatin1String("achievement_score")));
        // The query parameter works as the header does; the day before the change is still old.
        QUrl url = esi(*emu, QStringLiteral("/characters/%1").arg(Aria));
        url.setQuery(QStringLiteral("compatibility_date=2026-06-08"));
        QVERIFY(http->get(url).object().contains(QLatin1String("title")));
        url.setQuery(QStringLiteral("compatibility_date=2026-06-09"));
        QVERIFY(http->get(url).object().contains(QLatin1String("corporation_title")));

        // No date: the oldest one.
        QVERIFY(http->get(esi(*emu, QStringLiteral("/characters/%1").arg(Aria))).object().contains(QLatin1String("title")));
        // Legacy form: trailing slash, ?datasource=, old shape.
        const Reply legacy = http->get(esi(*emu, QStringLiteral("/latest/characters/%1/?datasource=tranquility").arg(Aria)));
        QCOMPARE(legacy.status, 200);
        QVERIFY(legacy.object().contains(QLatin1String("title")));
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/latest/characters/%1/?datasource=serenity").arg(Aria))).status, 400);
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/characters/%1").arg(Aria)), {{"X-Compatibility-Date", "yesterday"}}).status, 400);
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/characters/91234567"))).status, 404);
    }

    void portraitCorporationAllianceAndStatus()
    {
        const Reply portrait = http->get(esi(*emu, QStringLiteral("/characters/%1/portrait").arg(Kell)));
        QCOMPARE(portrait.status, 200);
        QCOMPARE(portrait.object().size(), 4);
        const QUrl px128(portrait.object().value(QLatin1String("px128x128")).toString());
        QCOMPARE(px128.path(), QStringLiteral("/images/characters/%1/portrait").arg(Kell));
        QCOMPARE(http->get(px128).header("content-type"), QByteArray("image/jpeg"));

        const Reply corpNew = http->get(esi(*emu, QStringLiteral("/corporations/98210001")), {{"X-Compatibility-Date", "2026-08-18"}});
        QCOMPARE(corpNew.object().value(QLatin1String("ticker")).toString(), QStringLiteral("DCLOG"));
        QVERIFY(corpNew.object().contains(QLatin1String("tax_rates")));
        QCOMPARE(corpNew.object().value(QLatin1String("alliance_id")).toInteger(), 99011001);
        const Reply corpOld = http->get(esi(*emu, QStringLiteral("/latest/corporations/98355712/")));
        QVERIFY(corpOld.object().contains(QLatin1String("tax_rate")));
        QVERIFY(!corpOld.object().contains(QLatin1String("alliance_id")));

        const Reply alliance = http->get(esi(*emu, QStringLiteral("/alliances/99011001")));
        QCOMPARE(alliance.status, 200);
        QCOMPARE(alliance.object().value(QLatin1String("ticker")).toString(), QStringLiteral("HAUL"));
        QCOMPARE(alliance.object().value(QLatin1String("executor_corporation_id")).toInteger(), 98210001);
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/alliances/99999999"))).status, 404);
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/status"))).status, 200);
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/meta/compatibility-dates"))).object()
                     .value(QLatin1String("compatibility_dates")).toArray().first().toString(), QStringLiteral("2026-08-18"));
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/no/such/route"))).status, 404);
        QCOMPARE(http->send("DELETE", esi(*emu, QStringLiteral("/alliances/99011001"))).status, 405);
    }

    void walletIsABareNumberBehindScopeChecks()
    {
        const QUrl wallet = esi(*emu, QStringLiteral("/characters/%1/wallet").arg(Aria));
        const Reply ok = http->get(wallet, bearer(walletToken()));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("1843227654.37"));
        QVERIFY(QJsonDocument::fromJson("[" + ok.body + "]").array().first().isDouble());
        QVERIFY(ok.header("cache-control").startsWith("private"));

        const Reply none = http->get(wallet, {{"X-Compatibility-Date", "2026-08-18"}});
        QCOMPARE(none.status, 401);
        QCOMPARE(none.object().value(QLatin1String("error")).toString(), QStringLiteral("authentication failure"));
        QCOMPARE(http->get(wallet, bearer(QStringLiteral("not.a.jwt"))).object().value(QLatin1String("error")).toString(),
                 QStringLiteral("authentication failure"));

        const Reply noScope = http->get(wallet, bearer(emu->issueAccessToken(Aria, emu->demoClientId(), {QStringLiteral("publicData")})));
        QCOMPARE(noScope.status, 403);
        QCOMPARE(noScope.object().value(QLatin1String("error")).toString(), QStringLiteral("token not valid for scope"));
        const Reply otherCharacter = http->get(wallet, bearer(walletToken(Kell)));
        QCOMPARE(otherCharacter.status, 403);

        const Reply expired = http->get(wallet, bearer(emu->issueAccessToken(Aria, emu->demoClientId(), {WalletScope}, -5)));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.object().value(QLatin1String("error")).toString(), QStringLiteral("token is expired"));
        // The legacy ?token= parameter works too.
        QUrl legacy = esi(*emu, QStringLiteral("/latest/characters/%1/wallet/").arg(Aria));
        legacy.setQuery(QStringLiteral("datasource=tranquility&token=") + walletToken());
        QCOMPARE(http->get(legacy).status, 200);
    }

    void journalIsPaged()
    {
        emu->setJournalPageSize(25);
        const QString token = walletToken();
        const QUrl journal = esi(*emu, QStringLiteral("/characters/%1/wallet/journal").arg(Aria));
        const Reply first = http->get(journal, bearer(token));
        QCOMPARE(first.status, 200);
        const int pages = first.header("x-pages").toInt();
        QVERIFY(pages >= 3);
        const QJsonArray entries = QJsonDocument::fromJson(first.body).array();
        QCOMPARE(entries.size(), 25);
        const QJsonObject newest = entries.first().toObject();
        QCOMPARE(newest.value(QLatin1String("balance")).toDouble(), 1843227654.37);
        for (const char *field : {"id", "date", "ref_type", "amount", "balance", "description"})
            QVERIFY2(newest.contains(QLatin1String(field)), field);

        QUrl last = journal;
        last.setQuery(QStringLiteral("page=%1").arg(pages));
        const Reply lastPage = http->get(last, bearer(token));
        QCOMPARE(lastPage.status, 200);
        QVERIFY(QJsonDocument::fromJson(lastPage.body).array().size() <= 25);
        QCOMPARE(lastPage.header("last-modified"), first.header("last-modified"));
        last.setQuery(QStringLiteral("page=%1").arg(pages + 1));
        QCOMPARE(http->get(last, bearer(token)).status, 404);
        last.setQuery(QStringLiteral("page=zero"));
        QCOMPARE(http->get(last, bearer(token)).status, 400);

        emu->setJournalPageSize(2500);
        QCOMPARE(http->get(journal, bearer(token)).header("x-pages"), QByteArray("1"));
    }

    void universeNames()
    {
        const QUrl names = esi(*emu, QStringLiteral("/universe/names"));
        const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
        const Reply ok = http->send("POST", names, json, "[92001001, 98210001, 99011001]");
        QCOMPARE(ok.status, 200);
        const QJsonArray result = QJsonDocument::fromJson(ok.body).array();
        QCOMPARE(result.size(), 3);
        QCOMPARE(result[0].toObject().value(QLatin1String("category")).toString(), QStringLiteral("character"));
        QCOMPARE(result[1].toObject().value(QLatin1String("category")).toString(), QStringLiteral("corporation"));
        QCOMPARE(result[2].toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ore Haulers Collective"));
        QCOMPARE(http->send("POST", esi(*emu, QStringLiteral("/latest/universe/names/")), json, "[92001001]").status, 200);
        QCOMPARE(http->send("POST", names, json, "[92001001, 12345]").status, 404);
        QCOMPARE(http->send("POST", names, json, "[]").status, 400);
        QCOMPARE(http->send("POST", names, json, "[92001001, 92001001]").status, 400);
        QCOMPARE(http->send("POST", names, json, "{\"ids\": 1}").status, 400);
        QCOMPARE(http->get(names).status, 405);
    }

    void etagGives304()
    {
        const QUrl url = esi(*emu, QStringLiteral("/characters/%1").arg(Kell));
        const Reply first = http->get(url);
        const QByteArray etag = first.header("etag");
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
        QVERIFY(!first.header("expires").isEmpty());
        QVERIFY(first.header("last-modified").endsWith(" GMT"));
        QCOMPARE(first.header("cache-control"), QByteArray("public, max-age=86400"));
        const Reply second = http->get(url, {{"If-None-Match", etag}});
        QCOMPARE(second.status, 304);
        QVERIFY(second.body.isEmpty());
        QCOMPARE(second.header("etag"), etag);
        QCOMPARE(http->get(url, {{"If-None-Match", "\"other\""}}).status, 200);
        // The wallet too, and a 304 costs 1 rate-limit token instead of 2.
        const QUrl wallet = esi(*emu, QStringLiteral("/characters/%1/wallet").arg(Aria));
        const QString token = walletToken();
        const Reply w = http->get(wallet, bearer(token));
        auto headers = bearer(token);
        headers.append({"If-None-Match", w.header("etag")});
        const Reply w304 = http->get(wallet, headers);
        QCOMPARE(w304.status, 304);
        QCOMPARE(w304.header("x-ratelimit-used"), QByteArray("1"));
    }

    void errorLimitGives420()
    {
        emu->setErrorLimit(3, 60);
        const QUrl missing = esi(*emu, QStringLiteral("/characters/91234567"));
        const Reply first = http->get(missing);
        QCOMPARE(first.status, 404);
        QCOMPARE(first.header("x-esi-error-limit-remain"), QByteArray("2"));
        QVERIFY(first.header("x-esi-error-limit-reset").toInt() > 0);
        http->get(missing);
        QCOMPARE(http->get(missing).header("x-esi-error-limit-remain"), QByteArray("0"));
        // Exhausted: every ESI route answers 420, even ones that would succeed and the rate-limited ones.
        const Reply limited = http->get(esi(*emu, QStringLiteral("/characters/%1").arg(Aria)));
        QCOMPARE(limited.status, 420);
        QVERIFY(limited.object().value(QLatin1String("error")).toString().startsWith(
            QStringLiteral("This software has exceeded the error limit for ESI.")));
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/characters/%1/wallet").arg(Aria)), bearer(walletToken())).status, 420);
        // The SSO is not ESI.
        QCOMPARE(http->get(emu->discoveryUrl()).status, 200);
    }

    void rateLimitGives429()
    {
        emu->setRateLimit(QStringLiteral("char-wallet"), 5, 600);
        const QUrl wallet = esi(*emu, QStringLiteral("/characters/%1/wallet").arg(Aria));
        const QString token = walletToken();
        const Reply first = http->get(wallet, bearer(token));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("x-ratelimit-group"), QByteArray("char-wallet"));
        QCOMPARE(first.header("x-ratelimit-limit"), QByteArray("5/10m"));
        QCOMPARE(first.header("x-ratelimit-remaining"), QByteArray("3"));
        QCOMPARE(first.header("x-ratelimit-used"), QByteArray("2"));
        QVERIFY(first.header("x-esi-error-limit-remain").isEmpty()); // one scheme per route
        QCOMPARE(http->get(wallet, bearer(token)).header("x-ratelimit-remaining"), QByteArray("1"));
        QCOMPARE(http->get(wallet, bearer(token)).status, 200); // 1 token left is still > 0
        const Reply limited = http->get(wallet, bearer(token));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("retry-after").toInt() > 0);
        QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
        // Another character's bucket is separate.
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/characters/%1/wallet").arg(Kell)), bearer(walletToken(Kell))).status, 200);
        // A 4xx costs 5 tokens.
        emu->setRateLimit(QStringLiteral("char-wallet"), 150, 900);
        const Reply denied = http->get(wallet, bearer(emu->issueAccessToken(Aria, emu->demoClientId(), {QStringLiteral("publicData")})));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.header("x-ratelimit-used"), QByteArray("5"));
        QCOMPARE(denied.header("x-ratelimit-limit"), QByteArray("150/15m"));
    }

    void imagesAreRealJpegAndPng()
    {
        const Reply portrait = http->get(images(QStringLiteral("/characters/%1/portrait?size=64").arg(Aria)));
        QCOMPARE(portrait.status, 200);
        QCOMPARE(portrait.header("content-type"), QByteArray("image/jpeg"));
        QVERIFY(portrait.body.startsWith("\xFF\xD8\xFF"));
        const Reply logo = http->get(images(QStringLiteral("/corporations/98210001/logo?size=128")));
        QCOMPARE(logo.header("content-type"), QByteArray("image/png"));
        QVERIFY(logo.body.startsWith("\x89PNG\r\n\x1a\n"));
        const Reply allianceLogo = http->get(images(QStringLiteral("/alliances/99011001/logo")));
        QVERIFY(allianceLogo.body.startsWith("\x89PNG"));
        // Deterministic per id.
        QCOMPARE(http->get(images(QStringLiteral("/characters/%1/portrait?size=64").arg(Aria))).body, portrait.body);
        QVERIFY(http->get(images(QStringLiteral("/characters/%1/portrait?size=64").arg(Kell))).body != portrait.body);
        QCOMPARE(QJsonDocument::fromJson(http->get(images(QStringLiteral("/characters/%1").arg(Aria))).body).array(),
                 QJsonArray{QStringLiteral("portrait")});
        QCOMPARE(http->get(images(QStringLiteral("/characters/%1/portrait?size=100").arg(Aria))).status, 400);
        QCOMPARE(http->get(images(QStringLiteral("/characters/91234567/portrait"))).status, 404);
        QCOMPARE(http->get(images(QStringLiteral("/characters/1/portrait?size=32"))).status, 200);
        QCOMPARE(http->get(images(QStringLiteral("/corporations/98210001/portrait"))).status, 404);
    }

    void fixtureFromFile()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"scopes":["publicData"],"corporations":[{"id":98000001,"name":"Solo Corp","ticker":"SOLO"}],
                      "accounts":[{"name":"a","characters":[{"id":90000001,"name":"Solo Pilot","corporation_id":98000001,
                      "wallet_balance":42.5}]}]})");
        file.close();
        QVERIFY2(emu->loadFixture(file.fileName()), qPrintable(emu->errorString()));
        QCOMPARE(emu->characterIds(), QList<qint64>{90000001});
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/characters/90000001"))).object().value(QLatin1String("name")).toString(),
                 QStringLiteral("Solo Pilot"));
        QCOMPARE(http->get(esi(*emu, QStringLiteral("/characters/90000001/wallet")),
                           bearer(emu->issueAccessToken(90000001, emu->demoClientId(), {WalletScope}))).body, QByteArray("42.50"));
        QVERIFY(!emu->loadFixtureData(R"({"accounts":[{"name":"x","characters":[{"id":5,"name":"Bad","corporation_id":1}]}]})"));
        QVERIFY(!emu->errorString().isEmpty());
        QVERIFY(!emu->loadFixture(QStringLiteral("/nonexistent/fixture.json")));
        QCOMPARE(emu->characterIds(), QList<qint64>{90000001}); // unchanged after a failed load
    }

    void defaultFixtureShape()
    {
        QVERIFY(emu->characterIds().size() >= 4);
        for (qint64 id : emu->characterIds())
            QVERIFY(id >= 90000000 && id < 98000000);
        for (const char *scope : {"esi-wallet.read_character_wallet.v1", "publicData", "esi-skills.read_skills.v1"})
            QVERIFY(emu->knownScopes().contains(QLatin1String(scope)));
        QCOMPARE(emu->demoClientId().size(), 32);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(emu->demoClientId()).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorEsi)
#include "tst_emulator_esi.moc"
