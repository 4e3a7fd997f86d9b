// Loading the metadata of 100 characters (CharacterStore::load: read, parse, validate every field,
// sort) against a baseline of the bare QFile read + QJsonDocument::fromJson of the same bytes.
// Target: well under 20 ms.

#include "BenchHarness.h"

#include <EveSso/CharacterStore.h>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {

EveSso::CharacterRecord record(int i)
{
    EveSso::CharacterRecord c;
    c.characterId = 2112000000 + i;
    c.name = QStringLiteral("Benchmark Pilot %1").arg(i);
    c.ownerHash = QStringLiteral("aGFzaC1vZi10aGUtb3duZXI%1=").arg(i);
    c.profileId = QStringLiteral("tranquility");
    c.grantedScopes = {QStringLiteral("publicData"), QStringLiteral("esi-wallet.read_character_wallet.v1"),
                       QStringLiteral("esi-skills.read_skills.v1"), QStringLiteral("esi-assets.read_assets.v1")};
    c.corporationId = 98000000 + i;
    c.corporationName = QStringLiteral("Corporation %1").arg(i);
    c.corporationTicker = QStringLiteral("C%1").arg(i);
    c.allianceId = 99000000 + i % 7;
    c.allianceName = QStringLiteral("Alliance %1").arg(i % 7);
    c.walletBalance = 1e9 + i * 1234.56;
    c.walletUpdatedAt = QDateTime::currentDateTimeUtc();
    c.portraitFile = QStringLiteral("portraits/%1_128.jpg").arg(c.characterId);
    c.lastRefreshAt = QDateTime::currentDateTimeUtc();
    c.sortIndex = 100 - i;
    c.addedAt = QDateTime::currentDateTimeUtc().addDays(-i);
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int characters = 100;
    constexpr int samples = 51;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("characters.json"));
    QList<EveSso::CharacterRecord> list;
    for (int i = 0; i < characters; ++i)
        list.append(record(i));
    EveSso::CharacterStore store(path);
    if (!store.save(list).ok()) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return 1;
    }

    volatile qsizetype sink = 0;
    const auto baseline = Bench::millisecondsPerRun(samples, [&] {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            sink = sink + QJsonDocument::fromJson(file.readAll()).object().size();
    });
    const auto load = Bench::millisecondsPerRun(samples, [&] {
        const auto result = store.load();
        if (result.characters.size() != characters) {
            std::fprintf(stderr, "loaded %d characters instead of %d\n", int(result.characters.size()), characters);
            std::exit(1);
        }
        sink = sink + result.characters.size();
    });

    Bench::Report report;
    report.add({QStringLiteral("metadata_load_100_characters"), QStringLiteral("ms"), Bench::median(load),
                Bench::median(baseline), {{QStringLiteral("characters"), characters},
                                          {QStringLiteral("bytes"), double(QFileInfo(path).size())},
                                          {QStringLiteral("target_ms"), 20}}});
    return report.print();
}
