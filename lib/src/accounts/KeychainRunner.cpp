#include "KeychainRunner.h"

#include "AccountsLogging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace EveSso::detail {

struct KeychainRunner::Request
{
    quint64 id = 0;
    Operation operation = Operation::Read;
    QString service;
    QString key;
    QString data; ///< The secret to write; cleared as soon as the job holds it.
    Done done;
    QTimer *timer = nullptr;
};

namespace {
QPointer<KeychainRunner> s_instance;

const char *operationName(KeychainRunner::Operation operation)
{
    switch (operation) {
    case KeychainRunner::Operation::Read:
        return "read";
    case KeychainRunner::Operation::Write:
        return "write";
    case KeychainRunner::Operation::Remove:
        return "remove";
    }
    return "?";
}
} // namespace

KeychainRunner *KeychainRunner::instance()
{
    if (!s_instance) {
        QCoreApplication *app = QCoreApplication::instance();
        Q_ASSERT_X(app, "EveSso::SecretStore", "a QCoreApplication must exist");
        Q_ASSERT_X(!app || QThread::currentThread() == app->thread(), "EveSso::SecretStore",
                   "SecretStore must be used from the main thread");
        s_instance = new KeychainRunner(app);
    }
    return s_instance;
}

KeychainRunner::KeychainRunner(QObject *parent)
    : QObject(parent)
{
}

KeychainRunner::~KeychainRunner()
{
    // Outstanding requests are dropped without a callback: this happens only when the application
    // object goes away, when there is no event loop left to deliver them. Jobs (running and parked)
    // are children and are deleted with us.
    if (!m_waiting.empty() || m_running)
        qCInfo(lcKeychain) << "dropping" << m_waiting.size() + (m_running ? 1 : 0)
                           << "keychain operation(s) at application exit";
}

void KeychainRunner::submit(Operation operation, const QString &service, const QString &key, const QString &data,
                            std::chrono::milliseconds timeout, Done done)
{
    auto request = std::make_unique<Request>();
    request->id = m_nextId++;
    request->operation = operation;
    request->service = service;
    request->key = key;
    request->data = data;
    request->done = std::move(done);
    request->timer = new QTimer(this);
    request->timer->setSingleShot(true);
    request->timer->setTimerType(Qt::PreciseTimer);
    const quint64 id = request->id;
    connect(request->timer, &QTimer::timeout, this, [this, id] { requestTimedOut(id); });
    request->timer->start(std::max<std::chrono::milliseconds::rep>(1, timeout.count()));
    m_waiting.push_back(std::move(request));
    // Never start synchronously: callers may still be setting up, and it keeps the order simple.
    if (!m_running && !m_startScheduled) {
        m_startScheduled = true;
        QMetaObject::invokeMethod(this, [this] {
            m_startScheduled = false;
            startNext();
        }, Qt::QueuedConnection);
    }
}

int KeychainRunner::parkedJobCount() const
{
    return m_parked;
}

void KeychainRunner::startNext()
{
    if (m_running || m_waiting.empty())
        return;
    m_running = std::move(m_waiting.front());
    m_waiting.pop_front();

    QKeychain::Job *job = nullptr;
    switch (m_running->operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_running->service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_running->service, this);
        write->setTextData(m_running->data);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_running->service, this);
        break;
    }
    m_running->data.clear();
    job->setAutoDelete(false);
    // Never: a refresh token in a plaintext settings file is exactly what we promise not to do.
    job->setInsecureFallback(false);
    job->setKey(m_running->key);
    connect(job, &QKeychain::Job::finished, this, &KeychainRunner::jobFinished);
    m_job = job;
    qCDebug(lcKeychain) << "starting" << operationName(m_running->operation) << "of" << m_running->key;
    job->start();
}

void KeychainRunner::jobFinished(QKeychain::Job *job)
{
    if (job != m_job || !m_running)
        return;
    KeychainOutcome outcome;
    outcome.code = job->error();
    outcome.errorString = job->errorString();
    if (m_running->operation == Operation::Read && job->error() == QKeychain::NoError)
        outcome.data = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
    m_job.clear();
    job->disconnect(this);
    // Not `delete`: we are inside the job's own signal, and the backend may still be on the stack.
    job->deleteLater();
    finish(std::move(m_running), outcome);
    startNext();
}

void KeychainRunner::requestTimedOut(quint64 id)
{
    KeychainOutcome outcome;
    outcome.timedOut = true;
    if (m_running && m_running->id == id) {
        QKeychain::Job *job = m_job.data();
        m_job.clear();
        qCWarning(lcKeychain) << operationName(m_running->operation) << "of" << m_running->key
                              << "timed out; the keychain did not answer";
        if (job)
            park(job);
        finish(std::move(m_running), outcome);
        startNext();
        return;
    }
    const auto it = std::find_if(m_waiting.begin(), m_waiting.end(),
                                 [id](const std::unique_ptr<Request> &r) { return r->id == id; });
    if (it == m_waiting.end())
        return;
    std::unique_ptr<Request> request = std::move(*it);
    m_waiting.erase(it);
    qCWarning(lcKeychain) << operationName(request->operation) << "of" << request->key
                          << "timed out while waiting behind an earlier keychain operation";
    finish(std::move(request), outcome);
}

void KeychainRunner::park(QKeychain::Job *job)
{
    job->disconnect(this);
    ++m_parked;
    // Emitting finished is what releases QtKeychain's global executor (it listens for it and for
    // destroyed); the job object itself must stay alive until the backend's callback has run.
    job->emitFinishedWithError(QKeychain::OtherError, QStringLiteral("timed out"));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        --m_parked;
        qCDebug(lcKeychain) << "a timed-out keychain job answered late and was released";
        job->deleteLater();
    }, Qt::SingleShotConnection);
}

void KeychainRunner::finish(std::unique_ptr<Request> request, const KeychainOutcome &outcome)
{
    request->timer->stop();
    // deleteLater: this may run inside the timer's own timeout signal.
    request->timer->deleteLater();
    request->timer = nullptr;
    if (request->done)
        request->done(outcome);
}

} // namespace EveSso::detail
