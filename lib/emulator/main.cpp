// evesso-emulator: runs the offline EVE SSO + ESI emulator until SIGINT/SIGTERM.
// Prints, one per line on stdout: the discovery URL, the ESI base URL, the demo client id, its callback URL.

#include <EveSso/Emulator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <limits>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop picks it up through the socket notifier.
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
        app.quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "evesso-emulator: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evesso-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVESSO_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "An offline EVE SSO + ESI emulator on 127.0.0.1. Prints the discovery URL, the ESI base URL, the "
                "demo client id and its callback URL, one per line, then serves until interrupted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto tr = [](const char *text) { return QCoreApplication::translate("main", text); };
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on (0: a free one)."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption issuerForm(QStringLiteral("issuer-form"), tr("Issuer form: https or bare."),
                                        QStringLiteral("FORM"), QStringLiteral("https"));
    const QCommandLineOption noRotation(QStringLiteral("no-rotation"), tr("Keep refresh tokens on refresh."));
    const QCommandLineOption autoApprove(QStringLiteral("auto-approve"),
                                         tr("Skip the login page and approve as this character id."), QStringLiteral("ID"));
    const QCommandLineOption fixture(QStringLiteral("fixture"), tr("Load this JSON fixture instead of the built-in one."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption callback(QStringLiteral("callback-url"), tr("The demo client's callback URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption signing(QStringLiteral("signing-alg"), tr("Token signature: RS256 or ES256."),
                                     QStringLiteral("ALG"), QStringLiteral("RS256"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"), tr("Access token lifetime in seconds."),
                                      QStringLiteral("S"), QStringLiteral("1200"));
    const QCommandLineOption skew(QStringLiteral("clock-skew"), tr("Seconds added to iat/exp of issued tokens."),
                                  QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption badSignature(QStringLiteral("bad-signature"), tr("Issue tokens with a corrupted signature."));
    const QCommandLineOption latency(QStringLiteral("latency"), tr("Delay responses under PREFIX by MS (repeatable)."),
                                     QStringLiteral("PREFIX=MS"));
    const QCommandLineOption failNext(QStringLiteral("fail-next"), tr("Fail the next N requests."), QStringLiteral("N"));
    const QCommandLineOption failStatus(QStringLiteral("fail-status"), tr("HTTP status of --fail-next failures."),
                                        QStringLiteral("STATUS"), QStringLiteral("503"));
    const QCommandLineOption malformNext(QStringLiteral("malform-next"), tr("Malform the next N response bodies."),
                                         QStringLiteral("N"));
    const QCommandLineOption truncateNext(QStringLiteral("truncate-next"), tr("Truncate the next N responses."),
                                          QStringLiteral("N"));
    const QCommandLineOption dropNext(QStringLiteral("drop-next"), tr("Drop the next N connections without a response."),
                                      QStringLiteral("N"));
    const QCommandLineOption downtime(QStringLiteral("downtime"), tr("ESI answers 503 as during the daily downtime."));
    const QCommandLineOption hostile(
        QStringLiteral("hostile"),
        tr("Answer every request under PREFIX (default: all) as a hostile server would; MODE is endless-body, "
           "endless-chunks, endless-headers or slow-drip (repeatable)."),
        QStringLiteral("MODE[=PREFIX]"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Print each request's method, path and status to stderr."));
    parser.addOptions({port, issuerForm, noRotation, autoApprove, fixture, callback, signing, lifetime, skew,
                       badSignature, latency, failNext, failStatus, malformNext, truncateNext, dropNext, downtime,
                       hostile, verbose});
    parser.process(app);

    const auto number = [&](const QCommandLineOption &o, bool *ok) { return parser.value(o).toInt(ok); };
    bool ok = true;
    EveSso::Emulator emulator;
    if (parser.isSet(fixture) && !emulator.loadFixture(parser.value(fixture)))
        return fail(emulator.errorString());
    const QString form = parser.value(issuerForm).toLower();
    if (form != QLatin1String("https") && form != QLatin1String("bare"))
        return fail(tr("--issuer-form must be https or bare"));
    emulator.setIssuerForm(form == QLatin1String("bare") ? EveSso::Emulator::IssuerForm::BareHost
                                                        : EveSso::Emulator::IssuerForm::Https);
    emulator.setRefreshTokenRotation(!parser.isSet(noRotation));
    if (parser.isSet(autoApprove)) {
        const qint64 id = parser.value(autoApprove).toLongLong(&ok);
        if (!ok || emulator.characterName(id).isEmpty())
            return fail(tr("--auto-approve needs a character id of the fixture"));
        emulator.setAutoApprove(id);
    }
    if (parser.isSet(callback)) {
        const QUrl url(parser.value(callback), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return fail(tr("--callback-url is not a valid URL"));
        emulator.setDemoCallbackUrl(url);
    }
    const QString alg = parser.value(signing).toUpper();
    if (alg != QLatin1String("RS256") && alg != QLatin1String("ES256"))
        return fail(tr("--signing-alg must be RS256 or ES256"));
    emulator.setSigningAlgorithm(alg == QLatin1String("ES256") ? EveSso::Emulator::SigningAlgorithm::ES256
                                                              : EveSso::Emulator::SigningAlgorithm::RS256);
    emulator.setAccessTokenLifetime(number(lifetime, &ok));
    if (!ok)
        return fail(tr("--token-lifetime needs a number of seconds"));
    emulator.setClockSkew(number(skew, &ok));
    if (!ok)
        return fail(tr("--clock-skew needs a number of seconds"));
    emulator.setBadSignature(parser.isSet(badSignature));
    for (const QString &spec : parser.values(latency)) {
        const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
        const int ms = eq > 0 ? spec.mid(eq + 1).toInt(&ok) : 0;
        if (eq <= 0 || !ok)
            return fail(tr("--latency takes PREFIX=MS, e.g. /esi=250"));
        emulator.setLatency(spec.left(eq), ms);
    }
    const auto counted = [&](const QCommandLineOption &o, auto apply) {
        if (!parser.isSet(o))
            return true;
        bool good = false;
        const int n = parser.value(o).toInt(&good);
        if (good)
            apply(n);
        return good;
    };
    const int status = number(failStatus, &ok);
    if (!ok || !counted(failNext, [&](int n) { emulator.failNextRequests(n, status); })
        || !counted(malformNext, [&](int n) { emulator.malformNextResponses(n); })
        || !counted(truncateNext, [&](int n) { emulator.truncateNextResponses(n); })
        || !counted(dropNext, [&](int n) { emulator.dropNextConnections(n); }))
        return fail(tr("the fault options take a number"));
    for (const QString &spec : parser.values(hostile)) {
        using How = EveSso::Emulator::HostileAnswer;
        static const QHash<QString, How> modes{{QStringLiteral("endless-body"), How::EndlessBody},
                                               {QStringLiteral("endless-chunks"), How::EndlessChunks},
                                               {QStringLiteral("endless-headers"), How::EndlessHeaders},
                                               {QStringLiteral("slow-drip"), How::SlowDrip}};
        const QString mode = spec.section(QLatin1Char('='), 0, 0);
        if (!modes.contains(mode))
            return fail(tr("--hostile takes endless-body, endless-chunks, endless-headers or slow-drip"));
        emulator.answerHostilely(modes.value(mode), std::numeric_limits<int>::max(), spec.section(QLatin1Char('='), 1));
    }
    emulator.setDowntime(parser.isSet(downtime));
    if (parser.isSet(verbose)) {
        QObject::connect(&emulator, &EveSso::Emulator::requestLogged, &app,
                         [](const EveSso::Emulator::LoggedRequest &r) {
                             QTextStream(stderr) << r.method << ' ' << r.path << ' ' << r.status << '\n';
                         });
    }

    const int portNumber = number(port, &ok);
    if (!ok || portNumber < 0 || portNumber > 65535)
        return fail(tr("--port needs a number from 0 to 65535"));
    if (!emulator.start(quint16(portNumber)))
        return fail(emulator.errorString());

    quitOnSignals(app);
    QTextStream out(stdout);
    out << emulator.discoveryUrl().toString() << '\n'
        << emulator.esiBaseUrl().toString() << '\n'
        << emulator.demoClientId() << '\n'
        << emulator.demoCallbackUrl().toString() << '\n';
    out.flush();
    const int rc = app.exec();
    emulator.stop();
    return rc;
}
