// EsiClient's typed calls and its HTTP cache against the emulator (real HTTP on 127.0.0.1).

#include "EsiTestRig.h"

#include <EveSso/UtcDateTime.h>

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>

#include <sys/stat.h>

using namespace EveSso;
using EveSsoTest::Answer;
using EveSsoTest::EsiTestRig;

namespace {
constexpr qint64 kAria = 92001001; // fixture: corporation 98210001 in alliance 99011001
constexpr qint64 kCorp = 98210001;
constexpr qint64 kAlliance = 99011001;
} // namespace

class TestEsiCalls : public QObject
{
    Q_OBJECT

    std::unique_ptr<EsiTestRig> rig;

    Answer<CharacterInfo> character(EsiClient &esi, qint64 id)
    {
        return EsiTestRig::wait<CharacterInfo>([&](QObject *c, auto cb) { esi.characterInfo(id, c, cb); });
    }

    Answer<double> wallet(EsiClient &esi, CharacterSession *session)
    {
        return EsiTestRig::wait<double>([&](QObject *c, auto cb) { esi.walletBalance(session, c, cb); });
    }

    QString characterFolder(qint64 characterId) const
    {
        return rig->cacheDirectory + QStringLiteral("/characters/") + QString::number(characterId);
    }

    static int filesIn(const QString &folder)
    {
        return int(QDir(folder).entryList(QDir::Files).size());
    }

    /// Every folder (the cache directory included) and file below `root` with a mode other than 0700 and
    /// 0600; counts what it checked.
    static QStringList loosePermissions(const QString &root, int *folders, int *files)
    {
        QStringList loose;
        *folders = *files = 0;
        QStringList paths{root};
        QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
        for (const QString &path : std::as_const(paths)) {
            struct stat st{};
            if (lstat(QFile::encodeName(path).constData(), &st) != 0) {
                loose.append(path + QStringLiteral(" (unreadable)"));
                continue;
            }
            const mode_t mode = st.st_mode & 07777;
            const bool folder = S_ISDIR(st.st_mode);
            ++(folder ? *folders : *files);
            if (mode != (folder ? 0700 : 0600))
                loose.append(QStringLiteral("%1 %2").arg(mode, 4, 8, QLatin1Char('0')).arg(path));
        }
        return loose;
    }

    /// Sets the process umask for the scope.
    struct Umask
    {
        explicit Umask(mode_t mask) : old(::umask(mask)) {}
        ~Umask() { ::umask(old); }
        mode_t old;
    };

private slots:
    void init()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        rig = std::make_unique<EsiTestRig>();
        QVERIFY(rig->start());
    }
    void cleanup() { rig.reset(); }

    void characterInfoOldSchemaHasTitle()
    {
        rig->esi->setCompatibilityDate(QDate(2025, 12, 16));
        const auto a = character(*rig->esi, kAria);
        QVERIFY(a.done);
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(a.result.value.name, rig->sso.emulator.characterName(kAria));
        QCOMPARE(a.result.value.corporationId, kCorp);
        QCOMPARE(a.result.value.title, QStringLiteral("Director of Logistics"));
        QVERIFY(a.result.value.characterTitleId.isEmpty());
        QVERIFY(a.result.value.securityStatus.has_value());
        QCOMPARE(a.result.value.birthday, EveSso::Utc::dateTime(QDate(2016, 5, 14), QTime(19, 2)));
        const auto log = rig->sso.emulator.requestLog();
        QCOMPARE(log.last().headers.value("x-compatibility-date"), QByteArray("2025-12-16"));
        QCOMPARE(log.last().headers.value("user-agent"), EveSsoTest::kTestUserAgent.toUtf8());
        QCOMPARE(log.last().headers.value("accept-language"), QByteArray("en"));
    }

    void characterInfoNewSchemaHasCorporationTitle()
    {
        rig->esi->setCompatibilityDate(QDate(2026, 8, 18));
        rig->esi->setLanguage(QStringLiteral("de_DE"));
        const auto a = character(*rig->esi, kAria);
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(a.result.value.title, QStringLiteral("Director of Logistics"));
        QVERIFY(!a.result.value.characterTitleId.isEmpty()); // only the new schema has it
        QCOMPARE(rig->sso.emulator.requestLog().last().headers.value("accept-language"), QByteArray("de"));
    }

    void unknownCharacterIsNotFound()
    {
        const auto a = character(*rig->esi, 91234567);
        QCOMPARE(a.result.error.kind, EsiError::Kind::NotFound);
        QCOMPARE(a.result.error.httpStatus, 404);
        QVERIFY(!a.result.error.isTransient());
        QVERIFY(!a.result.error.message.isEmpty());
    }

    void corporationAndAllianceBothSchemas()
    {
        for (const QDate &date : {QDate(2025, 12, 16), QDate(2026, 8, 18)}) {
            rig->esi->setCompatibilityDate(date);
            const auto corp = EsiTestRig::wait<CorporationInfo>(
                [&](QObject *c, auto cb) { rig->esi->corporationInfo(kCorp, c, cb); });
            QVERIFY2(corp.result.ok(), qPrintable(corp.result.error.message));
            QVERIFY(!corp.result.value.name.isEmpty());
            QVERIFY(!corp.result.value.ticker.isEmpty());
            QCOMPARE(corp.result.value.allianceId, kAlliance);
            QVERIFY2(corp.result.value.taxRate.has_value(), qPrintable(date.toString(Qt::ISODate))); // tax_rate vs tax_rates.isk
        }
        const auto alliance = EsiTestRig::wait<AllianceInfo>(
            [&](QObject *c, auto cb) { rig->esi->allianceInfo(kAlliance, c, cb); });
        QVERIFY2(alliance.result.ok(), qPrintable(alliance.result.error.message));
        QCOMPARE(alliance.result.value.name, QStringLiteral("Ore Haulers Collective"));
        QCOMPARE(alliance.result.value.ticker, QStringLiteral("HAUL"));
        QCOMPARE(alliance.result.value.executorCorporationId, kCorp);
    }

    void portraitUrlsAndNames()
    {
        const auto urls = EsiTestRig::wait<PortraitUrls>([&](QObject *c, auto cb) { rig->esi->portraitUrls(kAria, c, cb); });
        QVERIFY2(urls.result.ok(), qPrintable(urls.result.error.message));
        QVERIFY(urls.result.value.px128.isValid());
        QVERIFY(urls.result.value.forSize(100).toString().contains(QStringLiteral("/characters/92001001/portrait")));

        const auto names = EsiTestRig::wait<QList<ResolvedName>>(
            [&](QObject *c, auto cb) { rig->esi->resolveNames({kAria, kCorp, kAlliance, kAria}, c, cb); });
        QVERIFY2(names.result.ok(), qPrintable(names.result.error.message));
        QCOMPARE(names.result.value.size(), 3);
        QHash<qint64, QString> categories;
        for (const ResolvedName &n : names.result.value)
            categories.insert(n.id, n.category);
        QCOMPARE(categories.value(kAria), QStringLiteral("character"));
        QCOMPARE(categories.value(kCorp), QStringLiteral("corporation"));
        QCOMPARE(categories.value(kAlliance), QStringLiteral("alliance"));

        const auto unknown = EsiTestRig::wait<QList<ResolvedName>>(
            [&](QObject *c, auto cb) { rig->esi->resolveNames({kAria, 12345}, c, cb); });
        QCOMPARE(unknown.result.error.kind, EsiError::Kind::NotFound);
    }

    void walletBalanceIsAuthenticated()
    {
        CharacterSession *session = rig->session(kAria);
        QVERIFY(session);
        const auto a = EsiTestRig::wait<double>([&](QObject *c, auto cb) { rig->esi->walletBalance(session, c, cb); });
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(a.result.value, 1843227654.37);
        const auto last = rig->sso.emulator.requestLog().last();
        QCOMPARE(last.path, QStringLiteral("/esi/characters/92001001/wallet"));
        QVERIFY(last.headers.value("authorization").startsWith("Bearer"));
        QCOMPARE(last.headers.value("x-tenant"), QByteArray("tranquility"));
    }

    void walletJournalReadsEveryPage()
    {
        rig->sso.emulator.setJournalPageSize(20);
        CharacterSession *session = rig->session(kAria);
        QVERIFY(session);
        const auto a = EsiTestRig::wait<QList<WalletJournalEntry>>(
            [&](QObject *c, auto cb) { rig->esi->walletJournal(session, c, cb); });
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QCOMPARE(a.result.value.size(), 67); // the fixture's journal of this character: 4 pages of 20
        QSet<int> pages;
        for (const auto &r : rig->sso.emulator.requestLog()) {
            if (r.path.endsWith(QLatin1String("/wallet/journal")))
                pages.insert(r.query.queryItemValue(QStringLiteral("page")).toInt());
        }
        QCOMPARE(pages, (QSet<int>{1, 2, 3, 4}));
        QCOMPARE(a.result.value.first().balance.value_or(0), 1843227654.37); // newest first, in page order
        for (int i = 1; i < a.result.value.size(); ++i)
            QVERIFY(a.result.value[i - 1].date >= a.result.value[i].date);

        // All four pages are cached: a second read sends nothing.
        const int before = rig->esiRequests();
        const auto again = EsiTestRig::wait<QList<WalletJournalEntry>>(
            [&](QObject *c, auto cb) { rig->esi->walletJournal(session, c, cb); });
        QCOMPARE(again.result.value.size(), 67);
        QVERIFY(again.result.fromCache);
        QCOMPARE(rig->esiRequests(), before);
    }

    void secondCallWithinExpiresSendsNothing()
    {
        const auto first = character(*rig->esi, kAria);
        QVERIFY(first.result.ok());
        QVERIFY(!first.result.fromCache);
        QVERIFY(first.result.expires > rig->clock.now().addSecs(86000)); // ESI: one day
        QCOMPARE(rig->esiRequests(), 1);
        const auto second = character(*rig->esi, kAria);
        QVERIFY(second.result.ok());
        QVERIFY(second.result.fromCache);
        QCOMPARE(second.result.value.name, first.result.value.name);
        QCOMPARE(rig->esiRequests(), 1);
    }

    void afterExpiryAConditionalRequestGets304()
    {
        QVERIFY(character(*rig->esi, kAria).result.ok());
        rig->clock.advance(86400 + 60);
        const auto again = character(*rig->esi, kAria);
        QVERIFY2(again.result.ok(), qPrintable(again.result.error.message));
        QVERIFY(again.result.fromCache);
        QCOMPARE(again.result.value.name, rig->sso.emulator.characterName(kAria));
        const auto log = rig->sso.emulator.requestLog();
        QCOMPARE(rig->esiRequests(), 2);
        QCOMPARE(log.last().status, 304);
        QVERIFY(!log.last().headers.value("if-none-match").isEmpty());
        // The 304 renewed the expiry: nothing more is sent.
        QVERIFY(character(*rig->esi, kAria).result.fromCache);
        QCOMPARE(rig->esiRequests(), 2);
    }

    void cacheSurvivesANewClient()
    {
        CharacterSession *session = rig->session(kAria);
        QVERIFY(session);
        QVERIFY(character(*rig->esi, kAria).result.ok());
        QVERIFY(EsiTestRig::wait<double>([&](QObject *c, auto cb) { rig->esi->walletBalance(session, c, cb); }).result.ok());
        QCOMPARE(rig->esiRequests(), 2);
        rig->esi.reset();
        auto restarted = rig->makeEsi();
        const auto a = character(*restarted, kAria);
        QVERIFY(a.result.ok());
        QVERIFY(a.result.fromCache);
        const auto w = EsiTestRig::wait<double>([&](QObject *c, auto cb) { restarted->walletBalance(session, c, cb); });
        QCOMPARE(w.result.value, 1843227654.37);
        QCOMPARE(rig->esiRequests(), 2);
        QCOMPARE(restarted->networkRequestCount(), 0);
    }

    void damagedCacheFileIsIgnoredNotTrusted()
    {
        QVERIFY(character(*rig->esi, kAria).result.ok());
        rig->esi.reset();
        const QString publicFolder = rig->cacheDirectory + QStringLiteral("/public");
        const QStringList bodies = QDir(publicFolder).entryList({QStringLiteral("*.body")}, QDir::Files);
        QCOMPARE(bodies.size(), 1);
        QFile body(publicFolder + QLatin1Char('/') + bodies.first());
        QVERIFY(body.open(QIODevice::WriteOnly | QIODevice::Truncate));
        body.write(R"({"name":"Tampered","corporation_id":1})");
        body.close();
        auto restarted = rig->makeEsi();
        const auto a = character(*restarted, kAria);
        QVERIFY(a.result.ok());
        QCOMPARE(a.result.value.name, rig->sso.emulator.characterName(kAria));
        QVERIFY(!a.result.fromCache);
        QCOMPARE(rig->esiRequests(), 2);
    }

    void authenticatedAnswersAreCachedPerCharacter()
    {
        const QList<qint64> ids = rig->sso.emulator.characterIds();
        CharacterSession *a = rig->session(ids[0]);
        CharacterSession *b = rig->session(ids[1]);
        QVERIFY(a && b);
        const auto wa = EsiTestRig::wait<double>([&](QObject *c, auto cb) { rig->esi->walletBalance(a, c, cb); });
        const auto wb = EsiTestRig::wait<double>([&](QObject *c, auto cb) { rig->esi->walletBalance(b, c, cb); });
        QVERIFY(wa.result.ok() && wb.result.ok());
        QVERIFY(wa.result.value != wb.result.value);
        QCOMPARE(rig->esiRequests(), 2);
        const auto wa2 = EsiTestRig::wait<double>([&](QObject *c, auto cb) { rig->esi->walletBalance(a, c, cb); });
        QCOMPARE(wa2.result.value, wa.result.value);
        QCOMPARE(rig->esiRequests(), 2);
    }

    void cacheFilesAreTheOwnersOnlyWhateverTheUmask()
    {
        const Umask usual(022); // the common default: 0644 files and 0755 folders unless the cache says otherwise
        rig->esi.reset();
        QDir(rig->cacheDirectory).removeRecursively();
        rig->esi = rig->makeEsi();
        CharacterSession *session = rig->session(kAria);
        QVERIFY(session);
        QVERIFY(wallet(*rig->esi, session).result.ok());
        QVERIFY(character(*rig->esi, kAria).result.ok());
        QVERIFY(EsiTestRig::wait<QString>([&](QObject *c, auto cb) { rig->esi->portrait(kAria, 128, c, cb); }).result.ok());
        // The authenticated answer is kept with its character, the public one apart.
        QCOMPARE(filesIn(characterFolder(kAria)), 2);                       // the wallet's .meta and .body
        QCOMPARE(filesIn(rig->cacheDirectory + QStringLiteral("/public")), 4); // the character's, the image's
        int folders = 0;
        int files = 0;
        const QStringList loose = loosePermissions(rig->cacheDirectory, &folders, &files);
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QStringLiteral(", "))));
        QCOMPARE(folders, 5); // the cache, public, characters, characters/<id>, portraits
        QCOMPARE(files, 7);   // three answers of two files each, the portrait's JPEG
    }

    void anOlderCacheIsTightenedWhenOpened()
    {
        CharacterSession *session = rig->session(kAria);
        QVERIFY(session);
        QVERIFY(wallet(*rig->esi, session).result.ok());
        QVERIFY(character(*rig->esi, kAria).result.ok());
        QVERIFY(EsiTestRig::wait<QString>([&](QObject *c, auto cb) { rig->esi->portrait(kAria, 128, c, cb); }).result.ok());
        rig->esi.reset();
        // As an older version left it: readable by everyone, and flat answers whose character is unknown.
        QDirIterator it(rig->cacheDirectory, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY(::chmod(QFile::encodeName(path).constData(), it.fileInfo().isDir() ? 0755 : 0644) == 0);
        }
        QVERIFY(::chmod(QFile::encodeName(rig->cacheDirectory).constData(), 0755) == 0);
        for (const char *name : {"0123456789abcdef0123456789abcdef01234567.meta", "0123456789abcdef0123456789abcdef01234567.body"}) {
            QFile old(rig->cacheDirectory + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(R"({"wallet":"of someone"})");
            old.close();
            QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                       | QFileDevice::ReadOther));
        }

        rig->esi = rig->makeEsi();
        int folders = 0;
        int files = 0;
        const QStringList loose = loosePermissions(rig->cacheDirectory, &folders, &files);
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QStringLiteral(", "))));
        QCOMPARE(files, 7); // the flat answers are gone; the others are kept
        QVERIFY(QDir(rig->cacheDirectory).entryList(QDir::Files).isEmpty());
        // Tightened, not discarded: both answers still come from the cache.
        const int before = rig->esiRequests();
        QVERIFY(character(*rig->esi, kAria).result.fromCache);
        const auto w = wallet(*rig->esi, session);
        QVERIFY(w.result.fromCache);
        QCOMPARE(w.result.value, 1843227654.37);
        QCOMPARE(rig->esiRequests(), before);
    }

    void forgetCharacterDeletesOnlyThatCharactersAnswers()
    {
        const QList<qint64> ids = rig->sso.emulator.characterIds();
        CharacterSession *a = rig->session(ids[0]);
        CharacterSession *b = rig->session(ids[1]);
        QVERIFY(a && b);
        QVERIFY(wallet(*rig->esi, a).result.ok());
        QVERIFY(wallet(*rig->esi, b).result.ok());
        QVERIFY(character(*rig->esi, ids[0]).result.ok());
        QCOMPARE(filesIn(characterFolder(ids[0])), 2);
        QCOMPARE(filesIn(characterFolder(ids[1])), 2);
        const QString walletA = QStringLiteral("/esi/characters/%1/wallet").arg(ids[0]);
        const QString walletB = QStringLiteral("/esi/characters/%1/wallet").arg(ids[1]);
        QCOMPARE(rig->sso.emulator.countRequests("GET", walletA), 1);

        rig->esi->forgetCharacter(ids[0]);
        QVERIFY2(!QFileInfo::exists(characterFolder(ids[0])), qPrintable(characterFolder(ids[0])));
        QCOMPARE(filesIn(characterFolder(ids[1])), 2);
        QCOMPARE(filesIn(rig->cacheDirectory + QStringLiteral("/public")), 2);
        // Not from memory either: asked again.
        const auto again = wallet(*rig->esi, a);
        QVERIFY2(again.result.ok(), qPrintable(again.result.error.message));
        QVERIFY(!again.result.fromCache);
        QCOMPARE(rig->sso.emulator.countRequests("GET", walletA), 2);
        // The other character's and the public answers are still served from the cache, also after a restart.
        QVERIFY(wallet(*rig->esi, b).result.fromCache);
        rig->esi = rig->makeEsi();
        QVERIFY(wallet(*rig->esi, b).result.fromCache);
        QVERIFY(character(*rig->esi, ids[0]).result.fromCache);
        QCOMPARE(rig->sso.emulator.countRequests("GET", walletB), 1);

        // An answer under way when its character is forgotten is delivered but not kept (forgotten first so
        // that the call is not answered from the cache).
        rig->esi->forgetCharacter(ids[0]);
        auto answer = std::make_shared<Answer<double>>();
        QObject context;
        rig->esi->walletBalance(a, &context, [answer](const EsiResult<double> &r) {
            answer->result = r;
            answer->done = true;
        });
        rig->esi->forgetCharacter(ids[0]);
        QTRY_VERIFY(answer->done);
        QVERIFY(answer->result.ok());
        QCOMPARE(rig->sso.emulator.countRequests("GET", walletA), 3);
        QVERIFY(!QFileInfo::exists(characterFolder(ids[0])));
        QVERIFY(!wallet(*rig->esi, a).result.fromCache);
        QCOMPARE(rig->sso.emulator.countRequests("GET", walletA), 4);
    }

    void identicalCallsUnderWayShareOneRequest()
    {
        int answers = 0;
        QObject context;
        for (int i = 0; i < 3; ++i)
            rig->esi->characterInfo(kAria, &context, [&](const EsiResult<CharacterInfo> &r) { answers += r.ok() ? 1 : 0; });
        QTRY_COMPARE(answers, 3);
        QCOMPARE(rig->esiRequests(), 1);
    }

    void portraitIsDownloadedOnceAndKeptOnDisk()
    {
        const auto a = EsiTestRig::wait<QString>([&](QObject *c, auto cb) { rig->esi->portrait(kAria, 128, c, cb); });
        QVERIFY2(a.result.ok(), qPrintable(a.result.error.message));
        QFile file(a.result.value);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xFF\xD8")); // a JPEG
        QVERIFY(a.result.value.startsWith(rig->cacheDirectory));
        QCOMPARE(rig->sso.emulator.countRequests("GET", QStringLiteral("/images/characters/92001001/portrait")), 1);

        const auto again = EsiTestRig::wait<QString>([&](QObject *c, auto cb) { rig->esi->portrait(kAria, 128, c, cb); });
        QCOMPARE(again.result.value, a.result.value);
        auto restarted = rig->makeEsi();
        const auto afterRestart = EsiTestRig::wait<QString>([&](QObject *c, auto cb) { restarted->portrait(kAria, 128, c, cb); });
        QCOMPARE(afterRestart.result.value, a.result.value);
        QCOMPARE(rig->sso.emulator.countRequests("GET", QStringLiteral("/images")), 1);

        const auto bad = EsiTestRig::wait<QString>([&](QObject *c, auto cb) { rig->esi->portrait(kAria, 100, c, cb); });
        QCOMPARE(bad.result.error.kind, EsiError::Kind::InvalidRequest);
    }
};

QTEST_GUILESS_MAIN(TestEsiCalls)
#include "tst_esi_calls.moc"
