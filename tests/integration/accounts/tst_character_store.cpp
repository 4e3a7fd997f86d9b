// CharacterStore: the characters' metadata file (round trip, first start, damaged and newer files,
// atomic writes, no secrets).

#include <EveSso/CharacterStore.h>
#include <EveSso/UtcDateTime.h>

#include "FileSizeLimit.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>

using EveSso::CharacterRecord;
using EveSso::CharacterStore;

namespace {

CharacterRecord fullRecord(qint64 id, int sortIndex)
{
    CharacterRecord c;
    c.characterId = id;
    c.name = QStringLiteral("Pilot %1 Ærøskøbing").arg(id);
    c.ownerHash = QStringLiteral("owner-hash-%1=").arg(id);
    c.profileId = QStringLiteral("tranquility");
    c.grantedScopes = {QStringLiteral("publicData"), QStringLiteral("esi-wallet.read_character_wallet.v1")};
    c.corporationId = 98000001;
    c.corporationName = QStringLiteral("Capsuleer Test Corp");
    c.corporationTicker = QStringLiteral("CTC.");
    c.allianceId = 99000001;
    c.allianceName = QStringLiteral("Test Alliance Please Ignore");
    c.walletBalance = 1234567890.12 + id;
    c.walletUpdatedAt = EveSso::Utc::dateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123));
    c.portraitFile = QStringLiteral("portraits/%1_128.jpg").arg(id);
    c.lastRefreshAt = EveSso::Utc::dateTime(QDate(2024, 5, 6), QTime(7, 10, 0, 1));
    c.needsRelogin = id % 2;
    c.sortIndex = sortIndex;
    c.addedAt = EveSso::Utc::dateTime(QDate(2023, 1, 2), QTime(3, 4, 5));
    return c;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestCharacterStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripOfEveryField()
    {
        QTemporaryDir dir;
        // A directory that does not exist yet: save() creates it.
        const QString path = dir.filePath(QStringLiteral("nested/data/characters.json"));
        CharacterStore store(path);
        QCOMPARE(store.filePath(), path);

        CharacterRecord sparse; // only the required field: every optional one left unset
        sparse.characterId = 2112625428;
        sparse.profileId = QStringLiteral("singularity");
        sparse.sortIndex = 2;
        const QList<CharacterRecord> saved{fullRecord(90000001, 0), fullRecord(90000002, 1), sparse};
        const CharacterStore::SaveResult s = store.save(saved);
        QVERIFY2(s.ok(), qPrintable(s.message));

        CharacterStore again(path);
        const CharacterStore::LoadResult l = again.load();
        QCOMPARE(l.status, CharacterStore::LoadResult::Status::Ok);
        QVERIFY(l.ok());
        QVERIFY(l.message.isEmpty());
        QCOMPARE(l.fileSchemaVersion, CharacterStore::schemaVersion);
        QCOMPARE(l.characters.size(), 3);
        for (int i = 0; i < saved.size(); ++i)
            QVERIFY2(l.characters.at(i) == saved.at(i), qPrintable(QString::number(i)));
        QVERIFY(!l.characters.at(2).walletBalance.has_value());
        QVERIFY(!l.characters.at(2).lastRefreshAt.isValid());
        QCOMPARE(*l.characters.at(0).walletBalance, 1234567890.12 + 90000001);
        QCOMPARE(l.characters.at(0).walletUpdatedAt.timeSpec(), Qt::UTC);

        const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), CharacterStore::schemaVersion);
        // Private to the player on a shared machine.
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void sortedBySortIndex()
    {
        QTemporaryDir dir;
        CharacterStore store(dir.filePath(QStringLiteral("characters.json")));
        QVERIFY(store.save({fullRecord(3, 5), fullRecord(1, 9), fullRecord(2, 0)}).ok());
        const auto l = store.load();
        QCOMPARE(l.characters.size(), 3);
        QCOMPARE(l.characters.at(0).characterId, 2);
        QCOMPARE(l.characters.at(1).characterId, 3);
        QCOMPARE(l.characters.at(2).characterId, 1);
    }

    void missingScopes()
    {
        const CharacterRecord c = fullRecord(1, 0);
        QCOMPARE(c.missingScopes({QStringLiteral("publicData"), QStringLiteral("esi-skills.read_skills.v1")}),
                 QStringList{QStringLiteral("esi-skills.read_skills.v1")});
        QVERIFY(c.missingScopes({QStringLiteral("publicData")}).isEmpty());
    }

    void missingFileIsAnEmptyList()
    {
        QTemporaryDir dir;
        CharacterStore store(dir.filePath(QStringLiteral("none/characters.json")));
        const auto l = store.load();
        QCOMPARE(l.status, CharacterStore::LoadResult::Status::Missing);
        QVERIFY(l.ok());
        QVERIFY(l.characters.isEmpty());
        QVERIFY(l.message.isEmpty());
        // And a first save works.
        QVERIFY(store.save({fullRecord(1, 0)}).ok());
        QCOMPARE(store.load().characters.size(), 1);
    }

    void corruptFileIsKeptAsideAndReported_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("salvaged");
        QTest::newRow("truncated") << QByteArray("{\"schemaVersion\":1,\"characters\":[{\"characterId\":1,") << 0;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << 0;
        QTest::newRow("array") << QByteArray("[1,2,3]") << 0;
        QTest::newRow("no version") << QByteArray("{\"characters\":[]}") << 0;
        QTest::newRow("bad list") << QByteArray("{\"schemaVersion\":1,\"characters\":{}}") << 0;
        QTest::newRow("one bad record")
            << QByteArray("{\"schemaVersion\":1,\"characters\":[{\"characterId\":7,\"name\":\"Good\"},"
                          "{\"characterId\":\"eight\"},{\"name\":\"no id\"}]}")
            << 1;
    }

    void corruptFileIsKeptAsideAndReported()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, salvaged);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("characters.json"));
        QVERIFY(writeAll(path, bytes));

        CharacterStore store(path);
        const auto l = store.load();
        QCOMPARE(l.status, CharacterStore::LoadResult::Status::Corrupt);
        QVERIFY(!l.ok());
        QCOMPARE(l.characters.size(), salvaged);
        QVERIFY(!l.keptFile.isEmpty());
        QVERIFY(QFileInfo(l.keptFile).fileName().startsWith(QLatin1String("characters.json.corrupt-")));
        QVERIFY2(l.message.contains(QDir::toNativeSeparators(l.keptFile)), qPrintable(l.message));
        QCOMPARE(readAll(l.keptFile), bytes); // the exact original bytes
        QVERIFY(!QFileInfo::exists(path));

        // Saving afterwards writes a fresh file and leaves the kept one alone.
        QVERIFY(store.save(l.characters).ok());
        QCOMPARE(readAll(l.keptFile), bytes);
        QCOMPARE(store.load().status, CharacterStore::LoadResult::Status::Ok);

        // A second damaged file in the same second does not overwrite the first kept one.
        QVERIFY(writeAll(path, bytes));
        const auto second = CharacterStore(path).load();
        QCOMPARE(second.status, CharacterStore::LoadResult::Status::Corrupt);
        QVERIFY(second.keptFile != l.keptFile);
        QCOMPARE(readAll(second.keptFile), bytes);
        QCOMPARE(readAll(l.keptFile), bytes);
    }

    void newerSchemaIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("characters.json"));
        const QByteArray bytes = "{\"schemaVersion\":99,\"characters\":\"a shape we do not know\",\"future\":true}";
        QVERIFY(writeAll(path, bytes));

        CharacterStore store(path);
        const auto l = store.load();
        QCOMPARE(l.status, CharacterStore::LoadResult::Status::NewerSchema);
        QCOMPARE(l.fileSchemaVersion, 99);
        QVERIFY(l.characters.isEmpty());
        QVERIFY(!l.message.isEmpty());
        QVERIFY(l.keptFile.isEmpty());

        const auto s = store.save({fullRecord(1, 0)});
        QCOMPARE(s.status, CharacterStore::SaveResult::Status::Refused);
        QVERIFY(!s.message.isEmpty());
        // A store that never loaded refuses too: it looks before it writes.
        const auto s2 = CharacterStore(path).save({fullRecord(1, 0)});
        QCOMPARE(s2.status, CharacterStore::SaveResult::Status::Refused);
        QCOMPARE(readAll(path), bytes);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("characters.json")});
    }

    void saveIsAtomicAndLeavesNoTemporaryFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("characters.json"));
        CharacterStore store(path);
        QList<CharacterRecord> list;
        for (int i = 0; i < 20; ++i) {
            list.append(fullRecord(1000 + i, i));
            QVERIFY(store.save(list).ok());
        }
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("characters.json")});
        QCOMPARE(store.load().characters.size(), 20);
    }

    void aFullDiskKeepsThePreviousList()
    {
        // Qt 6.4's buffered QSaveFile renamed the short file over the list when its flush failed: a full
        // disk emptied characters.json. The size limit makes every write past 2 KB fail, like ENOSPC.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("characters.json"));
        CharacterStore store(path);
        QVERIFY(store.save({fullRecord(1, 0)}).ok());
        const QByteArray before = readAll(path);
        QVERIFY(before.size() < 2048);

        // Larger than the limit, smaller than QFileDevice's 16 KB write buffer: the write itself
        // "succeeds" into the buffer, and only the flush inside commit() fails.
        QList<CharacterRecord> many;
        for (int i = 0; i < 8; ++i)
            many.append(fullRecord(100 + i, i));
        CharacterStore::SaveResult s;
        {
            EveSsoTest::FileSizeLimit limit(2048);
            QVERIFY(limit.isActive());
            s = store.save(many);
        }
        QCOMPARE(s.status, CharacterStore::SaveResult::Status::WriteError);
        QVERIFY2(s.message.contains(QLatin1String("could not be saved")), qPrintable(s.message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("characters.json")});
        QCOMPARE(store.load().characters.size(), 1);
    }

    void saveToAnUnwritablePlaceFails()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QVERIFY(writeAll(blocker, "x"));
        // The parent "directory" is a regular file: neither mkpath nor the write can succeed.
        CharacterStore store(blocker + QStringLiteral("/characters.json"));
        const auto s = store.save({fullRecord(1, 0)});
        QCOMPARE(s.status, CharacterStore::SaveResult::Status::WriteError);
        QVERIFY(!s.message.isEmpty());
        QCOMPARE(readAll(blocker), QByteArray("x"));
    }

    void noTokenLikeValuesInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("characters.json"));
        QVERIFY(CharacterStore(path).save({fullRecord(1, 0), fullRecord(2, 1)}).ok());
        const QByteArray bytes = readAll(path);
        const QByteArray lower = bytes.toLower();
        for (const char *word : {"token", "secret", "password", "refresh_", "access_", "bearer"})
            QVERIFY2(!lower.contains(word), word);
        // Nothing shaped like a JWT (three base64url segments) or a long opaque blob either.
        QVERIFY(!QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"))
                     .match(QString::fromUtf8(bytes))
                     .hasMatch());
        QVERIFY(!QRegularExpression(QStringLiteral("[A-Za-z0-9+/_=-]{40,}")).match(QString::fromUtf8(bytes)).hasMatch());
    }

    void defaultPathIsUnderAppData()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CapsuleerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_character_store"));
        const QString path = CharacterStore::defaultFilePath();
        QVERIFY(path.endsWith(QLatin1String("/characters.json")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QCOMPARE(CharacterStore().filePath(), path);
    }
};

QTEST_GUILESS_MAIN(TestCharacterStore)
#include "tst_character_store.moc"
