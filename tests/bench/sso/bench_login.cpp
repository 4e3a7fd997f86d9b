// Time from LoginFlow::start() to the verified character, with the test browser answering at once
// (the emulator auto-approves), over real HTTP on loopback: discovery is warm, so each login is the
// authorize redirect, the callback, the token exchange and one signature check.
// Baseline in the same run: the bare HTTP round trips of a login (authorize redirect + token POST)
// made with QNetworkAccessManager, without the flow, the loopback server or the verification.

#include "BenchHarness.h"
#include "SsoTestRig.h"
#include "TestBrowser.h"

#include <EveSso/LoginFlow.h>
#include <EveSso/Pkce.h>

#include <QCoreApplication>

using namespace EveSso;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int logins = 50;

    EveSsoTest::SsoTestRig rig;
    if (!rig.start())
        return 1;
    rig.emulator.setAutoApprove(rig.firstCharacter());
    SsoClient *client = rig.makeClient();
    if (!client)
        return 1;

    QNetworkAccessManager browser;
    int failures = 0;
    const auto loginTimes = Bench::millisecondsPerRun(logins, [&] {
        LoginFlow *login = client->createLogin();
        bool done = false;
        QObject::connect(login, &LoginFlow::authorizeWithBrowser, login, [&browser](const QUrl &url) {
            browser.get(QNetworkRequest(url)); // follows the redirect to the loopback callback
        });
        QObject::connect(login, &LoginFlow::succeeded, login, [&done] { done = true; });
        QObject::connect(login, &LoginFlow::failed, login, [&done, &failures] {
            ++failures;
            done = true;
        });
        login->start();
        Bench::waitUntil([&] { return done; }, 10000);
        delete login;
    });

    // Baseline: the same two HTTP exchanges, bare.
    EveSsoTest::TestBrowser bare;
    const auto baselineTimes = Bench::millisecondsPerRun(logins, [&] {
        const QByteArray verifier = Pkce::generateVerifier();
        QUrl authorize = client->discovery()->endpoints().authorizationEndpoint;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), rig.settings.clientId);
        query.addQueryItem(QStringLiteral("redirect_uri"), rig.settings.callbackUrl.toString());
        query.addQueryItem(QStringLiteral("scope"), rig.settings.scopes.join(QStringLiteral("%20")));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("bench"));
        query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeFor(verifier)));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        authorize.setQuery(query);
        const QString code = QUrlQuery(bare.visit(authorize).location).queryItemValue(QStringLiteral("code"));
        const QByteArray form = "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code) + "&client_id="
            + rig.settings.clientId.toUtf8() + "&code_verifier=" + verifier;
        bare.visit(client->discovery()->endpoints().tokenEndpoint, form);
    });

    Bench::Report report;
    report.add({QStringLiteral("sso_login_to_verified_character"), QStringLiteral("ms"), Bench::median(loginTimes),
                Bench::median(baselineTimes),
                QJsonObject{{QStringLiteral("logins"), logins}, {QStringLiteral("failures"), failures}}});
    return report.print() + (failures ? 1 : 0);
}
