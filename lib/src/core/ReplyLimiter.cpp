#include "ReplyLimiter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace EveSso {
namespace {

constexpr char kBreachProperty[] = "_evesso_limitBreach";
constexpr char kCapProperty[] = "_evesso_limitCap";
constexpr qint64 kSlackBytes = 256 * 1024;

/// Aborts its parent reply on a breach; stops watching once the reply finished.
class ReplyLimiter : public QObject
{
public:
    ReplyLimiter(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline,
                 std::chrono::milliseconds headersDeadline)
        : QObject(reply)
        , m_reply(reply)
        , m_maxBytes(maxBytes)
    {
        reply->setProperty(kCapProperty, maxBytes);
        // Back pressure: Qt stops reading the socket once this much is buffered, so a fast endless
        // answer cannot outrun the checks below by queueing far more than the cap. The slack lets the
        // buffer pass the cap (Qt may stop just short of a full buffer), so that the check sees it.
        reply->setReadBufferSize(maxBytes + kSlackBytes);
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] { breach(LimitBreach::Deadline); });
        m_deadline.start(deadline);
        m_headersDeadline.setSingleShot(true);
        connect(&m_headersDeadline, &QTimer::timeout, this, [this] { breach(LimitBreach::Deadline); });
        m_headersDeadline.start(qMin(headersDeadline, deadline));
        connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
            m_headersDeadline.stop();
            const QVariant announced = m_reply->header(QNetworkRequest::ContentLengthHeader);
            if (announced.isValid() && announced.toLongLong() > m_maxBytes)
                breach(LimitBreach::TooLarge);
        });
        // readyRead comes with every piece of data, unlike downloadProgress, which Qt throttles (and so
        // may not emit at all while back pressure holds the transfer). The handlers read only once the
        // reply finished, so what is available is all that was received.
        connect(reply, &QIODevice::readyRead, this, [this] {
            if (m_reply->bytesAvailable() > m_maxBytes)
                breach(LimitBreach::TooLarge);
        });
        connect(reply, &QNetworkReply::finished, this, [this] {
            m_deadline.stop();
            m_headersDeadline.stop();
        });
    }

private:
    void breach(LimitBreach why)
    {
        if (m_reply->isFinished() || m_reply->property(kBreachProperty).isValid())
            return;
        m_deadline.stop();
        m_headersDeadline.stop();
        m_reply->setProperty(kBreachProperty, int(why));
        const bool headersPending = !m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        const QPointer<QNetworkAccessManager> manager = m_reply->manager();
        // Emits finished() now; the handler sees the breach.
        m_reply->abort();
        if (headersPending && manager) {
            // Qt 6.4 keeps reading a header block that never ends on the aborted reply's connection:
            // memory grows by about 1 MB/s and that manager sends no further request (measured with the
            // emulator's endless headers: nothing in 60 s). Dropping the manager's connections closes
            // the socket. It waits for Qt's network thread to finish its current read (a few seconds at
            // most, up to Qt's 5 s limit), a price paid only when a server floods the headers.
            QTimer::singleShot(0, manager, [manager] {
                if (manager)
                    manager->clearConnectionCache();
            });
        }
    }

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    QTimer m_deadline;
    QTimer m_headersDeadline;
};

} // namespace

void limitReply(QNetworkReply *reply, qint64 maxBytes, const ResponseLimits &limits, qint64 elapsedMs)
{
    // At least a second, so that a retry sent just before the deadline can still be answered.
    const std::chrono::milliseconds left(qMax<qint64>(1000, limits.deadline.count() - elapsedMs));
    new ReplyLimiter(reply, maxBytes, left, limits.headersDeadline);
}

bool retryFitsDeadline(const ResponseLimits &limits, qint64 elapsedMs, qint64 delayMs)
{
    return elapsedMs + delayMs < limits.deadline.count();
}

bool transferFailed(const QNetworkReply *reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0
        || (error != QNetworkReply::NoError && error < 100);
}

LimitBreach limitBreachOf(const QNetworkReply *reply)
{
    const QVariant why = reply->property(kBreachProperty);
    return why.isValid() ? LimitBreach(why.toInt()) : LimitBreach::None;
}

qint64 limitCapOf(const QNetworkReply *reply)
{
    return reply->property(kCapProperty).toLongLong();
}

} // namespace EveSso
