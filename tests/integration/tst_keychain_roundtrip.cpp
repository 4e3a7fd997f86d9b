// A QtKeychain write/read/delete round trip through the real Secret Service (gnome-keyring on the
// private D-Bus session that tests/support/test-session.sh provides).

#include "TestSession.h"

#include <qt6keychain/keychain.h>

#include <QtTest>

namespace {

constexpr int kJobTimeoutMs = 10000;

/// Runs a job and waits for it, with a timeout: QtKeychain can hang when no Secret Service answers.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    return finished.wait(kJobTimeoutMs);
}

} // namespace

class TestKeychainRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void init() { EVESSO_REQUIRE_TEST_KEYRING(); }

    void writeReadDelete()
    {
        const QString service = QStringLiteral("capsuleer-test");
        const QString key = QStringLiteral("tranquility/2112625428");
        const QString secret = QStringLiteral("MDEyMzQ1Njc4OWFiY2RlZg==");

        QKeychain::WritePasswordJob write(service);
        write.setKey(key);
        write.setTextData(secret);
        QVERIFY2(runJob(write), "write timed out");
        QCOMPARE(write.error(), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(service);
        read.setKey(key);
        QVERIFY2(runJob(read), "read timed out");
        QCOMPARE(read.error(), QKeychain::NoError);
        QCOMPARE(read.textData(), secret);

        QKeychain::DeletePasswordJob remove(service);
        remove.setKey(key);
        QVERIFY2(runJob(remove), "delete timed out");
        QCOMPARE(remove.error(), QKeychain::NoError);

        QKeychain::ReadPasswordJob readAgain(service);
        readAgain.setKey(key);
        QVERIFY2(runJob(readAgain), "second read timed out");
        QCOMPARE(readAgain.error(), QKeychain::EntryNotFound);
    }

    void runsOnAPrivateHome()
    {
        // The wrapper's HOME is a fresh temporary directory: the keyring files live there, not in the
        // developer's home, and vanish with it.
        QVERIFY(QDir::homePath().contains(QLatin1String("evesso-test-home.")));
        QVERIFY(QFileInfo::exists(QDir::homePath() + QLatin1String("/.local/share/keyrings")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainRoundTrip)
#include "tst_keychain_roundtrip.moc"
