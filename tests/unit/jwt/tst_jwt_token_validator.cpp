// TokenValidator: key rotation through a fake provider (refetch on an unknown kid, at most once per interval).

#include <EveSso/JsonWebKeySet.h>
#include <EveSso/KeySetProvider.h>
#include <EveSso/StaticKeySetProvider.h>
#include <EveSso/TokenValidator.h>

#include "TokenForge.h"

#include <QPointer>
#include <QtTest>

using namespace EveSso;
using EveSsoTest::TokenForge;
using Reason = JwtError::Reason;

namespace {

const QString clientId = QStringLiteral("my3rdpartyclientid");

/// Serves `keys`; a refetch switches to `nextKeys` (or fails with `failure`) from the event loop.
class FakeProvider : public KeySetProvider
{
    Q_OBJECT
public:
    JsonWebKeySet keys;
    JsonWebKeySet nextKeys;
    QString failure;
    int refetches = 0;

    JsonWebKeySet currentKeys() const override { return keys; }
    void refetchKeys() override
    {
        ++refetches;
        QTimer::singleShot(0, this, [this] {
            if (!failure.isEmpty()) {
                emit keysRefetchFailed(failure);
                return;
            }
            keys = nextKeys;
            emit keysRefetched();
        });
    }
};

/// Collects callback results.
struct Results
{
    QList<JwtVerifier::Result> list;
    TokenValidator::Callback callback()
    {
        return [this](const JwtVerifier::Result &r) { list.append(r); };
    }
};

} // namespace

class TestTokenValidator : public QObject
{
    Q_OBJECT

    TokenForge *forge = nullptr;
    JsonWebKeySet oldKeys; // rsa-key only
    JsonWebKeySet newKeys; // rsa-key and rotated

    QByteArray tokenBy(const QString &kid) const
    {
        return forge->token(TokenForge::eveClaims(clientId, QDateTime::currentDateTimeUtc()), kid);
    }
    JwtVerifier::Options options() const
    {
        JwtVerifier::Options o;
        o.clientId = clientId;
        return o;
    }

private slots:
    void initTestCase()
    {
        forge = new TokenForge;
        forge->addRsaKey(QStringLiteral("rotated"));
        oldKeys = JsonWebKeySet::fromJson(forge->jwksJson({TokenForge::rsaKid()}));
        newKeys = JsonWebKeySet::fromJson(forge->jwksJson({TokenForge::rsaKid(), QStringLiteral("rotated")}));
        QCOMPARE(newKeys.keyIds().size(), 2);
    }

    void cleanupTestCase() { delete forge; }

    void knownKeyNeedsNoRefetch()
    {
        FakeProvider provider;
        provider.keys = oldKeys;
        TokenValidator validator(&provider, options());
        Results results;
        validator.validate(tokenBy(TokenForge::rsaKid()), this, results.callback());
        QVERIFY(results.list.isEmpty()); // never called from inside validate()
        QTRY_COMPARE(results.list.size(), 1);
        QVERIFY2(results.list[0].ok(), qPrintable(results.list[0].error.message));
        QCOMPARE(provider.refetches, 0);
    }

    void otherFailuresAreReportedAtOnce()
    {
        FakeProvider provider;
        provider.keys = oldKeys;
        TokenValidator validator(&provider, options());
        Results results;
        validator.validate("not.a.token", this, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list[0].error.reason, Reason::Malformed);
        QCOMPARE(provider.refetches, 0);
    }

    void unknownKidRefetchesOnceThenSucceeds()
    {
        FakeProvider provider;
        provider.keys = oldKeys;
        provider.nextKeys = newKeys;
        TokenValidator validator(&provider, options());
        QCOMPARE(validator.refetchInterval(), std::chrono::seconds(300));
        Results results;
        validator.validate(tokenBy(QStringLiteral("rotated")), this, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        QVERIFY2(results.list[0].ok(), qPrintable(results.list[0].error.message));
        QCOMPARE(provider.refetches, 1);

        // A second unknown kid within 5 minutes: no refetch, a clear failure.
        forge->addRsaKey(QStringLiteral("made-up"));
        validator.validate(tokenBy(QStringLiteral("made-up")), this, results.callback());
        QTRY_COMPARE(results.list.size(), 2);
        QCOMPARE(results.list[1].error.reason, Reason::UnknownKey);
        QVERIFY(results.list[1].error.message.contains(QStringLiteral("reloaded")));
        QCOMPARE(provider.refetches, 1);

        // Known keys still work meanwhile.
        validator.validate(tokenBy(QStringLiteral("rotated")), this, results.callback());
        QTRY_COMPARE(results.list.size(), 3);
        QVERIFY(results.list[2].ok());
    }

    void keyStillUnknownAfterRefetch()
    {
        FakeProvider provider;
        provider.keys = oldKeys;
        provider.nextKeys = oldKeys; // the server does not publish it either
        TokenValidator validator(&provider, options());
        Results results;
        validator.validate(tokenBy(QStringLiteral("rotated")), this, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list[0].error.reason, Reason::UnknownKey);
        QCOMPARE(provider.refetches, 1);
    }

    void tokensWaitingForOneRefetch()
    {
        FakeProvider provider;
        provider.keys = JsonWebKeySet(); // nothing fetched yet
        provider.nextKeys = newKeys;
        TokenValidator validator(&provider, options());
        Results results;
        for (int i = 0; i < 3; ++i)
            validator.validate(tokenBy(i % 2 ? TokenForge::rsaKid() : QStringLiteral("rotated")), this, results.callback());
        QTRY_COMPARE(results.list.size(), 3);
        for (const auto &r : results.list)
            QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(provider.refetches, 1);
    }

    void refetchFailure()
    {
        FakeProvider provider;
        provider.keys = oldKeys;
        provider.failure = QStringLiteral("The SSO did not answer.");
        TokenValidator validator(&provider, options());
        Results results;
        validator.validate(tokenBy(QStringLiteral("rotated")), this, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list[0].error.reason, Reason::KeysUnavailable);
        QVERIFY(results.list[0].error.message.contains(provider.failure));
        // Within the interval: no second fetch, the same clear reason.
        validator.validate(tokenBy(QStringLiteral("rotated")), this, results.callback());
        QTRY_COMPARE(results.list.size(), 2);
        QCOMPARE(results.list[1].error.reason, Reason::KeysUnavailable);
        QCOMPARE(provider.refetches, 1);
    }

    void refetchAgainAfterTheInterval()
    {
        FakeProvider provider;
        provider.keys = oldKeys;
        provider.nextKeys = oldKeys;
        TokenValidator validator(&provider, options());
        validator.setRefetchInterval(std::chrono::seconds(0));
        Results results;
        validator.validate(tokenBy(QStringLiteral("rotated")), this, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        provider.nextKeys = newKeys;
        validator.validate(tokenBy(QStringLiteral("rotated")), this, results.callback());
        QTRY_COMPARE(results.list.size(), 2);
        QVERIFY(results.list[1].ok());
        QCOMPARE(provider.refetches, 2);
    }

    void destroyedContextDropsTheCallback()
    {
        FakeProvider provider;
        provider.keys = oldKeys;
        provider.nextKeys = newKeys;
        TokenValidator validator(&provider, options());
        bool called = false;
        auto *context = new QObject;
        validator.validate(tokenBy(QStringLiteral("rotated")), context, [&](const JwtVerifier::Result &) { called = true; });
        validator.validate(tokenBy(TokenForge::rsaKid()), context, [&](const JwtVerifier::Result &) { called = true; });
        delete context;
        Results results;
        validator.validate(tokenBy(TokenForge::rsaKid()), nullptr, results.callback()); // null context: the validator
        QTRY_COMPARE(results.list.size(), 1);
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void providerDestroyedWhileRefetching()
    {
        auto *provider = new FakeProvider;
        provider->keys = oldKeys;
        provider->nextKeys = newKeys;
        TokenValidator validator(provider, options());
        Results results;
        validator.validate(tokenBy(QStringLiteral("rotated")), this, results.callback());
        delete provider;
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list[0].error.reason, Reason::KeysUnavailable);
        validator.validate(tokenBy(TokenForge::rsaKid()), this, results.callback());
        QTRY_COMPARE(results.list.size(), 2);
        QCOMPARE(results.list[1].error.reason, Reason::KeysUnavailable);
    }

    void staticProvider()
    {
        StaticKeySetProvider provider(oldKeys);
        QCOMPARE(provider.currentKeys().keyIds(), oldKeys.keyIds());
        TokenValidator validator(&provider, options());
        QCOMPARE(validator.options().clientId, clientId);
        Results results;
        validator.validate(tokenBy(QStringLiteral("rotated")), this, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list[0].error.reason, Reason::UnknownKey);
        QCOMPARE(provider.refetchCount(), 1);
        provider.setKeys(newKeys);
        validator.validate(tokenBy(QStringLiteral("rotated")), this, results.callback());
        QTRY_COMPARE(results.list.size(), 2);
        QVERIFY(results.list[1].ok());
    }
};

QTEST_GUILESS_MAIN(TestTokenValidator)
#include "tst_jwt_token_validator.moc"
