// The request log: what a test can count and inspect, and that no secret ever appears in it in clear.

#include "EmulatorTestSupport.h"

using namespace EmuTest;
using EveSso::Emulator;

class TestEmulatorLog : public QObject
{
    Q_OBJECT

private:
    /// Every field of every entry, flattened, so a secret hidden anywhere is found.
    static QByteArray everything(const QList<Emulator::LoggedRequest> &log)
    {
        QByteArray all;
        for (const auto &e : log) {
            all += e.method + ' ' + e.path.toUtf8() + ' ' + e.query.toString(QUrl::FullyDecoded).toUtf8() + ' '
                + e.query.toString(QUrl::FullyEncoded).toUtf8() + ' ' + e.grantType.toUtf8() + '\n';
            for (auto it = e.headers.begin(); it != e.headers.end(); ++it)
                all += it.key() + ": " + it.value() + '\n';
            for (auto it = e.form.begin(); it != e.form.end(); ++it)
                all += it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
            for (auto it = e.secretFingerprints.begin(); it != e.secretFingerprints.end(); ++it)
                all += it.key().toUtf8() + '#' + it.value() + '\n';
        }
        return all;
    }

private slots:
    void secretsNeverAppearInTheLog()
    {
        Emulator emu;
        QVERIFY(emu.start());
        emu.registerClient({QStringLiteral("webapp"), QStringLiteral("very-secret-client-secret"),
                            {QStringLiteral("https://app.example/cb")}, {WalletScope}});
        Http http;
        QSignalSpy logged(&emu, &Emulator::requestLogged);
        const QByteArray verifier = b64url(QByteArray(32, 'z'));

        const QString code = demoCode(http, emu, Aria, WalletScope, verifier);
        const Reply token = redeemDemoCode(http, emu, code, verifier);
        const QString access = token.object().value(QLatin1String("access_token")).toString();
        const QString refresh = token.object().value(QLatin1String("refresh_token")).toString();
        const Reply refreshed = http.postForm(tokenUrl(emu), "grant_type=refresh_token&refresh_token=" + pct(refresh)
                                                                 + "&client_id=" + pct(emu.demoClientId()));
        const QString refresh2 = refreshed.object().value(QLatin1String("refresh_token")).toString();
        QCOMPARE(http.get(esi(emu, QStringLiteral("/characters/%1/wallet").arg(Aria)), bearer(access)).status, 200);
        QUrl legacy = esi(emu, QStringLiteral("/latest/characters/%1/wallet/").arg(Aria));
        legacy.setQuery(QStringLiteral("token=") + access);
        QCOMPARE(http.get(legacy).status, 200);
        const QByteArray basic = QByteArray("webapp:very-secret-client-secret").toBase64();
        http.postForm(tokenUrl(emu), "grant_type=refresh_token&refresh_token=bogus", {{"Authorization", "Basic " + basic}});
        http.postForm(tokenUrl(emu), "grant_type=refresh_token&refresh_token=bogus&client_id=webapp&client_secret=very-secret-client-secret");
        http.postForm(revokeUrl(emu), "token=" + pct(refresh2) + "&token_type_hint=refresh_token");

        const auto log = emu.requestLog();
        QCOMPARE(logged.size(), log.size());
        const QByteArray all = everything(log);
        for (const QByteArray &secret : {code.toLatin1(), verifier, access.toLatin1(), refresh.toLatin1(),
                                         refresh2.toLatin1(), QByteArray("very-secret-client-secret"), basic,
                                         QByteArray(pct(refresh)), QByteArray(pct(refresh2))}) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!all.contains(secret), "a secret is in the request log");
        }
        // Redacted, yet distinguishable by fingerprint.
        const auto tokenRequests = std::count_if(log.begin(), log.end(), [](const auto &e) {
            return e.path == QLatin1String("/v2/oauth/token");
        });
        QCOMPARE(tokenRequests, 4);
        const Emulator::LoggedRequest &redeem = *std::find_if(log.begin(), log.end(), [](const auto &e) {
            return e.grantType == QLatin1String("authorization_code");
        });
        QCOMPARE(redeem.form.value(QStringLiteral("code")), QStringLiteral("[redacted]"));
        QCOMPARE(redeem.form.value(QStringLiteral("client_id")), emu.demoClientId());
        QCOMPARE(redeem.secretFingerprints.value(QStringLiteral("code")), Emulator::fingerprint(code.toLatin1()));
        QCOMPARE(redeem.secretFingerprints.value(QStringLiteral("code_verifier")), Emulator::fingerprint(verifier));
        QCOMPARE(redeem.status, 200);
        const Emulator::LoggedRequest &walletCall = *std::find_if(log.begin(), log.end(), [](const auto &e) {
            return e.path.endsWith(QLatin1String("/wallet"));
        });
        QCOMPARE(walletCall.headers.value("authorization"), QByteArray("Bearer [redacted]"));
        QCOMPARE(walletCall.secretFingerprints.value(QStringLiteral("authorization")), Emulator::fingerprint(access.toLatin1()));
        QCOMPARE(walletCall.headers.value("x-compatibility-date"), QByteArray("2026-08-18"));
        QVERIFY(Emulator::fingerprint("a") != Emulator::fingerprint("b"));

        // Counting: exactly one refresh made by the demo client succeeded... and three refresh attempts in all.
        QCOMPARE(emu.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), 3);
        QCOMPARE(emu.countRequests("GET", QStringLiteral("/esi/")), 2);
        QCOMPARE(emu.countRequests("POST", QStringLiteral("/v2/oauth/revoke")), 1);
        emu.clearRequestLog();
        QVERIFY(emu.requestLog().isEmpty());
        QCOMPARE(emu.countRequests("POST", QStringLiteral("/")), 0);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorLog)
#include "tst_emulator_log.moc"
