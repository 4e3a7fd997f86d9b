// The evesso-emulator program: starts on a free port, prints its four lines, serves, exits on SIGTERM.

#include "EmulatorTestSupport.h"

#include <QProcess>

using namespace EmuTest;

class TestEmulatorProgram : public QObject
{
    Q_OBJECT

private slots:
    void printsItsUrlsAndServes()
    {
        QProcess program;
        program.setProgram(QStringLiteral(EVESSO_EMULATOR_PROGRAM));
        program.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--issuer-form"),
                              QStringLiteral("bare"), QStringLiteral("--auto-approve"), QStringLiteral("92001001"),
                              QStringLiteral("--latency"), QStringLiteral("/esi/status=10"), QStringLiteral("--fail-next"),
                              QStringLiteral("1"), QStringLiteral("--fail-status"), QStringLiteral("500")});
        program.start();
        QVERIFY(QTest::qWaitFor([&] { return program.state() == QProcess::Running; }, 10000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor([&] {
            out += program.readAllStandardOutput();
            return out.count('\n') >= 4 || program.state() == QProcess::NotRunning;
        }, 20000));
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const QUrl discovery(QString::fromLatin1(lines[0]));
        QCOMPARE(discovery.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(discovery.port() > 0);
        QCOMPARE(discovery.path(), QStringLiteral("/.well-known/oauth-authorization-server"));
        QCOMPARE(QString::fromLatin1(lines[1]), QStringLiteral("http://127.0.0.1:%1/esi").arg(discovery.port()));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(QString::fromLatin1(lines[2])).hasMatch());
        QCOMPARE(lines[3], QByteArray("http://localhost:47813/callback"));

        Http http;
        QCOMPARE(http.get(discovery).status, 500); // --fail-next 1
        const Reply doc = http.get(discovery);
        QCOMPARE(doc.status, 200);
        QCOMPARE(doc.object().value(QLatin1String("issuer")).toString(), QStringLiteral("127.0.0.1:%1").arg(discovery.port()));
        QCOMPARE(http.get(QUrl(QString::fromLatin1(lines[1]) + QStringLiteral("/status"))).status, 200);

        program.terminate(); // SIGTERM: a clean exit
        QVERIFY(QTest::qWaitFor([&] { return program.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(program.exitStatus(), QProcess::NormalExit);
        QCOMPARE(program.exitCode(), 0);
    }

    void rejectsBadOptions()
    {
        QProcess program;
        program.start(QStringLiteral(EVESSO_EMULATOR_PROGRAM), {QStringLiteral("--issuer-form"), QStringLiteral("ftp")});
        QVERIFY(QTest::qWaitFor([&] { return program.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(program.exitCode(), 2);
        QVERIFY(program.readAllStandardError().contains("issuer-form"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorProgram)
#include "tst_emulator_program.moc"
