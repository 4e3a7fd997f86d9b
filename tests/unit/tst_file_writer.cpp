// writeWholeFile(): every byte or the old file. Failing writes are real ones: the process's file size
// limit (RLIMIT_FSIZE) makes the write fail with EFBIG, as a full disk does with ENOSPC.

#include "core/FileWriter.h"

#include "FileSizeLimit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace EveSso;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

FileWriteOptions options(bool durable)
{
    FileWriteOptions o;
    o.durable = durable;
    o.permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    return o;
}

} // namespace

class TestFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void replacesTheFile_data()
    {
        QTest::addColumn<bool>("durable");
        QTest::newRow("durable") << true;
        QTest::newRow("cache") << false;
    }

    void replacesTheFile()
    {
        QFETCH(bool, durable);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.json"));
        QVERIFY(writeWholeFile(path, "first", options(durable)));
        QString error;
        QVERIFY2(writeWholeFile(path, "second, longer", options(durable), &error), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("second, longer"));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("data.json")});
    }

    void aFailedWriteKeepsTheOldFile_data() { replacesTheFile_data(); }

    void aFailedWriteKeepsTheOldFile()
    {
        QFETCH(bool, durable);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.json"));
        const QByteArray old(3000, 'o');
        QVERIFY(writeWholeFile(path, old, options(durable)));

        // 8 KB fits in QFileDevice's 16 KB write buffer, so a buffered write would only fail at its
        // flush; 64 KB fails during the write.
        for (const int size : {8 * 1024, 64 * 1024}) {
            QString error;
            bool written = true;
            {
                EveSsoTest::FileSizeLimit limit(4096); // the "disk" holds 4 KB per file
                QVERIFY(limit.isActive());
                written = writeWholeFile(path, QByteArray(size, 'n'), options(durable), &error);
            }
            QVERIFY2(!written, qPrintable(QString::number(size)));
            QVERIFY2(!error.isEmpty(), "the caller must learn why");
            QCOMPARE(readAll(path), old);
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("data.json")});
        }
        // Once there is room again, writing works.
        QVERIFY(writeWholeFile(path, QByteArray(64 * 1024, 'n'), options(durable)));
        QCOMPARE(readAll(path).size(), 64 * 1024);
    }

    void concurrentWritersNeverLeaveATornFile_data() { replacesTheFile_data(); }

    void concurrentWritersNeverLeaveATornFile()
    {
        // The app and evesso runs fetch the same portrait or cache entry at the same moment: real processes
        // (fork) replace one file again and again while this one reads it. Every read must be one writer's
        // whole data, never a mix or a short file.
        QFETCH(bool, durable);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portrait.jpg"));
        const QByteArray contents[] = {QByteArray(200 * 1024, 'a'), QByteArray(200 * 1024, 'b')};
        QVERIFY(writeWholeFile(path, contents[0], options(durable)));
        constexpr int writes = 150;
        pid_t writers[2];
        for (int w = 0; w < 2; ++w) {
            writers[w] = fork();
            QVERIFY(writers[w] >= 0);
            if (writers[w] == 0) {
                int failures = 0;
                for (int i = 0; i < writes; ++i)
                    failures += writeWholeFile(path, contents[w], options(durable)) ? 0 : 1;
                _exit(failures == 0 ? 0 : 1);
            }
        }
        int reads = 0, torn = 0, running = 2;
        int status[2] = {-1, -1};
        while (running > 0) {
            const QByteArray seen = readAll(path);
            ++reads;
            if (seen != contents[0] && seen != contents[1])
                ++torn;
            for (int w = 0; w < 2; ++w) {
                int exit = 0;
                if (status[w] == -1 && waitpid(writers[w], &exit, WNOHANG) == writers[w]) {
                    status[w] = exit;
                    --running;
                }
            }
        }
        for (int w = 0; w < 2; ++w)
            QVERIFY2(WIFEXITED(status[w]) && WEXITSTATUS(status[w]) == 0, "a writer's write failed");
        QVERIFY(reads > 0);
        QCOMPARE(torn, 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("portrait.jpg")});
    }

    void anUnwritableFolderFailsWithAReason()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QVERIFY(writeWholeFile(blocker, "x", options(true)));
        for (bool durable : {true, false}) {
            QString error;
            QVERIFY(!writeWholeFile(blocker + QStringLiteral("/data.json"), "y", options(durable), &error));
            QVERIFY(!error.isEmpty());
        }
        QCOMPARE(readAll(blocker), QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TestFileWriter)
#include "tst_file_writer.moc"
