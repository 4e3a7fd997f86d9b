// SecretStore against the real Secret Service of the private test session (gnome-keyring on the
// D-Bus session that tests/support/test-session.sh starts), plus a child process of this same
// program that runs without any D-Bus session, to see the "no keychain" path for real.

#include "TestSession.h"

#include <EveSso/SecretStore.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

using EveSso::SecretStore;

namespace {

constexpr int kWaitMs = 30000;
const char kNoKeychainChildArg[] = "--no-keychain-child";

QString errorName(SecretStore::Error error)
{
    return QString::fromLatin1(QMetaEnum::fromType<SecretStore::Error>().valueToKey(int(error)));
}

/// A unique profile id per test function, so tests never see each other's entries.
QString profile(const char *tag)
{
    return QStringLiteral("test-%1-%2").arg(QLatin1String(tag)).arg(QCoreApplication::applicationPid());
}

/// Collects results delivered to a context object.
struct Collector
{
    QObject context;
    QList<SecretStore::Result> results;
    SecretStore::Callback callback()
    {
        return [this](const SecretStore::Result &r) { add(r); };
    }
    void add(const SecretStore::Result &r)
    {
        results.append(r);
        if (loop && results.size() >= target)
            loop->exitLoop();
    }
    /// Runs a real event loop (QTest::qWaitFor sleeps 10 ms between its polls, which would make
    /// every keychain round trip look slow).
    bool waitFor(int count)
    {
        if (results.size() < count) {
            QTestEventLoop l;
            loop = &l;
            target = count;
            l.enterLoopMSecs(kWaitMs);
            loop = nullptr;
        }
        return results.size() >= count;
    }
    QTestEventLoop *loop = nullptr;
    int target = 0;
};

/// One operation and its result, waited for.
SecretStore::Result run(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    Collector c;
    start(&c.context, c.callback());
    if (!c.waitFor(1))
        return {SecretStore::Error::Other, QStringLiteral("test: no callback within %1 ms").arg(kWaitMs), {}};
    return c.results.first();
}

SecretStore::Result write(SecretStore &s, const QString &p, qint64 id, const QString &token)
{
    return run([&](QObject *ctx, SecretStore::Callback cb) { s.writeRefreshToken(p, id, token, ctx, cb); });
}
SecretStore::Result read(SecretStore &s, const QString &p, qint64 id)
{
    return run([&](QObject *ctx, SecretStore::Callback cb) { s.readRefreshToken(p, id, ctx, cb); });
}
SecretStore::Result remove(SecretStore &s, const QString &p, qint64 id)
{
    return run([&](QObject *ctx, SecretStore::Callback cb) { s.removeRefreshToken(p, id, ctx, cb); });
}

#define VERIFY_OK(result)                                                                                   \
    QVERIFY2((result).ok(), qPrintable(errorName((result).error) + QLatin1String(": ") + (result).message))

/// The child: no D-Bus session at all. Prints one JSON line with what the store said.
int runNoKeychainChild(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString secret = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("child-secret");
    SecretStore store(QStringLiteral("capsuleer-test-nokeychain"));
    // Far longer than a fast failure needs: a TimedOut answer here fails the parent's test.
    store.setTimeout(std::chrono::seconds(20));
    QJsonObject out;
    QElapsedTimer timer;
    timer.start();
    int pending = 2;
    auto done = [&] {
        if (--pending == 0) {
            out.insert(QStringLiteral("elapsedMs"), double(timer.elapsed()));
            app.quit();
        }
    };
    store.checkAvailability(&app, [&](const SecretStore::Availability &a) {
        out.insert(QStringLiteral("available"), a.available);
        out.insert(QStringLiteral("availabilityError"), errorName(a.error));
        out.insert(QStringLiteral("explanation"), a.explanation);
        done();
    });
    store.writeRefreshToken(QStringLiteral("tranquility"), 2112625428, secret, &app, [&](const SecretStore::Result &r) {
        out.insert(QStringLiteral("writeError"), errorName(r.error));
        out.insert(QStringLiteral("writeMessage"), r.message);
        done();
    });
    app.exec();
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // The no-keychain test needs no keyring of its own, but every other one does.
        if (QByteArray(QTest::currentTestFunction()) != "noKeychainChildProcess")
            EVESSO_REQUIRE_TEST_KEYRING();
    }

    void keyFormat()
    {
        QCOMPARE(SecretStore::keyFor(QStringLiteral("tranquility"), 2112625428),
                 QStringLiteral("tranquility/2112625428"));
        SecretStore store(QStringLiteral("OtherTool"));
        QCOMPARE(store.serviceName(), QStringLiteral("OtherTool"));
        QCOMPARE(store.timeout(), SecretStore::defaultTimeout);
    }

    void defaultServiceIsTheProgramsOwn()
    {
        // Not another program's (say Capsuleer's): sharing its entries would rotate its tokens away.
        const QString before = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(QStringLiteral("SomeIndustryTool"));
        SecretStore tool;
        QCOMPARE(tool.serviceName(), QStringLiteral("SomeIndustryTool"));
        QCoreApplication::setApplicationName(before);

        // And the keychain keeps them apart.
        SecretStore capsuleer(QStringLiteral("Capsuleer"));
        const QString p = profile("default-service");
        const qint64 id = 2112625428;
        VERIFY_OK(write(capsuleer, p, id, QStringLiteral("capsuleer-refresh-token")));
        QCOMPARE(read(tool, p, id).error, SecretStore::Error::NotFound);
        VERIFY_OK(remove(capsuleer, p, id));
    }

    void writeReadRotateRemove()
    {
        SecretStore store(QStringLiteral("capsuleer-test"));
        const QString p = profile("rotate");
        const qint64 id = 2112625428;

        SecretStore::Result r = write(store, p, id, QStringLiteral("refresh-token-1"));
        VERIFY_OK(r);
        r = read(store, p, id);
        VERIFY_OK(r);
        QCOMPARE(r.secret, QStringLiteral("refresh-token-1"));
        QVERIFY(r.message.isEmpty());

        // Rotation: the new value replaces the old one; there is one entry, not two.
        r = write(store, p, id, QStringLiteral("refresh-token-2"));
        VERIFY_OK(r);
        r = read(store, p, id);
        VERIFY_OK(r);
        QCOMPARE(r.secret, QStringLiteral("refresh-token-2"));

        r = remove(store, p, id);
        VERIFY_OK(r);
        r = read(store, p, id);
        QCOMPARE(r.error, SecretStore::Error::NotFound);
        QVERIFY(r.secret.isEmpty());
        QVERIFY(!r.message.isEmpty());

        // Removing what is already gone is a success.
        r = remove(store, p, id);
        VERIFY_OK(r);
    }

    void profilesAndServicesAreSeparate()
    {
        SecretStore store(QStringLiteral("capsuleer-test"));
        SecretStore other(QStringLiteral("capsuleer-test-other-tool"));
        const QString tq = profile("tq");
        const QString sisi = profile("sisi");
        const qint64 id = 90000001;

        VERIFY_OK(write(store, tq, id, QStringLiteral("token-tq")));
        VERIFY_OK(write(store, sisi, id, QStringLiteral("token-sisi")));
        QCOMPARE(read(store, tq, id).secret, QStringLiteral("token-tq"));
        QCOMPARE(read(store, sisi, id).secret, QStringLiteral("token-sisi"));
        // Another service name sees none of them.
        QCOMPARE(read(other, tq, id).error, SecretStore::Error::NotFound);

        VERIFY_OK(remove(store, tq, id));
        QCOMPARE(read(store, tq, id).error, SecretStore::Error::NotFound);
        QCOMPARE(read(store, sisi, id).secret, QStringLiteral("token-sisi"));
        VERIFY_OK(remove(store, sisi, id));
    }

    void manyOperationsQueuedAtOnce()
    {
        SecretStore store(QStringLiteral("capsuleer-test"));
        const QString p = profile("many");
        constexpr int n = 100;
        auto token = [](int i) { return QStringLiteral("rt-%1-%2").arg(i).arg(i * 7919); };

        // All issued before any completes: writes, then reads of the same entries, then removes.
        Collector writes, reads, removes;
        QHash<qint64, QString> readValues;
        for (int i = 0; i < n; ++i)
            store.writeRefreshToken(p, 1000 + i, token(i), &writes.context, writes.callback());
        for (int i = 0; i < n; ++i) {
            store.readRefreshToken(p, 1000 + i, &reads.context, [&readValues, &reads, i](const SecretStore::Result &r) {
                readValues.insert(1000 + i, r.secret);
                reads.add(r);
            });
        }
        for (int i = 0; i < n; ++i)
            store.removeRefreshToken(p, 1000 + i, &removes.context, removes.callback());

        QElapsedTimer phase;
        phase.start();
        QVERIFY(writes.waitFor(n));
        const qint64 writeMs = phase.restart();
        QVERIFY(reads.waitFor(n));
        const qint64 readMs = phase.restart();
        QVERIFY(removes.waitFor(n));
        // For information only (no pass/fail on time): the Secret Service's own speed.
        qInfo("%d writes %lld ms, %d reads %lld ms, %d removes %lld ms", n, writeMs, n, readMs, n, phase.elapsed());
        QCOMPARE(writes.results.size(), n);
        QCOMPARE(reads.results.size(), n);
        QCOMPARE(removes.results.size(), n);
        for (const auto &r : writes.results)
            VERIFY_OK(r);
        for (const auto &r : reads.results)
            VERIFY_OK(r);
        for (int i = 0; i < n; ++i)
            QCOMPARE(readValues.value(1000 + i), token(i));
        for (const auto &r : removes.results)
            VERIFY_OK(r);
        // Exactly once: nothing more arrives later.
        QTest::qWait(50);
        QCOMPARE(writes.results.size() + reads.results.size() + removes.results.size(), 3 * n);
    }

    void noCallbackAfterContextDestroyed()
    {
        SecretStore store(QStringLiteral("capsuleer-test"));
        const QString p = profile("ctx");
        int calls = 0;
        auto context = std::make_unique<QObject>();
        store.writeRefreshToken(p, 42, QStringLiteral("token-ctx"), context.get(),
                                [&calls](const SecretStore::Result &) { ++calls; });
        store.readRefreshToken(p, 42, context.get(), [&calls](const SecretStore::Result &) { ++calls; });
        context.reset();

        // A later operation on a live context completes after those two (operations run in order),
        // so by then theirs have been dropped, not merely delayed.
        SecretStore::Result r = read(store, p, 42);
        VERIFY_OK(r);
        QCOMPARE(r.secret, QStringLiteral("token-ctx")); // the write itself still happened
        QCOMPARE(calls, 0);
        VERIFY_OK(remove(store, p, 42));
        QCOMPARE(calls, 0);
    }

    void operationOutlivesItsStore()
    {
        // A rotated token being written must not be lost because its owner was destroyed.
        const QString p = profile("outlive");
        Collector c;
        {
            SecretStore store(QStringLiteral("capsuleer-test"));
            store.writeRefreshToken(p, 7, QStringLiteral("token-outlive"), &c.context, c.callback());
        }
        QVERIFY(c.waitFor(1));
        VERIFY_OK(c.results.first());
        SecretStore store(QStringLiteral("capsuleer-test"));
        QCOMPARE(read(store, p, 7).secret, QStringLiteral("token-outlive"));
        VERIFY_OK(remove(store, p, 7));
    }

    void invalidArgumentsAreRejected()
    {
        SecretStore store(QStringLiteral("capsuleer-test"));
        SecretStore::Result r = write(store, profile("invalid"), 5, QString());
        QCOMPARE(r.error, SecretStore::Error::Other);
        QVERIFY(!r.message.isEmpty());
        r = read(store, QString(), 5);
        QCOMPARE(r.error, SecretStore::Error::Other);
        r = read(store, profile("invalid"), 0);
        QCOMPARE(r.error, SecretStore::Error::Other);
        // Null context: the store itself is the context.
        bool called = false;
        store.readRefreshToken(profile("invalid"), 5, nullptr, [&called](const SecretStore::Result &) { called = true; });
        QVERIFY(!called); // never synchronously
        QTRY_VERIFY_WITH_TIMEOUT(called, kWaitMs);
    }

    void availableInTestSession()
    {
        SecretStore store(QStringLiteral("capsuleer-test"));
        QObject context;
        std::optional<SecretStore::Availability> availability;
        store.checkAvailability(&context, [&](const SecretStore::Availability &a) { availability = a; });
        QVERIFY(QTest::qWaitFor([&] { return availability.has_value(); }, kWaitMs));
        QVERIFY2(availability->available, qPrintable(availability->explanation));
        QCOMPARE(availability->error, SecretStore::Error::None);
        QVERIFY(availability->explanation.isEmpty());
    }

    void timeoutThenLaterOperationsWork()
    {
        const QString p = profile("timeout");
        SecretStore hasty(QStringLiteral("capsuleer-test"));
        hasty.setTimeout(std::chrono::milliseconds(1));
        Collector c;
        hasty.writeRefreshToken(p, 11, QStringLiteral("token-late"), &c.context, c.callback());
        hasty.readRefreshToken(p, 12, &c.context, c.callback());
        // Keep the event loop away until both deadlines have passed: a keychain answer needs several
        // D-Bus round trips through the loop, an expired timer only one pass, so both must time out.
        QThread::msleep(50);
        QVERIFY(c.waitFor(2));
        QCOMPARE(c.results.at(0).error, SecretStore::Error::TimedOut);
        QCOMPARE(c.results.at(1).error, SecretStore::Error::TimedOut);
        QVERIFY(c.results.at(0).message.contains(QLatin1String("unlock")));

        // Later operations are not stuck behind the abandoned ones.
        SecretStore store(QStringLiteral("capsuleer-test"));
        VERIFY_OK(write(store, p, 13, QStringLiteral("token-after-timeout")));
        SecretStore::Result r = read(store, p, 13);
        VERIFY_OK(r);
        QCOMPARE(r.secret, QStringLiteral("token-after-timeout"));
        VERIFY_OK(remove(store, p, 13));
        // The timed-out write may or may not have landed (that is what TimedOut means): clean up.
        VERIFY_OK(remove(store, p, 11));
        QTest::qWait(50);
        QCOMPARE(c.results.size(), 2);
    }

    void noKeychainChildProcess()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString runtime = home.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "EVESSO_TEST_KEYRING",
                                 "XDG_CURRENT_DESKTOP", "KDE_SESSION_VERSION"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));

        const QString secret = QStringLiteral("plaintext-canary-%1").arg(QCoreApplication::applicationPid());
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(kNoKeychainChildArg), secret});
        QVERIFY2(child.waitForFinished(60000), "the child did not finish");
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, err.constData());

        const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
        const QJsonObject out = QJsonDocument::fromJson(lines.last()).object();
        QVERIFY2(!out.isEmpty(), lines.last().constData());
        qInfo("child answered in %d ms", out.value(QStringLiteral("elapsedMs")).toInt());

        QCOMPARE(out.value(QStringLiteral("available")).toBool(true), false);
        QCOMPARE(out.value(QStringLiteral("availabilityError")).toString(), QStringLiteral("NoKeychain"));
        const QString explanation = out.value(QStringLiteral("explanation")).toString();
        QVERIFY2(explanation.contains(QLatin1String("gnome-keyring")), qPrintable(explanation));
        QCOMPARE(out.value(QStringLiteral("writeError")).toString(), QStringLiteral("NoKeychain"));
        const QString message = out.value(QStringLiteral("writeMessage")).toString();
        QVERIFY2(message.contains(QLatin1String("apt install")), qPrintable(message));
        QVERIFY(!message.contains(secret));
        QVERIFY(!err.contains(secret.toUtf8()));

        // No plaintext fallback: the secret is in no file under the child's HOME.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            ++files;
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(secret.toUtf8()) && !bytes.contains(secret.toUtf8().toBase64()),
                     qPrintable(f.fileName()));
        }
        qInfo("%d file(s) under the child's HOME, none with the secret", files);
    }
};

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], kNoKeychainChildArg) == 0)
        return runNoKeychainChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secret_store.moc"
