// Replays fuzz_callback_request's seed corpus (tests/fuzz/corpus/callback) through LoopbackRequest::parse(),
// so the default suite checks it without clang: every seed keeps the fuzzer's invariants, and the named
// seeds (real browser requests and the edge cases) give the outcome and values written here.

#include "callback_fuzz_common.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace EveSso;
using Outcome = LoopbackRequest::Outcome;

namespace {

QByteArray seed(const QString &name)
{
    QFile file(QStringLiteral(EVESSO_CALLBACK_CORPUS "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing seed %s", qPrintable(name));
    return file.readAll();
}

LoopbackRequest parsedSeed(const char *name)
{
    return LoopbackRequest::parse(seed(QString::fromLatin1(name)));
}

} // namespace

class TestLoopbackRequest : public QObject
{
    Q_OBJECT

private slots:
    void everySeedKeepsTheInvariants_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = QDir(QStringLiteral(EVESSO_CALLBACK_CORPUS)).entryList(QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 15);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void everySeedKeepsTheInvariants()
    {
        QFETCH(QString, name);
        const QByteArray input = seed(name);
        const QStringList broken = CallbackFuzz::violations(input, LoopbackRequest::parse(input));
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1String("; "))));
    }

    void browsersCallbacks()
    {
        const LoopbackRequest firefox = parsedSeed("firefox-callback");
        QCOMPARE(firefox.outcome, Outcome::Complete);
        QVERIFY(firefox.rejection.isEmpty());
        QCOMPARE(firefox.path, QStringLiteral("/callback"));
        QCOMPARE(firefox.code(), QStringLiteral("Rbp0qDJtc0yK3pE5Vq1Ckw"));
        QCOMPARE(firefox.state(), QStringLiteral("Zm9vYmFyLXN0YXRlLTEyMw"));
        QVERIFY(firefox.error().isEmpty());

        const LoopbackRequest chrome = parsedSeed("chrome-callback");
        QCOMPARE(chrome.outcome, Outcome::Complete);
        QCOMPARE(chrome.code(), QStringLiteral("ab+c/d==")); // decoded once
        QCOMPARE(chrome.rawQuery, QByteArray("code=ab%2Bc%2Fd%3D%3D&state=s-123"));
        QCOMPARE(chrome.state(), QStringLiteral("s-123"));

        const LoopbackRequest old = parsedSeed("http10");
        QCOMPARE(old.outcome, Outcome::Complete);
        QCOMPARE(old.code(), QStringLiteral("c1"));
    }

    void ssoError()
    {
        const LoopbackRequest r = parsedSeed("sso-error");
        QCOMPARE(r.outcome, Outcome::Complete);
        QCOMPARE(r.error(), QStringLiteral("access_denied"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded),
                 QStringLiteral("The user denied access"));
        QVERIFY(r.code().isEmpty());
    }

    void pathsAreExactAndDecoded()
    {
        QCOMPARE(parsedSeed("favicon").path, QStringLiteral("/favicon.ico"));
        const LoopbackRequest prefix = parsedSeed("prefix-path");
        QCOMPARE(prefix.outcome, Outcome::Complete);
        QCOMPARE(prefix.path, QStringLiteral("/callbackEVIL")); // the handler answers it 404
        const LoopbackRequest encoded = parsedSeed("encoded-path");
        QCOMPARE(encoded.rawPath, QByteArray("/%63allback"));
        QCOMPARE(encoded.path, QStringLiteral("/callback"));
        const LoopbackRequest bare = parsedSeed("no-query");
        QCOMPARE(bare.path, QStringLiteral("/callback"));
        QVERIFY(!bare.hasQuery);
        QVERIFY(bare.state().isEmpty());
        QCOMPARE(parsedSeed("root").path, QStringLiteral("/"));
    }

    void queryValues()
    {
        const LoopbackRequest r = parsedSeed("plus-and-utf8");
        QCOMPARE(r.outcome, Outcome::Complete);
        QCOMPARE(r.state(), QStringLiteral("s\u00e9-123"));
        // '+' is not a space in a URL query (QUrlQuery, like the SSO, leaves it as it is).
        QCOMPARE(r.code(), QStringLiteral("a+b"));
        QVERIFY(r.error().isEmpty());
        QVERIFY(r.query.hasQueryItem(QStringLiteral("error")));
    }

    void methodsAndGarbageAreRefusedWithAReason()
    {
        const LoopbackRequest post = parsedSeed("post");
        QCOMPARE(post.outcome, Outcome::MethodNotAllowed);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.rejection, QStringLiteral("Only GET is answered, not 'POST'"));
        QVERIFY(post.state().isEmpty()); // a POST body is never read as the answer
        const LoopbackRequest head = parsedSeed("head");
        QCOMPARE(head.outcome, Outcome::MethodNotAllowed);

        const LoopbackRequest garbage = parsedSeed("garbage");
        QCOMPARE(garbage.outcome, Outcome::BadRequest);
        QVERIFY(!garbage.rejection.isEmpty());
        const LoopbackRequest noVersion = parsedSeed("no-version");
        QCOMPARE(noVersion.outcome, Outcome::BadRequest);
        QCOMPARE(noVersion.rejection, QStringLiteral("The request line has 2 space-separated parts, not 3"));
        QCOMPARE(parsedSeed("double-space").outcome, Outcome::BadRequest);
        const LoopbackRequest http2 = parsedSeed("http2-preface"); // "PRI * HTTP/2.0"
        QCOMPARE(http2.outcome, Outcome::BadRequest);
        QCOMPARE(http2.rejection, QStringLiteral("The request line does not end in an HTTP/1.x version"));
        // Bare LF line ends never end the headers: the handler waits, then its idle timer drops it.
        QCOMPARE(parsedSeed("bare-lf").outcome, Outcome::Incomplete);
    }

    void controlCharactersAreRefused()
    {
        // Found by fuzz_callback_request: a lone LF, CR or NUL inside the request line stayed in the
        // target, so "code=a\n\rb" with the right state reached the login as its code.
        const LoopbackRequest r = parsedSeed("control-chars");
        QCOMPARE(r.outcome, Outcome::BadRequest);
        QCOMPARE(r.rejection, QStringLiteral("The request line holds the control character 0x0a at offset 20"));
        QVERIFY(r.code().isEmpty());
        for (const QByteArray &line : {QByteArray("GET /callback?code=a\rb&state=s HTTP/1.1"),
                                       QByteArray("GET /callback?code=a\0b&state=s HTTP/1.1", 38),
                                       QByteArray("GET /callback?code=a\x7f&state=s HTTP/1.1"),
                                       QByteArray("GET\t/callback?code=a&state=s HTTP/1.1")}) {
            const LoopbackRequest bad = LoopbackRequest::parse(line + "\r\n\r\n");
            QCOMPARE(bad.outcome, Outcome::BadRequest);
            QVERIFY(bad.rejection.startsWith(QLatin1String("The request line holds the control character")));
        }
        // Header lines may hold a tab; only the request line is read.
        QCOMPARE(LoopbackRequest::parse("GET /callback?state=s HTTP/1.1\r\nX:\tv\r\n\r\n").outcome, Outcome::Complete);
    }

    void sizeBound()
    {
        const LoopbackRequest incomplete = parsedSeed("incomplete");
        QCOMPARE(incomplete.outcome, Outcome::Incomplete);
        QVERIFY(incomplete.rejection.isEmpty());
        const LoopbackRequest big = parsedSeed("oversized-header");
        QCOMPARE(big.outcome, Outcome::TooLarge);
        QCOMPARE(big.rejection, QStringLiteral("The request is larger than 16384 bytes"));
        // Exactly at the bound is still read.
        QByteArray atBound = "GET /callback?state=s HTTP/1.1\r\nX: ";
        atBound += QByteArray(LoopbackRequest::kMaxBytes - atBound.size() - 4, 'a') + "\r\n\r\n";
        QCOMPARE(atBound.size(), LoopbackRequest::kMaxBytes);
        QCOMPARE(LoopbackRequest::parse(atBound).outcome, Outcome::Complete);
        QCOMPARE(LoopbackRequest::parse(atBound + 'x').outcome, Outcome::TooLarge);
    }

    void duplicateState()
    {
        const LoopbackRequest r = parsedSeed("duplicate-state");
        QCOMPARE(r.outcome, Outcome::Complete);
        QCOMPARE(r.state(), QStringLiteral("s-123")); // the first one
    }
};

QTEST_GUILESS_MAIN(TestLoopbackRequest)
#include "tst_loopback_request.moc"
