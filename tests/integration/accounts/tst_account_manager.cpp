// Character sessions and the account manager against the emulator (real HTTP) and the real keychain
// of the private test session.

#include "SsoTestRig.h"
#include "TestBrowser.h"
#include "TestSession.h"

#include <EveSso/AccountManager.h>
#include <EveSso/LoginFlow.h>
#include <EveSso/SecretStore.h>
#include <EveSso/StoredLogin.h>
#include <EveSso/TokenClient.h>

#include "accounts/LoginLock.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSysInfo>
#include <QtTest>

using namespace EveSso;

namespace {

const QString kProfile = QStringLiteral("emulator");

/// A login for `characterId` as the SSO would have issued it (tokens from the emulator). An access token
/// valid for less than the sessions' lead time (60 s) is refreshed on first use.
LoginResult issuedLogin(EveSsoTest::SsoTestRig &rig, qint64 characterId, const QStringList &scopes = EveSsoTest::kTestScopes,
                        int accessSeconds = 1199)
{
    LoginResult login;
    login.character.characterId = characterId;
    login.character.characterName = rig.emulator.characterName(characterId);
    login.character.ownerHash = QStringLiteral("owner-%1").arg(characterId);
    login.character.scopes = scopes;
    login.tokens.accessToken = rig.emulator.issueAccessToken(characterId, rig.settings.clientId, scopes);
    login.tokens.refreshToken = rig.emulator.issueRefreshToken(characterId, rig.settings.clientId, scopes);
    login.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(accessSeconds);
    return login;
}

/// The refresh token of the character's keychain entry.
QString readSecret(SecretStore &store, qint64 characterId, SecretStore::Error *error = nullptr)
{
    bool done = false;
    SecretStore::Result result;
    store.readRefreshToken(kProfile, characterId, &store, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    if (error)
        *error = result.error;
    return StoredLogin::decode(result.secret).refreshToken;
}

struct TokenAnswer
{
    bool done = false;
    QString token;
    SsoError error;
};

TokenAnswer freshToken(CharacterSession *session)
{
    TokenAnswer answer;
    session->accessToken(session, [&](const QString &token, const SsoError &error) {
        answer = {true, token, error};
    });
    (void)QTest::qWaitFor([&] { return answer.done; }, 20000);
    return answer;
}

/// Every file under `root` that contains `needle`.
QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (it.filePath().contains(QLatin1String("/keyrings/")))
            continue; // the keychain itself (encrypted by gnome-keyring)
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            hits.append(it.filePath());
    }
    return hits;
}

} // namespace

// Every test's emulator and SSO client. A macro, because QVERIFY must return from the test function itself.
#define START_RIG(rig, client)                                                                              \
    EveSsoTest::SsoTestRig rig;                                                                             \
    QVERIFY(rig.start());                                                                                   \
    SsoClient *client = rig.makeClient();                                                                   \
    QVERIFY(client)

class TestAccountManager : public QObject
{
    Q_OBJECT

    QString m_metadata;

    struct Stack
    {
        std::unique_ptr<TokenClient> tokens;
        std::unique_ptr<SecretStore> secrets;
        std::unique_ptr<AccountManager> accounts;
    };

    Stack makeStack(EveSsoTest::SsoTestRig &rig, SsoClient *client)
    {
        Stack stack;
        stack.tokens = std::make_unique<TokenClient>(rig.settings);
        stack.tokens->setEndpoints(client->discovery()->endpoints());
        stack.tokens->setRetryPolicy({2, std::chrono::milliseconds(20), 0.25});
        stack.secrets = std::make_unique<SecretStore>(QStringLiteral("capsuleer-tests"));
        stack.accounts = std::make_unique<AccountManager>(kProfile, stack.tokens.get(), stack.secrets.get(), m_metadata);
        stack.accounts->setSessionOfflineRetry(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
        return stack;
    }

    static AccountManager::AddOutcome add(AccountManager &accounts, const LoginResult &login)
    {
        bool done = false;
        AccountManager::AddOutcome outcome{};
        accounts.addLogin(login, &accounts, [&](AccountManager::AddOutcome o, const SsoError &error) {
            QVERIFY2(!error.isError(), qPrintable(error.message));
            outcome = o;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return outcome;
    }

private slots:
    void init()
    {
        EVESSO_REQUIRE_TEST_KEYRING();
        m_metadata = QDir::homePath() + QStringLiteral("/data/characters.json");
        QFile::remove(m_metadata);
    }

    void loginSurvivesARestart()
    {
        START_RIG(rig, client);
        const qint64 id = rig.firstCharacter();
        {
            // A real browser login, then added.
            Stack stack = makeStack(rig, client);
            stack.accounts->load();
            LoginFlow *login = client->createLogin();
            EveSsoTest::TestBrowser browser;
            connect(login, &LoginFlow::authorizeWithBrowser, this,
                    [&](const QUrl &url) { browser.visit(browser.authorize(url, EveSsoTest::TestBrowser::Action::Authorize, id)); });
            QSignalSpy ok(login, &LoginFlow::succeeded);
            QVERIFY(login->start());
            QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 15000);
            QCOMPARE(add(*stack.accounts, ok.first().first().value<LoginResult>()), AccountManager::AddOutcome::Added);
            QCOMPARE(stack.accounts->count(), 1);
        } // every object destroyed
        Stack again = makeStack(rig, client);
        const CharacterStore::LoadResult loaded = again.accounts->load();
        QVERIFY(loaded.ok());
        QCOMPARE(again.accounts->count(), 1); // shown at once, from metadata
        QCOMPARE(again.accounts->data(again.accounts->index(0), AccountManager::NameRole).toString(),
                 rig.emulator.characterName(id));
        rig.emulator.clearRequestLog();
        // The login's access token is kept in the keychain entry with the refresh token: a restart within
        // its lifetime uses it without asking the SSO (as another process sharing the login would).
        const TokenAnswer answer = freshToken(again.accounts->session(id));
        QVERIFY2(answer.error.kind == SsoError::Kind::None, qPrintable(answer.error.message));
        QVERIFY(!answer.token.isEmpty());
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), 0);
        // And the refresh token survived the restart too.
        bool refreshed = false;
        again.accounts->session(id)->refresh(this, [&](const QString &token, const SsoError &error) {
            QVERIFY2(!error.isError(), qPrintable(error.message));
            QVERIFY(token != answer.token);
            refreshed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed, 10000);
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), 1);
    }

    void rotationIsPersisted()
    {
        START_RIG(rig, client);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const qint64 id = rig.firstCharacter();
        const LoginResult login = issuedLogin(rig, id);
        add(*stack.accounts, login);
        QCOMPARE(readSecret(*stack.secrets, id), login.tokens.refreshToken);

        // The login's access token is still fresh: handed out without asking the SSO.
        const TokenAnswer cached = freshToken(stack.accounts->session(id));
        QCOMPARE(cached.token, login.tokens.accessToken);
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token")), 0);
        bool done = false;
        stack.accounts->session(id)->refresh(this, [&](const QString &, const SsoError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.message));
            done = true;
        });
        QTRY_VERIFY(done);
        const QString stored = readSecret(*stack.secrets, id);
        QVERIFY(!stored.isEmpty());
        QVERIFY(stored != login.tokens.refreshToken); // the rotated one is in the keychain

        // The emulator refuses the old token and accepts the stored one.
        TokenClient probe(rig.settings);
        probe.setEndpoints(client->discovery()->endpoints());
        SsoError oldError, newError;
        int answers = 0;
        probe.refresh(login.tokens.refreshToken, {}, this, [&](const TokenSet &, const SsoError &e) {
            oldError = e;
            ++answers;
        });
        QTRY_COMPARE(answers, 1);
        QCOMPARE(oldError.kind, SsoError::Kind::LoginGone);
        probe.refresh(stored, {}, this, [&](const TokenSet &, const SsoError &e) {
            newError = e;
            ++answers;
        });
        QTRY_COMPARE(answers, 2);
        QVERIFY2(!newError.isError(), qPrintable(newError.message));
    }

    void concurrentRequestsShareOneRefresh()
    {
        START_RIG(rig, client);
        rig.emulator.setLatency(QStringLiteral("/v2/oauth/token"), 50);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const qint64 id = rig.firstCharacter();
        LoginResult login = issuedLogin(rig, id);
        login.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30); // within the 60 s lead time
        add(*stack.accounts, login);
        CharacterSession *session = stack.accounts->session(id);
        QSet<QString> tokens;
        int answered = 0;
        for (int i = 0; i < 50; ++i) {
            session->accessToken(this, [&](const QString &token, const SsoError &error) {
                QVERIFY(!error.isError());
                tokens.insert(token);
                ++answered;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 50, 10000);
        QCOMPARE(tokens.size(), 1);
        QVERIFY(!tokens.contains(login.tokens.accessToken));
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), 1);
        QCOMPARE(session->state(), CharacterSession::State::Ready);
    }

    void revokedLoginNeedsReloginAndKeepsEverything()
    {
        START_RIG(rig, client);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const qint64 id = rig.firstCharacter();
        add(*stack.accounts, issuedLogin(rig, id));
        CharacterRecord record = *stack.accounts->record(id);
        record.walletBalance = 1234.5;
        record.corporationName = QStringLiteral("Kept Corp");
        stack.accounts->updateRecord(record);
        rig.emulator.revokeAllTokens(id);
        QSignalSpy lost(stack.accounts->session(id), &CharacterSession::loginLost);
        bool done = false;
        stack.accounts->session(id)->refresh(this, [&](const QString &, const SsoError &e) {
            QCOMPARE(e.kind, SsoError::Kind::LoginGone);
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(lost.count(), 1);
        QCOMPARE(stack.accounts->session(id)->state(), CharacterSession::State::NeedsRelogin);
        QVERIFY(stack.accounts->data(stack.accounts->index(0), AccountManager::NeedsReloginRole).toBool());
        // Everything else is kept, on disk too.
        stack.accounts.reset();
        CharacterStore store(m_metadata);
        const CharacterStore::LoadResult loaded = store.load();
        QCOMPARE(loaded.characters.size(), 1);
        QVERIFY(loaded.characters.first().needsRelogin);
        QCOMPARE(loaded.characters.first().walletBalance.value_or(0), 1234.5);
        QCOMPARE(loaded.characters.first().corporationName, QStringLiteral("Kept Corp"));
        // And the keychain entry is still there (a re-login replaces it in place).
        SecretStore::Error error{};
        readSecret(*stack.secrets, id, &error);
        QCOMPARE(error, SecretStore::Error::None);
    }

    void networkFailureIsOfflineThenRecovers()
    {
        START_RIG(rig, client);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const qint64 id = rig.firstCharacter();
        add(*stack.accounts, issuedLogin(rig, id));
        CharacterSession *session = stack.accounts->session(id);
        rig.emulator.failNextRequests(6, 503, QStringLiteral("/v2/oauth/token")); // 3 refresh attempts of 2 tries
        bool done = false;
        session->refresh(this, [&](const QString &, const SsoError &e) {
            QVERIFY(e.isTransient());
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(session->state() == CharacterSession::State::Offline
                || session->state() == CharacterSession::State::Refreshing);
        QVERIFY(!stack.accounts->data(stack.accounts->index(0), AccountManager::NeedsReloginRole).toBool());
        // No user action: the session retries by itself and comes back.
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), CharacterSession::State::Ready, 10000);
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), 7);
    }

    void keychainFailureIsReportedNotALostLogin()
    {
        START_RIG(rig, client);
        SecretStore slow(QStringLiteral("capsuleer-tests"));
        slow.setTimeout(std::chrono::milliseconds(1)); // every keychain job times out
        TokenClient tokens(rig.settings);
        tokens.setEndpoints(client->discovery()->endpoints());
        CharacterSession session(kProfile, rig.firstCharacter(), &tokens, &slow);
        session.setOfflineRetry(std::chrono::milliseconds(60000), std::chrono::milliseconds(60000));
        bool done = false;
        SsoError error;
        session.accessToken(this, [&](const QString &, const SsoError &e) {
            error = e;
            done = true;
        });
        QThread::msleep(20);
        QTRY_VERIFY(done);
        QCOMPARE(error.kind, SsoError::Kind::Keychain);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(session.state(), CharacterSession::State::KeychainUnavailable);
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token")), 0);
    }

    void removeRevokesAndLeavesNothing()
    {
        START_RIG(rig, client);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const QList<qint64> ids = rig.emulator.characterIds();
        const LoginResult first = issuedLogin(rig, ids[0]);
        add(*stack.accounts, first);
        add(*stack.accounts, issuedLogin(rig, ids[1]));
        stack.accounts->setCurrentCharacterId(ids[0]);
        bool done = false;
        stack.accounts->removeCharacter(ids[0], this, [&](const SsoError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.message));
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/revoke")), 1);
        QCOMPARE(stack.accounts->count(), 1);
        QCOMPARE(stack.accounts->currentCharacterId(), ids[1]);
        SecretStore::Error error{};
        QTRY_VERIFY((readSecret(*stack.secrets, ids[0], &error), error == SecretStore::Error::NotFound));
        // The revoked token is dead at the SSO.
        TokenClient probe(rig.settings);
        probe.setEndpoints(client->discovery()->endpoints());
        SsoError refreshError;
        bool refreshed = false;
        probe.refresh(first.tokens.refreshToken, {}, this, [&](const TokenSet &, const SsoError &e) {
            refreshError = e;
            refreshed = true;
        });
        QTRY_VERIFY(refreshed);
        QCOMPARE(refreshError.kind, SsoError::Kind::LoginGone);
    }

    void removeStillWorksOffline()
    {
        START_RIG(rig, client);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const qint64 id = rig.firstCharacter();
        add(*stack.accounts, issuedLogin(rig, id));
        rig.emulator.stop();
        bool done = false;
        SsoError revokeError;
        stack.accounts->removeCharacter(id, this, [&](const SsoError &e) {
            revokeError = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(revokeError.isTransient());
        QVERIFY(revokeError.message.contains(QLatin1String("removed from this computer")));
        QCOMPARE(stack.accounts->count(), 0);
        SecretStore::Error error{};
        QTRY_VERIFY((readSecret(*stack.secrets, id, &error), error == SecretStore::Error::NotFound));
    }

    void removeKeepsTheCharacterWhileTheKeychainCannotDeleteIt()
    {
        START_RIG(rig, client);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const QList<qint64> ids = rig.emulator.characterIds();
        add(*stack.accounts, issuedLogin(rig, ids[0]));
        add(*stack.accounts, issuedLogin(rig, ids[1]));
        QTRY_COMPARE(CharacterStore(m_metadata).load().characters.size(), 2);

        // A keychain that does not answer in time (as a locked one behind a prompt nobody sees): the delete
        // fails, and a character dropped from the list then could never be removed from the keychain.
        const auto usual = stack.secrets->timeout();
        stack.secrets->setTimeout(std::chrono::milliseconds(1));
        bool done = false;
        SsoError error;
        stack.accounts->removeCharacter(ids[0], this, [&](const SsoError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(error.kind, SsoError::Kind::Keychain);
        QVERIFY2(error.message.contains(QLatin1String("was kept")), qPrintable(error.message));
        QVERIFY(stack.accounts->record(ids[0]).has_value());
        QCOMPARE(stack.accounts->count(), 2);
        // The session held the refresh token since the login, so the revocation itself went through: the
        // login is dead at the SSO, and the row says it needs a new login rather than "ready".
        QVERIFY2(error.message.contains(QLatin1String("was revoked")), qPrintable(error.message));
        QCOMPARE(stack.accounts->session(ids[0])->state(), CharacterSession::State::NeedsRelogin);
        QVERIFY(stack.accounts->data(stack.accounts->index(0), AccountManager::NeedsReloginRole).toBool());
        // Kept on disk too (a removal would have been saved from the next pass of the event loop).
        QCoreApplication::processEvents();
        QCOMPARE(CharacterStore(m_metadata).load().characters.size(), 2);

        // Once the keychain answers, removing it again works and leaves nothing behind.
        stack.secrets->setTimeout(usual);
        done = false;
        stack.accounts->removeCharacter(ids[0], this, [&](const SsoError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!stack.accounts->record(ids[0]).has_value());
        QCOMPARE(stack.accounts->count(), 1);
        SecretStore::Error readError{};
        readSecret(*stack.secrets, ids[0], &readError);
        QCOMPARE(readError, SecretStore::Error::NotFound);
    }

    void reloginUpdatesInPlaceAndReportsANewOwner()
    {
        START_RIG(rig, client);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const qint64 id = rig.firstCharacter();
        add(*stack.accounts, issuedLogin(rig, id, {QStringLiteral("esi-skills.read_skills.v1")}));
        stack.accounts->setRequiredScopes(EveSsoTest::kTestScopes);
        QCOMPARE(stack.accounts->charactersMissingScopes(), QList<qint64>{id});
        QCOMPARE(stack.accounts->data(stack.accounts->index(0), AccountManager::MissingScopesRole).toStringList(),
                 QStringList{QStringLiteral("esi-wallet.read_character_wallet.v1")});

        const LoginResult again = issuedLogin(rig, id);
        QCOMPARE(add(*stack.accounts, again), AccountManager::AddOutcome::Updated);
        QCOMPARE(stack.accounts->count(), 1);
        QVERIFY(stack.accounts->charactersMissingScopes().isEmpty());
        QCOMPARE(readSecret(*stack.secrets, id), again.tokens.refreshToken);

        QSignalSpy owner(stack.accounts.get(), &AccountManager::ownerChanged);
        LoginResult sold = issuedLogin(rig, id);
        sold.character.ownerHash = QStringLiteral("another-owner");
        QCOMPARE(add(*stack.accounts, sold), AccountManager::AddOutcome::OwnerChanged);
        QCOMPARE(owner.count(), 1);
        QCOMPARE(stack.accounts->record(id)->ownerHash, QStringLiteral("another-owner"));
    }

    void refreshAllIsBoundedAndOrderIsKept()
    {
        START_RIG(rig, client);
        rig.emulator.setLatency(QStringLiteral("/v2/oauth/token"), 30);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const QList<qint64> ids = rig.emulator.characterIds();
        for (qint64 id : ids)
            add(*stack.accounts, issuedLogin(rig, id, EveSsoTest::kTestScopes, 30)); // due for a refresh
        QVERIFY(stack.accounts->moveCharacter(ids.last(), 0));
        stack.accounts->setMaxConcurrentRefreshes(2);
        // The bound is on requests to the SSO: a session counts from the start of its refresh until
        // the SSO answers; storing the rotated token afterwards no longer holds a slot.
        int inFlight = 0, maxInFlight = 0;
        for (qint64 id : ids) {
            CharacterSession *session = stack.accounts->session(id);
            connect(session, &CharacterSession::stateChanged, this, [&](CharacterSession::State s) {
                if (s == CharacterSession::State::Refreshing)
                    maxInFlight = std::max(maxInFlight, ++inFlight);
            });
            connect(session, &CharacterSession::tokenRequestFinished, this, [&] { --inFlight; });
        }
        QSignalSpy finished(stack.accounts.get(), &AccountManager::refreshAllFinished);
        rig.emulator.clearRequestLog();
        stack.accounts->refreshAll();
        QVERIFY(finished.wait(20000));
        QCOMPARE(maxInFlight, 2);
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")),
                 int(ids.size()));
        stack.accounts.reset(); // saves
        CharacterStore store(m_metadata);
        const auto loaded = store.load();
        QCOMPARE(loaded.characters.first().characterId, ids.last());
        for (const CharacterRecord &record : loaded.characters)
            QVERIFY(record.lastRefreshAt.isValid());
    }

    void profilesSharingOneFileKeepEachOthersCharacters()
    {
        START_RIG(rig, client);
        const QList<qint64> ids = rig.emulator.characterIds();
        Stack tranquility = makeStack(rig, client);
        AccountManager singularity(QStringLiteral("singularity"), tranquility.tokens.get(), tranquility.secrets.get(),
                                   m_metadata);
        tranquility.accounts->load();
        singularity.load();
        auto storedCount = [this] { return CharacterStore(m_metadata).load().characters.size(); };
        add(*tranquility.accounts, issuedLogin(rig, ids.value(0)));
        add(singularity, issuedLogin(rig, ids.value(1)));
        QTRY_COMPARE(storedCount(), 2);
        add(*tranquility.accounts, issuedLogin(rig, ids.value(2)));
        QTRY_COMPARE(storedCount(), 3);

        QList<QPair<QString, qint64>> stored;
        for (const CharacterRecord &record : CharacterStore(m_metadata).load().characters)
            stored.append({record.profileId, record.characterId});
        QVERIFY(stored.contains(qMakePair(kProfile, ids.value(0))));
        QVERIFY(stored.contains(qMakePair(QStringLiteral("singularity"), ids.value(1))));
        QVERIFY(stored.contains(qMakePair(kProfile, ids.value(2))));
        singularity.load();
        QCOMPARE(singularity.count(), 1);
    }

    // A process that crashed while holding a character's lock leaves its lock file behind: the next refresh
    // takes it over at once (its holder's pid is gone) instead of waiting for it or failing.
    void aCrashedHoldersLockIsTakenOver()
    {
        START_RIG(rig, client);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const qint64 id = rig.firstCharacter();
        add(*stack.accounts, issuedLogin(rig, id, EveSsoTest::kTestScopes, 30)); // due for a refresh
        QProcess gone;
        gone.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
        QVERIFY(gone.waitForFinished(5000));
        const qint64 deadPid = gone.processId() ? gone.processId() : 999999;
        const QString lockFile = LoginLock::directoryFor(stack.secrets->serviceName(), kProfile)
            + QStringLiteral("/%1.lock").arg(id);
        QFile file(lockFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate)); // QLockFile's format: pid, program, host
        file.write(QByteArray::number(deadPid) + "\nevesso\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        file.close();

        QElapsedTimer timer;
        timer.start();
        const TokenAnswer answer = freshToken(stack.accounts->session(id));
        QVERIFY2(!answer.error.isError(), qPrintable(answer.error.message));
        QVERIFY2(timer.elapsed() < 3000, "the refresh waited for a dead process's lock");
        QVERIFY(!QFileInfo::exists(lockFile)); // taken over, and released
    }

    // A live process that holds the lock for too long: a transient Busy error, the session retries by
    // itself, and the character is never marked as needing a new login.
    void aLockHeldTooLongIsATransientError()
    {
        START_RIG(rig, client);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const qint64 id = rig.firstCharacter();
        add(*stack.accounts, issuedLogin(rig, id, EveSsoTest::kTestScopes, 30));
        CharacterSession *session = stack.accounts->session(id);
        session->setLockTimeout(std::chrono::milliseconds(300));
        LoginLock other(stack.secrets->serviceName(), kProfile, id);
        QVERIFY(other.tryLock());
        const TokenAnswer answer = freshToken(session);
        QCOMPARE(answer.error.kind, SsoError::Kind::Busy);
        QVERIFY(answer.error.isTransient());
        QVERIFY2(answer.error.message.contains(QLatin1String("Another program")), qPrintable(answer.error.message));
        QCOMPARE(session->state(), CharacterSession::State::Offline);
        QVERIFY(!stack.accounts->data(stack.accounts->index(0), AccountManager::NeedsReloginRole).toBool());
        QCOMPARE(rig.emulator.countRequests("POST", QStringLiteral("/v2/oauth/token"), QStringLiteral("refresh_token")), 0);
        other.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), CharacterSession::State::Ready, 10000);
    }

    void noFileHoldsAToken()
    {
        EveSsoTest::SsoTestRig rig;
        QVERIFY(rig.start());
        SsoClient *client = rig.makeClient(QDir::homePath() + QStringLiteral("/cache"));
        QVERIFY(client);
        Stack stack = makeStack(rig, client);
        stack.accounts->load();
        const qint64 id = rig.firstCharacter();
        const LoginResult login = issuedLogin(rig, id);
        add(*stack.accounts, login);
        bool done = false;
        QString accessToken;
        stack.accounts->session(id)->refresh(this, [&](const QString &token, const SsoError &) {
            accessToken = token;
            done = true;
        });
        QTRY_VERIFY(done);
        const QString rotated = readSecret(*stack.secrets, id);
        stack.accounts.reset();
        QVERIFY(QFileInfo::exists(m_metadata));
        for (const QString &secret : {login.tokens.accessToken, login.tokens.refreshToken, accessToken, rotated}) {
            QVERIFY(!secret.isEmpty());
            const QStringList hits = filesContaining(QDir::homePath(), secret);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountManager)
#include "tst_account_manager.moc"
