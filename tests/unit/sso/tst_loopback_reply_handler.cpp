// The loopback callback server, driven by a QNetworkAccessManager playing the browser.

#include "FreePort.h"
#include "sso/LoopbackReplyHandler.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace EveSso;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray referrerPolicy;
};

Answer browse(QNetworkAccessManager &browser, const QString &url)
{
    QNetworkReply *reply = browser.get(QNetworkRequest(QUrl(url)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        return {};
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->error(), reply->rawHeader("Referrer-Policy")};
    reply->deleteLater();
    return answer;
}

} // namespace

class TestLoopbackReplyHandler : public QObject
{
    Q_OBJECT

    quint16 m_port = 0;
    QString m_base;
    QNetworkAccessManager m_browser;

private slots:
    void init()
    {
        m_port = EveSsoTest::freeLoopbackPort();
        QVERIFY(m_port != 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    }

    void acceptsTheExactPathWithTheRightState()
    {
        LoopbackReplyHandler handler(QUrl(QStringLiteral("http://localhost:%1/callback").arg(m_port)));
        QCOMPARE(handler.callback(), QStringLiteral("http://localhost:%1/callback").arg(m_port));
        SsoError error;
        QVERIFY(handler.listen(&error));
        handler.setExpectedState(QStringLiteral("s-123"));
        QSignalSpy received(&handler, &LoopbackReplyHandler::callbackReceived);
        QSignalSpy rejected(&handler, &LoopbackReplyHandler::callbackRejected);

        // A prefix of the path is not the path (Qt 6.4's own handler accepted this).
        Answer evil = browse(m_browser, m_base + QStringLiteral("/callbackEVIL?code=abc&state=s-123"));
        QCOMPARE(evil.status, 404);
        Answer favicon = browse(m_browser, m_base + QStringLiteral("/favicon.ico"));
        QCOMPARE(favicon.status, 404);
        QCOMPARE(received.count(), 0);
        QVERIFY(handler.isListening());

        Answer ok = browse(m_browser, m_base + QStringLiteral("/callback?code=ab%2Bc%2Fd&state=s-123"));
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.body.contains("You are logged in"));
        QCOMPARE(ok.referrerPolicy, QByteArray("no-referrer"));
        QCOMPARE(received.count(), 1);
        QCOMPARE(rejected.count(), 0);
        const QVariantMap values = received.first().first().toMap();
        QCOMPARE(values.value(QStringLiteral("code")).toString(), QStringLiteral("ab+c/d")); // decoded once
        QCOMPARE(values.value(QStringLiteral("state")).toString(), QStringLiteral("s-123"));

        // One login, then the port is closed.
        QVERIFY(!handler.isListening());
        QTcpSocket probe;
        probe.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
        QVERIFY(!probe.waitForConnected(1000));
        QCOMPARE(received.count(), 1);
    }

    void ignoresAWrongOrMissingStateAndKeepsWaiting_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("wrong") << QStringLiteral("code=abc&state=forged");
        QTest::newRow("missing") << QStringLiteral("code=abc");
        QTest::newRow("empty") << QStringLiteral("code=abc&state=");
        QTest::newRow("forged error") << QStringLiteral("error=access_denied&state=forged");
    }

    void ignoresAWrongOrMissingStateAndKeepsWaiting()
    {
        // Any web page can make the browser request the callback address: a forged answer is refused and
        // the player's real one, arriving later, still completes the login.
        QFETCH(QString, query);
        LoopbackReplyHandler handler(QUrl(QStringLiteral("http://127.0.0.1:%1/cb").arg(m_port)));
        QVERIFY(handler.listen(nullptr));
        handler.setExpectedState(QStringLiteral("expected"));
        QSignalSpy received(&handler, &LoopbackReplyHandler::callbackReceived);
        QSignalSpy rejected(&handler, &LoopbackReplyHandler::callbackRejected);

        for (int i = 0; i < 3; ++i) {
            const Answer answer = browse(m_browser, m_base + QStringLiteral("/cb?") + query);
            QCOMPARE(answer.status, 400);
            QVERIFY(answer.body.contains("does not belong"));
        }
        QCOMPARE(received.count(), 0);
        QCOMPARE(rejected.count(), 0);
        QVERIFY(handler.isListening());

        const Answer real = browse(m_browser, m_base + QStringLiteral("/cb?code=real&state=expected"));
        QCOMPARE(real.status, 200);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toMap().value(QStringLiteral("code")).toString(), QStringLiteral("real"));
        QVERIFY(!handler.isListening());
    }

    void manualDeliveryWithAWrongStateFails()
    {
        // A pasted address is the player's own answer: a wrong state there ends the login with a reason.
        LoopbackReplyHandler handler(QUrl(QStringLiteral("http://localhost:%1/callback").arg(m_port)));
        QVERIFY(handler.listen(nullptr));
        handler.setExpectedState(QStringLiteral("st"));
        QSignalSpy received(&handler, &LoopbackReplyHandler::callbackReceived);
        QSignalSpy rejected(&handler, &LoopbackReplyHandler::callbackRejected);
        handler.deliver(QUrlQuery(QStringLiteral("code=pasted&state=forged")));
        QCOMPARE(received.count(), 0);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.first().first().value<SsoError>().kind, SsoError::Kind::StateMismatch);
        QVERIFY(!handler.isListening());
    }

    void passesTheSsoErrorOnWithItsState()
    {
        LoopbackReplyHandler handler(QUrl(QStringLiteral("http://localhost:%1/callback").arg(m_port)));
        QVERIFY(handler.listen(nullptr));
        handler.setExpectedState(QStringLiteral("st"));
        QSignalSpy received(&handler, &LoopbackReplyHandler::callbackReceived);
        const Answer answer = browse(m_browser, m_base + QStringLiteral("/callback?error=access_denied&state=st"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("cancelled"));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toMap().value(QStringLiteral("error")).toString(),
                 QStringLiteral("access_denied"));
    }

    void listensOnLoopbackOnly()
    {
        LoopbackReplyHandler handler(QUrl(QStringLiteral("http://localhost:%1/callback").arg(m_port)));
        QVERIFY(handler.listen(nullptr));
        const QList<QHostAddress> addresses = handler.listeningAddresses();
        QVERIFY(!addresses.isEmpty());
        QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
        for (const QHostAddress &address : addresses)
            QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
        // And from the outside: no other interface of this machine answers on the port.
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket probe;
            probe.connectToHost(address, m_port);
            QVERIFY2(!probe.waitForConnected(1000), qPrintable(address.toString()));
        }
    }

    void refusesNonLoopbackCallbackHosts()
    {
        LoopbackReplyHandler handler(QUrl(QStringLiteral("http://example.com:%1/callback").arg(m_port)));
        SsoError error;
        QVERIFY(!handler.listen(&error));
        QCOMPARE(error.kind, SsoError::Kind::NotConfigured);
        QVERIFY(!handler.isListening());
    }

    void busyPortIsReportedWithItsNumber()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), m_port));
        LoopbackReplyHandler handler(QUrl(QStringLiteral("http://localhost:%1/callback").arg(m_port)));
        SsoError error;
        QVERIFY(!handler.listen(&error));
        QCOMPARE(error.kind, SsoError::Kind::PortBusy);
        QVERIFY2(error.message.contains(QString::number(m_port)), qPrintable(error.message));
        QVERIFY(!handler.isListening());
    }

    void pageIsEscaped()
    {
        const QString oldName = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(QStringLiteral("Demo<script>App"));
        LoopbackReplyHandler handler(QUrl(QStringLiteral("http://localhost:%1/callback").arg(m_port)));
        QCoreApplication::setApplicationName(oldName);
        QVERIFY(handler.listen(nullptr));
        handler.setExpectedState(QStringLiteral("st"));
        const Answer answer = browse(m_browser, m_base + QStringLiteral("/callback?code=c&state=st"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("Demo&lt;script&gt;App"));
        QVERIFY(!answer.body.contains("<script>"));
    }

    void rejectsOtherMethodsAndGarbage()
    {
        LoopbackReplyHandler handler(QUrl(QStringLiteral("http://localhost:%1/callback").arg(m_port)));
        QVERIFY(handler.listen(nullptr));
        handler.setExpectedState(QStringLiteral("st"));
        QSignalSpy received(&handler, &LoopbackReplyHandler::callbackReceived);

        QNetworkReply *post = m_browser.post(
            QNetworkRequest(QUrl(m_base + QStringLiteral("/callback?code=c&state=st"))), QByteArray("x"));
        QSignalSpy postDone(post, &QNetworkReply::finished);
        QVERIFY(postDone.wait(5000));
        QCOMPARE(post->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
        post->deleteLater();

        QTcpSocket raw;
        raw.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
        QVERIFY(raw.waitForConnected(2000));
        raw.write("NONSENSE\r\n\r\n");
        QTRY_VERIFY(raw.bytesAvailable() > 0);
        QVERIFY(raw.readAll().startsWith("HTTP/1.1 400"));
        QCOMPARE(received.count(), 0);
        QVERIFY(handler.isListening());

        // A control character in the request line, even with the right state: refused, the login waits.
        QTcpSocket control;
        control.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
        QVERIFY(control.waitForConnected(2000));
        control.write("GET /callback?code=a\n\rb&state=st HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTRY_VERIFY(control.bytesAvailable() > 0);
        QVERIFY(control.readAll().startsWith("HTTP/1.1 400"));
        QCOMPARE(received.count(), 0);
        QVERIFY(handler.isListening());
    }

    void manualDeliveryChecksTheStateToo()
    {
        LoopbackReplyHandler handler(QUrl(QStringLiteral("http://localhost:%1/callback").arg(m_port)));
        QVERIFY(handler.listen(nullptr));
        handler.setExpectedState(QStringLiteral("st"));
        QSignalSpy received(&handler, &LoopbackReplyHandler::callbackReceived);
        handler.deliver(QUrlQuery(QStringLiteral("code=pasted&state=st")));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toMap().value(QStringLiteral("code")).toString(), QStringLiteral("pasted"));
        QVERIFY(!handler.isListening());
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReplyHandler)
#include "tst_loopback_reply_handler.moc"
