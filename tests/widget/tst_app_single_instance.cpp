// One Capsuleer per user, with the built program started the way users start it (in this test session's own
// runtime folder): of two launches at the same moment exactly one runs and the other says so and exits with
// status 0, also where a crashed instance left its socket, or its socket and its lock, behind; and a launch
// while an instance runs asks that one to come forward, waiting for it if it does not listen yet.

#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <cstring>
#include <memory>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

QString socketPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + QStringLiteral("/capsuleer");
}

QString lockPath()
{
    return socketPath() + QStringLiteral(".lock");
}

/// A `capsuleer --demo` process, with all it printed so far.
struct Launch
{
    QProcess process;
    QByteArray out;
    QByteArray err;

    Launch() { process.start(QStringLiteral(CAPSULEER_BINARY), {QStringLiteral("--demo")}); }
    bool running() const { return process.state() != QProcess::NotRunning; }
    /// waitForFinished() is false for a process that has finished already, as in a QTRY loop.
    bool finishes(int ms) { return !running() || process.waitForFinished(ms); }
    bool yielded() const
    {
        return !running() && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    QByteArray output()
    {
        out += process.readAllStandardOutput();
        return out;
    }
    QByteArray report(const char *what)
    {
        err += process.readAllStandardError();
        return QByteArray(what)
            + (running() ? " runs" : " exited with " + QByteArray::number(process.exitCode()))
            + ", stdout: " + output() + ", stderr: " + err;
    }
};

bool listening(const QString &path)
{
    QLocalSocket probe;
    probe.connectToServer(path);
    return probe.waitForConnected(200);
}

/// What a crash leaves at the socket path: a socket file that nobody listens on.
bool leaveDeadSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || size_t(name.size()) >= sizeof address.sun_path)
        return false;
    memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return bound && QFileInfo(path).exists() && !listening(path);
}

} // namespace

class TestAppSingleInstance : public QObject
{
    Q_OBJECT

    std::unique_ptr<Launch> m_first;
    std::unique_ptr<Launch> m_second;

    /// Starts two at once: exactly one may keep running, holding the lock; the other yields.
    void race()
    {
        m_first = std::make_unique<Launch>();
        m_second = std::make_unique<Launch>();
        QVERIFY(m_first->process.waitForStarted(5000));
        QVERIFY(m_second->process.waitForStarted(5000));
        QTRY_VERIFY2_WITH_TIMEOUT(
            !m_first->running() || !m_second->running(),
            m_first->report("neither yielded: one") + "; " + m_second->report("the other"), 10000);
        QTest::qWait(1000); // the one left must stay
        Launch *winner = m_first->running() ? m_first.get() : m_second.get();
        Launch *loser = winner == m_first.get() ? m_second.get() : m_first.get();
        QVERIFY2(winner->running(), winner->report("both exited; the last"));
        QVERIFY2(loser->yielded(), loser->report("the one that yielded"));
        QVERIFY2(loser->output().contains("Capsuleer is already running"),
                 loser->report("the one that yielded"));

        qint64 holder = 0;
        QVERIFY(QLockFile(lockPath()).getLockInfo(&holder, nullptr, nullptr));
        QCOMPARE(holder, winner->process.processId());
        QVERIFY(listening(socketPath()));
    }

    void stop(std::unique_ptr<Launch> &launch)
    {
        if (launch && launch->running()) {
            launch->process.kill();
            launch->finishes(5000);
        }
        launch.reset();
    }

private slots:
    void init()
    {
        // Each case starts from a folder without what an earlier case's killed instance left behind.
        QFile::remove(socketPath());
        QFile::remove(lockPath());
    }

    void cleanup()
    {
        stop(m_first);
        stop(m_second);
    }

    void twoLaunchesAtOnceRunOne()
    {
        for (int round = 0; round < 5; ++round) {
            init();
            race();
            if (QTest::currentTestFailed())
                return;
            cleanup();
        }
    }

    void deadSocketLetsOnlyOneRun()
    {
        for (int round = 0; round < 3; ++round) {
            init();
            QVERIFY(leaveDeadSocket(socketPath()));
            race();
            if (QTest::currentTestFailed())
                return;
            cleanup();
        }
    }

    void crashedInstanceLetsOnlyOneRun()
    {
        for (int round = 0; round < 3; ++round) {
            init();
            m_first = std::make_unique<Launch>();
            QTRY_VERIFY_WITH_TIMEOUT(listening(socketPath()), 10000);
            m_first->process.kill();
            QVERIFY(m_first->finishes(5000));
            QVERIFY(QFileInfo::exists(lockPath()));
            QVERIFY(QFileInfo::exists(socketPath()));
            race();
            if (QTest::currentTestFailed())
                return;
            cleanup();
        }
    }

    void launchWhileRunningBringsItForward()
    {
        // This test plays the running instance, so that it can see what a launch sends it.
        QLockFile lock(lockPath());
        QVERIFY(lock.tryLock(0));
        QLocalServer running;
        QVERIFY(running.listen(socketPath()));
        m_second = std::make_unique<Launch>();
        QVERIFY(running.waitForNewConnection(10000));
        QLocalSocket *launch = running.nextPendingConnection();
        QTRY_VERIFY_WITH_TIMEOUT(launch->canReadLine(), 5000);
        QCOMPARE(launch->readLine(), QByteArray("activate\n"));
        QVERIFY2(m_second->finishes(5000), m_second->report("the launch"));
        QVERIFY2(m_second->yielded(), m_second->report("the launch"));
        QVERIFY(m_second->output().contains("Capsuleer is already running"));
    }

    void launchWaitsForAnInstanceStillStarting()
    {
        QLockFile lock(lockPath());
        QVERIFY(lock.tryLock(0));
        m_second = std::make_unique<Launch>();
        QVERIFY(m_second->process.waitForStarted(5000));
        QTest::qWait(1500); // the lock is held, nobody listens yet
        QVERIFY2(m_second->running(), m_second->report("the launch"));
        QLocalServer running;
        QVERIFY(running.listen(socketPath()));
        QVERIFY(running.waitForNewConnection(5000));
        QLocalSocket *launch = running.nextPendingConnection();
        QTRY_VERIFY_WITH_TIMEOUT(launch->canReadLine(), 5000);
        QCOMPARE(launch->readLine(), QByteArray("activate\n"));
        QVERIFY2(m_second->finishes(5000), m_second->report("the launch"));
        QVERIFY2(m_second->yielded(), m_second->report("the launch"));
    }

    void launchYieldsToAnInstanceThatNeverAnswers()
    {
        QLockFile lock(lockPath());
        QVERIFY(lock.tryLock(0));
        m_second = std::make_unique<Launch>();
        QVERIFY2(m_second->finishes(10000), m_second->report("the launch"));
        QVERIFY2(m_second->yielded(), m_second->report("the launch"));
        QVERIFY(!QFileInfo::exists(socketPath())); // it never listened, so it never ran
    }

    void helpAndVersionNeedNoDisplay()
    {
        // A script or a packager asks "capsuleer --help" on a machine without a display: the answer needs
        // no window system (it used to abort, unable to connect to one).
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(CAPSULEER_BINARY), {option});
            QVERIFY(process.waitForFinished(20000));
            const QByteArray out = process.readAllStandardOutput();
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            QVERIFY2(out.contains(option == QLatin1String("--help") ? QByteArray("--demo") : QByteArray("Capsuleer")),
                     out.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestAppSingleInstance)

#include "tst_app_single_instance.moc"
