// Hostile servers against the evesso tool as a user runs it: the emulator answers ESI, the discovery
// document, the key set or the token endpoint with an endless body, endless chunks, endless headers or
// a slow drip, and every command must end within 60 s with a clear network error, its memory bounded,
// and no stored login lost. The figures (time, peak memory) are printed for the note.

#include "EvessoDriver.h"
#include "TestSession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <sys/resource.h>

using namespace EveSsoTest;
using How = EveSso::Emulator::HostileAnswer;

namespace {

constexpr qint64 kMaxSeconds = 60;
#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer freed memory is held in its quarantine (256 MiB by default) before reuse, so
// the resident set is the live memory plus up to that much: the bound is the same 200 MiB on top of it.
constexpr long kMaxPeakKiB = (200 + 256) * 1024;
#else
constexpr long kMaxPeakKiB = 200 * 1024;
#endif

/// The largest resident set of any child this process has waited for, in KiB (Linux: ru_maxrss).
long peakChildRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestHostileServers : public EvessoDriver
{
    Q_OBJECT

private:
    qint64 m_characterId = 0;

    QString errorKind(const Run &run) const
    {
        return QJsonDocument::fromJson(run.err).object().value(QStringLiteral("error")).toString();
    }

private slots:
    void initTestCase()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        QVERIFY(m_rig.start());
        m_characterId = character(0);
        QVERIFY(loginOk(QStringLiteral("hostile"), m_characterId));
        // The children so far (the login) must leave room for the bound to mean something.
        QVERIFY2(peakChildRssKiB() < kMaxPeakKiB / 2, "evesso is already large before any hostile answer");
    }

    void init() { m_rig.emulator.clearFaults(); }

    void boundedAndClear_data()
    {
        QTest::addColumn<How>("how");
        QTest::addColumn<QString>("pathPrefix");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expectedError");

        const struct
        {
            const char *name;
            How how;
            const char *sizeOrTime; // what the client must give up for
        } modes[] = {{"endless body", How::EndlessBody, "size"},
                     {"endless chunks", How::EndlessChunks, "size"},
                     {"endless headers", How::EndlessHeaders, "time"},
                     {"slow drip", How::SlowDrip, "time"}};
        for (const auto &mode : modes) {
            const bool size = QByteArray(mode.sizeOrTime) == "size";
            QTest::addRow("ESI, %s", mode.name) << mode.how << QStringLiteral("/esi/characters") << QStringLiteral("character")
                                               << (size ? QStringLiteral("MalformedResponse") : QStringLiteral("Timeout"));
            QTest::addRow("discovery, %s", mode.name)
                << mode.how << QStringLiteral("/.well-known") << QStringLiteral("verify") << QStringLiteral("DiscoveryFailed");
            QTest::addRow("token, %s", mode.name) << mode.how << QStringLiteral("/v2/oauth/token") << QStringLiteral("refresh")
                                                 << (size ? QStringLiteral("MalformedResponse") : QStringLiteral("Timeout"));
        }
    }

    void boundedAndClear()
    {
        QFETCH(How, how);
        QFETCH(QString, pathPrefix);
        QFETCH(QString, command);
        QFETCH(QString, expectedError);
        const QString profile = QStringLiteral("hostile");
        const QStringList options = server(profile) + QStringList{QStringLiteral("--json")};

        QStringList arguments = options;
        if (command == QLatin1String("verify")) {
            // A real token, verified by a fresh process whose discovery answer is hostile. The
            // verification needs the server's metadata, which a new profile has not cached yet.
            const Run token = evesso(options + QStringList{QStringLiteral("token")});
            QCOMPARE(token.exitCode, kSuccess);
            static int fresh = 0;
            arguments = server(QStringLiteral("hostile-verify-%1").arg(++fresh))
                + QStringList{QStringLiteral("--json"), QStringLiteral("verify"), QString::fromUtf8(token.out.trimmed())};
        } else {
            arguments << command << QString::number(m_characterId);
        }

        m_rig.emulator.answerHostilely(how, 1000, pathPrefix);
        QElapsedTimer clock;
        clock.start();
        const Run run = evesso(arguments);
        const qint64 seconds = clock.elapsed() / 1000;
        const long peakKiB = peakChildRssKiB();
        m_rig.emulator.clearFaults();
        qInfo("%s: exit %d after %lld s, peak RSS of evesso runs so far %ld MiB; %s", QTest::currentDataTag(),
              run.exitCode, seconds, peakKiB / 1024, run.err.trimmed().constData());

        QVERIFY2(!run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, kNetwork);
        if (command == QLatin1String("refresh")) // one result per character on standard output
            QCOMPARE(QJsonDocument::fromJson(run.out).array().at(0).toObject().value(QStringLiteral("error")).toString(),
                     expectedError);
        else
            QCOMPARE(errorKind(run), expectedError);
        QVERIFY2(seconds < kMaxSeconds, qPrintable(QStringLiteral("took %1 s").arg(seconds)));
        QVERIFY2(peakKiB < kMaxPeakKiB, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(peakKiB / 1024)));

        // Nothing stored was given up for it: the login still works.
        QCOMPARE(listed(profile, m_characterId).value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        const Run after = evesso(server(profile) + QStringList{QStringLiteral("refresh"), QString::number(m_characterId)});
        QCOMPARE(after.exitCode, kSuccess);
    }
};

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostile_servers.moc"
