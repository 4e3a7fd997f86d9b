#pragma once

// Captures every Qt log message of the process (all categories, debug included) so a test can
// assert that no secret ever reached a log line.

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

namespace EveSsoTest {

class MessageCapture
{
public:
    /// Call from initTestCase(): Qt Test installs its own handler when the test starts, after the test
    /// object was constructed.
    void install()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=true"));
        instance() = this;
        m_previous = qInstallMessageHandler(&MessageCapture::handle);
    }
    ~MessageCapture()
    {
        if (instance() == this) {
            qInstallMessageHandler(m_previous);
            instance() = nullptr;
            QLoggingCategory::setFilterRules(QString());
        }
    }

    QStringList messages() const
    {
        QMutexLocker lock(&m_mutex);
        return m_messages;
    }

    /// The captured lines that contain `secret` (empty when none does).
    QStringList linesContaining(const QString &secret) const
    {
        QStringList hits;
        if (secret.size() < 6)
            return hits;
        for (const QString &line : messages()) {
            if (line.contains(secret))
                hits.append(line);
        }
        return hits;
    }

private:
    static MessageCapture *&instance()
    {
        static MessageCapture *current = nullptr;
        return current;
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (MessageCapture *self = instance()) {
            QMutexLocker lock(&self->m_mutex);
            self->m_messages.append(QString::fromLatin1(context.category ? context.category : "default")
                                    + QLatin1String(": ") + message);
            // Debug output is only collected; warnings still reach Qt Test (ignoreMessage, -maxwarnings).
            if (self->m_previous && type != QtDebugMsg && type != QtInfoMsg)
                self->m_previous(type, context, message);
        }
    }

    mutable QMutex m_mutex;
    QStringList m_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace EveSsoTest
