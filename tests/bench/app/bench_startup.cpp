// Capsuleer's start-up: process start to the first painted main window, with 100 stored characters (their
// metadata, and their logins in the keychain) on a server (the emulator, in this process), beside a bare
// QMainWindow program started the same way in the same run. Also the app's peak memory.
//
// Three more figures, each against the same bare window, show the floors under Capsuleer's ratio on the
// machine at hand: the bare window made to load every library Capsuleer loads (what loading them costs
// before main()), a window with a plain list of 100 names (what showing any text costs), and that list with
// Capsuleer's libraries (the least any app with Capsuleer's libraries that lists 100 characters can do).

#include "AppCore.h"
#include "AppSettings.h"
#include "BenchHarness.h"
#include "SettingsFile.h"

#include <EveSso/CharacterStore.h>
#include <EveSso/Emulator.h>
#include <EveSso/SecretStore.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>

#include <sys/resource.h>

namespace {

constexpr int kCharacters = 100;
constexpr int kSamples = 15;
const QString kClientId = QStringLiteral("0123456789abcdef0123456789abcdef");

/// Starts `program` (with the probe's option) and returns the wall time until it reports its first paint,
/// in ms, or -1. Then waits for it to quit, so runs never overlap.
double timeToFirstPaint(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QByteArray output;
    double ms = -1;
    QElapsedTimer timer;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        output += process.readAllStandardOutput();
        if (ms < 0 && output.contains("first-paint\n"))
            ms = double(timer.nsecsElapsed()) / 1e6;
    });
    timer.start();
    process.start(program, arguments);
    const bool done = Bench::waitUntil([&] { return process.state() == QProcess::NotRunning; }, 30000);
    if (!done || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || ms < 0) {
        qWarning() << program << "did not paint and quit cleanly:" << output;
        return -1;
    }
    return ms;
}

/// Writes Capsuleer's settings and 100 characters where the app will find them.
bool prepareStoredCharacters(EveSso::Emulator &emulator, quint16 callbackPort)
{
    AppSettings settings;
    settings.profileId = AppSettings::CustomProfileId;
    settings.customDiscoveryUrl = emulator.discoveryUrl();
    settings.clientId = kClientId;
    settings.callbackPort = callbackPort;
    const std::unique_ptr<QSettings> stored = SettingsFile::openDefault();
    settings.save(*stored);
    stored->sync();

    const QList<qint64> fixture = emulator.characterIds();
    QList<EveSso::CharacterRecord> records;
    EveSso::SecretStore secrets(QStringLiteral("Capsuleer"));
    int written = 0;
    for (int i = 0; i < kCharacters; ++i) {
        EveSso::CharacterRecord record;
        record.characterId = 95000000 + i;
        record.name = QStringLiteral("Bench Pilot %1").arg(i);
        record.ownerHash = QStringLiteral("owner-%1").arg(i);
        record.profileId = AppSettings::CustomProfileId;
        record.grantedScopes = AppSettings::defaultScopes();
        record.corporationName = QStringLiteral("Bench Corporation");
        record.corporationTicker = QStringLiteral("BNCH");
        record.walletBalance = 1000000.0 * i;
        record.walletUpdatedAt = QDateTime::currentDateTimeUtc();
        record.sortIndex = i;
        records.append(record);
        // Logins of real fixture characters, so the background refresh after the first paint is real work.
        const qint64 loginOf = fixture.value(i % fixture.size());
        secrets.writeRefreshToken(record.profileId, record.characterId,
                                  emulator.issueRefreshToken(loginOf, kClientId, AppSettings::defaultScopes()), &secrets,
                                  [&](const EveSso::SecretStore::Result &) { ++written; });
    }
    if (!Bench::waitUntil([&] { return written == kCharacters; }, 120000))
        return false;
    return EveSso::CharacterStore(AppCore::metadataPathFor(settings.profileId)).save(records).ok();
}

long peakRssOfChildrenKb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The app's own names, so settings and metadata land where Capsuleer looks for them.
    QApplication::setOrganizationName(QStringLiteral("Capsuleer"));
    QApplication::setApplicationName(QStringLiteral("Capsuleer"));

    EveSso::Emulator emulator;
    if (!emulator.start())
        qFatal("emulator: %s", qPrintable(emulator.errorString()));
    const quint16 callbackPort = 47900;
    emulator.registerClient({kClientId, QString(), {EveSso::ClientSettings::defaultCallbackUrl(callbackPort).toString()},
                             emulator.knownScopes()});
    if (!prepareStoredCharacters(emulator, callbackPort))
        qFatal("could not store the %d characters", kCharacters);

    const QString capsuleer = QStringLiteral(CAPSULEER_BINARY);
    const QString bare = QStringLiteral(BARE_WINDOW_BINARY);
    const QString bareWithAppLibraries = QStringLiteral(BARE_WINDOW_APP_LIBRARIES_BINARY);
    const QString textList = QStringLiteral(TEXT_LIST_WINDOW_BINARY);
    const QString textListWithAppLibraries = QStringLiteral(TEXT_LIST_WINDOW_APP_LIBRARIES_BINARY);
    const QStringList arguments{QStringLiteral("--quit-after-first-paint")};

    // One run of Capsuleer alone first: the only child so far, so the children's peak RSS is its own.
    if (timeToFirstPaint(capsuleer, arguments) < 0)
        return 1;
    const double peakMb = qRound(double(peakRssOfChildrenKb()) / 1024.0 * 10) / 10.0;
    (void)timeToFirstPaint(bare, arguments); // warm-up of the baseline

    // Interleaved, so that a slower stretch of the machine touches every program alike.
    QList<double> appTimes;
    QList<double> bareTimes;
    QList<double> librariesTimes;
    QList<double> textListTimes;
    QList<double> bothFloorsTimes;
    for (int i = 0; i < kSamples; ++i) {
        const double b = timeToFirstPaint(bare, arguments);
        const double a = timeToFirstPaint(capsuleer, arguments);
        const double l = timeToFirstPaint(bareWithAppLibraries, arguments);
        const double t = timeToFirstPaint(textList, arguments);
        const double f = timeToFirstPaint(textListWithAppLibraries, arguments);
        if (a < 0 || b < 0 || l < 0 || t < 0 || f < 0)
            return 1;
        bareTimes.append(b);
        appTimes.append(a);
        librariesTimes.append(l);
        textListTimes.append(t);
        bothFloorsTimes.append(f);
    }

    Bench::Report report;
    report.add({QStringLiteral("app_startup_100_characters"), QStringLiteral("ms"), Bench::median(appTimes),
                Bench::median(bareTimes),
                QJsonObject{{QStringLiteral("peak_rss_mb"), peakMb}, {QStringLiteral("characters"), kCharacters},
                            {QStringLiteral("samples"), kSamples}}});
    report.add({QStringLiteral("app_startup_floor_app_libraries"), QStringLiteral("ms"), Bench::median(librariesTimes),
                Bench::median(bareTimes), QJsonObject{{QStringLiteral("samples"), kSamples}}});
    report.add({QStringLiteral("app_startup_floor_text_list_100"), QStringLiteral("ms"), Bench::median(textListTimes),
                Bench::median(bareTimes), QJsonObject{{QStringLiteral("samples"), kSamples}}});
    report.add({QStringLiteral("app_startup_floor_text_list_100_app_libraries"), QStringLiteral("ms"),
                Bench::median(bothFloorsTimes), Bench::median(bareTimes),
                QJsonObject{{QStringLiteral("samples"), kSamples}}});
    return report.print();
}
